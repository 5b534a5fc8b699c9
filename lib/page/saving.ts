/**
 * Saving from the page: the spans a reader saves (a clause, a selection) sent to the notebook, and what the hover
 * card needs to save, show and edit a note. The background stores; the page keeps where each saved highlight sits
 * in its text (`SavedState`) so the saved layer is drawn at once.
 */
import { describeSpan } from '../notebook/anchor';
import type { SavedHighlight } from '../notebook/notebook';
import type { PageClause, PlacedHighlight, Result, SaveRequest, SavedOnPage } from '../extension/protocol';
import type { Category } from '../engine/report';
import type { Paintable, Painting } from './highlight';
import { offsetsFromRange } from './saved';
import type { PageText } from './extract';

/** The notebook as the page sees it: the background stores and finds saved highlights, the page draws them. */
export interface NotebookDeps {
  /** Whether this address has saved highlights (a cheap storage read, no message to the background). */
  hasSaved(url: string): Promise<boolean>;
  /** Finds the address's saved highlights in the page's text. */
  place(url: string, text: string): Promise<Result<SavedOnPage>>;
  save(url: string, title: string, items: SaveRequest[]): Promise<Result<{ highlights: SavedHighlight[]; added: number }>>;
  update(id: string, patch: { note?: string; category?: Category | null }): Promise<Result<SavedHighlight>>;
}

/** This address's saved highlights where they were found in the text, and whether it has any at all. */
export interface SavedState {
  placed: PlacedHighlight[];
  has: boolean;
}

export interface SpanToSave {
  start: number;
  end: number;
  category: Category | null;
  origin: 'clause' | 'selection';
}

const info = (h: SavedHighlight) => ({ id: h.id, note: h.note, category: h.category });

export function createSaving(ctx: {
  doc: Document;
  notebook: NotebookDeps | undefined;
  url(): string;
  page(): PageText | null;
  state: SavedState;
  /** The saved layer changed: draw it again. */
  drawn(): void;
}) {
  const { state } = ctx;
  return {
    /** The saved highlight covering most of a clause, so a clause saved earlier shows its note instead of "Save". */
    forClause(clause: { start: number; end: number }): PlacedHighlight | null {
      return state.placed.find((p) => p.at && p.at.start < clause.end && p.at.end > clause.start && p.highlight.origin === 'clause') ?? null;
    },

    /** What the card offers: the saved note (if any), saving, and editing; nothing without a notebook. */
    cardSaving(existing: PlacedHighlight | null, save?: () => Promise<Result<SavedHighlight>>, extra: { focusNote?: boolean; quote?: string } = {}) {
      const notebook = ctx.notebook;
      if (!notebook) return undefined;
      return {
        saved: existing ? info(existing.highlight) : null,
        save: save
          ? async () => {
              const answer = await save();
              return answer.ok ? { ok: true as const, value: info(answer.value) } : answer;
            }
          : undefined,
        update: async (id: string, patch: { note?: string; category?: Category | null }) => {
          const answer = await notebook.update(id, patch);
          if (!answer.ok) return answer;
          state.placed = state.placed.map((p) => (p.highlight.id === id ? { ...p, highlight: answer.value } : p));
          return { ok: true as const, value: info(answer.value) };
        },
        ...extra,
      };
    },

    /** Saves spans of the page text; keeps the placements so the saved layer is drawn at once. */
    async saveSpans(items: SpanToSave[]): Promise<Result<{ highlights: SavedHighlight[]; added: number }>> {
      const notebook = ctx.notebook;
      const pg = ctx.page();
      if (!notebook || !pg) return { ok: false, error: 'the page has not been read yet' };
      const url = ctx.url();
      const requests: SaveRequest[] = items.map((i) => ({ selectors: describeSpan(pg.text, i.start, i.end), origin: i.origin, category: i.category }));
      const answer = await notebook.save(url, ctx.doc.title || pg.title || url, requests);
      if (!answer.ok) return answer;
      state.has = true;
      const byId = new Map(state.placed.map((p) => [p.highlight.id, p]));
      answer.value.highlights.forEach((h, i) => {
        const position = requests[i].selectors.position;
        byId.set(h.id, { highlight: h, at: { start: position.start, end: position.end, method: 'position' } });
      });
      state.placed = [...byId.values()];
      ctx.drawn();
      return answer;
    },
  };
}

/** A tagged clause saved whole, under its first category. */
export const clauseSpan = (clause: PageClause): SpanToSave => ({ start: clause.start, end: clause.end, category: clause.categories[0] ?? null, origin: 'clause' });

/** What "save" takes from the page: the selected text, or with a bare caret the painted clause it sits in. */
export function selectionSpan(range: Range, page: PageText, painting: Painting | null, report: Paintable | null): SpanToSave | null {
  if (!range.collapsed) {
    const offsets = offsetsFromRange(page, range);
    return offsets ? { ...offsets, category: null, origin: 'selection' } : null;
  }
  const index = painting ? painting.clauseAt(range.startContainer, range.startOffset) : -1;
  const clause = index >= 0 ? report?.clauses[index] : undefined;
  return clause ? clauseSpan(clause) : null;
}

/** "Save all": every tagged clause not saved before (even on an earlier wording of the page), and how many are tagged. */
export function unsavedClauses(report: Paintable, savedAt: (clause: PageClause) => PlacedHighlight | null): { tagged: number; items: SpanToSave[] } {
  const tagged = report.clauses.filter((c) => c.categories.length);
  return { tagged: tagged.length, items: tagged.filter((c) => !savedAt(c)).map(clauseSpan) };
}
