/**
 * How a page controller (lib/page/page.ts) talks to the extension, declared once for the in-page script and
 * the PDF reader: its notebook through the background, and the content messages it answers. The background takes
 * the page's address from the browser; only the reader names its document (a PDF, by the hash of its bytes).
 */
import type { NotebookDeps, createPageController } from '@/lib/page/page';
import { createSender, type BackgroundProtocol, type ContentProtocol, type Handlers, type ReaderDocument } from './protocol';

export type BackgroundSend = ReturnType<typeof createSender<BackgroundProtocol>>;

/** The notebook as a page sees it; `named` is the reader's document (absent for web pages). */
export function pageNotebook(send: BackgroundSend, named: ReaderDocument = {}): NotebookDeps {
  return {
    // Most pages have nothing saved; the background answers from the small page index.
    hasSaved: async () => {
      const answer = await send('hasSaved', { ...named });
      return answer.ok && answer.value;
    },
    place: (_url, text) => send('placeSaved', { text, ...named }),
    save: (_url, title, items) => send('saveHighlights', { title, items, ...named }),
    update: (id, patch) => send('updateHighlight', { id, ...patch }),
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
    changedSpans: ({ recording, changed }) =>
      controller.changedSpans(
        Number(recording),
        (Array.isArray(changed) ? changed : []).filter((c) => Number.isInteger(c?.start) && Number.isInteger(c?.end) && c.start <= c.end),
      ),
    reportChanged: ({ report, cards, words }) => controller.reportChanged(report, cards, words),
    setCategories: ({ categories }) => controller.setCategories(Array.isArray(categories) ? categories : []),
    moveHighlight: ({ direction }) => controller.moveHighlight(direction === -1 ? -1 : 1),
    // A save, edit or delete anywhere (this page, another tab, the side panel): the background tells, since
    // content scripts cannot read the extension's storage.
    savedChanged: async () => {
      await controller.savedChanged();
      return { redrawn: true };
    },
  };
}
