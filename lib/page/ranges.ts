/** Text offsets of an extracted page -> DOM positions and Ranges. */
import type { PageText } from './extract';

/** One stretch of a single Text node: `node.data.slice(start, end)`. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

/** The first mapped offset at or after `start`, and the last mapped offset before `end`; null when none lies between. */
function mappedSpan(page: PageText, start: number, end: number): [number, number] | null {
  let s = Math.max(0, start);
  let e = Math.min(page.text.length, end) - 1;
  while (s <= e && page.nodeIndex[s] < 0) s++;
  while (e >= s && page.nodeIndex[e] < 0) e--;
  return s <= e ? [s, e] : null;
}

/**
 * Ranges over `text.slice(start, end)`, one per stretch that lies in a single tree: a Range
 * cannot cross into a shadow root or another frame's document, so a span that does is split.
 */
export function rangesFromOffsets(page: PageText, start: number, end: number): Range[] {
  const span = mappedSpan(page, start, end);
  if (!span) return [];
  const [s, e] = span;
  const ranges: Range[] = [];
  let first = s;
  let last = s;
  let lastNode = page.nodeIndex[s];
  let root = page.nodes[lastNode].getRootNode();
  for (let i = s + 1; i <= e; i++) {
    const n = page.nodeIndex[i];
    if (n < 0) continue;
    if (n !== lastNode) {
      lastNode = n;
      const nodeRoot = page.nodes[n].getRootNode();
      if (nodeRoot !== root) {
        ranges.push(rangeOver(page, first, last));
        root = nodeRoot;
        first = i;
      }
    }
    last = i;
  }
  ranges.push(rangeOver(page, first, last));
  return ranges;
}

/** A Range from mapped offset `s` to mapped offset `e` (inclusive), both in one tree. */
function rangeOver(page: PageText, s: number, e: number): Range {
  const startNode = page.nodes[page.nodeIndex[s]];
  const endNode = page.nodes[page.nodeIndex[e]];
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(page.nodeOffset[s], startNode.length));
  range.setEnd(endNode, Math.min(page.nodeOffset[e] + 1, endNode.length));
  return range;
}

/** A Range over `text.slice(start, end)` (its first part when the span crosses into another tree), or null when that span holds no page text. */
export function rangeFromOffsets(page: PageText, start: number, end: number): Range | null {
  return rangesFromOffsets(page, start, end)[0] ?? null;
}

/** The Text-node stretches that make up `text.slice(start, end)`, in document order. */
export function piecesFromOffsets(page: PageText, start: number, end: number): NodePiece[] {
  const span = mappedSpan(page, start, end);
  if (!span) return [];
  const pieces: NodePiece[] = [];
  let current: NodePiece | null = null;
  for (let i = span[0]; i <= span[1]; i++) {
    const n = page.nodeIndex[i];
    if (n < 0) continue;
    const node = page.nodes[n];
    const off = page.nodeOffset[i];
    if (current && current.node === node) current.end = Math.max(current.end, off + 1);
    else {
      current = { node, start: off, end: off + 1 };
      pieces.push(current);
    }
  }
  return pieces;
}
