// Runs on every page: the cheap check, text extraction and painting. The engine runs in the background.
import { browser } from 'wxt/browser';
import { createPageController } from '@/lib/dom/page';
import { mightBePolicy } from '@/lib/prefilter';
import { createHandler, createSender, type BackgroundProtocol, type ContentProtocol } from '@/lib/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
    const controller = createPageController({
      doc: document,
      mightBePolicy,
      analyze: (request) => send('analyzePage', request),
      cleared: (url) => void send('pageCleared', { url }),
      highlightingShown: (highlighting) => void send('highlightingShown', { highlighting }),
      yieldToPage: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
      now: () => performance.now(),
      signal: ctx.signal,
    });
    const listener = createHandler<ContentProtocol>({
      analyzeNow: () => controller.analyzeNow(),
      setHighlighting: ({ scope, enabled }) => controller.setHighlighting(scope, enabled),
      revealText: ({ start, end }) => controller.revealText(start, end),
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    void controller.start();
  },
});
