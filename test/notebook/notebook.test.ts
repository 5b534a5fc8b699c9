import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { describeSpan, type Selectors } from '../../lib/notebook/anchor';
import {
  EMPTY_NOTEBOOK,
  MAX_IMPORT_BYTES,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  NOTEBOOK_MIGRATIONS,
  NOTEBOOK_VERSION,
  addHighlight,
  documentKey,
  exportCsv,
  exportJson,
  exportMarkdown,
  filterNotebook,
  highlightsFor,
  mergeNotebooks,
  newId,
  normalizeNotebook,
  parseNotebookJson,
  removeDocument,
  removeHighlight,
  snapshotOf,
  updateHighlight,
  type DocumentSnapshot,
  type Notebook,
  type SavedHighlight,
} from '../../lib/notebook/notebook';
import type { Category } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';
import { clauseRefAt } from '../../lib/report/ref';

const seed = (name: string) => readFileSync(`test/fixtures/seeds/${name}`, 'utf8');
const fixture = (name: string) => readFileSync(`test/fixtures/notebook/${name}`, 'utf8');

const FROSTMOLN = seed('frostmoln-dpa.txt');
const INFRASEC = seed('infrasec-privacy-policy.txt');
const INFRACOM = seed('infracom-dpa.txt');

const QUOTES = {
  breach:
    'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.',
  subprocessors:
    'The Processor shall notify the Controller in writing at least 30 days before adding or replacing a sub-processor, providing the name, location, and description of processing activities.',
  audit: 'Audits shall be conducted with reasonable prior notice (at least 30 days, except in the case of a suspected data breach)',
  retention: 'After contract termination, we retain your data for 36 months.',
  cookies: 'We also use cookies to ensure proper website functionality.',
  goteborg: 'Göteborg, Sweden ("InfraCom Communications", "the Data Processor")',
};

/** Selectors for the first occurrence of `exact` in a seed document, as the anchoring module makes them. */
function sel(text: string, exact: string): Selectors {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`quote not in the seed: ${exact}`);
  return describeSpan(text, start, start + exact.length);
}

const frostmolnReport = analyze(readInput(FROSTMOLN, 'text'), { source: 'seeds/frostmoln-dpa.txt' });
const FROSTMOLN_URL = 'https://frostmoln.example/legal/dpa';
const INFRASEC_URL = 'https://www.infrasec.se/privacy-policy';
const INFRACOM_URL = 'https://infracom.example/dpa.pdf';
const frostmoln = snapshotOf(FROSTMOLN_URL, 'Frostmoln DPA', frostmolnReport);
const infrasec = snapshotOf(INFRASEC_URL, 'Integritetspolicy – Infrasec', null);
const infracom = snapshotOf(INFRACOM_URL, 'InfraCom DPA', null);

const at = (minute: number) => new Date(Date.UTC(2025, 2, 3, 9, minute));

/** A counter-based random source, so ids are reproducible. */
function counter(start = 0): () => number {
  let n = start;
  return () => ((n = (n * 7 + 3) % 36) + 0.5) / 36;
}

type Save = Omit<SavedHighlight, 'savedAt' | 'updatedAt' | 'id'> & { id?: string };
const clause = (text: string, exact: string, category: Category | null, note = '', id?: string): Save => ({
  selectors: sel(text, exact),
  category,
  note,
  origin: 'clause',
  ...(id ? { id } : {}),
});

/** Freezes a value all the way down, so an edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A save in the Frostmoln DPA named by its clause, as the background names it from the page's report. */
function frostmolnClause(exact: string, category: Category | null, note = '', id?: string): Save {
  const save = clause(FROSTMOLN, exact, category, note, id);
  const ref = clauseRefAt(frostmolnReport, save.selectors.position.start, save.selectors.position.end);
  return ref ? { ...save, clauseRef: ref } : save;
}

/** Five highlights in three documents, saved a minute apart (ids h1..h5); the Frostmoln ones know their clause. */
function sample(): Notebook {
  const saves: [DocumentSnapshot, Save][] = [
    [frostmoln, frostmolnClause(QUOTES.breach, 'breach-notification', '24 h is inside our 48 h limit.', 'h1')],
    [frostmoln, frostmolnClause(QUOTES.subprocessors, 'subprocessors', '', 'h2')],
    [infrasec, { ...clause(INFRASEC, QUOTES.retention, 'retention-deletion', 'Ask the Behörde about 36 months', 'h3'), origin: 'selection' }],
    [infracom, clause(INFRACOM, QUOTES.goteborg, null, '', 'h4')],
    [frostmoln, frostmolnClause(QUOTES.audit, 'audit', 'Ask for 14 days.', 'h5')],
  ];
  let nb = EMPTY_NOTEBOOK;
  saves.forEach(([snap, h], i) => (nb = addHighlight(nb, snap, h, at(i)).notebook));
  return deepFreeze(nb);
}

const ids = (docs: { highlights: SavedHighlight[] }[]) => docs.flatMap((d) => d.highlights.map((h) => h.id));
const ok = (text: string) => {
  const r = parseNotebookJson(text);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r;
};

describe('ids and keys', () => {
  test('newId is deterministic given the random source, and DOM-id safe', () => {
    expect(newId(counter(1))).toBe(newId(counter(1)));
    expect(newId(counter(1))).not.toBe(newId(counter(2)));
    expect(newId()).toMatch(/^h[0-9a-z]{20}$/);
    expect(newId(() => 0.999999999)).toBe(`h${'z'.repeat(20)}`);
  });

  test.each([
    ['https://Frostmoln.Example/legal/dpa#section-8', 'https://frostmoln.example/legal/dpa'],
    ['https://www.infrasec.se:443/privacy-policy', 'https://www.infrasec.se/privacy-policy'],
    ['http://example.com:80/a?b=1#:~:text=breach', 'http://example.com/a?b=1'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['  https://example.com/Path/Case  ', 'https://example.com/Path/Case'],
    ['file:///home/dpo/dpa.pdf#page=3', 'file:///home/dpo/dpa.pdf'],
    ['seeds/frostmoln-dpa.txt', 'seeds/frostmoln-dpa.txt'],
    ['  C:\\contracts\\dpa.txt ', 'C:\\contracts\\dpa.txt'],
    ['not a url at all', 'not a url at all'],
  ])('documentKey(%j) = %j', (url, key) => {
    expect(documentKey(url)).toBe(key);
  });
});

describe('snapshotOf', () => {
  test("keeps the report's type, baseline, key terms and deviations as the reader sees them", () => {
    expect(frostmoln.docType).toBe('dpa');
    expect(frostmoln.baseline).toBe(frostmolnReport.baseline);
    expect(frostmoln.terms).toContainEqual({ label: 'Breach notice', value: '24 hours (without undue delay)' });
    expect(frostmoln.deviations.length).toBe(frostmolnReport.deviations.length);
    for (const d of frostmoln.deviations) expect(d.text).toMatch(/^[A-Z][^:]+: .+; your baseline expects /);
  });

  test('a page that was not recognised: type other, no terms, the title or the address as its name', () => {
    expect(snapshotOf(' https://example.com/blog ', '  Our   blog ', null)).toEqual({
      url: 'https://example.com/blog',
      title: 'Our blog',
      docType: 'other',
      baseline: '',
      terms: [],
      deviations: [],
    });
    expect(snapshotOf('https://example.com/x#top', '', null).title).toBe('https://example.com/x');
  });
});

describe('editing', () => {
  test('adds documents and highlights with timestamps, never touching the input', () => {
    const nb = sample();
    expect(nb.documents.map((d) => d.key)).toEqual([FROSTMOLN_URL, INFRASEC_URL, INFRACOM_URL]);
    expect(ids(nb.documents)).toEqual(['h1', 'h2', 'h5', 'h3', 'h4']);
    const doc = nb.documents[0];
    expect(doc.savedAt).toBe('2025-03-03T09:00:00.000Z');
    expect(doc.updatedAt).toBe('2025-03-03T09:04:00.000Z');
    expect(doc.highlights[0]).toMatchObject({ category: 'breach-notification', origin: 'clause', savedAt: doc.savedAt, updatedAt: doc.savedAt });
    expect(doc.highlights[0].selectors.quote.exact).toBe(QUOTES.breach);
    expect(EMPTY_NOTEBOOK.documents).toEqual([]);
  });

  test('a new highlight without an id gets a fresh one', () => {
    const r = addHighlight(sample(), frostmoln, clause(FROSTMOLN, 'Audits may be conducted by the Controller', 'audit'), at(10));
    expect(r.added).toBe(true);
    expect(r.highlight.id).toMatch(/^h[0-9a-z]{20}$/);
    expect(highlightsFor(r.notebook, FROSTMOLN_URL)).toHaveLength(4);
  });

  test('saving the same quote at the same position again updates instead of duplicating', () => {
    const nb = sample();
    const again = addHighlight(nb, { ...frostmoln, title: 'Frostmoln DPA v2' }, clause(FROSTMOLN, QUOTES.breach, 'security-measures', ''), at(20));
    expect(again.added).toBe(false);
    expect(again.highlight.id).toBe('h1');
    // The user's note and category survive a repeat save that carries none of its own.
    expect(again.highlight).toMatchObject({ note: '24 h is inside our 48 h limit.', category: 'breach-notification' });
    expect(ids(again.notebook.documents)).toEqual(ids(nb.documents));
    expect(again.notebook.documents[0]).toMatchObject({ title: 'Frostmoln DPA v2', updatedAt: at(20).toISOString(), savedAt: at(0).toISOString() });

    const withNote = addHighlight(nb, frostmoln, clause(FROSTMOLN, QUOTES.breach, null, 'Escalate'), at(21));
    expect(withNote.highlight).toMatchObject({ id: 'h1', note: 'Escalate', updatedAt: at(21).toISOString(), savedAt: at(0).toISOString() });
  });

  test('the same quote at another position is another highlight', () => {
    const s = sel(FROSTMOLN, QUOTES.breach);
    const moved: Selectors = { ...s, position: { ...s.position, start: s.position.start + 1, end: s.position.end + 1 } };
    const r = addHighlight(sample(), frostmoln, { selectors: moved, category: null, note: '', origin: 'selection' }, at(22));
    expect(r.added).toBe(true);
  });

  test('notes are trimmed and cut at the limit; an over-long quote keeps its start and still anchors', () => {
    const long = addHighlight(EMPTY_NOTEBOOK, infrasec, { ...clause(INFRASEC, QUOTES.cookies, 'cookies-tracking'), note: `  ${'x'.repeat(MAX_NOTE_CHARS + 50)}  ` }, at(0));
    expect(long.highlight.note).toHaveLength(MAX_NOTE_CHARS);
    const big = 'A'.repeat(MAX_QUOTE_CHARS + 10);
    const huge = addHighlight(EMPTY_NOTEBOOK, infrasec, { selectors: describeSpan(big, 0, big.length), category: null, note: '', origin: 'selection' }, at(0));
    expect(huge.highlight.selectors.quote.exact).toHaveLength(MAX_QUOTE_CHARS);
    expect(huge.highlight.selectors.position).toEqual({ type: 'TextPositionSelector', start: 0, end: MAX_QUOTE_CHARS });
  });

  test('selectors no page could anchor are refused', () => {
    const s = sel(INFRASEC, QUOTES.cookies);
    const empty: Selectors = { ...s, quote: { ...s.quote, exact: '  ' } };
    expect(() => addHighlight(EMPTY_NOTEBOOK, infrasec, { selectors: empty, category: null, note: '', origin: 'selection' }, at(0))).toThrow(/quote\.exact/);
  });

  test('updateHighlight changes the note or category and stamps the highlight and its document', () => {
    const nb = sample();
    const next = updateHighlight(nb, 'h2', { note: ' Check the list URL ', category: 'sharing' }, at(30));
    const h = highlightsFor(next, FROSTMOLN_URL).find((x) => x.id === 'h2')!;
    expect(h).toMatchObject({ note: 'Check the list URL', category: 'sharing', updatedAt: at(30).toISOString(), savedAt: at(1).toISOString() });
    expect(next.documents[0].updatedAt).toBe(at(30).toISOString());
    expect(updateHighlight(next, 'h2', { category: null }, at(31)).documents[0].highlights[1].category).toBeNull();
    expect(updateHighlight(nb, 'h2', { note: '' }, at(30))).toBe(nb);
    expect(updateHighlight(nb, 'nope', { note: 'x' }, at(30))).toBe(nb);
  });

  test('removeHighlight drops a document when it becomes empty; removeDocument drops it whole', () => {
    const nb = sample();
    expect(ids(removeHighlight(nb, 'h2').documents)).toEqual(['h1', 'h5', 'h3', 'h4']);
    expect(removeHighlight(nb, 'h4').documents.map((d) => d.key)).toEqual([FROSTMOLN_URL, INFRASEC_URL]);
    expect(removeHighlight(nb, 'nope')).toBe(nb);
    expect(ids(removeDocument(nb, `${FROSTMOLN_URL}#section-5`).documents)).toEqual(['h3', 'h4']);
  });

  test('highlightsFor finds a page by its key, whatever the fragment or host case', () => {
    expect(highlightsFor(sample(), 'https://FROSTMOLN.example:443/legal/dpa#audit').map((h) => h.id)).toEqual(['h1', 'h2', 'h5']);
    expect(highlightsFor(sample(), 'https://frostmoln.example/legal/other')).toEqual([]);
  });
});

describe('filterNotebook', () => {
  const nb = sample();
  const view = (filter: Parameters<typeof filterNotebook>[1]) => filterNotebook(nb, filter);

  test('documents newest first by updatedAt, highlights newest first', () => {
    const all = view({});
    expect(all.map((d) => d.key)).toEqual([FROSTMOLN_URL, INFRACOM_URL, INFRASEC_URL]);
    expect(ids(all)).toEqual(['h5', 'h2', 'h1', 'h4', 'h3']);
    const edited = updateHighlight(nb, 'h3', { note: 'later' }, at(40));
    expect(filterNotebook(edited, {}).map((d) => d.key)[0]).toBe(INFRASEC_URL);
  });

  test.each([
    ['case-insensitive over quotes', 'WITHOUT UNDUE DELAY', ['h1']],
    ['typographic apostrophes fold', "controller's personal data", ['h1']],
    ['diacritics fold in quotes', 'goteborg', ['h4']],
    ['diacritics fold both ways', 'Göteborg', ['h4']],
    ['notes', 'behorde', ['h3']],
    ['notes, every word', 'ask days', ['h5']],
    ['titles', 'integritetspolicy', ['h3']],
    ['URLs', 'infrasec.se', ['h3']],
    ['words from title and quote together', 'frostmoln sub-processor', ['h2']],
    ['no match', 'indemnity', []],
  ])('query: %s', (_what, query, expected) => {
    expect(ids(view({ query }))).toEqual(expected);
  });

  test('category filter, "none" for uncategorised, and a document filter', () => {
    expect(ids(view({ category: 'audit' }))).toEqual(['h5']);
    expect(ids(view({ category: 'none' }))).toEqual(['h4']);
    expect(ids(view({ category: null }))).toHaveLength(5);
    expect(ids(view({ key: FROSTMOLN_URL }))).toEqual(['h5', 'h2', 'h1']);
    expect(ids(view({ key: FROSTMOLN_URL, query: 'notify' }))).toEqual(['h2', 'h1']);
    expect(ids(view({ key: INFRASEC_URL, category: 'audit' }))).toEqual([]);
  });
});

describe('JSON export and import', () => {
  test('export -> parse gives the same notebook', () => {
    const nb = sample();
    const text = exportJson(nb, at(50));
    expect(JSON.parse(text)).toMatchObject({ format: 'clauselens-notebook', version: NOTEBOOK_VERSION, exportedAt: at(50).toISOString() });
    expect(ok(text).notebook).toEqual(nb);
    // The vendor, the document's own date and each highlight's clause travel with the file.
    expect(JSON.parse(text).documents[0]).toMatchObject({ vendor: 'Svenska Moln', stated: '2026-03-18' });
    expect(ok(text).notebook.documents[0].highlights.map((h) => h.clauseRef)).toEqual(['Clause 8 · Personal Data Breach Notification', 'Clause 5 · Sub-processors', 'Clause 10 · Audit Rights']);
  });

  test('a document that was not read keeps its notice through export and import', () => {
    const nb = sample();
    const unread = { ...nb, documents: nb.documents.map((d, i) => (i === 0 ? { ...d, deviations: [], notice: 'Too little text was read' } : d)) };
    const back = ok(exportJson(unread, at(50))).notebook;
    expect(back.documents[0]!.notice).toBe('Too little text was read');
    expect(back).toEqual(unread);
  });

  test('the fixture file reads back and re-exports byte for byte', () => {
    const text = fixture('good-export.json');
    const r = ok(text);
    expect(r.warnings).toEqual([]);
    expect(r.notebook.documents.map((d) => d.highlights.length)).toEqual([3, 2]);
    expect(exportJson(r.notebook, new Date(JSON.parse(text).exportedAt))).toBe(text);
  });

  test.each([
    ['bad-not-json.json', /^invalid JSON at line 9, column 7: expected ',' or '}'/],
    ['bad-wrong-format.json', /^format: this is a ClauseLens baseline/],
    ['bad-newer-version.json', /^version: .*newer ClauseLens \(notebook version 2\); this version reads up to version 1/],
    ['bad-missing-exact.json', /^documents\[0\]\.highlights\[2\]\.selectors\.quote\.exact: missing/],
    ['bad-wrong-types.json', /^documents\[1\]\.highlights\[0\]\.selectors\.position\.start: must be a whole number of 0 or more, got "6514"$/],
  ])('%s is refused with a specific message', (name, message) => {
    const r = parseNotebookJson(fixture(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  /** The good fixture with one change made to its parsed object. */
  function edited(change: (file: { documents: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
    const file = JSON.parse(fixture('good-export.json'));
    change(file);
    return JSON.stringify(file, null, 2);
  }
  const hl = (file: { documents: Record<string, unknown>[] }, d: number, h: number) => (file.documents[d].highlights as Record<string, unknown>[])[h];

  test.each([
    ['an empty file', () => '  \n', /^the file is empty$/],
    ['a list', () => '[]', /^the file must hold a JSON object, got a list/],
    ['other JSON', () => '{"name": "clauselens", "version": "0.1.0"}', /^format: missing; this is not a ClauseLens notebook export/],
    ['a text version', () => edited((f) => (f.version = '1')), /^version: must be a whole number of 1 or more, got "1"$/],
    ['documents not a list', () => edited((f) => (f.documents = {} as never)), /^documents: must be a list of document objects, got an object$/],
    ['a document without url', () => edited((f) => delete f.documents[1].url), /^documents\[1\]\.url: missing; expected the page address$/],
    ['an unknown docType', () => edited((f) => (f.documents[0].docType = 'contract')), /^documents\[0\]\.docType: must be one of "dpa", "privacy-policy", "other", got "contract"$/],
    ['a bad severity', () => edited((f) => ((f.documents[0].deviations as Record<string, unknown>[])[0].severity = 'urgent')), /^documents\[0\]\.deviations\[0\]\.severity: must be one of/],
    ['an unknown category', () => edited((f) => (hl(f, 0, 1).category = 'indemnity')), /^documents\[0\]\.highlights\[1\]\.category: must be null or a category id/],
    ['a number as note', () => edited((f) => (hl(f, 1, 0).note = 42)), /^documents\[1\]\.highlights\[0\]\.note: must be text \(may be empty\), got 42$/],
    ['a bad origin', () => edited((f) => (hl(f, 0, 0).origin = 'paste')), /^documents\[0\]\.highlights\[0\]\.origin: must be one of "clause", "selection", got "paste"$/],
    ['a bad date', () => edited((f) => (hl(f, 0, 0).savedAt = 'yesterday')), /^documents\[0\]\.highlights\[0\]\.savedAt: must be a date and time/],
    ['an id with spaces', () => edited((f) => (hl(f, 0, 0).id = 'my id')), /^documents\[0\]\.highlights\[0\]\.id: may hold only letters/],
    ['a reversed position', () => edited((f) => ((hl(f, 0, 0).selectors as Selectors).position.end = 1)), /^documents\[0\]\.highlights\[0\]\.selectors\.position\.end: must be greater than start/],
    ['a wrong selector type', () => edited((f) => ((hl(f, 0, 0).selectors as Selectors).quote.type = 'TextPosition' as never)), /selectors\.quote\.type: must be one of "TextQuoteSelector"/],
    ['a quote over the limit', () => edited((f) => ((hl(f, 0, 0).selectors as Selectors).quote.exact = 'q'.repeat(MAX_QUOTE_CHARS + 1))), /selectors\.quote\.exact: must be at most 20,000 characters, got 20,001$/],
    ['a stated date that is no day', () => edited((f) => (f.documents[0].stated = '2025-02-30')), /^documents\[0\]\.stated: must be a date as YYYY-MM-DD, got "2025-02-30"$/],
    ['a vendor that is not text', () => edited((f) => (f.documents[0].vendor = ['Acme'])), /^documents\[0\]\.vendor: must be the vendor's name, got a list/],
    ['a clause name that is not text', () => edited((f) => (hl(f, 0, 0).clauseRef = 7)), /^documents\[0\]\.highlights\[0\]\.clauseRef: must be text \(the clause's number or heading\), got 7$/],
    ['several problems', () => edited((f) => { delete f.documents[0].title; delete f.documents[1].title; }), /^documents\[0\]\.title: missing; expected text \(and 1 more problem\)$/],
  ])('refuses %s', (_what, text, message) => {
    const r = parseNotebookJson(text());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test('a file over 20 MB is refused before parsing', () => {
    const r = parseNotebookJson(`{"format":"clauselens-notebook","version":1,"documents":[],"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`);
    expect(r).toEqual({ ok: false, error: 'the file is too large to import (over 20 MB)' });
    // Multi-byte text counts in UTF-8 bytes, as the file on disk does.
    const r2 = parseNotebookJson(`{"pad":"${'ö'.repeat(MAX_IMPORT_BYTES / 2 + 10)}"}`);
    expect(r2.ok === false && r2.error).toMatch(/too large/);
  });

  test('an over-long note is cut with a warning; a byte-order mark is ignored', () => {
    const text = edited((f) => (hl(f, 0, 0).note = 'n'.repeat(MAX_NOTE_CHARS + 5)));
    const r = ok(`\uFEFF${text}`);
    expect(r.notebook.documents[0].highlights[0].note).toHaveLength(MAX_NOTE_CHARS);
    expect(r.warnings).toEqual(['documents[0].highlights[0].note: longer than 10,000 characters; cut to that length']);
  });

  test('a document listed twice in one file is read as one', () => {
    const text = edited((f) => f.documents.push(structuredClone(f.documents[0])));
    expect(ok(text).notebook.documents.map((d) => d.highlights.length)).toEqual([3, 2]);
  });

  test('version 1 is the first: no migrations yet', () => {
    expect(NOTEBOOK_VERSION).toBe(1);
    expect(Object.keys(NOTEBOOK_MIGRATIONS)).toEqual([]);
  });
});

describe('mergeNotebooks', () => {
  const imported = () => ok(fixture('good-export.json')).notebook;

  test('into an empty notebook everything is added; merging again adds nothing', () => {
    const once = mergeNotebooks(EMPTY_NOTEBOOK, imported());
    expect(once).toMatchObject({ added: 5, updated: 0, unchanged: 0, documents: 2 });
    const twice = mergeNotebooks(once.notebook, imported());
    expect(twice).toMatchObject({ added: 0, updated: 0, unchanged: 5, documents: 2 });
    expect(twice.notebook).toEqual(once.notebook);
  });

  test('merging a notebook with itself changes nothing, and the inputs stay as they were', () => {
    const nb = sample();
    const r = mergeNotebooks(nb, nb);
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 5, documents: 3 });
    expect(r.notebook).toEqual(nb);
  });

  test("a newer note or category in the import wins; an older one does not", () => {
    const nb = sample();
    const theirs = updateHighlight(updateHighlight(nb, 'h1', { note: 'Legal agrees' }, at(40)), 'h3', { category: 'sharing' }, at(41));
    const r = mergeNotebooks(nb, theirs);
    expect(r).toMatchObject({ added: 0, updated: 2, unchanged: 3 });
    expect(highlightsFor(r.notebook, FROSTMOLN_URL)[0]).toMatchObject({ id: 'h1', note: 'Legal agrees', updatedAt: at(40).toISOString() });
    expect(highlightsFor(r.notebook, INFRASEC_URL)[0].category).toBe('sharing');
    const back = mergeNotebooks(r.notebook, nb);
    expect(back).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(highlightsFor(back.notebook, FROSTMOLN_URL)[0].note).toBe('Legal agrees');
  });

  test('the same quote at the same position under another id is not duplicated', () => {
    const nb = sample();
    const other = addHighlight(EMPTY_NOTEBOOK, frostmoln, clause(FROSTMOLN, QUOTES.breach, null, '', 'x1'), at(0)).notebook;
    const r = mergeNotebooks(nb, other);
    expect(r).toMatchObject({ added: 0, unchanged: 1 });
    expect(ids(r.notebook.documents)).toEqual(ids(nb.documents));
  });

  test('new highlights and documents are added; an id used by another document gets a derived one', () => {
    const nb = sample();
    let theirs = addHighlight(EMPTY_NOTEBOOK, frostmoln, clause(FROSTMOLN, 'Audits may be conducted by the Controller', 'audit', '', 'h9'), at(45)).notebook;
    theirs = addHighlight(theirs, snapshotOf('https://other.example/dpa', 'Other DPA', null), clause(INFRASEC, QUOTES.cookies, 'cookies-tracking', '', 'h1'), at(46)).notebook;
    const r = mergeNotebooks(nb, theirs);
    expect(r).toMatchObject({ added: 2, updated: 0, unchanged: 0, documents: 2 });
    expect(ids(r.notebook.documents)).toEqual(['h1', 'h2', 'h5', 'h9', 'h3', 'h4', 'h1-2']);
    expect(r.notebook.documents[0].updatedAt).toBe(at(45).toISOString());
  });

  test('many documents sharing one highlight id (issue 17, item 6): each gets the next free derived id, none is lost', () => {
    let theirs: Notebook = { documents: [] };
    for (let d = 0; d < 300; d++) {
      theirs = { documents: [...theirs.documents, ...addHighlight(EMPTY_NOTEBOOK, snapshotOf(`https://v${d}.example/dpa`, `V${d}`, null), clause(FROSTMOLN, QUOTES.breach, null, '', 'hsame'), at(d % 59)).notebook.documents] };
    }
    // A literal "hsame-3" later in the import, after a derived "hsame-3" was given: it gets one of its own.
    theirs.documents[5].highlights[0] = { ...theirs.documents[5].highlights[0], id: 'hsame-3' };
    const r = mergeNotebooks(EMPTY_NOTEBOOK, theirs);
    expect(r).toMatchObject({ added: 300, documents: 300 });
    const all = r.notebook.documents.flatMap((d) => d.highlights.map((h) => h.id));
    expect(new Set(all).size).toBe(300);
    expect(all.slice(0, 7)).toEqual(['hsame', 'hsame-2', 'hsame-3', 'hsame-4', 'hsame-5', 'hsame-3-2', 'hsame-6']);
    // Importing the result again finds every highlight by its id: nothing is added twice.
    expect(mergeNotebooks(r.notebook, r.notebook)).toMatchObject({ added: 0, unchanged: 300 });
  });
});

describe('exportMarkdown', () => {
  const md = exportMarkdown(sample(), at(59));

  test('a memo with the export date, one section per document (newest first), terms, deviations and quotes', () => {
    expect(md.startsWith('# ClauseLens review notes\n\nExported 2025-03-03 09:59 UTC · 3 documents · 5 highlights\n')).toBe(true);
    expect(md.match(/^## .*$/gm)).toEqual(['## Frostmoln DPA', '## InfraCom DPA', '## Integritetspolicy – Infrasec']);
    // The vendor the document names and the date it states tell apart documents with the same title.
    expect(md).toContain(
      '- **Vendor:** Svenska Moln\n- **Address:** https://frostmoln.example/legal/dpa\n- **Type:** Data processing agreement\n' +
        '- **Last updated:** 2026-03-18 (as the document states)\n- **Saved:** 2025-03-03 09:00 UTC, last updated 2025-03-03 09:04 UTC',
    );
    // A document whose report said nothing of either has neither line.
    expect(md.slice(md.indexOf('## InfraCom DPA'))).not.toMatch(/Vendor:|as the document states/);
    expect(md).toContain(`- **Baseline:** ${frostmolnReport.baseline}`);
    expect(md).toContain('- **Breach notice:** 24 hours (without undue delay)');
    expect(md).toContain(`### Deviations (${frostmolnReport.deviations.length})`);
    expect(md).toContain('- **Type:** Not a DPA or privacy policy');
    expect(md).toContain(`> The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.\n\n*Breach notification* · Clause 8 · Personal Data Breach Notification · tagged clause · saved 2025-03-03 09:00 UTC\\\n**Note:** 24 h is inside our 48 h limit.`);
    // A highlight saved without a clause name (older saves, an unread page) says what it is, nothing more.
    expect(md).toContain('*Retention & deletion* · own selection · saved 2025-03-03 09:02 UTC');
    expect(md).toContain('*Uncategorised* · tagged clause');
    // Reading order inside a document: breach (section 8) after sub-processors (section 5).
    expect(md.indexOf('at least 30 days before adding')).toBeLessThan(md.indexOf('within 24 hours, after becoming aware'));
    expect(md.endsWith('\n')).toBe(true);
  });

  test('page text and notes cannot inject links, HTML or block markup', () => {
    const hostile = 'Click [here](javascript:alert(1)) <script>alert(1)</script> ![x](https://t.example/p.png) *bold* `code` | a | &lt;';
    const page = `${hostile}\n\n${QUOTES.cookies}`;
    const snap = { ...snapshotOf('https://evil.example/p', '# [Policy](https://evil.example) <img src=x onerror=alert(1)>', null), terms: [{ label: 'Note', value: '<b>x</b>' }] };
    const nb = addHighlight(EMPTY_NOTEBOOK, snap, { selectors: describeSpan(page, 0, hostile.length), category: null, note: '- [ ] task\n# heading\n1. item\n> quote\n<iframe>', origin: 'selection' }, at(0)).notebook;
    const out = exportMarkdown(nb, at(1));
    expect(out).not.toMatch(/(?<!\\)\]\(/);
    expect(out).not.toMatch(/(?<!\\)</);
    expect(out).not.toMatch(/(?<!\\)(\*bold|`code|\| a)/);
    // Bare addresses in page text go into code spans, where no renderer autolinks them (issue 17, item 8).
    expect(out).toContain('> Click \\[here\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\> !\\[x\\](`https://t.example/p.png)` \\*bold\\* \\`code\\` \\| a \\| \\&lt;');
    expect(out).toContain('## \\# \\[Policy\\](`https://evil.example)` \\<img src=x onerror=alert(1)\\>');
    expect(out.replace(/`[^`]*`/g, '').replace(/^- \*\*Address:\*\* .*$/m, '')).not.toMatch(/https?:\/\/|www\./);
    expect(out).toContain('**Note:** \\- \\[ \\] task\\\n\\# heading\\\n1\\. item\\\n\\> quote\\\n\\<iframe\\>');
    expect(out).toContain('- **Note:** \\<b\\>x\\</b\\>');
  });

  test('an empty notebook says so', () => {
    expect(exportMarkdown(EMPTY_NOTEBOOK, at(0))).toBe('# ClauseLens review notes\n\nExported 2025-03-03 09:00 UTC · 0 documents · 0 highlights\n\nNo saved highlights.\n');
  });
});

describe('exportCsv', () => {
  // Every cell is quoted (issue 17, item 9): a spreadsheet splitting on another separator cannot cut a cell open.
  const q = (...cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const HEADER = q('Document', 'Vendor', 'URL', 'Document type', 'Clause', 'Category', 'Quote', 'Note', 'Saved at');

  test('one row per highlight with labels, CRLF line ends', () => {
    const csv = exportCsv(sample());
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(HEADER);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toBe('');
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(rows[1]).toBe(q('Frostmoln DPA', 'Svenska Moln', 'https://frostmoln.example/legal/dpa', 'Data processing agreement', 'Clause 5 · Sub-processors', 'Sub-processors', QUOTES.subprocessors, '', '2025-03-03T09:01:00.000Z'));
    expect(rows[4]).toBe(q('InfraCom DPA', '', 'https://infracom.example/dpa.pdf', 'Not a DPA or privacy policy', '', '', QUOTES.goteborg, '', '2025-03-03T09:03:00.000Z'));
  });

  test.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1 555 0100', `"'+1 555 0100"`],
    ['-5 days', `"'-5 days"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\tindented', `"'\tindented"`],
    ['\rcarriage', `"'\rcarriage"`],
    ['  =1+1', `"'  =1+1"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
    ["x;=cmd|' /C calc'!A0;y", `"x;'=cmd|' /C calc'!A0;y"`],
    ['a; -5 days', `"a; '-5 days"`],
    ['line one\n@line two', `"line one\n'@line two"`],
    ['line one\nline two', '"line one\nline two"'],
    ['plain, with comma', '"plain, with comma"'],
    ['a 5-day window', '"a 5-day window"'],
  ])('a note %j is written as %j', (note, cell) => {
    // Built directly: notes saved through the editor are trimmed, but imported or stored ones may start with a tab.
    const saved = addHighlight(EMPTY_NOTEBOOK, infrasec, clause(INFRASEC, QUOTES.cookies, null), at(0)).notebook.documents[0];
    const nb: Notebook = { documents: [{ ...saved, highlights: [{ ...saved.highlights[0], note }] }] };
    const row = exportCsv(nb).slice(`${HEADER}\r\n`.length);
    expect(row).toBe(`${q('Integritetspolicy – Infrasec', '', 'https://www.infrasec.se/privacy-policy', 'Not a DPA or privacy policy', '', '', QUOTES.cookies)},${cell},"2025-03-03T09:00:00.000Z"\r\n`);
  });

  test('split on ";" or tab instead of ",", as other locales do, no piece starts a formula', () => {
    const hostile = ["=1+1", "a;=cmd|' /C calc'!A0;b", 'x\t+1', 'y; @SUM(A1)', 'z;\u00a0-2', 'ok'];
    const saved = addHighlight(EMPTY_NOTEBOOK, infrasec, clause(INFRASEC, QUOTES.cookies, null), at(0)).notebook.documents[0];
    const nb: Notebook = { documents: [{ ...saved, title: hostile.join(' '), highlights: hostile.map((note, i) => ({ ...saved.highlights[0], id: `h${i}`, note })) }] };
    const csv = exportCsv(nb);
    for (const separator of [';', '\t', ',']) {
      for (const piece of csv.split(/\r\n/).flatMap((row) => row.split(separator))) {
        expect(piece.replace(/^[\s"\u00a0]*/, ''), `${JSON.stringify(separator)}: ${piece}`).not.toMatch(/^[=+\-@]/);
      }
    }
  });
});

describe('normalizeNotebook', () => {
  const stored = () => JSON.parse(JSON.stringify(sample()));

  test.each([undefined, null])('nothing stored (%j) is an empty notebook, nothing set aside', (raw) => {
    expect(normalizeNotebook(raw)).toEqual({ notebook: { documents: [] }, setAside: [] });
  });

  test.each([
    ['a string', 'corrupted', /must be an object with a documents list, got "corrupted"/],
    ['a number', 42, /got 42/],
    ['a list', [], /got a list/],
    ['documents not a list', { documents: 'x' }, /^documents: must be a list, got "x"$/],
  ])('%s is set aside whole', (_what, raw, reason) => {
    const r = normalizeNotebook(raw);
    expect(r.notebook).toEqual({ documents: [] });
    expect(r.setAside).toHaveLength(1);
    expect(r.setAside[0].value).toBe(raw);
    expect(r.setAside[0].reason).toMatch(reason);
  });

  test('a valid stored notebook comes back unchanged', () => {
    expect(normalizeNotebook(stored())).toEqual({ notebook: sample(), setAside: [] });
  });

  test('one bad highlight is set aside with its reason; the rest of its document is kept', () => {
    const raw = stored();
    const bad = raw.documents[0].highlights[1];
    delete bad.selectors.quote.exact;
    const r = normalizeNotebook(raw);
    expect(ids(r.notebook.documents)).toEqual(['h1', 'h5', 'h3', 'h4']);
    expect(r.setAside).toEqual([{ value: bad, reason: 'documents[0].highlights[1].selectors.quote.exact: missing; expected the quoted text' }]);
  });

  test('a document with a damaged snapshot keeps its highlights; one without a url is set aside', () => {
    const raw = stored();
    raw.documents[0].terms = 'garbage';
    delete raw.documents[1].url;
    raw.documents.push(null);
    const r = normalizeNotebook(raw);
    expect(ids(r.notebook.documents)).toEqual(['h1', 'h2', 'h5', 'h4']);
    expect(r.notebook.documents[0].terms).toEqual([]);
    expect(r.notebook.documents[0].title).toBe('Frostmoln DPA');
    expect(r.setAside.map((s) => s.reason)).toEqual([
      'document details replaced: documents[0].terms: must be a list of {label, value} objects, got "garbage"',
      'documents[1].url: missing; expected the page address',
      'documents[3]: must be a document object, got null',
    ]);
    expect(r.setAside[1].value).toBe(raw.documents[1]);
  });

  test('never throws, even on a value whose fields throw when read', () => {
    const trap = { get documents(): unknown { throw new Error('boom'); } };
    const r = normalizeNotebook(trap);
    expect(r.notebook).toEqual({ documents: [] });
    expect(r.setAside[0].reason).toMatch(/boom/);
  });
});
