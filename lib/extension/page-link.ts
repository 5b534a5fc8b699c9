/**
 * How a page controller (lib/page/page.ts) talks to the extension, declared once for the in-page
 * script and the PDF reader: its notebook through the background, and the content messages it answers.
 */
import { browser } from 'wxt/browser';
import type { NotebookDeps, createPageController } from '@/lib/page/page';
import { SAVED_PAGES_KEY, documentKey } from '@/lib/notebook/pagekey';
import { createSender, type BackgroundProtocol, type ContentProtocol, type Handlers } from './protocol';

export const sendToBackground = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** The notebook as a page sees it. */
export function pageNotebook(): NotebookDeps {
  return {
    // A direct storage read (no message): most pages have nothing saved, and this must not wake the background.
    hasSaved: async (url) => {
      try {
        const pages = (await browser.storage.local.get(SAVED_PAGES_KEY))[SAVED_PAGES_KEY];
        return Array.isArray(pages) && pages.includes(documentKey(url));
      } catch {
        return false;
      }
    },
    place: (url, text) => sendToBackground('placeSaved', { url, text }),
    save: (url, title, items) => sendToBackground('saveHighlights', { url, title, items }),
    update: (id, patch) => sendToBackground('updateHighlight', { id, ...patch }),
  };
}

/** The content messages a page answers, routed to its controller. */
export function contentHandlers(controller: ReturnType<typeof createPageController>): Handlers<ContentProtocol> {
  return {
    ping: () => ({ ready: true }),
    analyzeNow: () => controller.analyzeNow(),
    setHighlighting: ({ scope, enabled }) => controller.setHighlighting(scope, enabled),
    revealText: ({ start, end }) => controller.revealText(start, end),
    saveSelection: () => controller.saveSelection(),
    saveClauses: () => controller.saveClauses(),
    revealSaved: ({ id }) => controller.revealSaved(id),
    reportChanged: ({ report, cards }) => controller.reportChanged(report, cards),
  };
}

/** A save, edit or delete anywhere (this page, another tab, the side panel) redraws the page's saved highlights. */
export function watchNotebookFor(controller: ReturnType<typeof createPageController>): () => void {
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SAVED_PAGES_KEY in changes || 'notebook' in changes)) void controller.savedChanged();
  };
  browser.storage.onChanged.addListener(onStorage);
  return () => browser.storage.onChanged.removeListener(onStorage);
}
