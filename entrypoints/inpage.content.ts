// The in-page code: text extraction, painting, the hover card, saving. Never in the manifest: the background
// injects it where it is needed (a page the gate found, "analyze anyway", a save from the context menu) and
// registers it for the addresses with saved highlights. The engine itself runs in the background.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageController } from '@/lib/page/page';
import { PAGE_MATCHES, SAVED_PAGES_KEY, documentKey } from '@/lib/notebook/pagekey';
import { mightBePolicy } from '@/lib/engine/detect/prefilter';
import { createHandler, createSender, type BackgroundProtocol, type ContentProtocol } from '@/lib/extension/protocol';

export default defineContentScript({
  matches: PAGE_MATCHES,
  registration: 'runtime',
  // The page would get a stray message event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // At once: the page was already judged worth reading, and the background pings before it injects again.
    setup(ctx);
  },
});

/** Wires the page controller to the background and the notebook; runs once per page. */
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
    ping: () => ({ ready: true }),
    analyzeNow: () => controller.analyzeNow(),
    setHighlighting: ({ scope, enabled }) => controller.setHighlighting(scope, enabled),
    revealText: ({ start, end }) => controller.revealText(start, end),
    saveSelection: () => controller.saveSelection(),
    saveClauses: () => controller.saveClauses(),
    revealSaved: ({ id }) => controller.revealSaved(id),
    reportChanged: ({ report, cards, words }) => controller.reportChanged(report, cards, words),
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
