/**
 * The in-page job, from cheap check to painted highlights: decide whether the page may be a
 * policy, extract its text in slices, have it analysed elsewhere, paint the clauses, show the
 * card on hover or caret, and re-check (debounced) when the page changes.
 */
import { rangeFromOffsets } from './ranges';
import type { PageSample, PrefilterResult } from '../prefilter';
import type { HighlightScope, PageAnalysis, Result } from '../protocol';
import type { Report } from '../report';
import type { PlainText } from '../text/types';
import { createCard, CARD_TAG } from './card';
import { createTextExtractor, type PageText } from './extract';
import { OWN_ATTRIBUTE, paintReport, type PaintMode, type Painting } from './highlight';
import { readSignals } from './signals';

export interface PageDeps {
  doc: Document;
  mightBePolicy(sample: PageSample): PrefilterResult;
  /** Runs the engine away from the page (the background) and answers the report. */
  analyze(request: { plain: PlainText; url: string; forced: boolean }): Promise<Result<PageAnalysis>>;
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
}

export interface Outcome {
  detected: boolean;
  clauses: number;
  deviations: number;
}

/** Longest stretch of extraction work between yields: well under one frame. */
const SLICE_MS = 8;
/** A page that never stops changing is still re-checked this often. */
const MAX_WAIT_MS = 2000;
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

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
  let url = doc.URL;
  let detected = false;
  let forced = false;
  let lastText: string | null = null;
  let page: PageText | null = null;
  let report: Report | null = null;
  let cards: PageAnalysis['cards'] = [];
  let painting: Painting | null = null;
  let pageOverride: boolean | null = null;
  let siteHighlighting = true;
  let running: Promise<Outcome> | null = null;
  let rerun = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstDirty = 0;
  const card = createCard(doc);
  let hoverController: AbortController | null = null;

  const highlighting = () => pageOverride ?? siteHighlighting;
  const outcome = (): Outcome => ({
    detected,
    clauses: report?.clauses.filter((c) => c.categories.length > 0).length ?? 0,
    deviations: report?.deviations.length ?? 0,
  });

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isOwn(n) || (n.nodeType === 3 && !(n as Text).data.trim())))
        continue;
      schedule();
      return;
    }
  });

  function observe(): void {
    if (!doc.body || signal.aborted) return;
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
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

  function schedule(): void {
    if (signal.aborted) return;
    const t = deps.now();
    if (timer === null) firstDirty = t;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstDirty + MAX_WAIT_MS - t));
    timer = setTimeout(() => {
      timer = null;
      void check(false);
    }, wait);
  }

  async function extract(): Promise<PageText | null> {
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
    hoverController?.abort();
    hoverController = null;
    card.hide();
    if (painting) {
      const p = painting;
      painting = null;
      quietly(() => p.clear());
    }
  }

  function paint(): void {
    unpaint();
    if (!report || !page || !highlighting() || signal.aborted) return;
    const r = report;
    const pg = page;
    if (!pg.nodes.every((n) => n.isConnected)) {
      // The offset map is stale (the page re-rendered, or marks were removed): re-extract, then paint.
      schedule();
      return;
    }
    painting = quietly(() => paintReport(doc, pg, r, deps.paintMode));
    listenForCard();
  }

  function paintingAlive(): boolean {
    return !!painting && painting.clauses.every((c) => c.range.startContainer.isConnected);
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
    if (wasDetected) deps.cleared(url);
  }

  async function run(force: boolean): Promise<Outcome> {
    if (doc.URL !== url) {
      // Single-page app navigation: the old report belongs to the old address.
      reset();
      url = doc.URL;
    }
    if (force) forced = true;
    if (!detected && !forced) {
      const verdict = deps.mightBePolicy(readSignals(doc));
      if (!verdict.likely) return outcome();
    }
    const extracted = await extract();
    if (!extracted || signal.aborted) return outcome();
    if (extracted.text === lastText && report) {
      page = extracted;
      if (!paintingAlive() && highlighting()) paint();
      return outcome();
    }
    lastText = extracted.text;
    page = extracted;
    const answer = await deps.analyze({ plain: { text: extracted.text, title: extracted.title, hints: extracted.hints }, url, forced });
    if (signal.aborted) return outcome();
    if (!answer.ok) return outcome();
    siteHighlighting = answer.value.siteHighlighting;
    const wasDetected = detected;
    detected = forced || answer.value.report.docType !== 'other';
    if (!detected) {
      report = null;
      unpaint();
      if (wasDetected) deps.cleared(url);
      return outcome();
    }
    report = answer.value.report;
    cards = answer.value.cards;
    // paint() re-checks the page first if it changed while the engine ran: offsets only fit the text it was given.
    paint();
    return outcome();
  }

  async function check(force: boolean): Promise<Outcome> {
    if (running) {
      rerun = true;
      if (force) forced = true;
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
  function clauseUnderPointer(x: number, y: number): { index: number; rect: DOMRect } | null {
    if (!painting) return null;
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    const index = painting.clauseAt(caret.node, caret.offset);
    if (index < 0) return null;
    const text = caret.node as Text;
    const probe = doc.createRange();
    const at = Math.min(caret.offset, Math.max(0, text.length - 1));
    probe.setStart(text, at);
    probe.setEnd(text, Math.min(text.length, at + 1));
    const rect = probe.getBoundingClientRect();
    const slack = 4;
    if (x < rect.left - rect.width - slack || x > rect.right + rect.width + slack || y < rect.top - slack || y > rect.bottom + slack) return null;
    return { index, rect };
  }

  function showCard(index: number, anchor: { left: number; top: number; bottom: number }): void {
    const content = cards[index];
    if (content) card.show(content, anchor);
  }

  function listenForCard(): void {
    hoverController = new AbortController();
    const opts = { passive: true, signal: hoverController.signal } as AddEventListenerOptions;
    const view = doc.defaultView;
    let pending: { x: number; y: number } | null = null;
    let shownBy: 'pointer' | 'caret' | null = null;
    doc.addEventListener(
      'mousemove',
      (e) => {
        const first = pending === null;
        pending = { x: e.clientX, y: e.clientY };
        if (!first || !view) return;
        // One lookup per frame however fast the pointer moves.
        view.requestAnimationFrame(() => {
          const p = pending;
          pending = null;
          if (!p || !painting) return;
          const hit = clauseUnderPointer(p.x, p.y);
          if (hit) {
            shownBy = 'pointer';
            showCard(hit.index, { left: p.x, top: hit.rect.top, bottom: hit.rect.bottom });
          } else if (shownBy === 'pointer') {
            shownBy = null;
            card.hide();
          }
        });
      },
      opts,
    );
    // Keyboard users reach a clause by moving the caret or the selection into it.
    doc.addEventListener(
      'selectionchange',
      () => {
        const sel = doc.getSelection();
        if (!painting || !sel || !sel.focusNode) return;
        const index = painting.clauseAt(sel.focusNode, sel.focusOffset);
        if (index >= 0) {
          const r = sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
          const box = r && r.height > 0 ? r : (sel.focusNode.parentElement?.getBoundingClientRect() ?? null);
          if (!box) return;
          shownBy = 'caret';
          showCard(index, { left: box.left, top: box.top, bottom: box.bottom });
        } else if (shownBy === 'caret') {
          shownBy = null;
          card.hide();
        }
      },
      opts,
    );
    doc.addEventListener('scroll', () => card.hide(), { ...opts, capture: true });
    doc.addEventListener('keydown', (e) => e.key === 'Escape' && card.hide(), opts);
  }

  signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
    observer.disconnect();
    unpaint();
    card.destroy();
  });

  return {
    /** First check and the observer that re-checks a changing page. */
    start(): Promise<Outcome> {
      observe();
      return check(false);
    },
    /** "Analyze this page anyway". */
    analyzeNow(): Promise<Outcome> {
      return check(true);
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
      const range = page ? rangeFromOffsets(page, start, end) : null;
      const el = range ? (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) : null;
      if (!range || !el || !el.isConnected) return { shown: false };
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setTimeout(() => {
        if (selection?.rangeCount && selection.getRangeAt(0) === range) selection.removeAllRanges();
      }, 1500);
      return { shown: true };
    },
    /** Test and bench hook: what is painted now. */
    get painting(): Painting | null {
      return painting;
    },
  };
}
