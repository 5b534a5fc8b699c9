// Runs on every page: the cheap check, text extraction and painting. The engine runs in the background.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageController } from '@/lib/dom/page';
import { SAVED_PAGES_KEY, documentKey } from '@/lib/pagekey';
import { mightBePolicy } from '@/lib/prefilter';
import { createHandler, createSender, type BackgroundProtocol, type ContentProtocol } from '@/lib/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's "script started" postMessage costs about 1 ms on every page and sends the page a stray message event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Nothing at load but this: the setup runs when the page is idle, so it never lengthens the page's own load task.
    ctx.requestIdleCallback(() => setup(ctx), { timeout: 300 });
  },
});

/** Wires the page controller to the background and the notebook; runs once per page, when it is idle. */
function setup(ctx: ContentScriptContext): void {
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
    notebook: {
      // A direct storage read (no message): most pages have nothing saved, and this must not wake the background.
      hasSaved: async (url) => {
        try {
          const pages = (await browser.storage.local.get(SAVED_PAGES_KEY))[SAVED_PAGES_KEY];
          return Array.isArray(pages) && pages.includes(documentKey(url));
        } catch {
          return false;
        }
      },
      place: (url, text) => send('placeSaved', { url, text }),
      save: (url, title, items) => send('saveHighlights', { url, title, items }),
      update: (id, patch) => send('updateHighlight', { id, ...patch }),
    },
  });
  const listener = createHandler<ContentProtocol>({
    analyzeNow: () => controller.analyzeNow(),
    setHighlighting: ({ scope, enabled }) => controller.setHighlighting(scope, enabled),
    revealText: ({ start, end }) => controller.revealText(start, end),
    saveSelection: () => controller.saveSelection(),
    saveClauses: () => controller.saveClauses(),
    revealSaved: ({ id }) => controller.revealSaved(id),
    reportChanged: ({ report, cards }) => controller.reportChanged(report, cards),
  });
  browser.runtime.onMessage.addListener(listener);
  // A save, edit or delete anywhere (this page, another tab, the side panel) redraws this page's saved highlights.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SAVED_PAGES_KEY in changes || 'notebook' in changes)) void controller.savedChanged();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    browser.storage.onChanged.removeListener(onStorage);
  });
  void controller.start();
}
