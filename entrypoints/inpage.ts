// The in-page code: text extraction, painting, the hover card, saving. Never in the manifest: the background
// injects it where it is needed (a page the gate found, "analyze anyway", a save from the context menu) and
// registers it for the addresses with saved highlights. The engine itself runs in the background.
//
// An unlisted script, like the gate, not a WXT content script: WXT's content-script context ends itself when the
// page dispatches a DOM event named after the extension, so any page could switch ClauseLens off (and detect it).
// Our lifetime is an AbortController kept in the extension's isolated world, which no page script can reach.
import type { browser as PolyfilledBrowser } from 'wxt/browser';
import { createPageController } from '@/lib/page/page';
import { mightBePolicy } from '@/lib/engine/detect/prefilter';
import { createHandler, createSender, type BackgroundProtocol, type ContentProtocol } from '@/lib/extension/protocol';
import { contentHandlers, pageNotebook } from '@/lib/extension/page-link';

/**
 * The browser's own extension API, not the polyfill the extension pages use: this script runs in web pages, and
 * what it calls (runtime messages, with sendResponse) is the same promise-based API in Chrome and Firefox.
 */
type Api = typeof PolyfilledBrowser;
const browser = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;

/** Where the running instance keeps its lifetime: a global of the isolated world (pages have their own globals). */
const INSTANCE = Symbol.for('clauselens.inpage');

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, AbortController | undefined>;
  // A second injection (after an update, or a registered script meeting an injected one) replaces the first.
  world[INSTANCE]?.abort();
  const life = new AbortController();
  world[INSTANCE] = life;
  setup(life);
});

/** Wires the page controller to the background and the notebook; runs once per page. */
function setup(life: AbortController): void {
  const { signal } = life;
  const send = createSender<BackgroundProtocol>(async (message) => {
    // The extension was updated or removed since this page loaded: this instance is over.
    if (!browser.runtime?.id) {
      life.abort();
      throw new Error('ClauseLens was updated or removed; reload the page');
    }
    return browser.runtime.sendMessage(message);
  });
  const controller = createPageController({
    doc: document,
    mightBePolicy,
    // The background takes the page's address from the browser, so none is sent.
    // The reply carries the page's view of the report (offsets and categories), not the texts it sent.
    analyze: ({ plain, forced, truncated }) => send('analyzePage', { plain, forced, truncated }),
    cleared: () => void send('pageCleared', {}),
    highlightingShown: (highlighting) => void send('highlightingShown', { highlighting }),
    yieldToPage: () =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, 0);
        signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
      }),
    now: () => performance.now(),
    signal,
    notebook: pageNotebook(send),
  });
  const listener = createHandler<ContentProtocol>(contentHandlers(controller));
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  void controller.start();
}
