/**
 * Where the lines of a PDF page sit, read as a typesetter sets them: which lines start a paragraph or a list item.
 * Pure: positions come from pdf.js text items (lib/engine/text/pdf.ts passes them in).
 */
import { BULLET_CLASS } from './bullets';
import type { PdfTextItem } from './pdf';

/** A line of a page as pdf.js set it: its text, each character's item and offset, and where it sits. */
export interface PageLine {
  text: string;
  items: number[];
  offsets: number[];
  box: LineBox | null;
}

/** A line's extent on its page: left and right edges, baseline, and the width of one of its characters. */
interface LineBox {
  left: number;
  right: number;
  y: number;
  charWidth: number;
  /** The largest type on the line (0 where unknown). */
  size: number;
}

export function boxOf(items: readonly PdfTextItem[]): LineBox | null {
  const placed = items.filter((i) => i.x !== undefined && i.y !== undefined && i.width !== undefined && i.width > 0);
  if (!placed.length || placed.length !== items.length) return null;
  const chars = placed.reduce((n, i) => n + i.str.length, 0);
  const width = placed.reduce((w, i) => w + i.width!, 0);
  return {
    left: Math.min(...placed.map((i) => i.x!)),
    right: Math.max(...placed.map((i) => i.x! + i.width!)),
    y: placed[0].y!,
    charWidth: width / Math.max(1, chars),
    size: Math.max(0, ...placed.map((i) => i.size ?? 0)),
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** Lines long enough to show where a page's text column ends. */
const MEASURE_CHARS = 30;
/** A gap between two lines this many times the page's usual line spacing is a paragraph's spacing. */
const PARAGRAPH_GAP = 1.45;
/** Line spacing as a multiple of the type's size, where the size is known. */
const LEADING = 1.2;

/**
 * Lines of a page before which a paragraph or list item starts, as a typesetter ends one: the line before it
 * stops short although the first word of this one would have fitted after it (a full line wraps; a short one
 * was ended on purpose, as paragraphs and list items whose bullet is drawn, not typed, are), or a gap wider than
 * the page's line spacing lies between them. Only lines whose items carry their position count, going down a
 * column, or from a column's foot to the top of the next (judged by the same short-line rule, against that
 * column's own edge); any other line higher up than the one before is a reordered run.
 */
export function paragraphBreaks(page: readonly PageLine[]): Set<number> {
  const out = new Set<number>();
  const long = page.filter((l) => l.box && l.text.trim().length >= MEASURE_CHARS);
  // The column is where body type ends: a title in larger type may run wider.
  const bodySize = long.length ? median(long.map((l) => l.box!.size)) : 0;
  const measured = long.filter((l) => Math.abs(l.box!.size - bodySize) < 0.5);
  if (measured.length < 3) return out;
  const columnRight = rightEdges(measured.map((l) => l.box!), measured.filter((l) => !OWN_MARKER.test(l.text.trimStart())).map((l) => l.box!));
  const spacings: number[] = [];
  for (let i = 1; i < page.length; i++) {
    const a = page[i - 1].box;
    const b = page[i].box;
    if (a && b && a.y > b.y) spacings.push(a.y - b.y);
  }
  if (!spacings.length) return out;
  const spacing = median(spacings);
  for (let i = 1; i < page.length; i++) {
    const prev = page[i - 1];
    const cur = page[i];
    const a = prev.box;
    const b = cur.box;
    const before = prev.text.trimEnd();
    const after = cur.text.trimStart();
    if (!a || !b || !before || !after) continue;
    // Up the page and to the right: the top of the next column, or the next cell of a table row. Whether a paragraph
    // goes on there is told by where the line before it stopped, as within a column; any other line higher up is a
    // run the producer reordered, and says nothing.
    const nextColumn = a.y <= b.y;
    if (nextColumn ? b.left < a.right : a.y - b.y > 3 * spacing) continue;
    // Larger type (a title set over two lines) has wider spacing of its own.
    if (!nextColumn && a.y - b.y > PARAGRAPH_GAP * Math.max(spacing, LEADING * Math.max(a.size, b.size))) {
      out.add(i);
      continue;
    }
    // A number hanging out left of the text before it starts the next item ("5." under "4. Request correction …").
    if (!nextColumn && b.left < a.left - b.charWidth && OWN_MARKER.test(after)) {
      out.add(i);
      continue;
    }
    // A word broken at the line end ("notifi-") filled its line.
    if (/[-\u00ad\u2010\u2011]$/.test(before)) continue;
    // Only lines that start in the column: an indented run or a right-aligned cell says nothing of where lines end.
    const right = columnRight(a);
    if (a.right > right || (!nextColumn && b.left >= a.right)) continue;
    const firstWord = after.split(/\s/, 1)[0];
    if (a.right + b.charWidth * (firstWord.length + 1) < right - b.charWidth) out.add(i);
  }
  return out;
}

/** Where a page's full lines end: the median of the longest third (paragraphs' last lines fall short of it). */
const fullRight = (boxes: readonly LineBox[]): number =>
  median(boxes.map((b) => b.right).sort((a, b) => b - a).slice(0, Math.ceil(boxes.length / 3)));

/** Lines grouped by where they start, left to right: each group within `em` of its leftmost line. */
function byLeftEdge(boxes: readonly LineBox[], em: number): LineBox[][] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const groups: LineBox[][] = [];
  for (const b of sorted) {
    const last = groups[groups.length - 1];
    if (last && b.left - last[0].left <= em) last.push(b);
    else groups.push([b]);
  }
  return groups;
}

/** Columns this many ems apart are columns side by side; closer starts are indents (list items, hanging numbers). */
const COLUMN_APART_EMS = 15;
/** Lines starting at one left edge (within an em) that make a column's start: a centred title or a stray line does not. */
const COLUMN_LINES = 3;

/**
 * Where the column a line sits in ends, from the page's long body lines. One column: where its full lines end. Side by
 * side (a two-column page, a bilingual contract set as a table of two cells a row): each column's own right edge, from
 * the lines that start in it and stay left of the next; a line across them (a title, an introduction over both) is
 * measured against the lines as wide as it.
 */
function rightEdges(boxes: readonly LineBox[], unmarked: readonly LineBox[]): (line: LineBox) => number {
  const page = fullRight(boxes);
  const em = 2 * median(boxes.map((b) => b.charWidth));
  const starts: number[] = [];
  for (const group of byLeftEdge(boxes, em)) {
    const left = group[0].left;
    if (group.length >= COLUMN_LINES && (!starts.length || left - starts[starts.length - 1] > COLUMN_APART_EMS * em)) starts.push(left);
  }
  if (starts.length < 2) return cellEdges(unmarked, page, em);
  const columnOf = (b: LineBox) => {
    let c = 0;
    while (c + 1 < starts.length && b.left >= starts[c + 1] - em) c++;
    return c;
  };
  const inside = (b: LineBox, c: number) => c + 1 >= starts.length || b.right < starts[c + 1];
  const edges = starts.map((_, c) => {
    const own = boxes.filter((b) => columnOf(b) === c && inside(b, c));
    return own.length >= COLUMN_LINES ? fullRight(own) : page;
  });
  const across = boxes.filter((b) => !inside(b, columnOf(b)));
  const acrossRight = across.length >= COLUMN_LINES ? fullRight(across) : page;
  return (line) => {
    const c = columnOf(line);
    return inside(line, c) ? edges[c] : acrossRight;
  };
}

/** A table column's lines stop at least this many ems short of the page's edge, every one of them. */
const CELL_SHORT_EMS = 6;

/**
 * One column of text, and maybe a table in it: long lines that start at one left edge, with no list marker, and all
 * stop well short of the page's edge are a table column's cells (an annex's "Processing necessary to provide the / Services to Customer"),
 * which wrap at the cell's edge, the longest of them; every other line is measured against the page's.
 */
function cellEdges(boxes: readonly LineBox[], page: number, em: number): (line: LineBox) => number {
  const cells: { left: number; right: number }[] = [];
  for (const group of byLeftEdge(boxes, em)) {
    const right = Math.max(...group.map((b) => b.right));
    if (group.length >= COLUMN_LINES && right < page - CELL_SHORT_EMS * em) cells.push({ left: group[0].left, right });
  }
  if (!cells.length) return () => page;
  return (line) => cells.find((c) => line.left >= c.left - 1 && line.left - c.left <= em && line.right <= c.right)?.right ?? page;
}

/** A line opening with its own marker ("1.", "(a)", "•", "§ 4"): the segmenter sees that one in the words. */
const OWN_MARKER = new RegExp(String.raw`^(?:${BULLET_CLASS}\s|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,6})[.)]\s|§)`, 'i');

/**
 * Lines of a page that start a list item whose bullet is drawn, not typed (a browser's printout of a `<ul>`): a
 * paragraph start set in from the text of the paragraph before it by at least a character's height, with its
 * second line, if any, set in as far (a hanging list item; a paragraph's indented first line comes back to the
 * margin). The items of one list are all set in from the same paragraph, the one that introduces them.
 */
export function listItemStarts(page: readonly PageLine[], breaks: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  /** The left edge of the text of the last paragraph that is not an item. */
  let parentLeft: number | null = null;
  for (let i = 0; i < page.length; i++) {
    const box = page[i].box;
    if (!box || !page[i].text.trim()) continue;
    const prev = page[i - 1]?.box;
    if (i > 0 && prev && box.y > prev.y) parentLeft = null;
    if (i > 0 && !breaks.has(i)) continue;
    const next = page[i + 1]?.box;
    const oneLine = !next || breaks.has(i + 1) || next.y >= box.y;
    const hanging = oneLine || Math.abs(next.left - box.left) < 1;
    const em = box.charWidth * 2;
    if (parentLeft !== null && hanging && box.left >= parentLeft + em && !OWN_MARKER.test(page[i].text.trimStart())) {
      out.add(i);
      continue;
    }
    // A paragraph: its text is where its second line starts (past a "2." marker hanging out on its first).
    parentLeft = oneLine ? box.left : next.left;
  }
  return out;
}
