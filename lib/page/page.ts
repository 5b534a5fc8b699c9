/**
 * The in-page job, from cheap check to painted highlights: decide whether the page may be a
 * policy, extract its text in slices, have it analysed elsewhere, paint the clauses, show the
 * card on hover or caret, and re-check (debounced) when the page changes.
 */
import { rangeFromOffsets } from './ranges';
import type { PageSample, PrefilterResult } from '../engine/detect/prefilter';
import { describeSpan } from '../notebook/anchor';
import type { SavedHighlight } from '../notebook/notebook';
import type { HighlightScope, PageAnalysis, PlacedHighlight, Result, SaveRequest, SavedOnPage } from '../extension/protocol';
import type { Category, Report } from '../engine/report';
import type { PlainText } from '../engine/text/types';
import { createCard, CARD_TAG, type Anchor } from './card';
import type { CardWords } from '../report/describe';
import { createTextExtractor, type PageText } from './extract';
import { OWN_ATTRIBUTE, startPainting, type PaintMode, type Painting } from './highlight';
import { readSignals } from './signals';
import { createRechecker, OBSERVE_OPTIONS, textMayHaveChanged } from './recheck';
import { offsetsFromRange, paintSaved, savedRanges, type SavedPainting } from './saved';
import { paintChanged } from './changed';
import { listenForCardEvents } from './card-events';

/** The notebook as the page sees it: the background stores and finds saved highlights, the page draws them. */
export interface NotebookDeps {
  /** Whether this address has saved highlights (a cheap storage read, no message to the background). */
  hasSaved(url: string): Promise<boolean>;
  /** Finds the address's saved highlights in the page's text. */
  place(url: string, text: string): Promise<Result<SavedOnPage>>;
  save(url: string, title: string, items: SaveRequest[]): Promise<Result<{ highlights: SavedHighlight[]; added: number }>>;
  update(id: string, patch: { note?: string; category?: Category | null }): Promise<Result<SavedHighlight>>;
}

export interface PageDeps {
  doc: Document;
  mightBePolicy(sample: PageSample): PrefilterResult;
  /** Runs the engine away from the page (the background) and answers the report. */
  analyze(request: { plain: PlainText; url: string; forced: boolean; truncated?: boolean }): Promise<Result<PageAnalysis>>;
  /** Tells the background the page is no longer a policy (SPA navigation, text replaced). */
  cleared(url: string): void;
  /** Tells the background whether highlights are now shown. */
  highlightingShown(highlighting: boolean): void;
  /** Lets the page's own tasks run between extraction slices. */
  yieldToPage(): Promise<void>;
  now(): number;
  /** Aborted when the content script is invalidated: every listener and observer goes with it. */
  signal: AbortSignal;
  /** Forces the <mark> fallback (tests); default: the Highlight API when present. */
  paintMode?: PaintMode;
  /** Quiet time before a changed page is re-checked. */
  debounceMs?: number;
  /** Saved highlights; without it the page shows automatic highlights only. */
  notebook?: NotebookDeps;
  /**
   * A document whose text is not its body's (the PDF reader: text layers over canvases): its address
   * for the notebook and the background, and its text with the map back to the text layers. Such a
   * document is read once and not watched for changes.
   */
  source?: { url: string; extract(): Promise<PageText | null> };
}

export interface Outcome {
  detected: boolean;
  clauses: number;
  deviations: number;
}

/** Longest stretch of extraction work between yields: well under one frame. */
const SLICE_MS = 8;

function isOwn(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.hasAttribute(OWN_ATTRIBUTE) || el.tagName === 'MARK' && el.hasAttribute('data-clauselens-category')) return true;
    if (el.tagName.toLowerCase() === CARD_TAG) return true;
  }
  return false;
}

export function createPageController(deps: PageDeps) {
  const { doc, signal } = deps;
  const debounceMs = deps.debounceMs ?? 500;
  const source = deps.source;
  const address = () => source?.url ?? doc.URL;
  let url = address();
  let detected = false;
  let forced = false;
  let lastText: string | null = null;
  let page: PageText | null = null;
  let report: Report | null = null;
  let cards: PageAnalysis['cards'] = [];
  let painting: Painting | null = null;
  let pageOverride: boolean | null = null;
  /** The categories highlighted (the popup's legend); null: every tagged clause. */
  let shown: Set<Category> | null = null;
  /** The clause next/previous highlight is on (index into report.clauses), or -1. */
  let focused = -1;
  let clearFocus: (() => void) | null = null;
  let siteHighlighting = true;
  let running: Promise<Outcome> | null = null;
  let rerun = false;
  const card = createCard(doc);
  let hoverController: AbortController | null = null;
  /** This address has saved highlights (so its text is read even when it is not a policy). */
  let hasSaved = false;
  let placed: PlacedHighlight[] = [];
  let savedPainting: SavedPainting | null = null;
  let pendingReveal: string | null = null;
  /** Clauses added or changed since the previous visit (offsets in the analysed text), and their layer. */
  let changedSpans: { start: number; end: number }[] = [];
  let changedPainting: SavedPainting | null = null;

  const highlighting = () => pageOverride ?? siteHighlighting;
  const outcome = (): Outcome => ({
    detected,
    clauses: report?.clauses.filter((c) => c.categories.length > 0).length ?? 0,
    deviations: report?.deviations.length ?? 0,
  });

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
    if (textMayHaveChanged(records, isOwn)) schedule();
  });

  function observe(): void {
    if (!doc.body || signal.aborted || source) return;
    observer.observe(doc.body, OBSERVE_OPTIONS);
  }

  /** Runs `fn` (which changes the DOM) without our own observer seeing it. */
  function quietly<T>(fn: () => T): T {
    observer.disconnect();
    try {
      return fn();
    } finally {
      observe();
    }
  }

  // The first changes of a page not yet recognised are checked fast (its text is arriving); a page that never stops changing is checked ever less often.
  const rechecker = createRechecker({ run: () => void check(false), now: deps.now, signal, debounceMs, quick: () => !detected });
  const schedule = rechecker.schedule;

  async function extract(): Promise<PageText | null> {
    if (source) return source.extract();
    const body = doc.body;
    if (!body) return null;
    const extractor = createTextExtractor(body, { skip: (el) => el.hasAttribute(OWN_ATTRIBUTE) || el.tagName.toLowerCase() === CARD_TAG });
    while (true) {
      const start = deps.now();
      const result = extractor.run(() => deps.now() - start > SLICE_MS);
      if (result) return result;
      await deps.yieldToPage();
      if (signal.aborted) return null;
    }
  }

  function unpaint(): void {
    unfocus();
    hoverController?.abort();
    hoverController = null;
    card.hide();
    if (painting) {
      const p = painting;
      painting = null;
      quietly(() => p.clear());
    }
    if (savedPainting) {
      const p = savedPainting;
      savedPainting = null;
      quietly(() => p.clear());
    }
    if (changedPainting) {
      const p = changedPainting;
      changedPainting = null;
      quietly(() => p.clear());
    }
  }

  /** Settles when the last paint job has drawn everything (or was cleared). */
  let paintFinished: Promise<void> = Promise.resolve();
  function paint(): void {
    unpaint();
    const auto = !!report && highlighting();
    const spans = placed.flatMap((p) => (p.at ? [{ id: p.highlight.id, start: p.at.start, end: p.at.end }] : []));
    if (!page || (!auto && spans.length === 0) || signal.aborted) return;
    const r = report;
    const pg = page;
    // The offset map is stale (the page re-rendered, or marks were removed): look again, but paint what is still
    // there now. Waiting for a map that stays fresh would never paint a page that changes faster than it is read
    // (a ticking clock); ranges in nodes that left the page are simply not drawn.
    if (!pg.nodes.every((n) => n.isConnected)) schedule();
    // Saved ranges first: live ranges follow the Text-node splits that <mark> painting makes, offsets do not.
    const ranges = savedRanges(pg, spans);
    const changedRanges = auto ? savedRanges(pg, changedSpans.map((c, i) => ({ id: `changed-${i}`, ...c }))) : [];
    if (auto && r) {
      // Painted in slices like extraction (the <mark> path can take long on big pages); each slice hidden from our observer.
      const job = startPainting(doc, pg, r, deps.paintMode, shown ?? undefined);
      const slice = () => {
        const start = deps.now();
        return quietly(() => job.step(() => deps.now() - start > SLICE_MS));
      };
      painting = job.painting;
      paintFinished = slice()
        ? Promise.resolve()
        : (async () => {
            while (painting === job.painting && !signal.aborted) {
              await deps.yieldToPage();
              if (painting !== job.painting || signal.aborted || slice()) return;
            }
          })();
    }
    if (changedRanges.length) changedPainting = quietly(() => paintChanged(doc, changedRanges, deps.paintMode));
    // Saved highlights are the user's own notes: drawn even where automatic highlighting is switched off.
    if (ranges.length) savedPainting = quietly(() => paintSaved(doc, ranges, deps.paintMode));
    listenForCard();
    if (pendingReveal) {
      const id = pendingReveal;
      pendingReveal = null;
      revealSaved(id);
    }
  }

  /**
   * Redraws only the saved layer (after a save or an edit), leaving the automatic highlights and the open card
   * alone. The <mark> fallback splits Text nodes, which spoils the offset map: there, everything is redrawn.
   */
  function repaintSaved(): void {
    if (!page || signal.aborted) return;
    if ((painting && painting.mode === 'mark') || !page.nodes.every((n) => n.isConnected)) {
      paint();
      return;
    }
    if (savedPainting) {
      const p = savedPainting;
      savedPainting = null;
      quietly(() => p.clear());
    }
    const pg = page;
    const ranges = savedRanges(pg, placed.flatMap((p) => (p.at ? [{ id: p.highlight.id, start: p.at.start, end: p.at.end }] : [])));
    if (ranges.length) savedPainting = quietly(() => paintSaved(doc, ranges, deps.paintMode));
    if (!hoverController) listenForCard();
  }

  function paintingAlive(): boolean {
    return !!painting && painting.clauses.every((c) => c.range.startContainer.isConnected);
  }

  function needsRepaint(): boolean {
    if (report && highlighting() && !paintingAlive()) return true;
    return placed.some((p) => p.at) && !(savedPainting?.alive() ?? false);
  }

  function acceptSaved(saved: SavedOnPage | undefined): void {
    placed = saved?.placed ?? [];
    if (saved?.words) card.setWords(saved.words);
    if (placed.length) hasSaved = true;
    if (saved?.reveal) pendingReveal = saved.reveal;
  }

  function reset(): void {
    unpaint();
    const wasDetected = detected;
    detected = false;
    forced = false;
    lastText = null;
    report = null;
    cards = [];
    page = null;
    pageOverride = null;
    placed = [];
    hasSaved = false;
    pendingReveal = null;
    changedSpans = [];
    if (wasDetected) deps.cleared(url);
  }

  async function run(force: boolean): Promise<Outcome> {
    if (address() !== url) {
      // Single-page app navigation: the old report belongs to the old address.
      reset();
      url = address();
      hasSaved = (await deps.notebook?.hasSaved(url)) ?? false;
    }
    if (force) forced = true;
    let likely = detected || forced;
    if (!likely) likely = deps.mightBePolicy(readSignals(doc)).likely;
    if (!likely && !hasSaved) return outcome();
    const extracted = await extract();
    if (!extracted || signal.aborted) return outcome();
    if (extracted.text === lastText && (report || !likely)) {
      page = extracted;
      if (needsRepaint()) paint();
      return outcome();
    }
    lastText = extracted.text;
    page = extracted;
    if (!likely) {
      // Not a policy, but the user saved passages here: find them, draw them, nothing more.
      const answer = await deps.notebook!.place(url, extracted.text);
      if (signal.aborted || !answer.ok) return outcome();
      acceptSaved(answer.value);
      paint();
      return outcome();
    }
    const answer = await deps.analyze({
      plain: {
        text: extracted.text,
        title: extracted.title,
        hints: extracted.hints,
        ...(extracted.joins ? { joins: extracted.joins } : {}),
        ...(extracted.siteName ? { siteName: extracted.siteName } : {}),
      },
      url,
      forced,
      truncated: extracted.truncated,
    });
    if (signal.aborted) return outcome();
    if (!answer.ok) return outcome();
    siteHighlighting = answer.value.siteHighlighting;
    shown = answer.value.shown ? new Set(answer.value.shown) : null;
    acceptSaved(answer.value.saved);
    const wasDetected = detected;
    detected = forced || answer.value.report.docType !== 'other';
    if (!detected) {
      report = null;
      paint();
      if (wasDetected) deps.cleared(url);
      return outcome();
    }
    report = answer.value.report;
    cards = answer.value.cards;
    changedSpans = answer.value.changed ?? [];
    // paint() re-checks the page first if it changed while the engine ran: offsets only fit the text it was given.
    paint();
    await paintFinished;
    return outcome();
  }

  async function check(force: boolean): Promise<Outcome> {
    if (running) {
      if (force) {
        // "Analyze anyway" while an ordinary check runs: its answer must be the forced analysis, not the check's.
        forced = true;
        await running.catch(() => undefined);
        return check(true);
      }
      rerun = true;
      return running;
    }
    running = run(force);
    try {
      return await running;
    } finally {
      running = null;
      if (rerun && !signal.aborted) {
        rerun = false;
        schedule();
      }
    }
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  /** The clause under the pointer, with the rectangle of the character there; caret lookups snap to the nearest text, so check it is really under the pointer. */
  function clauseUnderPointer(x: number, y: number): { index: number; saved: string | null; rect: DOMRect } | null {
    if (!painting && !savedPainting) return null;
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    const index = painting ? painting.clauseAt(caret.node, caret.offset) : -1;
    const saved = index < 0 && savedPainting ? savedPainting.idAt(caret.node, caret.offset) : null;
    if (index < 0 && !saved) return null;
    const text = caret.node as Text;
    const probe = doc.createRange();
    const at = Math.min(caret.offset, Math.max(0, text.length - 1));
    probe.setStart(text, at);
    probe.setEnd(text, Math.min(text.length, at + 1));
    const rect = probe.getBoundingClientRect();
    const slack = 4;
    if (x < rect.left - rect.width - slack || x > rect.right + rect.width + slack || y < rect.top - slack || y > rect.bottom + slack) return null;
    return { index, saved, rect };
  }

  /** The saved highlight covering most of a clause, so a clause saved earlier shows its note instead of "Save". */
  function savedForClause(index: number): PlacedHighlight | null {
    const clause = report?.clauses[index];
    if (!clause) return null;
    return placed.find((p) => p.at && p.at.start < clause.end && p.at.end > clause.start && p.highlight.origin === 'clause') ?? null;
  }

  const info = (h: SavedHighlight) => ({ id: h.id, note: h.note, category: h.category });

  function cardSaving(existing: PlacedHighlight | null, save?: () => Promise<Result<SavedHighlight>>, extra: { focusNote?: boolean; quote?: string } = {}) {
    const notebook = deps.notebook;
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
        placed = placed.map((p) => (p.highlight.id === id ? { ...p, highlight: answer.value } : p));
        return { ok: true as const, value: info(answer.value) };
      },
      ...extra,
    };
  }

  /** Saves spans of the page text; keeps the placements so the saved layer is drawn at once. */
  async function saveSpans(items: { start: number; end: number; category: Category | null; origin: 'clause' | 'selection' }[]): Promise<Result<{ highlights: SavedHighlight[]; added: number }>> {
    const notebook = deps.notebook;
    if (!notebook || !page) return { ok: false, error: 'the page has not been read yet' };
    const pg = page;
    const requests: SaveRequest[] = items.map((i) => ({ selectors: describeSpan(pg.text, i.start, i.end), origin: i.origin, category: i.category }));
    const answer = await notebook.save(url, doc.title || pg.title || url, requests);
    if (!answer.ok) return answer;
    hasSaved = true;
    const byId = new Map(placed.map((p) => [p.highlight.id, p]));
    answer.value.highlights.forEach((h, i) => {
      const position = requests[i].selectors.position;
      byId.set(h.id, { highlight: h, at: { start: position.start, end: position.end, method: 'position' } });
    });
    placed = [...byId.values()];
    repaintSaved();
    return answer;
  }

  function saveClause(index: number): Promise<Result<SavedHighlight>> {
    const clause = report!.clauses[index];
    return saveSpans([{ start: clause.start, end: clause.end, category: clause.categories[0] ?? null, origin: 'clause' }]).then((a) =>
      a.ok ? { ok: true, value: a.value.highlights[0] } : a,
    );
  }

  /** The box of a painted clause on screen (all its lines), so the card goes beside it rather than over it. */
  function clauseBox(index: number): Anchor | null {
    const painted = painting?.clauses.find((c) => c.index === index);
    const r = painted?.range.getBoundingClientRect();
    return r && (r.width || r.height) ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }

  function showCard(index: number, fallback: Anchor, announce = false): void {
    const content = cards[index];
    if (content) card.show(content, clauseBox(index) ?? fallback, cardSaving(savedForClause(index), () => saveClause(index)), { announce });
  }

  function unfocus(): void {
    focused = -1;
    if (clearFocus) {
      const clear = clearFocus;
      clearFocus = null;
      quietly(clear);
    }
  }

  /** Marks the clause the keyboard is on: a highlight of its own over its ranges, or an outline on its <mark>s. */
  function markFocus(index: number): void {
    unfocus();
    const painted = painting?.clauses.find((c) => c.index === index);
    if (!painted || !painting) return;
    focused = index;
    const view = doc.defaultView;
    if (painting.mode === 'highlight-api' && view && typeof view.Highlight === 'function') {
      const registry = view.CSS.highlights;
      const highlight = new view.Highlight(...painted.ranges.filter((r) => r.startContainer.ownerDocument === doc));
      highlight.priority = 1000;
      registry.set('clauselens-focus', highlight);
      clearFocus = () => registry.delete('clauselens-focus');
    } else {
      const marks = [...doc.querySelectorAll<HTMLElement>(`mark[data-clauselens-clause="${index}"]`)];
      for (const m of marks) m.setAttribute('data-clauselens-focus', '');
      clearFocus = () => marks.forEach((m) => m.removeAttribute('data-clauselens-focus'));
    }
  }

  /**
   * Next or previous highlight (shortcut or in-page keys): the first clause after (before) the one the keyboard is
   * on, else after the top of the view; scrolled into the middle, outlined, its card beside it and said once.
   */
  function moveHighlight(direction: 1 | -1): { index: number; total: number; position: number } {
    const list = painting ? [...painting.clauses].sort((a, b) => a.index - b.index) : [];
    if (!list.length) return { index: -1, total: 0, position: 0 };
    let at = list.findIndex((c) => c.index === focused);
    if (at < 0) {
      const firstBelow = list.findIndex((c) => c.range.getBoundingClientRect().top >= 0);
      at = direction === 1 ? (firstBelow < 0 ? 0 : firstBelow) : (firstBelow <= 0 ? list.length - 1 : firstBelow - 1);
    } else at = (at + direction + list.length) % list.length;
    const target = list[at];
    markFocus(target.index);
    const el = target.range.startContainer.nodeType === 1 ? (target.range.startContainer as Element) : target.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const r = target.range.getBoundingClientRect();
    showCard(target.index, { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, true);
    return { index: target.index, total: list.length, position: at + 1 };
  }

  function showSavedCard(id: string, anchor: Anchor, focusNote = false): void {
    const p = placed.find((x) => x.highlight.id === id);
    if (p) card.show(null, anchor, cardSaving(p, undefined, { focusNote, quote: p.highlight.selectors.quote.exact.slice(0, 240) }));
  }

  /** Scrolls `range` into the middle of the view and selects it briefly, so the eye finds it; false when it is no longer on the page. */
  function reveal(range: Range | null | undefined): boolean {
    const el = range ? (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) : null;
    if (!range || !el || !el.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const shown = range.cloneRange();
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(shown);
    setTimeout(() => {
      // Only if the user has not selected something else meanwhile.
      if (selection?.rangeCount && selection.getRangeAt(0) === shown) selection.removeAllRanges();
    }, 1500);
    return true;
  }

  function revealSaved(id: string): boolean {
    return reveal(savedPainting?.rangeOf(id));
  }

  function listenForCard(): void {
    hoverController = new AbortController();
    listenForCardEvents(doc, hoverController.signal, {
      card,
      now: deps.now,
      painted: () => !!painting || !!savedPainting,
      clauseUnderPointer,
      clauseAt: (node, offset) => (painting ? painting.clauseAt(node, offset) : null),
      showCard,
      showSavedCard,
      keyboardFocused: () => focused >= 0,
      unfocus,
      canMove: () => !!painting?.clauses.length,
      move: (direction) => void moveHighlight(direction),
    });
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    unpaint();
    card.destroy();
  });

  return {
    /** First check and the observer that re-checks a changing page. */
    async start(): Promise<Outcome> {
      observe();
      hasSaved = (await deps.notebook?.hasSaved(url)) ?? false;
      return check(false);
    },
    /** The notebook changed (a save, an edit or a delete, here or in the side panel): find and draw this page's saved highlights again. */
    async savedChanged(): Promise<void> {
      const now = (await deps.notebook?.hasSaved(url)) ?? false;
      if (!now && !hasSaved) return;
      hasSaved = now;
      if (!page) {
        void check(false);
        return;
      }
      const answer = await deps.notebook!.place(url, page.text);
      if (!answer.ok || signal.aborted) return;
      const before = JSON.stringify(placed);
      acceptSaved(answer.value);
      if (!now) placed = [];
      if (JSON.stringify(placed) !== before) repaintSaved();
    },
    /** Context menu or shortcut: save the selection, or the tagged clause at the caret, then offer the note editor. */
    async saveSelection(): Promise<{ saved: boolean; id: string | null; reason: string | null }> {
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0) return { saved: false, id: null, reason: 'Select the text to save first.' };
      const range = sel.getRangeAt(0).cloneRange();
      if (!page || !page.nodes.every((n) => n.isConnected)) {
        const extracted = await extract();
        if (!extracted) return { saved: false, id: null, reason: 'This page has no readable text.' };
        page = extracted;
        lastText = extracted.text;
      }
      let span: { start: number; end: number; category: Category | null; origin: 'clause' | 'selection' } | null = null;
      if (range.collapsed) {
        const index = painting ? painting.clauseAt(range.startContainer, range.startOffset) : -1;
        const clause = index >= 0 ? report?.clauses[index] : undefined;
        if (clause) span = { start: clause.start, end: clause.end, category: clause.categories[0] ?? null, origin: 'clause' };
      } else {
        const offsets = offsetsFromRange(page, range);
        if (offsets) span = { ...offsets, category: null, origin: 'selection' };
      }
      if (!span) return { saved: false, id: null, reason: 'Select the text to save first (or put the caret in a highlighted clause).' };
      const answer = await saveSpans([span]);
      if (!answer.ok) return { saved: false, id: null, reason: answer.error };
      const id = answer.value.highlights[0].id;
      const box = range.getBoundingClientRect();
      showSavedCard(id, { left: box.left, top: box.top, right: box.right, bottom: box.bottom }, true);
      return { saved: true, id, reason: null };
    },
    /** The popup's "Save all to sidebar": every tagged clause. */
    async saveClauses(): Promise<{ saved: number; added: number }> {
      if (!report || !page) throw new Error('ClauseLens has not tagged any clause on this page');
      const tagged = report.clauses.flatMap((c, i) => (c.categories.length ? [{ c, i }] : []));
      // A clause saved before (even on an earlier wording of the page) is already there: not saved twice.
      const items = tagged
        .filter(({ i }) => !savedForClause(i))
        .map(({ c }) => ({ start: c.start, end: c.end, category: c.categories[0], origin: 'clause' as const }));
      if (!items.length) return { saved: tagged.length, added: 0 };
      const answer = await saveSpans(items);
      if (!answer.ok) throw new Error(answer.error);
      return { saved: tagged.length, added: answer.value.added };
    },
    revealSaved(id: string): { shown: boolean } {
      return { shown: revealSaved(id) };
    },
    /** A new baseline: same clauses (same text), new deviations; the cards change, the highlights stay. */
    reportChanged(next: Report, nextCards: PageAnalysis['cards'], words?: CardWords): { updated: boolean } {
      if (words) card.setWords(words);
      if (!report || next.clauses.length !== report.clauses.length || next.source !== report.source) return { updated: false };
      report = next;
      cards = nextCards;
      card.hide();
      return { updated: true };
    },
    /** "Analyze this page anyway". */
    analyzeNow(): Promise<Outcome> {
      return check(true);
    },
    /** The popup's legend: highlight only these categories (the card and saving follow what is painted). */
    async setCategories(categories: Category[]): Promise<{ painted: number }> {
      shown = new Set(categories);
      if (report && highlighting()) {
        paint();
        await paintFinished;
      }
      return { painted: painting?.clauses.length ?? 0 };
    },
    /** Next (1) or previous (-1) highlight, from the keyboard shortcut. */
    moveHighlight(direction: 1 | -1): { index: number; total: number; position: number } {
      return moveHighlight(direction);
    },
    setHighlighting(scope: HighlightScope, enabled: boolean): { highlighting: boolean } {
      if (scope === 'site') {
        siteHighlighting = enabled;
        pageOverride = null;
      } else pageOverride = enabled;
      if (highlighting()) {
        if (!paintingAlive()) paint();
      } else unpaint();
      deps.highlightingShown(highlighting() && !!painting);
      return { highlighting: highlighting() };
    },
    /** Scrolls a clause (report offsets) into the middle of the view and selects it briefly, so the eye finds it. */
    revealText(start: number, end: number): { shown: boolean } {
      return { shown: reveal(page ? rangeFromOffsets(page, start, end) : null) };
    },
    /** Test and bench hook: what is painted now. */
    get painting(): Painting | null {
      return painting;
    },
  };
}
