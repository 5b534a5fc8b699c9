/**
 * Draws a report's clauses on the page: CSS Custom Highlight API where the browser has it, <mark>
 * elements where not. Text in open shadow roots and same-origin frames is painted too: each frame
 * document gets its own style and highlight registry, each shadow root adopts the style.
 */
import { CATEGORIES, type Category } from '../engine/report';
import type { PageReport } from '../extension/protocol';
import type { PageText } from './extract';
import { highlightCss, highlightName } from './palette';
import { piecesFromOffsets, rangesFromOffsets, type NodePiece } from './ranges';
import { attachStyle } from './styles';

export type PaintMode = 'highlight-api' | 'mark';

/** What painting reads of a report: each clause's offsets and categories (a whole Report will do). */
export type Paintable = Pick<PageReport, 'clauses'>;

export interface PaintedClause {
  /** Index into report.clauses. */
  index: number;
  categories: Category[];
  /** Live range over the clause's text on the page (its first part when it crosses into a shadow root or frame). */
  range: Range;
  /** Every part of the clause, one per document or shadow tree it lies in. */
  ranges: Range[];
}

export interface Painting {
  mode: PaintMode;
  /** The clauses painted so far (all of them once the paint job is done). */
  clauses: PaintedClause[];
  /** Index into report.clauses of the painted clause holding this DOM point, or -1. */
  clauseAt(node: Node, offset: number): number;
  /** Removes every highlight, mark and style this painting added, and stops a paint job still under way. */
  clear(): void;
}

/** A painting done in slices: `step` works until `shouldYield()` says stop, and says whether all is painted. */
export interface PaintJob {
  painting: Painting;
  step(shouldYield: () => boolean): boolean;
}

/** Marker attribute on the nodes the extension adds, so observers and the extractor can tell them apart. */
export const OWN_ATTRIBUTE = 'data-clauselens';

type Root = Document | ShadowRoot;

/** Whether `doc`'s window supports the CSS Custom Highlight API. */
export function supportsHighlightApi(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && typeof view.Highlight === 'function' && !!view.CSS && 'highlights' in view.CSS;
}

/**
 * Adds the highlight style sheet to a document (a <style> in its head) or a shadow root (an
 * adopted sheet, so the component's own DOM is untouched; a <style> where that is missing).
 * Returns the function that takes it out again.
 */
function addStyle(root: Root): () => void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const view = doc.defaultView;
  if (root.nodeType !== 9 && view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(highlightCss());
      const shadow = root as ShadowRoot;
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return () => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // Constructable sheets unsupported here: fall through to a <style> element.
    }
  }
  return attachStyle(root, highlightCss(), (el) => el.setAttribute(OWN_ATTRIBUTE, 'style'));
}

/** Styles added once per tree the painting touches. */
function styleKeeper() {
  const removers = new Map<Root, () => void>();
  return {
    ensure(node: Node): void {
      const root = node.getRootNode() as Root;
      if (removers.has(root) || (root.nodeType !== 9 && root.nodeType !== 11)) return;
      removers.set(root, addStyle(root));
      // A shadow root's highlights and marks also need the document's rules for the rest of the page.
      if (root.nodeType === 11) this.ensure(root.ownerDocument!);
    },
    clear(): void {
      for (const remove of removers.values()) remove();
      removers.clear();
    },
  };
}

function clauseLocator(clauses: PaintedClause[]) {
  // Parts grouped by tree once per size of `clauses` (it grows while a paint job runs): lookups run on every pointer frame.
  let byRoot = new Map<Node, { range: Range; index: number }[]>();
  let grouped = -1;
  return (node: Node, offset: number): number => {
    if (grouped !== clauses.length) {
      byRoot = new Map();
      for (const c of clauses)
        for (const range of c.ranges) {
          const root = range.startContainer.getRootNode();
          const list = byRoot.get(root) ?? [];
          list.push({ range, index: c.index });
          byRoot.set(root, list);
        }
      grouped = clauses.length;
    }
    // Parts in one tree do not overlap and are in document order, so a binary search on comparePoint finds the one.
    const parts = byRoot.get(node.getRootNode()) ?? [];
    let lo = 0;
    let hi = parts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      let cmp: number;
      try {
        cmp = parts[mid].range.comparePoint(node, offset);
      } catch {
        return -1;
      }
      if (cmp === 0) return parts[mid].index;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
}

/** How many clauses or Text nodes are handled between two looks at the clock. */
const BATCH = 16;

/** The category a clause is painted in: its first one that is shown (each clause gets one tint, never stacked ones), or null. */
function paintedCategory(categories: readonly Category[], shown: ReadonlySet<Category> | undefined): Category | null {
  return categories.find((c) => !shown || shown.has(c)) ?? null;
}

/**
 * The index of the first clause that ends below the top of the screen above the viewport: painting starts there, so
 * what the reader sees is drawn first. Clauses are in text order, which is the page's top-to-bottom order on
 * ordinary pages (a binary search; a clause with no box, hidden, counts as above). 0 without a layout (tests).
 */
function firstNearView(doc: Document, page: PageText, report: Paintable): number {
  const height = doc.defaultView?.innerHeight ?? 0;
  if (!height || report.clauses.length < 2) return 0;
  let lo = 0;
  let hi = report.clauses.length;
  let laidOut = false;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const clause = report.clauses[mid];
    const range = rangesFromOffsets(page, clause.start, clause.end)[0];
    const box = range?.getBoundingClientRect();
    const placed = !!box && (box.width > 0 || box.height > 0);
    laidOut ||= placed;
    if (placed && box.bottom >= -height) hi = mid;
    else lo = mid + 1;
  }
  // No clause had a box (no layout, as in tests): from the top.
  return laidOut ? Math.min(lo, report.clauses.length - 1) : 0;
}

function highlightJob(doc: Document, page: PageText, report: Paintable, shown?: ReadonlySet<Category>): PaintJob {
  const clauses: PaintedClause[] = [];
  const styles = styleKeeper();
  // One Highlight per document and category: each frame's window has its own Highlight class and registry.
  const byDocument = new Map<Document, Map<Category, Highlight>>();
  const registered: { registry: HighlightRegistry; name: string }[] = [];
  // The clauses from the one nearest the view to the end, then those above it from the nearest up.
  let order: number[] | null = null;
  let next = 0;
  let finished = false;

  function highlightFor(doc: Document, category: Category): Highlight | null {
    const view = doc.defaultView;
    if (!view || !supportsHighlightApi(doc)) return null;
    const byCategory = byDocument.get(doc) ?? new Map<Category, Highlight>();
    byDocument.set(doc, byCategory);
    let highlight = byCategory.get(category);
    if (!highlight) {
      highlight = new view.Highlight();
      highlight.priority = CATEGORIES.length - CATEGORIES.indexOf(category);
      const name = highlightName(category);
      view.CSS.highlights.set(name, highlight);
      registered.push({ registry: view.CSS.highlights, name });
      byCategory.set(category, highlight);
    }
    return highlight;
  }

  return {
    painting: {
      mode: 'highlight-api',
      clauses,
      clauseAt: clauseLocator(clauses),
      clear() {
        finished = true;
        for (const { registry, name } of registered) registry.delete(name);
        registered.length = 0;
        byDocument.clear();
        styles.clear();
      },
    },
    step(shouldYield) {
      if (finished) return true;
      if (!order) {
        const first = firstNearView(doc, page, report);
        order = [];
        for (let i = first; i < report.clauses.length; i++) order.push(i);
        for (let i = first - 1; i >= 0; i--) order.push(i);
      }
      // Clauses above the first one painted are kept ahead of it, so `clauses` stays in text order (the pointer's and the keyboard's lookups rely on it).
      const above: PaintedClause[] = [];
      let done = 0;
      while (next < order.length) {
        if (done > 0 && done % BATCH === 0 && shouldYield()) break;
        done++;
        const index = order[next++];
        const clause = report.clauses[index];
        const category = paintedCategory(clause.categories, shown);
        if (!category) continue;
        const ranges = rangesFromOffsets(page, clause.start, clause.end);
        if (ranges.length === 0) continue;
        const painted = { index, categories: clause.categories, range: ranges[0], ranges };
        if (clauses.length && index < clauses[0].index) above.push(painted);
        else clauses.push(painted);
        for (const range of ranges) {
          styles.ensure(range.startContainer);
          // Each slice shows at once what it drew: the clauses in view first, the rest in the slices after.
          highlightFor(range.startContainer.ownerDocument!, category)?.add(range);
        }
      }
      if (above.length) clauses.unshift(...above.reverse());
      if (next < order.length) return false;
      finished = true;
      return true;
    },
  };
}

/** Wraps `node.data.slice(start, end)` in a new <mark>, splitting the Text node as needed. */
export function wrap(piece: NodePiece): HTMLElement {
  const { node } = piece;
  if (piece.end < node.length) node.splitText(piece.end);
  const target = piece.start > 0 ? node.splitText(piece.start) : node;
  const mark = node.ownerDocument.createElement('mark');
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  return mark;
}

/** Removes `marks`, keeping their text, and re-joins the Text nodes they split, so the page's DOM is as it was. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/**
 * In a flex or grid container each run of text is a layout item: splitting one into text and
 * <mark> would add items and move things, so such text is left unpainted.
 */
function layoutSafeParent() {
  const seen = new Map<Node, boolean>();
  return (node: Text): boolean => {
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1) return false;
    let safe = seen.get(parent);
    if (safe === undefined) {
      const view = node.ownerDocument.defaultView;
      const display = view ? view.getComputedStyle(parent as Element).display : '';
      safe = !/flex|grid/.test(display);
      seen.set(parent, safe);
    }
    return safe;
  };
}

function markJob(page: PageText, report: Paintable, shown?: ReadonlySet<Category>): PaintJob {
  const styles = styleKeeper();
  const clauses: PaintedClause[] = [];
  const marksByClause = new Map<number, HTMLElement[]>();
  const safe = layoutSafeParent();
  let byNode: Map<Text, { clause: number; piece: NodePiece }[]> | null = null;
  let queue: Iterator<[Text, { clause: number; piece: NodePiece }[]]> | null = null;
  let finished = false;

  function plan(): void {
    // Splitting from the end of each node backwards keeps the offsets of the pieces still to come valid.
    byNode = new Map();
    report.clauses.forEach((clause, index) => {
      if (!paintedCategory(clause.categories, shown)) return;
      for (const piece of piecesFromOffsets(page, clause.start, clause.end)) {
        const list = byNode!.get(piece.node) ?? [];
        list.push({ clause: index, piece });
        byNode!.set(piece.node, list);
      }
    });
    queue = byNode.entries();
  }

  function paintNode(node: Text, list: { clause: number; piece: NodePiece }[]): void {
    if (!node.parentNode || !safe(node)) return;
    styles.ensure(node);
    list.sort((a, b) => b.piece.start - a.piece.start);
    let limit = Infinity;
    for (const { clause, piece } of list) {
      const end = Math.min(piece.end, limit);
      if (end <= piece.start || !piece.node.parentNode) continue;
      const mark = wrap({ node: piece.node, start: piece.start, end });
      const categories = report.clauses[clause].categories;
      mark.setAttribute('data-clauselens-category', paintedCategory(categories, shown)!);
      mark.setAttribute('data-clauselens-categories', categories.join(' '));
      mark.setAttribute('data-clauselens-clause', String(clause));
      const marks = marksByClause.get(clause) ?? [];
      marks.push(mark);
      marksByClause.set(clause, marks);
      limit = piece.start;
    }
  }

  function collect(): void {
    for (const [index, marks] of [...marksByClause].sort((a, b) => a[0] - b[0])) {
      // One range per tree, from the clause's first mark there to its last.
      const byRoot = new Map<Node, HTMLElement[]>();
      for (const mark of marks) {
        const root = mark.getRootNode();
        const group = byRoot.get(root) ?? [];
        group.push(mark);
        byRoot.set(root, group);
      }
      const ranges: Range[] = [];
      for (const group of byRoot.values()) {
        const ordered = group.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        const range = ordered[0].ownerDocument.createRange();
        range.setStartBefore(ordered[0]);
        range.setEndAfter(ordered[ordered.length - 1]);
        ranges.push(range);
      }
      clauses.push({ index, categories: report.clauses[index].categories, range: ranges[0], ranges });
    }
  }

  return {
    painting: {
      mode: 'mark',
      clauses,
      clauseAt: clauseLocator(clauses),
      clear() {
        finished = true;
        unwrapMarks([...marksByClause.values()].flat());
        marksByClause.clear();
        clauses.length = 0;
        styles.clear();
      },
    },
    step(shouldYield) {
      if (finished) return true;
      if (!queue) {
        plan();
        if (shouldYield()) return false;
      }
      let count = 0;
      for (let entry = queue!.next(); !entry.done; entry = queue!.next()) {
        paintNode(entry.value[0], entry.value[1]);
        if (++count % BATCH === 0 && shouldYield()) return false;
      }
      collect();
      finished = true;
      return true;
    },
  };
}

/**
 * Starts painting the tagged clauses of `report`, whose offsets point into `page.text`: those with a category in
 * `shown` (all tagged clauses without it), each in its first shown category. Run `step` until it answers true.
 */
export function startPainting(doc: Document, page: PageText, report: Paintable, mode?: PaintMode, shown?: ReadonlySet<Category>): PaintJob {
  const chosen = mode ?? (supportsHighlightApi(doc) ? 'highlight-api' : 'mark');
  return chosen === 'highlight-api' ? highlightJob(doc, page, report, shown) : markJob(page, report, shown);
}

/** Paints the tagged clauses of `report` in one go (tests, small pages). */
export function paintReport(doc: Document, page: PageText, report: Paintable, mode?: PaintMode, shown?: ReadonlySet<Category>): Painting {
  const job = startPainting(doc, page, report, mode, shown);
  job.step(() => false);
  return job.painting;
}
