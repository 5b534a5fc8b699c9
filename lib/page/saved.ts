/** The user's saved highlights on the page: a layer of its own, drawn apart from the automatic ones, and selections -> text offsets. */
import type { PageText } from './extract';
import { OWN_ATTRIBUTE, supportsHighlightApi, unwrapMarks, wrap, type PaintMode } from './highlight';
import { rangeFromOffsets } from './ranges';
import { attachStyle } from './styles';

/** Name of the saved layer in `CSS.highlights`. */
export const SAVED_HIGHLIGHT = 'clauselens-saved';
/** Attribute of the <mark> elements of the saved layer where the Highlight API is missing. */
export const SAVED_ATTRIBUTE = 'data-clauselens-saved';

// A thick violet underline and outline-like shadow: reads as "mine" over any category colour, and is not colour alone (shape differs).
const SAVED_PAINT = 'text-decoration:underline solid #5f3dc4;text-decoration-thickness:3px;text-underline-offset:3px;background-color:#e5dbff;color:#111';
const SAVED_CSS = `::highlight(${SAVED_HIGHLIGHT}){${SAVED_PAINT}}\nmark[${SAVED_ATTRIBUTE}]{all:unset;${SAVED_PAINT.replace(/;/g, ' !important;')} !important}`;

export interface SavedSpan {
  id: string;
  start: number;
  end: number;
}

export interface SavedPainting {
  /** Live range of a painted saved highlight. */
  rangeOf(id: string): Range | null;
  /** Every painted range is still in the page (a re-render drops them). */
  alive(): boolean;
  /** Id of the saved highlight holding this DOM point, or null. */
  idAt(node: Node, offset: number): string | null;
  clear(): void;
}

/** Live ranges for `spans` in the page's current DOM; made before anything splits Text nodes, since live ranges follow splits. */
export function savedRanges(page: PageText, spans: SavedSpan[]): { id: string; range: Range }[] {
  const out: { id: string; range: Range }[] = [];
  for (const s of spans) {
    const range = rangeFromOffsets(page, s.start, s.end);
    if (range) out.push({ id: s.id, range });
  }
  return out;
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
  return nodes;
}

/** A layer of ranges painted over the category highlights: the saved highlights, the changed clauses. */
export interface Layer {
  /** Name in `CSS.highlights`. */
  name: string;
  /** Attribute of the <mark> elements where the Highlight API is missing. */
  attribute: string;
  css: string;
  priority: number;
}

const SAVED_LAYER: Layer = { name: SAVED_HIGHLIGHT, attribute: SAVED_ATTRIBUTE, css: SAVED_CSS, priority: 1000 };

/** Paints the saved layer from live ranges (see savedRanges). */
export function paintSaved(doc: Document, ranges: { id: string; range: Range }[], mode?: PaintMode): SavedPainting {
  return paintLayer(doc, ranges, SAVED_LAYER, mode);
}

/** Paints a layer of live ranges (see savedRanges), with the Highlight API or, without it, <mark>s. */
export function paintLayer(doc: Document, ranges: { id: string; range: Range }[], layer: Layer, mode?: PaintMode): SavedPainting {
  const removeStyle = attachStyle(doc, layer.css, (el) => el.setAttribute(OWN_ATTRIBUTE, 'style'));
  const byId = new Map(ranges.map((r) => [r.id, r.range]));
  const idAt = (node: Node, offset: number): string | null => {
    for (const { id, range } of ranges) {
      try {
        if (range.comparePoint(node, offset) === 0 && !range.collapsed) return id;
      } catch {
        // A node from another document or a removed one.
      }
    }
    return null;
  };
  const alive = () => ranges.every((r) => r.range.startContainer.isConnected);
  const chosen = mode ?? (supportsHighlightApi(doc) ? 'highlight-api' : 'mark');
  if (chosen === 'highlight-api') {
    const view = doc.defaultView!;
    const highlight = new view.Highlight(...ranges.map((r) => r.range));
    // Above every category: the user's own choice (or what changed) is what they look for first.
    highlight.priority = layer.priority;
    view.CSS.highlights.set(layer.name, highlight);
    return {
      rangeOf: (id) => byId.get(id) ?? null,
      alive,
      idAt,
      clear() {
        view.CSS.highlights.delete(layer.name);
        removeStyle();
      },
    };
  }
  const marks: HTMLElement[] = [];
  for (const { id, range } of ranges) {
    for (const node of textNodesIn(range)) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.length;
      if (end <= start || !node.parentNode) continue;
      const mark = wrap({ node, start, end });
      mark.setAttribute(layer.attribute, id);
      marks.push(mark);
    }
  }
  return {
    rangeOf: (id) => byId.get(id) ?? null,
    alive,
    idAt,
    clear() {
      unwrapMarks(marks);
      removeStyle();
    },
  };
}

/** The text offset of a DOM point, or -1 when the point is not in the extracted text. */
function offsetOfPoint(page: PageText, node: Node, offset: number, side: 'start' | 'end', firsts: Map<Text, number>): number {
  let text: Text | null = null;
  let at = 0;
  if (node.nodeType === 3) {
    text = node as Text;
    at = offset;
  } else {
    // An element boundary (triple-click selections end at the next block): move to the nearest Text node inside the selection.
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
    const child = node.childNodes[offset] ?? null;
    if (side === 'start') {
      walker.currentNode = child ?? node;
      let n: Node | null = child && child.nodeType === 3 ? child : walker.nextNode();
      while (n && !firsts.has(n as Text)) n = walker.nextNode();
      text = (n as Text | null) ?? null;
      at = 0;
    } else {
      walker.currentNode = child ?? node;
      let n: Node | null = walker.previousNode();
      if (!child) {
        // Past the element's last child: the last Text node inside it.
        let last: Node | null = node.lastChild;
        while (last && last.nodeType !== 3 && last.lastChild) last = last.lastChild;
        n = last;
      }
      while (n && !firsts.has(n as Text)) n = walker.previousNode();
      text = (n as Text | null) ?? null;
      at = text ? text.length : 0;
    }
  }
  if (!text) return -1;
  const first = firsts.get(text);
  if (first === undefined) return -1;
  const index = page.nodeIndex[first];
  // The node's characters are one contiguous run of the text (extraction only drops collapsed whitespace).
  const lo = first;
  let hi = first;
  while (hi + 1 < page.text.length && page.nodeIndex[hi + 1] === index) hi++;
  if (side === 'start') {
    for (let i = lo; i <= hi; i++) if (page.nodeOffset[i] >= at) return i;
    return hi + 1;
  }
  for (let i = hi; i >= lo; i--) if (page.nodeOffset[i] < at) return i + 1;
  return lo;
}

/** `page.text` offsets of a DOM range (a user's selection), trimmed to the extracted text; null when it holds none. */
export function offsetsFromRange(page: PageText, range: Range): { start: number; end: number } | null {
  const firsts = new Map<Text, number>();
  for (let i = 0; i < page.nodeIndex.length; i++) {
    const n = page.nodeIndex[i];
    if (n >= 0 && !firsts.has(page.nodes[n])) firsts.set(page.nodes[n], i);
  }
  const start = offsetOfPoint(page, range.startContainer, range.startOffset, 'start', firsts);
  const end = offsetOfPoint(page, range.endContainer, range.endOffset, 'end', firsts);
  if (start < 0 || end < 0 || end <= start) return null;
  let s = start;
  let e = end;
  while (s < e && /\s/.test(page.text[s])) s++;
  while (e > s && /\s/.test(page.text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}
