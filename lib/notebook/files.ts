/** Reading notebook files and storage: every problem named by its JSON path. */
import { selectorsError, type Selectors, type TextPositionSelector, type TextQuoteSelector } from './anchor';
import { isObject, readJsonText, shown } from '../engine/jsontext';
import { CATEGORIES, type Category } from '../engine/report';
import { mergeNotebooks } from './merge';
import { addressProblem, documentKey } from './pagekey';
import {
  cut,
  DOC_TYPES,
  ID_PATTERN,
  isCategory,
  MAX_CLAUSE_REF_CHARS,
  MAX_ID_CHARS,
  MAX_IMPORT_BYTES,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_VENDOR_CHARS,
  NOTEBOOK_FORMAT,
  NOTEBOOK_MIGRATIONS,
  NOTEBOOK_VERSION,
  ORIGINS,
  SEVERITY_IDS,
  type DocumentSnapshot,
  type Notebook,
  type SavedDocument,
  type SavedHighlight,
} from './shapes';

export interface Issue {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;


export const formatIssue = (i: Issue) => (i.path ? `${i.path}: ${i.message}` : i.message);
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

/** The date a document states (YYYY-MM-DD, a real calendar day). */
function readStatedDate(o: Json, path: string, c: Check): string | undefined {
  const v = readText(o, 'stated', path, c, 'a date as YYYY-MM-DD');
  if (v === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  const ok = Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === v;
  return ok ? v : c.fail(join(path, 'stated'), `must be a date as YYYY-MM-DD, got ${shown(v)}`);
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
export function selectorsProblem(value: unknown, limit: number): Issue | null {
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
  const clauseRef = h.clauseRef === undefined ? undefined : readText(h, 'clauseRef', path, c, 'text (the clause\'s number or heading)', { max: MAX_CLAUSE_REF_CHARS });
  const savedAt = readTime(h, 'savedAt', path, c);
  const updatedAt = readTime(h, 'updatedAt', path, c);
  if (c.errors.length > before) return undefined;
  return {
    id: id!, selectors: selectors!, category: category as Category | null, note: note!, origin: origin!,
    ...(clauseRef?.trim() ? { clauseRef: clauseRef.trim() } : {}), savedAt: savedAt!, updatedAt: updatedAt!,
  };
}

/** A list of `what` objects under `key`, each read by `one`; undefined (errors recorded) when any item is wrong. */
function readRecords<T>(o: Json, key: string, path: string, c: Check, what: string, one: (obj: Json, p: string) => T): T[] | undefined {
  const list = readList(o, key, path, c, `${what} objects`);
  if (!list) return undefined;
  const before = c.errors.length;
  const records = list.map((item, i) => {
    const p = join(join(path, key), i);
    const obj = readObject(item, p, c, `a ${what} object`);
    return obj ? one(obj, p) : null;
  });
  return c.errors.length > before ? undefined : (records as T[]);
}

const readTerms = (o: Json, path: string, c: Check): DocumentSnapshot['terms'] | undefined =>
  readRecords(o, 'terms', path, c, '{label, value}', (obj, p) => ({ label: readText(obj, 'label', p, c, 'text')!, value: readText(obj, 'value', p, c, 'text')! }));

const readDeviations = (o: Json, path: string, c: Check): DocumentSnapshot['deviations'] | undefined =>
  readRecords(o, 'deviations', path, c, '{rule, severity, text}', (obj, p) => ({
    rule: readText(obj, 'rule', p, c, 'a rule id')!,
    severity: readChoice(obj, 'severity', p, c, SEVERITY_IDS)!,
    text: readText(obj, 'text', p, c, 'text')!,
  }));

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
    vendor: d.vendor === undefined ? undefined : readText(d, 'vendor', path, c, 'the vendor\'s name', { max: MAX_VENDOR_CHARS }),
    stated: d.stated === undefined ? undefined : readStatedDate(d, path, c),
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
    ...(fields.vendor?.trim() ? { vendor: fields.vendor.trim() } : {}),
    ...(fields.stated ? { stated: fields.stated } : {}),
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
