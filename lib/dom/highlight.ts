/** Draws a report's clauses on the page: CSS Custom Highlight API where the browser has it, <mark> elements where not. */
import { CATEGORIES, type Category, type Report } from '../report';
import type { PageText } from './extract';
import { highlightCss, highlightName } from './palette';
import { piecesFromOffsets, rangeFromOffsets, type NodePiece } from './ranges';

export type PaintMode = 'highlight-api' | 'mark';

export interface PaintedClause {
  /** Index into report.clauses. */
  index: number;
  categories: Category[];
  /** Live range over the clause's text on the page. */
  range: Range;
}

export interface Painting {
  mode: PaintMode;
  clauses: PaintedClause[];
  /** Index into report.clauses of the painted clause holding this DOM point, or -1. */
  clauseAt(node: Node, offset: number): number;
  /** Removes every highlight, mark and style this painting added. */
  clear(): void;
}

/** Marker attribute on the nodes the extension adds, so observers and the extractor can tell them apart. */
export const OWN_ATTRIBUTE = 'data-clauselens';

/** Whether `doc`'s window supports the CSS Custom Highlight API. */
export function supportsHighlightApi(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && typeof view.Highlight === 'function' && !!view.CSS && 'highlights' in view.CSS;
}

function addStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute(OWN_ATTRIBUTE, 'style');
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

function clauseLocator(clauses: PaintedClause[]) {
  return (node: Node, offset: number): number => {
    // Clauses do not overlap and are in document order, so a binary search on comparePoint finds the one.
    let lo = 0;
    let hi = clauses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      let cmp: number;
      try {
        cmp = clauses[mid].range.comparePoint(node, offset);
      } catch {
        return -1;
      }
      if (cmp === 0) return clauses[mid].index;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  };
}

function paintWithHighlights(doc: Document, page: PageText, report: Report): Painting {
  const view = doc.defaultView!;
  const byCategory = new Map<Category, Range[]>();
  const clauses: PaintedClause[] = [];
  report.clauses.forEach((clause, index) => {
    if (clause.categories.length === 0) return;
    const range = rangeFromOffsets(page, clause.start, clause.end);
    if (!range) return;
    clauses.push({ index, categories: clause.categories, range });
    for (const category of clause.categories) {
      const list = byCategory.get(category) ?? [];
      list.push(range);
      byCategory.set(category, list);
    }
  });
  const style = addStyle(doc);
  const names: string[] = [];
  for (const [category, ranges] of byCategory) {
    const highlight = new view.Highlight(...ranges);
    // A clause with several categories is in several highlights; the category listed first in the contract paints on top.
    highlight.priority = CATEGORIES.length - CATEGORIES.indexOf(category);
    const name = highlightName(category);
    view.CSS.highlights.set(name, highlight);
    names.push(name);
  }
  return {
    mode: 'highlight-api',
    clauses,
    clauseAt: clauseLocator(clauses),
    clear() {
      for (const name of names) view.CSS.highlights.delete(name);
      style.remove();
    },
  };
}

function wrap(doc: Document, piece: NodePiece): HTMLElement {
  const { node } = piece;
  if (piece.end < node.length) node.splitText(piece.end);
  const target = piece.start > 0 ? node.splitText(piece.start) : node;
  const mark = doc.createElement('mark');
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  return mark;
}

function paintWithMarks(doc: Document, page: PageText, report: Report): Painting {
  const jobs: { clause: number; piece: NodePiece }[] = [];
  report.clauses.forEach((clause, index) => {
    if (clause.categories.length === 0) return;
    for (const piece of piecesFromOffsets(page, clause.start, clause.end)) jobs.push({ clause: index, piece });
  });
  // Splitting from the end of each node backwards keeps the offsets of the pieces still to come valid.
  const byNode = new Map<Text, typeof jobs>();
  for (const job of jobs) {
    const list = byNode.get(job.piece.node) ?? [];
    list.push(job);
    byNode.set(job.piece.node, list);
  }
  const marksByClause = new Map<number, HTMLElement[]>();
  for (const list of byNode.values()) {
    list.sort((a, b) => b.piece.start - a.piece.start);
    let limit = Infinity;
    for (const { clause, piece } of list) {
      const end = Math.min(piece.end, limit);
      if (end <= piece.start || !piece.node.parentNode) continue;
      const mark = wrap(doc, { node: piece.node, start: piece.start, end });
      const categories = report.clauses[clause].categories;
      mark.setAttribute('data-clauselens-category', categories[0]);
      mark.setAttribute('data-clauselens-categories', categories.join(' '));
      mark.setAttribute('data-clauselens-clause', String(clause));
      const marks = marksByClause.get(clause) ?? [];
      marks.push(mark);
      marksByClause.set(clause, marks);
      limit = piece.start;
    }
  }
  const clauses: PaintedClause[] = [];
  for (const [index, marks] of [...marksByClause].sort((a, b) => a[0] - b[0])) {
    const ordered = marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const range = doc.createRange();
    range.setStartBefore(ordered[0]);
    range.setEndAfter(ordered[ordered.length - 1]);
    clauses.push({ index, categories: report.clauses[index].categories, range });
  }
  const style = addStyle(doc);
  return {
    mode: 'mark',
    clauses,
    clauseAt: clauseLocator(clauses),
    clear() {
      const parents = new Set<Node>();
      for (const marks of marksByClause.values())
        for (const mark of marks) {
          const parent = mark.parentNode;
          if (!parent) continue;
          while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
          mark.remove();
          parents.add(parent);
        }
      // Re-join the Text nodes the marks split, so the page's DOM is as it was.
      for (const parent of parents) parent.normalize();
      style.remove();
    },
  };
}

/** Paints every tagged clause of `report`, whose offsets point into `page.text`. */
export function paintReport(doc: Document, page: PageText, report: Report, mode?: PaintMode): Painting {
  const chosen = mode ?? (supportsHighlightApi(doc) ? 'highlight-api' : 'mark');
  return chosen === 'highlight-api' ? paintWithHighlights(doc, page, report) : paintWithMarks(doc, page, report);
}
