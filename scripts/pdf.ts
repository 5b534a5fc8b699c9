/** Text of a PDF file for the CLI (Node): pdf.js reads the items, lib/engine/text/pdf.ts (shared with the browser's reader) makes the text. */
import { fromPdfjsItem, readPdfItems, type PdfText, type PdfTextItem } from '../lib/engine/text/pdf';

export const isPdf = (buf: Uint8Array) => buf.length > 4 && buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46;

/** Every page's text items, in the order pdf.js gives them (the reader's text layer has the same order). */
export async function pdfItems(buf: Uint8Array): Promise<PdfTextItem[][]> {
  // Imported here, not at the top: pdfjs-dist takes ~350 ms to load and only PDFs need it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PdfTextItem[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [fromPdfjsItem(item)] : [])));
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** The PDF's text in reading order, cleaned (page numbers and running headers dropped), exactly as the reader reads it. */
export async function pdfText(buf: Uint8Array): Promise<PdfText> {
  return readPdfItems(await pdfItems(buf));
}
