/**
 * The text of a PDF from its text items (pdf.js getTextContent), for the CLI and the browser's
 * reader alike: lines in reading order, pages apart by a blank line, then cleaned like any plain
 * text (page numbers and running headers dropped, broken words rejoined for matching). Every
 * character keeps the text item it came from, so the reader can paint a clause on its page.
 * Pure: the caller runs pdf.js; this module sees only strings.
 */
import { cleanLines, isDroppedChar, type CleanStats } from './pdftext';
import type { PlainText } from './types';

/** What this module needs of a pdf.js TextItem (marked-content items have no `str` and are skipped by the caller). */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
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
    let line = '';
    let li: number[] = [];
    let lo: number[] = [];
    const endLine = () => {
      lines.push(line);
      lineItem.push(li);
      lineOffset.push(lo);
      line = '';
      li = [];
      lo = [];
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
      sourceChars += str.trim().length;
      itemNo++;
      if (item.hasEOL) endLine();
    }
    if (line) endLine();
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
  return { ...reflowLineEnds({ ...plain, item, offset }), pageStarts, sourceChars };
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
    while (q < src.length && /[\p{L}\p{N}]/u.test(src[q])) q++;
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
