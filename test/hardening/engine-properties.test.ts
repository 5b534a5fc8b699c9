// Property tests: whatever text comes in (random Unicode, control characters, lone surrogates, huge
// lines, deep nesting, documents of only numbers or headings), the readers and analyze() never throw
// and the report keeps the contract's invariants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, MAX_CHARS } from '../../lib/engine/analyze';
import { CATEGORIES, type Report } from '../../lib/engine/report';
import { readHtml } from '../../lib/engine/text/html';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { readMarkdown } from '../../lib/engine/text/markdown';
import { cleanPlainText } from '../../lib/engine/text/pdftext';
import type { PlainText } from '../../lib/engine/text/types';

const RUNS = 200;

/** Real clauses (the seed DPA and privacy policy), so random documents also tag, extract and deviate. */
const SEED_LINES = ['frostmoln-dpa.txt', 'infrasec-privacy-policy.txt']
  .flatMap((f) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', f), 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length > 20);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const oddChar = fc.constantFrom(
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', // zero-width
  '\u202e', '\u202d', '\u200f', '\u061c', // bidi controls
  '\u00a0', '\u2028', '\u2029', '\u3000', '\r', '\f', '\v', '\u0085',
  'İ', 'ß', 'ﬁ', '\u0301', '🙂', '𝔸', '•', '§', '–', '’', '”',
);
const rtlWord = fc.constantFrom('البيانات', 'الشخصية', 'מעבד', 'נתונים', 'حماية', '72 ساعة');
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: controlChar },
  { weight: 2, arbitrary: oddChar },
  { weight: 1, arbitrary: rtlWord },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '\t', '. ', ': ', '1. ', '- ', '# ', '* ', '(a) ', '24 hours', 'within ', 'thirty (30) days') },
);
/** Noise built from every kind of awkward character. */
const noise = fc.string({ unit, maxLength: 120 });
/** Real clauses with noise spliced between them. */
const document = fc.array(fc.oneof(fc.constantFrom(...SEED_LINES), noise), { maxLength: 25 }).chain((parts) =>
  fc.array(fc.constantFrom('\n', '\n\n', ' ', ''), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);
const anyText = fc.oneof(noise, document, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }));

/** Clause text is the source slice with white space folded to single spaces (lib/engine/tag/tag.ts). */
const folded = (text: string, start: number, end: number) => text.slice(start, end).replace(/\s+/g, ' ');

/** The report contract's invariants, checked against the text the offsets point into. */
function checkReport(r: Report, analyzed: string): void {
  expect(['dpa', 'privacy-policy', 'other']).toContain(r.docType);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(r.schema).toBe(1);
  let prevEnd = 0;
  for (const c of r.clauses) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(prevEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(analyzed.length);
    expect(c.text).toBe(folded(analyzed, c.start, c.end));
    expect(c.categories.length).toBeGreaterThan(0);
    expect(c.why.map((w) => w.category)).toEqual(c.categories);
    for (const cat of c.categories) expect(CATEGORIES).toContain(cat);
    prevEnd = c.end;
  }
  const t = r.terms;
  const evidences = [t.breachNotice, t.transfers, t.subprocessors, t.deletion, t.audit, t.liability, t.governingLaw, t.dsrResponse, t.outdatedLaw, ...t.retention];
  for (const e of evidences) {
    if (e === null) continue;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(analyzed.length);
    expect(e.evidence).toBe(folded(analyzed, e.start, e.end));
  }
  expect(t.dsrResponseDays).toBe(t.dsrResponse?.days ?? null);
  for (const d of r.deviations) {
    if (d.clause !== null) {
      expect(Number.isInteger(d.clause)).toBe(true);
      expect(d.clause).toBeGreaterThanOrEqual(0);
      expect(d.clause).toBeLessThan(r.clauses.length);
    }
  }
}

function analyzeChecked(input: PlainText, force: boolean): Report {
  const r = analyze(input, { force, source: 'property' });
  // A clipped text is a prefix of the input, so offsets are checked against the input itself.
  checkReport(r, r.truncated ? input.text.slice(0, MAX_CHARS) : input.text);
  expect(analyze(input, { force, source: 'property' })).toStrictEqual(r);
  expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  return r;
}

describe('analyze() on arbitrary plain text', () => {
  test('never throws and keeps every invariant (forced and unforced)', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, force) => {
        analyzeChecked({ text, title: null, hints: null }, force);
      }),
      { numRuns: RUNS },
    );
  });

  test('real clauses among noise are still tagged and read (the properties see real reports)', () => {
    let tagged = 0;
    let withTerms = 0;
    fc.assert(
      fc.property(document, (text) => {
        const r = analyzeChecked({ text, title: null, hints: null }, true);
        if (r.clauses.length) tagged++;
        if (Object.values(r.terms).some((v) => v !== null && (!Array.isArray(v) || v.length > 0))) withTerms++;
      }),
      { numRuns: RUNS },
    );
    // Loose floors: far below what random documents of real clauses give, so never flaky.
    expect(tagged).toBeGreaterThan(RUNS / 4);
    expect(withTerms).toBeGreaterThan(RUNS / 20);
  });
});

describe('the readers on arbitrary input', () => {
  const readers: [string, (raw: string) => PlainText][] = [
    ['markdown', readMarkdown],
    ['html', readHtml],
    ['plain text', (raw) => cleanPlainText(raw)],
  ];
  const markupUnit = fc.oneof(
    unit,
    fc.constantFrom('<ul>', '<li>', '</li>', '</ul>', '<p>', '</p>', '<h2>', '</h2>', '<br>', '<div hidden>', '</div>', '<!--', '-->', '&amp;', '&#x0;', '&#55296;', '&', '<', '>', '<script>', '</script>', '<table><tr><td>'),
    fc.constantFrom('\n- ', '\n  - ', '\n1. ', '\n# ', '\n## ', '\n> ', '\n```\n', '**', '_', '`', '[a](', ')', '![x](y)', '\n| a | b |\n|---|---|\n', '\n---\n', '{% x %}', '[^1]', '\\'),
  );
  const markup = fc.string({ unit: markupUnit, maxLength: 150 });

  test.each(readers)('%s: never throws; hints lie in the text, in order; analyze() keeps its invariants', (_name, read) => {
    fc.assert(
      fc.property(fc.oneof(markup, anyText), (raw) => {
        const plain = read(raw);
        let prev = 0;
        for (const h of plain.hints ?? []) {
          expect(h.start).toBeGreaterThanOrEqual(prev);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(plain.text.length);
          prev = h.end;
        }
        for (const j of plain.joins ?? []) expect(j.at + j.len).toBeLessThanOrEqual(plain.text.length);
        analyzeChecked(plain, true);
      }),
      { numRuns: RUNS },
    );
  });

  test('format detection takes anything and answers a format or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.oneof(markup, anyText), (path, raw) => {
        const format = detectFormat(path, raw);
        expect([null, 'text', 'markdown', 'html']).toContain(format);
        if (format) readInput(raw, format);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('degenerate documents', () => {
  const deepMarkdown = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- The Processor shall notify the Controller within ${i + 1} hours`).join('\n');
  const deepHtml = (depth: number) => '<ul><li>The Processor shall notify the Controller of a personal data breach within 24 hours'.repeat(depth) + '</li></ul>'.repeat(depth);
  const cases: [string, () => PlainText][] = [
    ['a single 100k-character line of words', () => ({ text: 'data '.repeat(20_000), title: null, hints: null })],
    ['a single 100k-character line without spaces', () => ({ text: 'x'.repeat(100_000), title: null, hints: null })],
    ['Markdown list nested 250 deep', () => readMarkdown(deepMarkdown(250))],
    ['HTML list nested 300 deep', () => readHtml(deepHtml(300))],
    ['blockquotes nested 300 deep', () => readMarkdown('>'.repeat(300) + ' Personal data is kept for 12 months.')],
    ['only numbers', () => ({ text: Array.from({ length: 3000 }, (_, i) => `${i} ${i * 7}.${i % 10}`).join('\n'), title: null, hints: null })],
    ['only headings (plain)', () => ({ text: Array.from({ length: 2000 }, (_, i) => `${i + 1}. DATA PROCESSING TERMS`).join('\n\n'), title: null, hints: null })],
    ['only headings (Markdown)', () => readMarkdown(Array.from({ length: 2000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Sub-processors ${i}`).join('\n'))],
    ['only bullets', () => ({ text: '•\n- \n* \n(a)\n'.repeat(5000), title: null, hints: null })],
    ['only punctuation', () => ({ text: '.,;:!?()[]{}"\'-–—/\\…'.repeat(5000), title: null, hints: null })],
    ['NUL and control characters', () => ({ text: Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(i % 32)).join(''), title: null, hints: null })],
    ['lone surrogates', () => ({ text: '\ud800 data \udc00 breach \udbff within 24 hours.\n'.repeat(2000), title: null, hints: null })],
    ['right-to-left text', () => ({ text: 'يجب على المعالج إخطار المراقب خلال 24 ساعة. \u202eThe Processor shall notify within 72 hours.\u202c\n'.repeat(1000), title: null, hints: null })],
    ['zero-width characters inside words', () => ({ text: 'The Pro\u200bcessor shall no\u200dtify the Con\ufefftroller within 2\u200b4 hours of a personal data breach.\n'.repeat(2000), title: null, hints: null })],
    ['overlapping reader hints', () => ({ text: 'Short text.', title: null, hints: [{ start: 0, end: 11, kind: 'paragraph' }, { start: 5, end: 9, kind: 'heading' }] })],
    ['more than MAX_CHARS in one line', () => ({ text: 'a'.repeat(MAX_CHARS + 10), title: null, hints: null })],
  ];
  test.each(cases)('%s', (_name, make) => {
    const input = make();
    const r = analyzeChecked(input, true);
    expect(r.truncated).toBe(input.text.length > MAX_CHARS);
  });
});
