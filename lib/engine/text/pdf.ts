/**
 * The text of a PDF from its text items (pdf.js getTextContent), for the CLI and the browser's
 * reader alike: lines in reading order, pages apart by a blank line, then cleaned like any plain
 * text (page numbers and running headers dropped, broken words rejoined for matching). Every
 * character keeps the text item it came from, so the reader can paint a clause on its page.
 * Pure: the caller runs pdf.js; this module sees only strings.
 */
import { cleanLines, isDroppedChar, type CleanStats } from './pdftext';
import type { PlainText } from './types';
import { BULLET_CLASS } from './bullets';
import { boxOf, listItemStarts, paragraphBreaks, type PageLine } from './pdflayout';

const BULLET_AT_START = new RegExp(`^${BULLET_CLASS}`);

/** What this module needs of a pdf.js TextItem (marked-content items have no `str` and are skipped by the caller). */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  /** pdf.js's font of the item (`fontName`, one per face: bold and regular differ) and its size (`height`), when known. */
  font?: string;
  size?: number;
  /** Where the item sits on its page, in PDF units (pdf.js's `transform[4]`, `transform[5]`, y upwards) and its `width`, when known. */
  x?: number;
  y?: number;
  width?: number;
}

/** What readPdfItems needs of a pdf.js TextItem, for the CLI and the reader alike. */
export function fromPdfjsItem(i: { str: string; hasEOL: boolean; fontName: string; height: number; width: number; transform: number[] }): PdfTextItem {
  return { str: i.str, hasEOL: i.hasEOL, font: i.fontName, size: i.height, x: i.transform[4], y: i.transform[5], width: i.width };
}

export interface PdfText extends PlainText {
  /**
   * For each code unit of `text`: the text item it came from, numbered over the whole document
   * in order (page 1's items first); -1 for the line breaks between lines.
   */
  item: Int32Array;
  /** For each code unit of `text`: its offset in that item's `str`; -1 for line breaks. */
  offset: Int32Array;
  /** Number of the first item of each page (pageStarts[0] is 0). */
  pageStarts: number[];
  /** Characters of text the document's pages hold at all (0: no text layer, a scan). */
  sourceChars: number;
}

/** Breaks inside an item are spaces: a line is what pdf.js ends with `hasEOL`. */
const BREAK = /[\r\n\f]/;

/** The document's text in reading order, cleaned, with each character's source item. */
export function readPdfItems(pages: readonly (readonly PdfTextItem[])[], stats?: CleanStats): PdfText {
  const lines: string[] = [];
  const lineItem: number[][] = [];
  const lineOffset: number[][] = [];
  const pageStarts: number[] = [];
  /** The first character (item, offset) of each line that starts a list item with a drawn bullet. */
  const itemStart = new Map<number, number>();
  let itemNo = 0;
  let sourceChars = 0;
  pages.forEach((items, p) => {
    pageStarts.push(itemNo);
    // A blank line between pages, as pypdf-style extractions have; its form feed tells the cleaner where the
    // page edge is, so running headers and footers (printed dates, titles, URLs, "3/12") next to it are dropped.
    if (p > 0) {
      lines.push('\f');
      lineItem.push([]);
      lineOffset.push([]);
    }
    const page: PageLine[] = [];
    let line = '';
    let li: number[] = [];
    let lo: number[] = [];
    let own: PdfTextItem[] = [];
    const endLine = () => {
      page.push({ text: line, items: li, offsets: lo, box: boxOf(own) });
      line = '';
      li = [];
      lo = [];
      own = [];
    };
    for (const item of items) {
      const str = item.str;
      for (let k = 0; k < str.length; k++) {
        const c = str[k];
        if (isDroppedChar(c)) continue;
        line += BREAK.test(c) ? ' ' : c;
        li.push(itemNo);
        lo.push(k);
      }
      if (str.trim()) own.push(item);
      sourceChars += str.trim().length;
      itemNo++;
      if (item.hasEOL) endLine();
    }
    if (line) endLine();
    const breaks = paragraphBreaks(page);
    for (const i of listItemStarts(page, breaks)) {
      const first = page[i].text.search(/\S/);
      itemStart.set(page[i].items[first], page[i].offsets[first]);
    }
    page.forEach((l, i) => {
      if (breaks.has(i)) {
        lines.push('');
        lineItem.push([]);
        lineOffset.push([]);
      }
      lines.push(l.text);
      lineItem.push(l.items);
      lineOffset.push(l.offsets);
    });
  });
  const { plain, kept } = cleanLines(lines.join('\n'), stats);
  const item = new Int32Array(plain.text.length).fill(-1);
  const offset = new Int32Array(plain.text.length).fill(-1);
  let at = 0;
  kept.forEach((source, i) => {
    if (i > 0) at++; // the "\n" between kept lines
    // A kept line is its source line with trailing blanks cut: its characters are the source's first ones.
    const end = plain.text.indexOf('\n', at);
    const len = (end < 0 ? plain.text.length : end) - at;
    for (let k = 0; k < len; k++) {
      item[at + k] = lineItem[source][k];
      offset[at + k] = lineOffset[source][k];
    }
    at += len;
  });
  const flowed = reflowLineEnds({ ...plain, item, offset });
  const headingLines = setAsHeadings(flowed, headingItems(pages, lineItem));
  const itemLines = linesStartingAt(flowed, itemStart);
  return { ...flowed, ...(headingLines.length ? { headingLines } : {}), ...(itemLines.length ? { itemLines } : {}), pageStarts, sourceChars };
}

/** A heading's own number or name: "6.", "6.1", "Clause 9", "Annex II", "Schedule 3", "§ 4", "Anlage 1", "Bilaga 2". */
const NUMBERED_HEADING = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s|(?:clause|section|article|annex|appendix|schedule|exhibit|part|§|anlage|anhang|bilaga|punkt|ziffer|artikel)\s*[\dIVXLA-Z])/iu;

/** Style of an item: its face and its size to half a point. */
const styleOf = (i: PdfTextItem) => `${i.font}|${Math.round((i.size ?? 0) * 2) / 2}`;

/**
 * The items on lines set as headings: lines all in a face other than the body's (the face most characters are set
 * in) and not smaller than it — bold or larger type — short, and not reading as a sentence. Empty when the items
 * carry no font (a caller that does not know them).
 */
function headingItems(pages: readonly (readonly PdfTextItem[])[], lineItem: number[][]): Uint8Array {
  const flat = pages.flat();
  const marks = new Uint8Array(flat.length);
  if (!flat.some((i) => i.font !== undefined && i.size)) return marks;
  const chars = new Map<string, number>();
  for (const i of flat) {
    const n = i.str.replace(/\s+/g, '').length;
    if (n) chars.set(styleOf(i), (chars.get(styleOf(i)) ?? 0) + n);
  }
  let body = '';
  for (const [style, n] of chars) if (!body || n > (chars.get(body) ?? 0)) body = style;
  const bodySize = Number(body.split('|').pop());
  /** The face of the heading on the line before, so its second line in that face goes with it. */
  let previous: string | null = null;
  for (const items of lineItem) {
    const ids = [...new Set(items)];
    const own = ids.filter((k) => flat[k].str.trim());
    const before = previous;
    previous = null;
    if (!own.length) continue;
    const line = ids.map((k) => flat[k].str).join('').replace(/\s+/g, ' ').trim();
    const words = line.split(' ').length;
    const sentence = /[.;,]$/.test(line) && words > 6 && !/^\d+(?:\.\d+)*\.?$/.test(line);
    // A bullet takes its own face (pdf.js gives a run the face of its first glyph): a list item, not a heading.
    if (line.length > 150 || sentence || !/\p{L}/u.test(line) || BULLET_AT_START.test(line)) continue;
    if (!own.every((k) => styleOf(flat[k]) !== body && (flat[k].size ?? 0) >= bodySize * 0.95)) continue;
    // Larger type is a heading; bold type only where it is numbered or set in capitals ("6. Governing law, …",
    // "ANNEX 2"), not a table's bold labels ("Contact", "Person:").
    const larger = own.every((k) => (flat[k].size ?? 0) >= bodySize * 1.1);
    const face = styleOf(flat[own[0]]);
    const goesOn = before !== null && own.every((k) => styleOf(flat[k]) === before);
    if (larger || goesOn || NUMBERED_HEADING.test(line) || (line.match(/\p{Lu}/gu) ?? []).length > 0.8 * (line.match(/\p{L}/gu) ?? []).length) {
      for (const k of own) marks[k] = 1;
      previous = face;
    }
  }
  return marks;
}

/** Offsets of the text's lines whose every character comes from a heading item. */
function setAsHeadings(t: Mapped, marks: Uint8Array): number[] {
  const out: number[] = [];
  if (!marks.some((m) => m)) return out;
  let start = 0;
  while (start <= t.text.length) {
    let end = t.text.indexOf('\n', start);
    if (end < 0) end = t.text.length;
    let any = false;
    let all = true;
    for (let k = start; k < end && all; k++) {
      const it = t.item[k];
      if (it < 0 || /\s/.test(t.text[k])) continue;
      any = true;
      all = marks[it] === 1;
    }
    if (any && all) out.push(start);
    start = end + 1;
  }
  return out;
}

/** Offsets of the text's lines whose first character is one of `starts` (item -> offset in it). */
function linesStartingAt(t: Mapped, starts: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  if (!starts.size) return out;
  let start = 0;
  while (start < t.text.length) {
    let end = t.text.indexOf('\n', start);
    if (end < 0) end = t.text.length;
    let k = start;
    while (k < end && /\s/.test(t.text[k])) k++;
    if (k < end && starts.get(t.item[k]) === t.offset[k]) out.push(start);
    start = end + 1;
  }
  return out;
}

type Mapped = PlainText & { item: Int32Array; offset: Int32Array };

/**
 * Words broken at a line end ("notifi-\ncation", "Sub-\nprocessor") put back together in the text
 * itself, as the page reads: the fragment moves up to the line it belongs to (dropping the
 * hyphenation hyphen, keeping a compound's own), and the next line starts after it. Quotes taken
 * from the report then read "notification" and "Sub-processor"; every character that stays keeps
 * its text item, so the reader still paints it where it is. Joins inside a line stay joins.
 */
function reflowLineEnds(t: Mapped): Mapped {
  const lineEnd = (t.joins ?? []).filter((j) => t.text.slice(j.at, j.at + j.len).includes('\n'));
  if (!lineEnd.length) return t;
  const src = t.text;
  let text = '';
  const item: number[] = [];
  const offset: number[] = [];
  const keep = (from: number, to: number) => {
    text += src.slice(from, to);
    for (let k = from; k < to; k++) {
      item.push(t.item[k]);
      offset.push(t.offset[k]);
    }
  };
  const joins: { at: number; len: number }[] = [];
  const ends = new Set(lineEnd);
  let pos = 0;
  for (const j of t.joins ?? []) {
    if (j.at < pos) continue;
    if (!ends.has(j)) {
      keep(pos, j.at);
      joins.push({ at: text.length, len: j.len });
      pos = j.at;
      continue;
    }
    // The hyphenation hyphen goes with the break; a compound's hyphen sits before the join and stays.
    keep(pos, j.at);
    let q = j.at + j.len;
    // The whole word comes up, a compound's later parts too ("E-" / "Commerce-Gesetz)").
    while (q < src.length && (/[\p{L}\p{N}]/u.test(src[q]) || (/[-\u2010\u2011]/.test(src[q]) && /[\p{L}\p{N}]/u.test(src[q + 1] ?? '')))) q++;
    if (/[.,;:)]/.test(src[q] ?? '')) q++;
    keep(j.at + j.len, q);
    if (q < src.length && src[q] !== '\n') {
      text += '\n';
      item.push(-1);
      offset.push(-1);
      if (src[q] === ' ') q++;
    }
    pos = q;
  }
  keep(pos, src.length);
  return { ...t, text, item: Int32Array.from(item), offset: Int32Array.from(offset), joins };
}

/** The page (0-based) of an item number from PdfText.item. */
export function pageOfItem(pageStarts: readonly number[], item: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= item) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
