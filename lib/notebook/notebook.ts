/**
 * The saved-highlights notebook: clauses and selections a reviewer keeps from vendor DPAs and
 * privacy policies, with notes, filed by page. Every edit is a pure function (notebook in,
 * notebook out); storage is declared in lib/extension/notebook-store.ts, because this layer never touches `browser`.
 * Files: JSON export/import (validated like a baseline file), a Markdown memo and a CSV sheet.
 */
import { selectorsError, type Selectors, type TextPositionSelector, type TextQuoteSelector } from './anchor';
import { isObject, readJsonText, shown } from '../engine/jsontext';
import { readingProblem } from '../report/reading';
import { categoryLabel, deviationLines, docTypeLabel, reportBaselineName, severityLabel, termLines } from '../report/format';
import { EN, type I18n } from '../report/i18n';
import { addressMarkdown, inlineMarkdown, noteMarkdown } from '../report/markdown';
import { addressProblem, documentKey } from './pagekey';
import { CATEGORIES, type Category, type DocType, type Report, type Severity } from '../engine/report';

// Kept in its own module so a content script can file pages without loading the notebook; re-exported as part of this API.
export { documentKey };

// ---------------------------------------------------------------------------------------
// Shapes

/** Version of the stored notebook and of exported files (WXT's storage item records it too). */
export const NOTEBOOK_VERSION = 1;
/** Marker written into exported files, so a baseline or an unrelated JSON file is recognised. */
export const NOTEBOOK_FORMAT = 'clauselens-notebook';

/** Import files larger than this are refused before parsing (a notebook of 1,000 long clauses is ~5 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Longer notes are cut to this length, on save and on import. */
export const MAX_NOTE_CHARS = 10_000;
/** A saved quote longer than this is cut on save and refused on import. */
export const MAX_QUOTE_CHARS = 20_000;
const MAX_ID_CHARS = 64;

export interface SavedHighlight {
  /** Stable across export/import; made by newId(). */
  id: string;
  selectors: Selectors;
  /** Suggested by the engine, editable by the user. */
  category: Category | null;
  note: string;
  origin: 'clause' | 'selection';
  /** ISO 8601. */
  savedAt: string;
  updatedAt: string;
}

/** What the document looked like when it was last saved to. */
export interface DocumentSnapshot {
  url: string;
  title: string;
  docType: DocType;
  /** Name of the baseline the deviations were computed against. */
  baseline: string;
  terms: { label: string; value: string }[];
  deviations: { rule: string; severity: Severity; text: string }[];
  /** Why the document was not judged against the baseline (another language, too little read), when it was not. */
  notice?: string;
}

export interface SavedDocument extends DocumentSnapshot {
  /** documentKey(url): the page's highlights are filed under it. */
  key: string;
  savedAt: string;
  updatedAt: string;
  highlights: SavedHighlight[];
}

export interface Notebook {
  documents: SavedDocument[];
}

export const EMPTY_NOTEBOOK: Notebook = Object.freeze({ documents: Object.freeze([]) as unknown as SavedDocument[] });

const ORIGINS = ['clause', 'selection'] as const;
const DOC_TYPES: readonly DocType[] = ['dpa', 'privacy-policy', 'other'];
const SEVERITY_IDS: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * WXT runs `NOTEBOOK_MIGRATIONS[v]` on a stored value of version v-1 when NOTEBOOK_VERSION is
 * raised to v (storage.defineItem's `migrations`); parseNotebookJson runs the same steps on the
 * `{ documents }` of an older export file, so one table upgrades both. Version 1 is the first.
 */
export const NOTEBOOK_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // 2: (v1) => ({ ...(v1 as object), documents: ... }),
};

// ---------------------------------------------------------------------------------------
// Ids, keys, snapshots

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** A fresh highlight id: "h" and 20 base-36 digits (~103 bits), safe in DOM ids and CSS selectors. */
export function newId(random: () => number = Math.random): string {
  let id = 'h';
  for (let i = 0; i < 20; i++) id += ID_ALPHABET[Math.min(35, Math.max(0, Math.floor(random() * 36)))];
  return id;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A snapshot of a page's report (report may be null for a page that was not recognised: docType 'other', no terms). */
/** The snapshot's terms and deviations are worded in the reader's language at the time of saving (`i18n`). */
export function snapshotOf(url: string, title: string, report: Report | null, i18n: I18n = EN): DocumentSnapshot {
  const address = url.trim();
  return {
    url: address,
    title: oneLine(title) || oneLine(report?.title ?? '') || documentKey(address),
    docType: report?.docType ?? 'other',
    baseline: report ? reportBaselineName(report, i18n) : '',
    terms: report ? termLines(report, i18n).map((l) => ({ label: l.label, value: l.value })) : [],
    deviations: report ? deviationLines(report, i18n).map((d) => ({ rule: d.rule, severity: d.severity, text: `${d.title}: ${d.summary}` })) : [],
    ...noticeOf(report),
  };
}

function noticeOf(report: Report | null): { notice?: string } {
  const problem = report ? readingProblem(report) : null;
  return problem && problem.kind !== 'not-a-document' ? { notice: problem.title } : {};
}

// ---------------------------------------------------------------------------------------
// Edits (pure: the notebook passed in is never changed)

/** `s` cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

function cleanNote(note: string): string {
  return cut(note.trim(), MAX_NOTE_CHARS);
}

const isCategory = (v: unknown): v is Category => typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

const sameSpot = (a: Selectors, b: Selectors) =>
  a.quote.exact === b.quote.exact && a.position.start === b.position.start && a.position.end === b.position.end;

/** Selectors as stored: a quote over the limit keeps its first MAX_QUOTE_CHARS characters, which still anchor. */
function storedSelectors(s: Selectors): Selectors {
  const problem = selectorsProblem(s, Infinity);
  if (problem) throw new RangeError(`Cannot save this highlight: ${formatIssue(problem)}`);
  if (s.quote.exact.length <= MAX_QUOTE_CHARS) {
    return { quote: { ...s.quote, type: 'TextQuoteSelector' }, position: { ...s.position, type: 'TextPositionSelector' } };
  }
  const exact = cut(s.quote.exact, MAX_QUOTE_CHARS);
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: cut(s.quote.prefix, MAX_QUOTE_CHARS), suffix: '' },
    position: { type: 'TextPositionSelector', start: s.position.start, end: s.position.start + exact.length },
  };
}

function allIds(nb: Notebook): Set<string> {
  return new Set(nb.documents.flatMap((d) => d.highlights.map((h) => h.id)));
}

function replaceDocument(nb: Notebook, index: number, doc: SavedDocument | null): Notebook {
  const documents = nb.documents.slice();
  if (doc) documents[index] = doc;
  else documents.splice(index, 1);
  return { ...nb, documents };
}

/**
 * Adds a highlight (a new document if needed; the snapshot refreshes the document's title/terms/deviations).
 * Saving the same quote at the same position again (or the same id) updates instead of duplicating:
 * the selectors are refreshed, a non-empty note replaces the old one, and a category the user chose is kept.
 * Throws a RangeError only for selectors no page could anchor (empty quote, negative or reversed positions).
 */
export function addHighlight(
  nb: Notebook,
  snapshot: DocumentSnapshot,
  h: Omit<SavedHighlight, 'savedAt' | 'updatedAt' | 'id'> & { id?: string },
  now: Date,
): { notebook: Notebook; highlight: SavedHighlight; added: boolean } {
  const stamp = now.toISOString();
  const key = documentKey(snapshot.url);
  const selectors = storedSelectors(h.selectors);
  const note = cleanNote(h.note);
  const category = isCategory(h.category) ? h.category : null;
  const index = nb.documents.findIndex((d) => d.key === key);
  const existing = index >= 0 ? nb.documents[index] : null;
  const base: SavedDocument = {
    ...snapshotFields(snapshot),
    url: snapshot.url.trim(),
    key,
    savedAt: existing?.savedAt ?? stamp,
    updatedAt: stamp,
    highlights: existing?.highlights ?? [],
  };

  const at = base.highlights.findIndex((x) => (h.id !== undefined && x.id === h.id) || sameSpot(x.selectors, selectors));
  if (at >= 0) {
    const old = base.highlights[at];
    const next: SavedHighlight = {
      ...old,
      selectors,
      note: note || old.note,
      category: old.category ?? category,
      origin: h.origin,
    };
    const changed = JSON.stringify(next) !== JSON.stringify(old);
    const highlight = changed ? { ...next, updatedAt: stamp } : old;
    const highlights = base.highlights.slice();
    highlights[at] = highlight;
    return { notebook: replaceDocument(nb, index, { ...base, highlights }), highlight, added: false };
  }

  const taken = allIds(nb);
  const id = h.id !== undefined && ID_PATTERN.test(h.id) && h.id.length <= MAX_ID_CHARS && !taken.has(h.id) ? h.id : freshId(taken);
  const highlight: SavedHighlight = { id, selectors, category, note, origin: h.origin, savedAt: stamp, updatedAt: stamp };
  const doc = { ...base, highlights: [...base.highlights, highlight] };
  const notebook = existing ? replaceDocument(nb, index, doc) : { ...nb, documents: [...nb.documents, doc] };
  return { notebook, highlight, added: true };
}

function freshId(taken: Set<string>): string {
  for (;;) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
}

function snapshotFields(s: DocumentSnapshot): DocumentSnapshot {
  return {
    url: s.url,
    title: s.title,
    docType: s.docType,
    baseline: s.baseline,
    terms: s.terms.map((t) => ({ label: t.label, value: t.value })),
    deviations: s.deviations.map((d) => ({ rule: d.rule, severity: d.severity, text: d.text })),
    ...(s.notice ? { notice: s.notice } : {}),
  };
}

function locate(nb: Notebook, id: string): { doc: number; at: number } | null {
  for (let doc = 0; doc < nb.documents.length; doc++) {
    const at = nb.documents[doc].highlights.findIndex((h) => h.id === id);
    if (at >= 0) return { doc, at };
  }
  return null;
}

/** Changes a highlight's note or category; the same notebook comes back when nothing changed or the id is gone. */
export function updateHighlight(nb: Notebook, id: string, patch: { note?: string; category?: Category | null }, now: Date): Notebook {
  const found = locate(nb, id);
  if (!found) return nb;
  const doc = nb.documents[found.doc];
  const old = doc.highlights[found.at];
  const note = patch.note !== undefined ? cleanNote(patch.note) : old.note;
  const category = patch.category === undefined || (patch.category !== null && !isCategory(patch.category)) ? old.category : patch.category;
  if (note === old.note && category === old.category) return nb;
  const stamp = now.toISOString();
  const highlights = doc.highlights.slice();
  highlights[found.at] = { ...old, note, category, updatedAt: stamp };
  return replaceDocument(nb, found.doc, { ...doc, highlights, updatedAt: stamp });
}

/** Removes a highlight; drops its document when it becomes empty. */
export function removeHighlight(nb: Notebook, id: string): Notebook {
  const found = locate(nb, id);
  if (!found) return nb;
  const doc = nb.documents[found.doc];
  const highlights = doc.highlights.filter((h) => h.id !== id);
  return replaceDocument(nb, found.doc, highlights.length ? { ...doc, highlights } : null);
}

export function removeDocument(nb: Notebook, key: string): Notebook {
  const wanted = documentKey(key);
  const documents = nb.documents.filter((d) => d.key !== wanted);
  return documents.length === nb.documents.length ? nb : { ...nb, documents };
}

/** The highlights to re-anchor on a page, in the order they were saved. */
export function highlightsFor(nb: Notebook, url: string): SavedHighlight[] {
  const key = documentKey(url);
  return nb.documents.find((d) => d.key === key)?.highlights ?? [];
}

// ---------------------------------------------------------------------------------------
// The side panel's view

/** Folds case, accents, ligatures (PDF text) and typographic quotes, so "Behorde" finds "Behörde". */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ');
}

const byNewest = (a: SavedDocument, b: SavedDocument) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title) || a.key.localeCompare(b.key);

const byReadingOrder = (a: SavedHighlight, b: SavedHighlight) =>
  a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end || a.id.localeCompare(b.id);

/**
 * Side-panel view: documents newest first (by updatedAt), highlights newest first (by savedAt, so
 * editing a note does not reorder the list), filtered by a case/diacritic-insensitive query over
 * quotes, notes, titles and URLs (every word must occur), by category ('none': uncategorised)
 * and by document key. Documents left without highlights are omitted.
 */
export function filterNotebook(
  nb: Notebook,
  filter: { query?: string; category?: Category | 'none' | null; key?: string | null },
): SavedDocument[] {
  const words = fold(filter.query ?? '').split(' ').filter(Boolean);
  const key = filter.key ? documentKey(filter.key) : null;
  const category = filter.category ?? null;
  const out: SavedDocument[] = [];
  for (const doc of nb.documents) {
    if (key !== null && doc.key !== key) continue;
    const docText = fold(`${doc.title} ${doc.url}`);
    const highlights = doc.highlights.filter((h) => {
      if (category === 'none' ? h.category !== null : category !== null && h.category !== category) return false;
      if (!words.length) return true;
      const text = `${docText} ${fold(h.selectors.quote.exact)} ${fold(h.note)}`;
      return words.every((w) => text.includes(w));
    });
    if (highlights.length) {
      highlights.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || byReadingOrder(a, b));
      out.push({ ...doc, highlights });
    }
  }
  return out.sort(byNewest);
}

// ---------------------------------------------------------------------------------------
// Merging

const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);
const spotOf = (s: Selectors) => `${s.position.start}:${s.position.end}:${s.quote.exact}`;

/** One document's highlights during a merge, indexed by id and by spot (first highlight at each spot). */
interface Filing {
  highlights: SavedHighlight[];
  byId: Map<string, number>;
  bySpot: Map<string, number>;
}

function filing(highlights: SavedHighlight[]): Filing {
  const f: Filing = { highlights: highlights.slice(), byId: new Map(), bySpot: new Map() };
  f.highlights.forEach((h, i) => {
    f.byId.set(h.id, i);
    if (!f.bySpot.has(spotOf(h.selectors))) f.bySpot.set(spotOf(h.selectors), i);
  });
  return f;
}

/**
 * Merges an import into the stored notebook without duplicates (same id, or same document key +
 * same quote/position). A matched highlight takes the import's note/category when the import's
 * updatedAt is newer; a matched document takes the import's snapshot when newer. Counts are for the
 * user's message: `documents` is how many documents the import held. Linear in the highlights of both:
 * every lookup is a map, and an id another document uses becomes "id-2", "id-3", ... counting on from the
 * last suffix given for that id.
 */
export function mergeNotebooks(
  current: Notebook,
  incoming: Notebook,
): { notebook: Notebook; added: number; updated: number; unchanged: number; documents: number } {
  const documents = current.documents.slice();
  const index = new Map(documents.map((d, i) => [d.key, i]));
  const owner = new Map<string, string>();
  for (const d of documents) for (const h of d.highlights) owner.set(h.id, d.key);
  const filings = new Map<number, Filing>();
  const nextSuffix = new Map<string, number>();
  const keys = new Set<string>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;

  /** A free id derived from `id`, for an imported highlight whose id another document already uses. */
  const derivedId = (id: string): string => {
    const base = id.slice(0, MAX_ID_CHARS - 6);
    let n = nextSuffix.get(base) ?? 2;
    while (owner.has(`${base}-${n}`)) n++;
    nextSuffix.set(base, n + 1);
    return `${base}-${n}`;
  };

  for (const inc of incoming.documents) {
    const key = documentKey(inc.url);
    keys.add(key);
    let i = index.get(key);
    if (i === undefined) {
      i = documents.push({ ...snapshotFields(inc), key, savedAt: inc.savedAt, updatedAt: inc.updatedAt, highlights: [] }) - 1;
      index.set(key, i);
    } else {
      const cur = documents[i];
      const snapshot = inc.updatedAt > cur.updatedAt ? snapshotFields(inc) : snapshotFields(cur);
      documents[i] = { ...cur, ...snapshot, savedAt: earlier(cur.savedAt, inc.savedAt), updatedAt: later(cur.updatedAt, inc.updatedAt) };
    }
    let f = filings.get(i);
    if (!f) filings.set(i, (f = filing(documents[i].highlights)));
    for (const h of inc.highlights) {
      const byId = owner.get(h.id) === key ? (f.byId.get(h.id) ?? -1) : -1;
      const at = byId >= 0 ? byId : (f.bySpot.get(spotOf(h.selectors)) ?? -1);
      if (at < 0) {
        const id = owner.has(h.id) ? derivedId(h.id) : h.id;
        owner.set(id, key);
        const copy = { ...copyHighlight(h), id };
        f.byId.set(id, f.highlights.length);
        if (!f.bySpot.has(spotOf(copy.selectors))) f.bySpot.set(spotOf(copy.selectors), f.highlights.length);
        f.highlights.push(copy);
        added++;
        continue;
      }
      const old = f.highlights[at];
      if (h.updatedAt > old.updatedAt && (h.note !== old.note || h.category !== old.category)) {
        f.highlights[at] = { ...old, note: h.note, category: h.category, updatedAt: h.updatedAt };
        updated++;
      } else {
        unchanged++;
      }
    }
  }
  for (const [i, f] of filings) documents[i] = { ...documents[i], highlights: f.highlights };
  return { notebook: { ...current, documents: documents.filter((d) => d.highlights.length) }, added, updated, unchanged, documents: keys.size };
}

function copyHighlight(h: SavedHighlight): SavedHighlight {
  return {
    id: h.id,
    selectors: { quote: { ...h.selectors.quote }, position: { ...h.selectors.position } },
    category: h.category,
    note: h.note,
    origin: h.origin,
    savedAt: h.savedAt,
    updatedAt: h.updatedAt,
  };
}

// ---------------------------------------------------------------------------------------
// Reading files and storage: every problem named by its JSON path

interface Issue {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;


const formatIssue = (i: Issue) => (i.path ? `${i.path}: ${i.message}` : i.message);
const thousands = (n: number) => n.toLocaleString('en-US');
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);


/** Collects problems while a value is read; readers return undefined for a field they refused. */
class Check {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }
}

function readText(o: Json, key: string, path: string, c: Check, what: string, opts: { nonEmpty?: boolean; max?: number } = {}): string | undefined {
  const p = join(path, key);
  const v = o[key];
  if (v === undefined) return c.fail(p, `missing; expected ${what}`);
  if (typeof v !== 'string') return c.fail(p, `must be ${what}, got ${shown(v)}`);
  if (opts.nonEmpty && v.trim() === '') return c.fail(p, `must not be empty; expected ${what}`);
  if (opts.max !== undefined && v.length > opts.max) return c.fail(p, `must be at most ${thousands(opts.max)} characters, got ${thousands(v.length)}`);
  return v;
}

function readChoice<T extends string>(o: Json, key: string, path: string, c: Check, allowed: readonly T[]): T | undefined {
  const v = o[key];
  const list = allowed.map((a) => `"${a}"`).join(', ');
  if (v === undefined) return c.fail(join(path, key), `missing; expected one of ${list}`);
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  return c.fail(join(path, key), `must be one of ${list}, got ${shown(v)}`);
}

function readOffset(o: Json, key: string, path: string, c: Check): number | undefined {
  const v = o[key];
  if (v === undefined) return c.fail(join(path, key), 'missing; expected a whole number of 0 or more');
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  return c.fail(join(path, key), `must be a whole number of 0 or more, got ${shown(v)}`);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 time, normalized to UTC milliseconds so times compare as strings. */
function readTime(o: Json, key: string, path: string, c: Check): string | undefined {
  const v = o[key];
  const what = 'a date and time such as "2025-01-31T09:30:00.000Z"';
  if (v === undefined) return c.fail(join(path, key), `missing; expected ${what}`);
  const t = typeof v === 'string' && ISO_TIME.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) return c.fail(join(path, key), `must be ${what}, got ${shown(v)}`);
  return new Date(t).toISOString();
}

function readList(o: Json, key: string, path: string, c: Check, what: string): unknown[] | undefined {
  const v = o[key];
  if (v === undefined) return c.fail(join(path, key), `missing; expected a list of ${what}`);
  if (!Array.isArray(v)) return c.fail(join(path, key), `must be a list of ${what}, got ${shown(v)}`);
  return v;
}

function readObject(v: unknown, path: string, c: Check, what: string): Json | undefined {
  if (v === undefined) return c.fail(path, `missing; expected ${what}`);
  if (!isObject(v)) return c.fail(path, `must be ${what}, got ${shown(v)}`);
  return v;
}

function readSelectors(v: unknown, path: string, c: Check, limit = MAX_QUOTE_CHARS): Selectors | undefined {
  const s = readObject(v, path, c, 'an object with "quote" and "position"');
  if (!s) return undefined;
  const before = c.errors.length;
  const qPath = join(path, 'quote');
  const q = readObject(s.quote, qPath, c, 'a TextQuoteSelector object');
  const quote = q && {
    type: readChoice(q, 'type', qPath, c, ['TextQuoteSelector'] as const),
    exact: readText(q, 'exact', qPath, c, 'the quoted text', { nonEmpty: true, max: limit }),
    prefix: readText(q, 'prefix', qPath, c, 'the text before the quote', { max: limit }),
    suffix: readText(q, 'suffix', qPath, c, 'the text after the quote', { max: limit }),
  };
  const pPath = join(path, 'position');
  const p = readObject(s.position, pPath, c, 'a TextPositionSelector object');
  const position = p && {
    type: readChoice(p, 'type', pPath, c, ['TextPositionSelector'] as const),
    start: readOffset(p, 'start', pPath, c),
    end: readOffset(p, 'end', pPath, c),
  };
  if (position?.start !== undefined && position.end !== undefined && position.end <= position.start) {
    c.fail(join(pPath, 'end'), `must be greater than start (${position.start}), got ${position.end}`);
  }
  if (c.errors.length > before || !quote || !position) return undefined;
  // The anchoring module has the last word on what it can re-anchor; its message names the field.
  const refused = selectorsError(s);
  if (refused) {
    const [field, ...message] = refused.split(': ');
    return c.fail(field === 'selectors' ? path : join(path, field), message.join(': '));
  }
  return { quote: quote as TextQuoteSelector, position: position as TextPositionSelector };
}

/** The first thing wrong with a selectors value, or null: selectorsError's rules, with the JSON path in the message. */
function selectorsProblem(value: unknown, limit: number): Issue | null {
  const c = new Check();
  readSelectors(value, 'selectors', c, limit);
  return c.errors[0] ?? null;
}

function readHighlight(v: unknown, path: string, c: Check): SavedHighlight | undefined {
  const h = readObject(v, path, c, 'a highlight object');
  if (!h) return undefined;
  const before = c.errors.length;
  const id = readText(h, 'id', path, c, `an id of letters, digits, "-" or "_" (at most ${MAX_ID_CHARS})`, { nonEmpty: true, max: MAX_ID_CHARS });
  if (id !== undefined && !ID_PATTERN.test(id)) c.fail(join(path, 'id'), `may hold only letters, digits, "-" and "_", got ${shown(id)}`);
  const selectors = readSelectors(h.selectors, join(path, 'selectors'), c);
  let category: Category | null | undefined = null;
  if (h.category === undefined) c.fail(join(path, 'category'), 'missing; expected a category id or null');
  else if (h.category !== null && !isCategory(h.category)) {
    category = c.fail(join(path, 'category'), `must be null or a category id (${CATEGORIES.join(', ')}), got ${shown(h.category)}`);
  } else category = h.category;
  let note = readText(h, 'note', path, c, 'text (may be empty)');
  if (note !== undefined && note.length > MAX_NOTE_CHARS) {
    c.warnings.push({ path: join(path, 'note'), message: `longer than ${thousands(MAX_NOTE_CHARS)} characters; cut to that length` });
    note = cut(note, MAX_NOTE_CHARS);
  }
  const origin = readChoice(h, 'origin', path, c, ORIGINS);
  const savedAt = readTime(h, 'savedAt', path, c);
  const updatedAt = readTime(h, 'updatedAt', path, c);
  if (c.errors.length > before) return undefined;
  return { id: id!, selectors: selectors!, category: category as Category | null, note: note!, origin: origin!, savedAt: savedAt!, updatedAt: updatedAt! };
}

function readTerms(o: Json, path: string, c: Check): DocumentSnapshot['terms'] | undefined {
  const list = readList(o, 'terms', path, c, '{label, value} objects');
  if (!list) return undefined;
  const before = c.errors.length;
  const terms = list.map((t, i) => {
    const p = join(join(path, 'terms'), i);
    const obj = readObject(t, p, c, 'a {label, value} object');
    return obj ? { label: readText(obj, 'label', p, c, 'text')!, value: readText(obj, 'value', p, c, 'text')! } : null;
  });
  return c.errors.length > before ? undefined : (terms as DocumentSnapshot['terms']);
}

function readDeviations(o: Json, path: string, c: Check): DocumentSnapshot['deviations'] | undefined {
  const list = readList(o, 'deviations', path, c, '{rule, severity, text} objects');
  if (!list) return undefined;
  const before = c.errors.length;
  const deviations = list.map((d, i) => {
    const p = join(join(path, 'deviations'), i);
    const obj = readObject(d, p, c, 'a {rule, severity, text} object');
    return obj ? { rule: readText(obj, 'rule', p, c, 'a rule id')!, severity: readChoice(obj, 'severity', p, c, SEVERITY_IDS)!, text: readText(obj, 'text', p, c, 'text')! } : null;
  });
  return c.errors.length > before ? undefined : (deviations as DocumentSnapshot['deviations']);
}

interface HighlightRead {
  raw: unknown;
  highlight: SavedHighlight | undefined;
  check: Check;
}

/** One document as read: its own fields (undefined where refused, with the problem in `check`) and each highlight on its own. */
interface DocumentRead {
  url: string | undefined;
  fields: Partial<Omit<SavedDocument, 'url' | 'key' | 'highlights'>>;
  check: Check;
  highlights: HighlightRead[] | undefined;
}

function readDocument(v: unknown, path: string): DocumentRead {
  const c = new Check();
  const d = readObject(v, path, c, 'a document object');
  if (!d) return { url: undefined, fields: {}, check: c, highlights: undefined };
  let url = readText(d, 'url', path, c, 'the page address', { nonEmpty: true, max: 8192 });
  // "Show on page" opens this address: only web pages, files and our reader page are accepted.
  const refused = url === undefined ? null : addressProblem(url);
  if (refused) url = c.fail(join(path, 'url'), refused);
  // The key is derived from the url on reading, so a hand-edited or older key cannot mis-file highlights.
  if (d.key !== undefined && typeof d.key !== 'string') c.fail(join(path, 'key'), `must be text, got ${shown(d.key)}`);
  const fields = {
    title: readText(d, 'title', path, c, 'text', { max: 2000 }),
    docType: readChoice(d, 'docType', path, c, DOC_TYPES),
    baseline: readText(d, 'baseline', path, c, 'the baseline name (may be empty)', { max: 2000 }),
    terms: readTerms(d, path, c),
    deviations: readDeviations(d, path, c),
    notice: d.notice === undefined ? undefined : readText(d, 'notice', path, c, 'text', { max: 2000 }),
    savedAt: readTime(d, 'savedAt', path, c),
    updatedAt: readTime(d, 'updatedAt', path, c),
  };
  const list = readList(d, 'highlights', path, c, 'highlight objects');
  const highlights = list?.map((raw, i) => {
    const hc = new Check();
    return { raw, highlight: readHighlight(raw, join(join(path, 'highlights'), i), hc), check: hc };
  });
  return { url: url?.trim(), fields, check: c, highlights };
}

/** A document from checked parts; refused snapshot fields fall back to neutral values, times to its highlights' times. */
function assemble(url: string, fields: DocumentRead['fields'], highlights: SavedHighlight[]): SavedDocument {
  const saved = highlights.map((h) => h.savedAt).sort();
  const updated = highlights.map((h) => h.updatedAt).sort();
  return {
    key: documentKey(url),
    url,
    title: fields.title ?? documentKey(url),
    docType: fields.docType ?? 'other',
    baseline: fields.baseline ?? '',
    terms: fields.terms ?? [],
    deviations: fields.deviations ?? [],
    ...(fields.notice ? { notice: fields.notice } : {}),
    savedAt: fields.savedAt ?? saved[0],
    updatedAt: fields.updatedAt ?? updated[updated.length - 1],
    highlights,
  };
}

/** Two documents with one key, or one id twice, become one entry (the merge rules decide which values win). */
function deduplicate(documents: SavedDocument[]): Notebook {
  return mergeNotebooks({ documents: [] }, { documents }).notebook;
}

export type ImportResult = { ok: true; notebook: Notebook; warnings: string[] } | { ok: false; error: string };

function refuse(issues: Issue[]): ImportResult {
  const more = issues.length - 1;
  return { ok: false, error: formatIssue(issues[0]) + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '') };
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}


/**
 * Parses an exported file: refuses anything malformed with a message naming what is wrong and
 * where (JSON path, and line for syntax errors); a newer version is refused by name. Older
 * versions are upgraded through NOTEBOOK_MIGRATIONS. Warnings say what was accepted with a change.
 */
export function parseNotebookJson(text: string): ImportResult {
  // Cheap length test first: UTF-8 never takes fewer bytes than UTF-16 units.
  if (text.length > MAX_IMPORT_BYTES || (text.length > MAX_IMPORT_BYTES / 3 && utf8Bytes(text) > MAX_IMPORT_BYTES)) {
    return { ok: false, error: `the file is too large to import (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB)` };
  }
  // The byte size was checked above; the character cap here can never be the tighter one.
  const read = readJsonText(text, MAX_IMPORT_BYTES);
  if (!read.ok) return { ok: false, error: read.message };
  const value = read.value;
  if (!isObject(value)) return { ok: false, error: `the file must hold a JSON object, got ${shown(value)}; this is not a ClauseLens notebook` };
  if (value.format !== NOTEBOOK_FORMAT) {
    if (value.format === 'clauselens-baseline') return { ok: false, error: 'format: this is a ClauseLens baseline, not a notebook; import it on the options page' };
    const got = value.format === undefined ? 'missing' : `must be "${NOTEBOOK_FORMAT}", got ${shown(value.format)}`;
    return { ok: false, error: `format: ${got}; this is not a ClauseLens notebook export` };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: ${version === undefined ? 'missing' : `must be a whole number of 1 or more, got ${shown(version)}`}` };
  }
  if (version > NOTEBOOK_VERSION) {
    return {
      ok: false,
      error: `version: this notebook was exported by a newer ClauseLens (notebook version ${version}); this version reads up to version ${NOTEBOOK_VERSION}. Update ClauseLens to import it.`,
    };
  }
  if (value.exportedAt !== undefined) {
    const c = new Check();
    readTime(value, 'exportedAt', '', c);
    if (c.errors.length) return refuse(c.errors);
  }
  let data: unknown = { documents: value.documents };
  for (let v = version + 1; v <= NOTEBOOK_VERSION; v++) {
    const step = NOTEBOOK_MIGRATIONS[v];
    if (!step) return { ok: false, error: `version: no upgrade from notebook version ${v - 1}` };
    data = step(data);
  }
  const c = new Check();
  const list = isObject(data) ? readList(data, 'documents', '', c, 'document objects') : c.fail('', 'the upgraded file is not an object');
  if (!list) return refuse(c.errors);
  const reads = list.map((d, i) => readDocument(d, join('documents', i)));
  const errors = reads.flatMap((r) => [...r.check.errors, ...(r.highlights ?? []).flatMap((h) => h.check.errors)]);
  if (errors.length) return refuse(errors);
  const warnings = reads.flatMap((r) => [...r.check.warnings, ...(r.highlights ?? []).flatMap((h) => h.check.warnings)]).map(formatIssue);
  const documents = reads.filter((r) => r.highlights!.length).map((r) => assemble(r.url!, r.fields, r.highlights!.map((h) => h.highlight!)));
  return { ok: true, notebook: deduplicate(documents), warnings };
}

/**
 * Storage repair (used on read): keeps every valid document/highlight, sets aside what is corrupt
 * with a reason, never throws. A document whose snapshot (title, terms, ...) is damaged keeps its
 * highlights with neutral snapshot values; one without a readable url or highlight list is set aside whole.
 */
export function normalizeNotebook(raw: unknown): { notebook: Notebook; setAside: { value: unknown; reason: string }[] } {
  const setAside: { value: unknown; reason: string }[] = [];
  // Nothing stored yet is not corruption.
  if (raw === undefined || raw === null) return { notebook: { documents: [] }, setAside };
  try {
    if (!isObject(raw) || !Array.isArray(raw.documents)) {
      const why = isObject(raw) ? `documents: must be a list, got ${shown(raw.documents)}` : `a notebook must be an object with a documents list, got ${shown(raw)}`;
      return { notebook: { documents: [] }, setAside: [{ value: raw, reason: why }] };
    }
    const documents: SavedDocument[] = [];
    raw.documents.forEach((value, i) => {
      const r = readDocument(value, join('documents', i));
      const reason = r.check.errors.map(formatIssue).join('; ');
      if (r.url === undefined || r.highlights === undefined) {
        setAside.push({ value, reason });
        return;
      }
      if (reason) setAside.push({ value: { ...(value as Json), highlights: undefined }, reason: `document details replaced: ${reason}` });
      for (const h of r.highlights) if (!h.highlight) setAside.push({ value: h.raw, reason: h.check.errors.map(formatIssue).join('; ') });
      const kept = r.highlights.flatMap((h) => (h.highlight ? [h.highlight] : []));
      if (kept.length) documents.push(assemble(r.url, r.fields, kept));
    });
    return { notebook: deduplicate(documents), setAside };
  } catch (e) {
    return { notebook: { documents: [] }, setAside: [{ value: raw, reason: `unreadable: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

// ---------------------------------------------------------------------------------------
// Writing files

function serializeHighlight(h: SavedHighlight) {
  const { quote, position } = h.selectors;
  return {
    id: h.id,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    category: h.category,
    note: h.note,
    origin: h.origin,
    savedAt: h.savedAt,
    updatedAt: h.updatedAt,
  };
}

/** The export file: {"format":"clauselens-notebook","version":1,"exportedAt":...,"documents":[...]}, stable key order, trailing newline. */
export function exportJson(nb: Notebook, now: Date): string {
  const file = {
    format: NOTEBOOK_FORMAT,
    version: NOTEBOOK_VERSION,
    exportedAt: now.toISOString(),
    documents: nb.documents.map((d) => ({
      key: d.key,
      url: d.url,
      title: d.title,
      docType: d.docType,
      baseline: d.baseline,
      savedAt: d.savedAt,
      updatedAt: d.updatedAt,
      terms: d.terms.map((t) => ({ label: t.label, value: t.value })),
      deviations: d.deviations.map((x) => ({ rule: x.rule, severity: x.severity, text: x.text })),
      highlights: d.highlights.map(serializeHighlight),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "2025-01-31 09:30 UTC": the same in every locale and time zone, so memos diff cleanly. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

// Backslash-escapes what could start markup, a link, HTML, an entity, a table cell, math or an issue reference.
const inline = inlineMarkdown;

/**
 * The review memo: per document title, address, type, date, baseline, key terms, deviations, then
 * quotes (as > blockquotes, in reading order) with category and note. Markdown-escaped so page
 * text cannot inject markup/links. Documents newest first.
 */
export function exportMarkdown(nb: Notebook, now: Date, i18n: I18n = EN): string {
  const t = i18n.t.bind(i18n);
  const docs = nb.documents.slice().sort(byNewest);
  const total = docs.reduce((n, d) => n + d.highlights.length, 0);
  const out = [`# ${t('memo.title')}`, '', t('memo.exported', { date: when(now.toISOString()), documents: t('panel.documents', { n: docs.length }), highlights: t('panel.highlights', { n: total }) }), ''];
  if (!docs.length) out.push(t('memo.empty'), '');
  for (const d of docs) {
    out.push(`## ${inline(d.title) || inline(d.url)}`, '');
    out.push(`- ${t('memo.address', { url: addressMarkdown(d.url) })}`);
    out.push(`- ${t('memo.type', { type: docTypeLabel(d.docType, i18n) })}`);
    out.push(`- ${d.updatedAt !== d.savedAt ? t('memo.savedUpdated', { date: when(d.savedAt), updated: when(d.updatedAt) }) : t('memo.saved', { date: when(d.savedAt) })}`);
    if (d.baseline) out.push(`- ${t('memo.baseline', { baseline: inline(d.baseline) })}`);
    out.push('');
    if (d.terms.length) {
      out.push(`### ${t('memo.keyTerms')}`, '');
      for (const term of d.terms) out.push(`- **${inline(term.label)}:** ${inline(term.value)}`);
      out.push('');
    }
    if (d.docType !== 'other' || d.deviations.length) {
      out.push(`### ${t('memo.deviations', { n: d.deviations.length })}`, '');
      if (!d.deviations.length) out.push(d.notice ? t('memo.notJudged', { notice: inline(d.notice) }) : d.baseline ? t('memo.noDeviations') : t('memo.noneRecorded'));
      for (const x of d.deviations) out.push(`- **${severityLabel(x.severity, i18n)}:** ${inline(x.text)}`);
      out.push('');
    }
    out.push(`### ${t('memo.highlights', { n: d.highlights.length })}`, '');
    for (const h of d.highlights.slice().sort(byReadingOrder)) {
      out.push(`> ${inline(h.selectors.quote.exact)}`, '');
      const label = h.category ? categoryLabel(h.category, i18n) : t('memo.uncategorised');
      const meta = `*${label}* · ${t(h.origin === 'clause' ? 'memo.clause' : 'memo.selection')} · ${t('memo.savedAt', { date: when(h.savedAt) })}`;
      const note = noteMarkdown(h.note);
      out.push(note ? `${meta}\\\n${t('memo.note', { note })}` : meta, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_HEADER = ['csv.document', 'csv.url', 'csv.type', 'csv.category', 'csv.quote', 'csv.note', 'csv.savedAt'] as const;

/** A formula's first character (= + - @, ASCII or full-width) at the cell's start after spaces, or a tab or CR there. */
const FORMULA_AT_START = /^(?:[ \u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;
/**
 * The same after a character that is a field or row separator in some locale (";" where the decimal comma is used,
 * tab, line breaks): a spreadsheet that splits there would start a cell with the formula.
 */
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n][ \u00a0\u3000]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One CSV cell, always quoted (RFC 4180): a formula start is defused with ' at the cell's start and after every
 * character some locale splits on, so no spreadsheet, whatever its separator, reads a formula in page text.
 */
function csvCell(value: string): string {
  const safe = (FORMULA_AT_START.test(value) ? `'${value}` : value).replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * One row per highlight: document title, url, document type, category, quote, note, saved at.
 * Every cell quoted, CRLF; formula starts defused (see csvCell). Documents newest first, highlights in reading order.
 */
export function exportCsv(nb: Notebook, i18n: I18n = EN): string {
  const rows: string[][] = [CSV_HEADER.map((k) => i18n.t(k))];
  for (const d of nb.documents.slice().sort(byNewest)) {
    for (const h of d.highlights.slice().sort(byReadingOrder)) {
      rows.push([d.title, d.url, docTypeLabel(d.docType, i18n), h.category ? categoryLabel(h.category, i18n) : '', h.selectors.quote.exact, h.note, h.savedAt]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
