/**
 * The saved-highlights notebook: clauses and selections a reviewer keeps from vendor DPAs and
 * privacy policies, with notes, filed by page. Every edit is a pure function (notebook in,
 * notebook out); storage is declared in lib/extension/notebook-store.ts, because this layer never touches `browser`.
 * Files: JSON export/import (validated like a baseline file), a Markdown memo and a CSV sheet.
 */
import type { Selectors } from './anchor';
import { readingProblem } from '../report/reading';
import { deviationLines, reportBaselineName, termLines, vendorName } from '../report/format';
import { EN, type I18n } from '../report/i18n';
import { documentKey } from './pagekey';
import type { Category, Report } from '../engine/report';
import { formatIssue, selectorsProblem } from './files';
import {
  byNewest,
  byReadingOrder,
  cut,
  ID_PATTERN,
  isCategory,
  MAX_CLAUSE_REF_CHARS,
  MAX_ID_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  snapshotFields,
  type DocumentSnapshot,
  type Notebook,
  type SavedDocument,
  type SavedHighlight,
} from './shapes';

// Kept in its own module so a content script can file pages without loading the notebook; re-exported as part of this API.
export { documentKey };

// The notebook's parts, one API: shapes, merging, reading and writing files.
export {
  EMPTY_NOTEBOOK,
  MAX_IMPORT_BYTES,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  NOTEBOOK_FORMAT,
  NOTEBOOK_MIGRATIONS,
  NOTEBOOK_VERSION,
  type DocumentSnapshot,
  type Notebook,
  type SavedDocument,
  type SavedHighlight,
} from './shapes';
export { mergeNotebooks } from './merge';
export { normalizeNotebook, parseNotebookJson, type ImportResult } from './files';
export { exportCsv, exportJson, exportMarkdown } from './export';

// ---------------------------------------------------------------------------------------
// Ids, keys, snapshots

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

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
    ...vendorOf(report, address),
    ...(report?.updated ? { stated: report.updated } : {}),
  };
}

function vendorOf(report: Report | null, url: string): { vendor?: string } {
  const name = oneLine(vendorName(report, url) ?? '');
  return name ? { vendor: name } : {};
}

function noticeOf(report: Report | null): { notice?: string } {
  const problem = report ? readingProblem(report) : null;
  return problem && problem.kind !== 'not-a-document' ? { notice: problem.title } : {};
}

// ---------------------------------------------------------------------------------------
// Edits (pure: the notebook passed in is never changed)

function cleanNote(note: string): string {
  return cut(note.trim(), MAX_NOTE_CHARS);
}

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
      ...clauseRefOf(h.clauseRef ?? old.clauseRef),
    };
    const changed = JSON.stringify(next) !== JSON.stringify(old);
    const highlight = changed ? { ...next, updatedAt: stamp } : old;
    const highlights = base.highlights.slice();
    highlights[at] = highlight;
    return { notebook: replaceDocument(nb, index, { ...base, highlights }), highlight, added: false };
  }

  const taken = allIds(nb);
  const id = h.id !== undefined && ID_PATTERN.test(h.id) && h.id.length <= MAX_ID_CHARS && !taken.has(h.id) ? h.id : freshId(taken);
  const highlight: SavedHighlight = { id, selectors, category, note, origin: h.origin, ...clauseRefOf(h.clauseRef), savedAt: stamp, updatedAt: stamp };
  const doc = { ...base, highlights: [...base.highlights, highlight] };
  const notebook = existing ? replaceDocument(nb, index, doc) : { ...nb, documents: [...nb.documents, doc] };
  return { notebook, highlight, added: true };
}

function clauseRefOf(ref: string | undefined): { clauseRef?: string } {
  const clean = ref ? cut(oneLine(ref), MAX_CLAUSE_REF_CHARS) : '';
  return clean ? { clauseRef: clean } : {};
}

function freshId(taken: Set<string>): string {
  for (;;) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
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

/**
 * Names the clause of highlights saved without one (before clause names were kept, or on a page read when it had no
 * report), as found on a later visit: `names` by highlight id. A highlight that has a name keeps it; nothing else
 * changes (not the note, not the dates: the reader edited nothing). The same notebook comes back when none is named.
 */
export function nameClauses(nb: Notebook, names: ReadonlyMap<string, string>): Notebook {
  if (!names.size) return nb;
  let changed = false;
  const documents = nb.documents.map((doc) => {
    let touched = false;
    const highlights = doc.highlights.map((h) => {
      const name = h.clauseRef ? undefined : names.get(h.id);
      const ref = name ? clauseRefOf(name) : {};
      if (!ref.clauseRef) return h;
      touched = true;
      return { ...h, ...ref };
    });
    if (!touched) return doc;
    changed = true;
    return { ...doc, highlights };
  });
  return changed ? { ...nb, documents } : nb;
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

/**
 * Side-panel view: documents newest first (by updatedAt), highlights newest first (by savedAt, so
 * editing a note does not reorder the list), filtered by a case/diacritic-insensitive query over
 * quotes, notes, clause names, titles, vendors and URLs (every word must occur), by category ('none': uncategorised)
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
    const docText = fold(`${doc.title} ${doc.vendor ?? ''} ${doc.url}`);
    const highlights = doc.highlights.filter((h) => {
      if (category === 'none' ? h.category !== null : category !== null && h.category !== category) return false;
      if (!words.length) return true;
      const text = `${docText} ${fold(h.selectors.quote.exact)} ${fold(h.note)} ${fold(h.clauseRef ?? '')}`;
      return words.every((w) => text.includes(w));
    });
    if (highlights.length) {
      highlights.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || byReadingOrder(a, b));
      out.push({ ...doc, highlights });
    }
  }
  return out.sort(byNewest);
}

/** The address's host, for telling documents apart ("" when the address has none, as a dropped file's). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * A name for each document that tells it from the others: the vendor before the title ("Acme — Data Processing
 * Addendum") unless the title already names it, and the host after any name still shared by two documents.
 */
export function documentNames(docs: readonly Pick<SavedDocument, 'key' | 'title' | 'url' | 'vendor'>[]): Map<string, string> {
  const named = docs.map((d) => {
    const title = oneLine(d.title) || d.url;
    const vendor = d.vendor ? oneLine(d.vendor) : '';
    return { d, name: vendor && !fold(title).includes(fold(vendor)) ? `${vendor} — ${title}` : title };
  });
  const count = new Map<string, number>();
  for (const { name } of named) count.set(name, (count.get(name) ?? 0) + 1);
  return new Map(named.map(({ d, name }) => {
    const host = hostOf(d.url);
    return [d.key, (count.get(name) ?? 0) > 1 && host ? `${name} (${host})` : name];
  }));
}
