/**
 * The in-page job, from cheap check to painted highlights: decide whether the page may be a
 * policy, extract its text in slices, have it analysed elsewhere, paint the clauses, show the
 * card on hover or caret, and re-check (debounced) when the page changes. The pieces it drives:
 * layers.ts (the three painted layers), saving.ts (saving to the notebook), extract.ts (the text in slices),
 * own.ts (what is ours on the page), ports.ts (what it needs from outside), card-events.ts and
 * pointer.ts (when the card opens, and where), focus.ts (next/previous highlight).
 */
import { rangeFromOffsets } from './ranges';
import type { SavedHighlight } from '../notebook/notebook';
import type { HighlightScope, PageAnalysis, PageReport, PlacedHighlight, Result, SavedOnPage } from '../extension/protocol';
import type { Category } from '../engine/report';
import { createCard, type Anchor } from './card';
import type { CardWords } from '../report/describe';
import { extractInSlices, plainText, type PageText } from './extract';
import type { Painting } from './highlight';
import { readSignals } from './signals';
import { createRechecker, OBSERVE_OPTIONS, textMayHaveChanged } from './recheck';
import { isOwn, isOwnElement } from './own';
import { listenForCardEvents } from './card-events';
import { createFocusMark, nextHighlight } from './focus';
import { createLayers, SLICE_MS } from './layers';
import { clauseUnderPointer, revealRange } from './pointer';
import { clauseSpan, createSaving, selectionSpan, unsavedClauses, type SavedState } from './saving';

import type { Outcome, PageDeps } from './ports';

export type { NotebookDeps } from './saving';
export type { Outcome, PageDeps } from './ports';

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
  let report: PageReport | null = null;
  let cards: PageAnalysis['cards'] = [];
  let pageOverride: boolean | null = null;
  /** The categories highlighted (the popup's legend); null: every tagged clause. */
  let shown: Set<Category> | null = null;
  let siteHighlighting = true;
  let running: Promise<Outcome> | null = null;
  let rerun = false;
  const card = createCard(doc);
  const layers = createLayers({ doc, paintMode: deps.paintMode, now: deps.now, yieldToPage: deps.yieldToPage, signal, quietly });
  /** The clause the keyboard is on (next/previous highlight), marked out of our observer's sight. */
  const focusMark = createFocusMark(doc, quietly);
  let hoverController: AbortController | null = null;
  /** This address's saved highlights where they were found in the text, and whether it has any (so its text is read even when it is not a policy). */
  const notes: SavedState = { placed: [], has: false };
  const saving = createSaving({ doc, notebook: deps.notebook, url: () => url, page: () => page, state: notes, drawn: () => repaintSaved() });
  let pendingReveal: string | null = null;
  /** Settles once the first "has this page saved highlights?" is answered (start()). */
  let savedKnown: Promise<void> = Promise.resolve();
  /** Clauses added or changed since the previous visit (offsets in the analysed text). */
  let changedSpans: { start: number; end: number }[] = [];
  /** The history record of the last analysis, whose changed spans follow its reply; null: none follows. */
  let recording: number | null = null;
  /** Changed spans that came before their analysis's reply (messages need not arrive in order). */
  let early: { recording: number; changed: { start: number; end: number }[] } | null = null;

  const highlighting = () => pageOverride ?? siteHighlighting;
  const outcome = (): Outcome => ({
    detected,
    clauses: report?.clauses.filter((c) => c.categories.length > 0).length ?? 0,
    deviations: report?.deviations ?? 0,
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

  const extract = (): Promise<PageText | null> =>
    source ? source.extract() : extractInSlices(doc, { now: deps.now, yieldToPage: deps.yieldToPage, signal, sliceMs: SLICE_MS, skip: isOwnElement });

  function unpaint(): void {
    unfocus();
    hoverController?.abort();
    hoverController = null;
    card.hide();
    layers.clearAll();
  }

  const savedSpans = () => notes.placed.flatMap((p) => (p.at ? [{ id: p.highlight.id, start: p.at.start, end: p.at.end }] : []));

  function paint(): void {
    unpaint();
    const auto = !!report && highlighting();
    const spans = savedSpans();
    if (!page || (!auto && spans.length === 0) || signal.aborted) return;
    // The offset map is stale (the page re-rendered, or marks were removed): look again, but paint what is still
    // there now. Waiting for a map that stays fresh would never paint a page that changes faster than it is read
    // (a ticking clock); ranges in nodes that left the page are simply not drawn.
    if (!page.nodes.every((n) => n.isConnected)) schedule();
    layers.paint({ page, report: auto ? report : null, shown, saved: spans, changed: changedSpans });
    listenForCard();
    if (pendingReveal) {
      const id = pendingReveal;
      pendingReveal = null;
      revealSaved(id);
    }
  }

  /** Redraws only the saved layer (after a save or an edit), leaving the automatic highlights and the open card alone. */
  function repaintSaved(): void {
    if (!page || signal.aborted) return;
    if (!layers.repaintSaved(page, savedSpans())) {
      paint();
      return;
    }
    if (!hoverController) listenForCard();
  }

  function needsRepaint(): boolean {
    if (report && highlighting() && !layers.autoAlive()) return true;
    return notes.placed.some((p) => p.at) && !layers.savedAlive();
  }

  function acceptSaved(saved: SavedOnPage | undefined): void {
    notes.placed = saved?.placed ?? [];
    if (saved?.words) card.setWords(saved.words);
    if (notes.placed.length) notes.has = true;
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
    notes.placed = [];
    notes.has = false;
    pendingReveal = null;
    changedSpans = [];
    recording = null;
    if (wasDetected) deps.cleared(url);
  }

  async function run(force: boolean): Promise<Outcome> {
    if (address() !== url) {
      // Single-page app navigation: the old report belongs to the old address.
      reset();
      url = address();
      notes.has = (await deps.notebook?.hasSaved(url)) ?? false;
    }
    if (force) forced = true;
    let likely = detected || forced;
    if (!likely) likely = deps.mightBePolicy(readSignals(doc)).likely;
    if (!likely) await savedKnown;
    if (!likely && !notes.has) return outcome();
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
      plain: plainText(extracted),
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
    recording = answer.value.recording ?? null;
    // What changed since the last visit follows (changedSpans()), unless it came first.
    changedSpans = early && early.recording === recording ? early.changed : [];
    early = null;
    // paint() re-checks the page first if it changed while the engine ran: offsets only fit the text it was given.
    paint();
    await layers.finished;
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

  /** The saved highlight covering most of a clause, so a clause saved earlier shows its note instead of "Save". */
  function savedForClause(index: number): PlacedHighlight | null {
    const clause = report?.clauses[index];
    return clause ? saving.forClause(clause) : null;
  }

  const { cardSaving, saveSpans } = saving;

  function saveClause(index: number): Promise<Result<SavedHighlight>> {
    return saveSpans([clauseSpan(report!.clauses[index])]).then((a) =>
      a.ok ? { ok: true, value: a.value.highlights[0] } : a,
    );
  }

  /** The box of a painted clause on screen (all its lines), so the card goes beside it rather than over it. */
  function clauseBox(index: number): Anchor | null {
    const painted = layers.auto?.clauses.find((c) => c.index === index);
    const r = painted?.range.getBoundingClientRect();
    return r && (r.width || r.height) ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }

  function showCard(index: number, fallback: Anchor, announce = false): void {
    const content = cards[index];
    if (content) card.show(content, clauseBox(index) ?? fallback, cardSaving(savedForClause(index), () => saveClause(index)), { announce });
  }

  const unfocus = focusMark.clear;

  /** Next or previous highlight: scrolled into the middle, marked, its card beside it and said once. */
  function moveHighlight(direction: 1 | -1): { index: number; total: number; position: number } {
    const next = nextHighlight(layers.auto, focusMark.index, direction);
    if (!next) return { index: -1, total: 0, position: 0 };
    const { target } = next;
    focusMark.mark(layers.auto, target.index);
    const el = target.range.startContainer.nodeType === 1 ? (target.range.startContainer as Element) : target.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const r = target.range.getBoundingClientRect();
    showCard(target.index, { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, true);
    return { index: target.index, total: next.total, position: next.position };
  }

  function showSavedCard(id: string, anchor: Anchor, focusNote = false): void {
    const p = notes.placed.find((x) => x.highlight.id === id);
    if (p) card.show(null, anchor, cardSaving(p, undefined, { focusNote, quote: p.highlight.selectors.quote.exact.slice(0, 240) }));
  }

  function revealSaved(id: string): boolean {
    return revealRange(doc, layers.saved?.rangeOf(id));
  }

  function listenForCard(): void {
    hoverController = new AbortController();
    listenForCardEvents(doc, hoverController.signal, {
      card,
      now: deps.now,
      painted: () => layers.any,
      clauseUnderPointer: (x, y) => clauseUnderPointer(doc, { painting: layers.auto, saved: layers.saved }, x, y),
      clauseAt: (node, offset) => (layers.auto ? layers.auto.clauseAt(node, offset) : null),
      showCard,
      showSavedCard,
      keyboardFocused: () => focusMark.index >= 0,
      unfocus,
      canMove: () => !!layers.auto?.clauses.length,
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
      // Asked alongside the first reading of the page, not before it: a page that may be a policy is read and
      // analysed whatever the answer (its saved highlights come with the analysis); only one that is not waits for it.
      const asked = url;
      savedKnown = (deps.notebook?.hasSaved(asked) ?? Promise.resolve(false)).then(
        (has) => {
          if (url === asked && has) notes.has = true;
        },
        () => undefined,
      );
      return check(false);
    },
    /** The notebook changed (a save, an edit or a delete, here or in the side panel): find and draw this page's saved highlights again. */
    async savedChanged(): Promise<void> {
      const now = (await deps.notebook?.hasSaved(url)) ?? false;
      if (!now && !notes.has) return;
      notes.has = now;
      if (!page) {
        void check(false);
        return;
      }
      const answer = await deps.notebook!.place(url, page.text);
      if (!answer.ok || signal.aborted) return;
      const before = JSON.stringify(notes.placed);
      acceptSaved(answer.value);
      if (!now) notes.placed = [];
      if (JSON.stringify(notes.placed) !== before) repaintSaved();
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
      const span = selectionSpan(range, page, layers.auto, report);
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
      const { tagged, items } = unsavedClauses(report, saving.forClause);
      if (!items.length) return { saved: tagged, added: 0 };
      const answer = await saveSpans(items);
      if (!answer.ok) throw new Error(answer.error);
      return { saved: tagged, added: answer.value.added };
    },
    revealSaved(id: string): { shown: boolean } {
      return { shown: revealSaved(id) };
    },
    /**
     * The clauses changed since the last visit, found after the highlights were painted: marked if they belong to the
     * text last analysed (`recording` names its analysis); kept for a reply still on its way; dropped otherwise.
     */
    changedSpans(from: number, changed: { start: number; end: number }[]): { shown: boolean } {
      if (from !== recording) {
        early = { recording: from, changed };
        return { shown: false };
      }
      changedSpans = changed;
      if (!page || signal.aborted || !report || !highlighting()) return { shown: false };
      if (!layers.repaintChanged(page, changed)) paint();
      return { shown: changed.length > 0 };
    },
    /** A new baseline: same clauses (same text), new deviations; the cards change, the highlights stay. */
    reportChanged(next: PageReport, nextCards: PageAnalysis['cards'], words?: CardWords): { updated: boolean } {
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
        await layers.finished;
      }
      return { painted: layers.auto?.clauses.length ?? 0 };
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
        if (!layers.autoAlive()) paint();
      } else unpaint();
      deps.highlightingShown(highlighting() && !!layers.auto);
      return { highlighting: highlighting() };
    },
    /** Scrolls a clause (report offsets) into the middle of the view and selects it briefly, so the eye finds it. */
    revealText(start: number, end: number): { shown: boolean } {
      return { shown: revealRange(doc, page ? rangeFromOffsets(page, start, end) : null) };
    },
    /** Test and bench hook: what is painted now. */
    get painting(): Painting | null {
      return layers.auto;
    },
  };
}
