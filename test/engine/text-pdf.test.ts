import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageOfItem, readPdfItems, type PdfTextItem } from '../../lib/engine/text/pdf';
import { cleanPlainText } from '../../lib/engine/text/pdftext';
import { buildDoc } from '../../lib/engine/text/structure';
import { pdfItems } from '../../scripts/pdf';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const items = (name: string) => pdfItems(readFileSync(join(FIXTURES, name)));

/** The raw extraction the cleaner sees: items joined, a line per hasEOL, pages apart by a form feed line. */
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
  }).join('\n\f\n');
}

/** The characters of a text without its white space and hyphens: what moving words back together leaves alone. */
const squash = (s: string) => s.replace(/[\s-]+/g, '');

describe('readPdfItems: one PDF text for the CLI and the reader', () => {
  test.each(['37signals-dpa.pdf', 'basecamp-dpa-2020.pdf', 'basecamp-dpa-2021.pdf'])('%s: the cleaned text, each character mapped to its item', async (name) => {
    const pages = await items(name);
    const pdf = readPdfItems(pages);
    // The cleaned text, with words broken at line ends and sentences broken at page ends put back together.
    expect(squash(pdf.text)).toBe(squash(cleanPlainText(rawLines(pages)).text));
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

  test('words broken at line ends and sentences broken at page ends read as written, each character keeping its item', () => {
    const body = (n: number) => [
      `${n}. This clause of the agreement binds the processor to act on the controller's instructions, and the processor may engage Sub-`,
      'processors listed in the annex. Each notification is in writing. It sends a notifi-',
      'cation of every change. The processor keeps the records of processing for the controller and for the',
    ];
    const pages: PdfTextItem[][] = [1, 2, 3, 4, 5, 6, 7].map((n) => [
      { str: 'Acme DPA — confidential', hasEOL: true },
      ...body(n).map((str) => ({ str, hasEOL: true })),
      { str: `authority for as long as the agreement lasts, under the law of the controller's state. Page ${n} of 7`, hasEOL: true },
      { str: `Printed 12/2/26 acme.example/dpa ${n}/7`, hasEOL: true },
    ]);
    const pdf = readPdfItems(pages);
    expect(pdf.text).not.toContain('confidential');
    expect(pdf.text).not.toContain('Printed');
    expect(pdf.text).toContain('may engage Sub-processors\nlisted in the annex');
    expect(pdf.text).toContain('It sends a notification\nof every change');
    const flat = pages.flat();
    for (let i = 0; i < pdf.text.length; i++) {
      if (pdf.item[i] < 0) expect(pdf.text[i]).toBe('\n');
      else expect(flat[pdf.item[i]].str[pdf.offset[i]]).toBe(pdf.text[i]);
    }
  });

  test.each([
    [
      'German',
      [
        'Der Auftragsverarbeiter ist verpflichtet, den Verantwortlichen unverzüglich über jede Verletzung des Schutzes der Daten zu',
        'informieren, die er feststellt. Die Pflichten gelten auch für jeden Unterauftrags-',
        'verarbeiter, den er einsetzt; die EU-',
        'Kommission und die Aufsichtsbehörde bleiben unberührt. Die Ein-',
        'und Ausgabe der Daten wird von dem Auftragsverarbeiter protokolliert und für die Dauer des Vertrags aufbewahrt.',
      ],
      ['jeden Unterauftragsverarbeiter,', 'die EU-Kommission', 'Die Ein- und Ausgabe'],
    ],
    [
      'Swedish',
      [
        'Personuppgiftsbiträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om varje personuppgifts-',
        'incident som det upptäcker, och om varje under-',
        'biträde som det anlitar. Behandlingen sker enligt EU-',
        'rätt och svensk lag, och person-',
        'och organisationsnummer hanteras av biträdet med samma skydd som övriga personuppgifter enligt avtalet.',
      ],
      ['varje personuppgiftsincident som', 'varje underbiträde som', 'enligt EU-rätt och', 'person- och organisationsnummer'],
    ],
  ])('%s, written with closed compounds: a word broken at a line end is joined though it occurs nowhere else; an abbreviation or a suspended compound keeps its hyphen', (_language, lines, expected) => {
    const pdf = readPdfItems([lines.map((str) => ({ str, hasEOL: true }))]);
    const flat = pdf.text.replace(/\s+/g, ' ');
    for (const e of expected) expect(flat).toContain(e);
  });

  test('German headings set in capitals are joined; an address keeps its own hyphen', () => {
    const lines = [
      '1. WARUM UND WIE VERARBEITEN WIR IHRE PERSONEN-',
      'BEZOGENEN DATEN?',
      'Der Verantwortliche verarbeitet die Daten der Nutzer und veröffentlicht das Verzeichnis unter https://ec.europa.eu/service-',
      'standards und beantwortet Anfragen der betroffenen Personen innerhalb eines Monats nach Eingang der Anfrage.',
    ];
    const flat = readPdfItems([lines.map((str) => ({ str, hasEOL: true }))]).text.replace(/\s+/g, ' ');
    expect(flat).toContain('IHRE PERSONENBEZOGENEN DATEN?');
    expect(flat).toContain('https://ec.europa.eu/service-standards');
  });

  test('lines set in bold or larger type are headings for the segmenter, numbered or in capitals; bullets and bold labels are not', () => {
    const body = (str: string) => ({ str, hasEOL: true, font: 'f1', size: 10 });
    const bold = (str: string) => ({ str, hasEOL: true, font: 'f2', size: 10 });
    const para = 'The Processor shall act only on documented instructions of the Controller and shall keep the data confidential at all times.';
    const pdf = readPdfItems([
      [
        { str: 'Data Processing Agreement', hasEOL: true, font: 'f2', size: 16 },
        body(para),
        bold('5. Liability and Indemnity'),
        body(para),
        bold('6. Governing law, dispute resolution, no waiver of the privileges and immunities of'),
        bold('the Organisation'),
        body('6.1 This DPA is governed by the substantive law of England and Wales, where a matter is not covered by it.'),
        { str: '• 6.2 Any dispute is referred to arbitration under the WIPO Expedited Arbitration Rules in Geneva.', hasEOL: true, font: 'f3', size: 10 },
        bold('Contact'),
        body(para),
      ],
    ]);
    const lineAt = (at: number) => pdf.text.slice(at, pdf.text.indexOf('\n', at));
    expect((pdf.headingLines ?? []).map(lineAt)).toEqual(['Data Processing Agreement', '5. Liability and Indemnity', '6. Governing law, dispute resolution, no waiver of the privileges and immunities of', 'the Organisation']);
    const doc = buildDoc(pdf);
    const law = doc.blocks.find((b) => doc.text.startsWith('6.1', b.start));
    expect(law?.heading).toBe('6. Governing law, dispute resolution, no waiver of the privileges and immunities of the Organisation');
    // Without fonts (a caller that does not know them) nothing is forced.
    expect(readPdfItems([[body('6. Governing law, dispute resolution, no waiver of the privileges and immunities of')]]).headingLines).toBeUndefined();
  });

  test('a sentence running over a page break is one paragraph; a short line before the break keeps it', () => {
    const full = 'The processor shall notify the controller of a personal data breach without undue delay and in any case within the';
    const para = (s: string) => ({ str: s, hasEOL: true });
    const filler = Array.from({ length: 12 }, (_, k) => para(`Line ${k} of a paragraph that runs as wide as the page usually does, ending in a full stop.`));
    const pdf = readPdfItems([
      [...filler, para(full)],
      [para('time the supervisory authority requires.'), ...filler, para('8. Governing law')],
      [para('This DPA is governed by the laws of Ireland.'), ...filler],
    ]);
    expect(pdf.text).toContain(`${full}\ntime the supervisory authority requires.`);
    expect(pdf.text).toMatch(/8\. Governing law\n\nThis DPA is governed/);
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

/** One page of lines set as a browser prints them: each line an item at (x, y), 6 units a character, 18 apart. */
function setPage(lines: [x: number, text: string][]): PdfTextItem[] {
  return lines.map(([x, str], i) => ({ str, hasEOL: true, font: 'f1', size: 12, x, y: 700 - 18 * i, width: 6 * str.length }));
}

const blocksOf = (pages: PdfTextItem[][]) => {
  const pdf = readPdfItems(pages);
  const doc = buildDoc(pdf);
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end).replace(/\s+/g, ' ')]);
};
const oneSpace = (rows: string[][]) => rows.map(([kind, text]) => [kind, text.replace(/\s+/g, ' ')]);

describe('readPdfItems: paragraphs and list items from where the lines sit', () => {
  // A column 60 characters wide (x 100 to 460); a short line ends its paragraph when the next line's first word would have fitted.
  const full = (s: string) => s.padEnd(60, ' x').slice(0, 60);

  test('list items whose bullets are drawn, not typed, are items of the list their lead introduces; full lines wrap', () => {
    const page = setPage([
      [100, full('Where the law requires it, the data are kept for the periods below and')],
      [100, 'then deleted:'],
      [124, 'Records of contracts: 5 years (E-Commerce Act)'],
      [124, 'Access logs: 3 months (Communications Secrecy Act)'],
      [100, full('The Company does not pass personal data to third parties except where')],
      [100, full('the user consented beforehand or the law requires it, which it reviews')],
      [100, 'every year.'],
    ]);
    expect(blocksOf([page])).toEqual(oneSpace([
      ['paragraph', `${full('Where the law requires it, the data are kept for the periods below and')} then deleted:`],
      ['list-item', 'Records of contracts: 5 years (E-Commerce Act)'],
      ['list-item', 'Access logs: 3 months (Communications Secrecy Act)'],
      ['paragraph', `${full('The Company does not pass personal data to third parties except where')} ${full('the user consented beforehand or the law requires it, which it reviews')} every year.`],
    ]));
  });

  test('a number hanging out left of the text starts the next item even after a full line; an indented first line is a paragraph', () => {
    const page = setPage([
      [100, full('4. Request correction of any data we hold about you that is wrong')],
      [100, '5. Have personal data we hold about you deleted'],
      [118, full('You may also object to how we use your data, and we will answer').slice(0, 57)],
      [100, 'you within a month.'],
    ]);
    expect(blocksOf([page]).map(([, t]) => t.slice(0, 24))).toEqual(['4. Request correction of', '5. Have personal data we', 'You may also object to h']);
  });

  test('a title set over two lines in large type stays one line pair; a wide gap between body lines is a paragraph break', () => {
    const title: PdfTextItem[] = [
      { str: 'Auftragsverarbeitung personenbezogener', hasEOL: true, font: 'bold', size: 20, x: 100, y: 760, width: 400 },
      { str: 'Daten', hasEOL: true, font: 'bold', size: 20, x: 100, y: 736, width: 60 },
    ];
    const body = setPage([
      [100, full('Der Auftragnehmer verarbeitet personenbezogene Daten nur auf')],
      [100, full('dokumentierte Weisung des Auftraggebers und nur im Rahmen des')],
      [100, full('Vertrags, es sei denn, er ist gesetzlich dazu verpflichtet und')],
      [100, full('die Verarbeitung bleibt auf das vereinbarte Maß beschränkt, wie')],
      [100, full('es der Vertrag und seine Anlagen für jede Leistung festlegen.')],
    ]).map((i, k) => ({ ...i, y: k >= 2 ? i.y! - 20 : i.y }));
    const pdf = readPdfItems([[...title, ...body]]);
    expect(pdf.text.split('\n').slice(0, 2)).toEqual(['Auftragsverarbeitung personenbezogener', 'Daten']);
    expect(pdf.text).toMatch(/Rahmen de[^\n]*\n\nVertrags[^\n]*\ndie Verarbeitung[^\n]*\nes der Vertrag/);
  });

  test('columns side by side (a bilingual contract set as a table, cell by cell) each wrap at their own edge', () => {
    // Two columns 40 characters wide: German at x 100-340, English at x 400-640; pdf.js gives each cell's lines in turn.
    const col = (s: string) => s.padEnd(40, ' x').slice(0, 40);
    const cell = (x: number, top: number, rows: string[]): PdfTextItem[] =>
      rows.map((str, i) => ({ str, hasEOL: true, font: 'f1', size: 12, x, y: top - 18 * i, width: 6 * str.length }));
    const page = [
      ...cell(100, 700, [col('Der Auftragnehmer meldet dem Auftraggeber'), col('jede Verletzung des Schutzes personen-'), col('bezogener Daten unverzüglich, spätestens'), 'binnen 24 Stunden.']),
      ...cell(400, 700, [col('The contractor notifies the client of any'), col('personal data breach without undue delay,'), 'within 24 hours at the latest.']),
      ...cell(100, 610, [col('Der Auftragnehmer unterstützt den Auftrag-'), 'geber bei Anfragen.']),
      ...cell(400, 610, [col('The contractor assists the client with the'), 'requests of data subjects.']),
    ];
    expect(blocksOf([page]).map(([, t]) => t.slice(0, 30))).toEqual([
      'Der Auftragnehmer meldet dem A',
      'The contractor notifies the cl',
      'Der Auftragnehmer unterstützt ',
      'The contractor assists the cli',
    ]);
  });

  test("a table's cell wraps at the cell's edge, not the page's (an annex's description of processing)", () => {
    // Body lines run x 100-460; the cell column starts at 200 and its lines stop at 380 at most.
    const cell = (s: string) => s.padEnd(30, ' x').slice(0, 30);
    const page = setPage([
      [100, full('The parties agree that the annex below describes the processing')],
      [100, full('of personal data that the importer carries out for the exporter,')],
      [100, 'as set out below.'],
      [200, cell('Processing necessary to provide the')],
      [200, cell('Services to Customer and for any')],
      [200, cell('disclosures of Personal Data in')],
      [200, 'accordance with the Agreement.'],
    ]);
    expect(blocksOf([page]).map(([, t]) => t.slice(0, 24))).toEqual(['The parties agree that t', 'Processing necessary to ']);
  });

  test('items without positions (a caller that does not know them) read as before: no break is made up', () => {
    const page = setPage([
      [100, 'then deleted:'],
      [124, 'Records of contracts: 5 years'],
    ]).map(({ x: _x, y: _y, width: _w, ...i }) => i);
    expect(readPdfItems([page]).text).toBe('then deleted:\nRecords of contracts: 5 years');
  });
});

test("a word processor's Symbol and Wingdings bullets (private-use code points in its PDF) start list items like typed ones", () => {
  const line = (str: string): PdfTextItem[] => [{ str, hasEOL: true }];
  const pages = [[...line('The data are kept for the periods below:'), ...line('\uf0b7 Records of contracts: 5 years'), ...line('\uf0a7 Access logs: 3 months'), ...line('• Backups: 30 days')]];
  expect(blocksOf(pages)).toEqual([
    ['paragraph', 'The data are kept for the periods below:'],
    ['list-item', '\uf0b7 Records of contracts: 5 years'],
    ['list-item', '\uf0a7 Access logs: 3 months'],
    ['list-item', '• Backups: 30 days'],
  ]);
  // Run together on one line by an extraction, the Symbol bullet still separates the items.
  expect(blocksOf([[...line('Kept: \uf0b7 Records of contracts: 5 years \uf0b7 Access logs: 3 months')]]).map(([kind]) => kind)).toEqual(['paragraph', 'list-item', 'list-item']);
});
