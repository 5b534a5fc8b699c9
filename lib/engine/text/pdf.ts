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
    // A blank line between pages, as pypdf-style extractions have.
    if (p > 0) {
      lines.push('');
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
  return { ...plain, item, offset, pageStarts, sourceChars };
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
