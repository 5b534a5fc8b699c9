/** Text of a PDF file for the CLI (Node only; the extension reads web pages, not PDFs). */

export const isPdf = (buf: Uint8Array) => buf.length > 4 && buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46;

/** Lines of text in reading order, pages separated by a blank line (the layout pypdf-style extractions have). */
export async function pdfText(buf: Uint8Array): Promise<string> {
  // Imported here, not at the top: pdfjs-dist takes ~350 ms to load and only PDFs need it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    let line = '';
    const lines: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    pages.push(lines.join('\n'));
  }
  await pdf.destroy();
  return pages.join('\n\n');
}
