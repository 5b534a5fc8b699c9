import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageOfItem, readPdfItems, type PdfTextItem } from '../../lib/engine/text/pdf';
import { cleanPlainText } from '../../lib/engine/text/pdftext';
import { pdfItems } from '../../scripts/pdf';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const items = (name: string) => pdfItems(readFileSync(join(FIXTURES, name)));

/** The raw extraction the cleaner sees: items joined, a line per hasEOL, pages apart by a blank line. */
function rawLines(pages: PdfTextItem[][]): string {
  return pages.map((items) => {
    let line = '';
    const lines: string[] = [];
    for (const i of items) {
      line += i.str;
      if (i.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    return lines.join('\n');
  }).join('\n\n');
}

describe('readPdfItems: one PDF text for the CLI and the reader', () => {
  test.each(['37signals-dpa.pdf', 'basecamp-dpa-2020.pdf', 'basecamp-dpa-2021.pdf'])('%s: the cleaned text, each character mapped to its item', async (name) => {
    const pages = await items(name);
    const pdf = readPdfItems(pages);
    expect(pdf.text).toBe(cleanPlainText(rawLines(pages)).text);
    const flat = pages.flat();
    let mapped = 0;
    for (let i = 0; i < pdf.text.length; i++) {
      if (pdf.item[i] < 0) {
        expect(pdf.text[i]).toBe('\n');
        continue;
      }
      mapped++;
      const c = flat[pdf.item[i]].str[pdf.offset[i]];
      // Odd spaces become plain ones in the text; everything else is the item's own character.
      expect(/\s/.test(c) ? ' ' : c).toBe(/\s/.test(pdf.text[i]) ? ' ' : pdf.text[i]);
    }
    expect(mapped).toBeGreaterThan(pdf.text.length * 0.9);
    expect(pdf.pageStarts.length).toBe(pages.length);
    expect(pdf.sourceChars).toBeGreaterThan(10_000);
  });

  test('running headers and page numbers are dropped, the pages they were on still found', async () => {
    const pages = await items('basecamp-dpa-2020.pdf');
    const pdf = readPdfItems(pages);
    const stats = { pageNumbers: 0, runningLines: 0, joinedWords: [], dehyphenated: [] };
    readPdfItems(pages, stats);
    expect(stats.pageNumbers + stats.runningLines).toBeGreaterThan(10);
    expect(pdf.text).not.toMatch(/^\s*\d{1,2}\s*$/m);
    const lastPage = pageOfItem(pdf.pageStarts, pdf.item[pdf.text.length - 1]);
    expect(lastPage).toBe(pages.length - 1);
    expect(pageOfItem(pdf.pageStarts, 0)).toBe(0);
  });

  test('an image-only PDF has no text', async () => {
    const pdf = readPdfItems(await items('scanned-dpa.pdf'));
    expect(pdf.sourceChars).toBe(0);
    expect(pdf.text.trim()).toBe('');
  });

  test('zero-width and control characters are left out and line breaks inside an item become spaces, keeping the map', () => {
    const pdf = readPdfItems([[{ str: 'noti\u00adfy\u200b the', hasEOL: true }, { str: 'con\ntroller', hasEOL: false }]]);
    expect(pdf.text).toBe('notify the\ncon troller');
    expect([...pdf.offset.slice(0, 6)]).toEqual([0, 1, 2, 3, 5, 6]);
    expect(pdf.item[10]).toBe(-1);
    expect(pdf.item[11]).toBe(1);
  });
});
