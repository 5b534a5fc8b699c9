/**
 * The three painted layers of a page: the automatic highlights (categories, painted in slices), the passages changed
 * since the last visit, and the reader's saved highlights. The page controller (page.ts) decides what to paint;
 * this module draws and clears, each DOM change out of the page observer's sight (`quietly`).
 */
import type { Category } from '../engine/report';
import { paintChanged } from './changed';
import type { PageText } from './extract';
import { startPainting, type Paintable, type PaintMode, type Painting } from './highlight';
import { paintSaved, savedRanges, type SavedPainting } from './saved';

/** Longest stretch of painting work between yields: well under one frame. */
export const SLICE_MS = 8;

export interface LayerDeps {
  doc: Document;
  paintMode?: PaintMode;
  now(): number;
  yieldToPage(): Promise<void>;
  signal: AbortSignal;
  quietly<T>(fn: () => T): T;
}

export interface PaintInput {
  page: PageText;
  /** The report to paint as automatic highlights; null when they are off. */
  report: Paintable | null;
  /** Only these categories (the legend), or all. */
  shown: Set<Category> | null;
  /** Saved highlights by their offsets in the page text. */
  saved: { id: string; start: number; end: number }[];
  /** Changed passages (only with the automatic highlights). */
  changed: { start: number; end: number }[];
}

export function createLayers(deps: LayerDeps) {
  const { doc, quietly, signal } = deps;
  let auto: Painting | null = null;
  let saved: SavedPainting | null = null;
  let changed: SavedPainting | null = null;
  /** Settles when the last paint job has drawn everything (or was cleared). */
  let finished: Promise<void> = Promise.resolve();

  const clear = (layer: { clear(): void } | null): void => {
    if (layer) quietly(() => layer.clear());
  };

  function drawSaved(page: PageText, spans: PaintInput['saved']): void {
    // Saved ranges from offsets: live ranges follow the Text-node splits that <mark> painting makes, offsets do not.
    const ranges = savedRanges(page, spans);
    if (ranges.length) saved = quietly(() => paintSaved(doc, ranges, deps.paintMode));
  }

  return {
    get auto(): Painting | null {
      return auto;
    },
    get saved(): SavedPainting | null {
      return saved;
    },
    get finished(): Promise<void> {
      return finished;
    },
    /** Something is painted (category or saved highlights). */
    get any(): boolean {
      return !!auto || !!saved;
    },
    clearAll(): void {
      const layers = [auto, saved, changed];
      auto = saved = changed = null;
      for (const layer of layers) clear(layer);
    },
    /** Paints all three layers afresh (call clearAll first). */
    paint(input: PaintInput): void {
      const { page, report } = input;
      // Offsets first, before <mark> painting splits Text nodes.
      const savedSpans = savedRanges(page, input.saved);
      const changedRanges = report ? savedRanges(page, input.changed.map((c, i) => ({ id: `changed-${i}`, ...c }))) : [];
      if (report) {
        // Painted in slices like extraction (the <mark> path can take long on big pages); each slice hidden from our observer.
        const job = startPainting(doc, page, report, deps.paintMode, input.shown ?? undefined);
        const slice = () => {
          const start = deps.now();
          return quietly(() => job.step(() => deps.now() - start > SLICE_MS));
        };
        auto = job.painting;
        finished = slice()
          ? Promise.resolve()
          : (async () => {
              while (auto === job.painting && !signal.aborted) {
                await deps.yieldToPage();
                if (auto !== job.painting || signal.aborted || slice()) return;
              }
            })();
      }
      if (changedRanges.length) changed = quietly(() => paintChanged(doc, changedRanges, deps.paintMode));
      // Saved highlights are the user's own notes: drawn even where automatic highlighting is switched off.
      if (savedSpans.length) saved = quietly(() => paintSaved(doc, savedSpans, deps.paintMode));
    },
    /**
     * Redraws only the saved layer, leaving the automatic highlights alone; false when that cannot be done (the
     * <mark> fallback splits Text nodes, which spoils the offset map, or the page re-rendered): paint everything.
     */
    repaintSaved(page: PageText, spans: PaintInput['saved']): boolean {
      if ((auto && auto.mode === 'mark') || !page.nodes.every((n) => n.isConnected)) return false;
      const old = saved;
      saved = null;
      clear(old);
      drawSaved(page, spans);
      return true;
    },
    /**
     * Redraws only the changed layer (its spans come after the highlights), leaving the others alone; false when that
     * cannot be done (the <mark> fallback splits Text nodes, the page re-rendered): paint everything.
     */
    repaintChanged(page: PageText, spans: PaintInput['changed']): boolean {
      if (!auto) return true;
      if (auto.mode === 'mark' || !page.nodes.every((n) => n.isConnected)) return false;
      const old = changed;
      changed = null;
      clear(old);
      const ranges = savedRanges(page, spans.map((c, i) => ({ id: `changed-${i}`, ...c })));
      if (ranges.length) changed = quietly(() => paintChanged(doc, ranges, deps.paintMode));
      return true;
    },
    /** The automatic highlights are still in the page (not re-rendered away). */
    autoAlive(): boolean {
      return !!auto && auto.clauses.every((c) => c.range.startContainer.isConnected);
    },
    savedAlive(): boolean {
      return saved?.alive() ?? false;
    },
  };
}
