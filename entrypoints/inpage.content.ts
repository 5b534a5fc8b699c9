// The in-page code: text extraction, painting, the hover card, saving. Never in the manifest: the background
// injects it where it is needed (a page the gate found, "analyze anyway", a save from the context menu) and
// registers it for the addresses with saved highlights. The engine itself runs in the background.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageController } from '@/lib/page/page';
import { PAGE_MATCHES } from '@/lib/notebook/pagekey';
import { mightBePolicy } from '@/lib/engine/detect/prefilter';
import { createHandler, type ContentProtocol } from '@/lib/extension/protocol';
import { contentHandlers, pageNotebook, sendToBackground as send, watchNotebookFor } from '@/lib/extension/page-link';

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
  const controller = createPageController({
    doc: document,
    mightBePolicy,
    analyze: (request) => send('analyzePage', request),
    cleared: (url) => void send('pageCleared', { url }),
    highlightingShown: (highlighting) => void send('highlightingShown', { highlighting }),
    yieldToPage: () => new Promise((resolve) => ctx.setTimeout(resolve, 0)),
    now: () => performance.now(),
    signal: ctx.signal,
    notebook: pageNotebook(),
  });
  const listener = createHandler<ContentProtocol>(contentHandlers(controller));
  browser.runtime.onMessage.addListener(listener);
  const unwatch = watchNotebookFor(controller);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    unwatch();
  });
  void controller.start();
}
