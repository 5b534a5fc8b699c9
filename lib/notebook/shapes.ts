/** The notebook's shapes and the small rules every part of it shares (lib/notebook/notebook.ts is its API). */
import { CATEGORIES, type Category, type DocType, type Severity } from '../engine/report';
import type { Selectors } from './anchor';

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
export const MAX_ID_CHARS = 64;
/** A clause's name ("Clause 7.1 · Sub-processors") longer than this is cut on save and refused on import. */
export const MAX_CLAUSE_REF_CHARS = 200;
/** A vendor name longer than this is refused on import (the engine's names are a few words). */
export const MAX_VENDOR_CHARS = 200;

export interface SavedHighlight {
  /** Stable across export/import; made by newId(). */
  id: string;
  selectors: Selectors;
  /** Suggested by the engine, editable by the user. */
  category: Category | null;
  note: string;
  origin: 'clause' | 'selection';
  /** Where it sits in the document: its clause's own number, else its heading ("Clause 7.1 · Sub-processors"); absent when unknown. */
  clauseRef?: string;
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
  /** Who the document is from (the report's vendor name), when known. */
  vendor?: string;
  /** The "last updated" or effective date the document states (YYYY-MM-DD), when it states one. */
  stated?: string;
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

export const ORIGINS = ['clause', 'selection'] as const;
export const DOC_TYPES: readonly DocType[] = ['dpa', 'privacy-policy', 'other'];
export const SEVERITY_IDS: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * WXT runs `NOTEBOOK_MIGRATIONS[v]` on a stored value of version v-1 when NOTEBOOK_VERSION is
 * raised to v (storage.defineItem's `migrations`); parseNotebookJson runs the same steps on the
 * `{ documents }` of an older export file, so one table upgrades both. Version 1 is the first.
 */
export const NOTEBOOK_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // 2: (v1) => ({ ...(v1 as object), documents: ... }),
};


// ---------------------------------------------------------------------------------------
// Shared by edits, merging, files

export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** `s` cut to `max` UTF-16 units without splitting a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

export const isCategory = (v: unknown): v is Category => typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

export function snapshotFields(s: DocumentSnapshot): DocumentSnapshot {
  return {
    url: s.url,
    title: s.title,
    docType: s.docType,
    baseline: s.baseline,
    terms: s.terms.map((t) => ({ label: t.label, value: t.value })),
    deviations: s.deviations.map((d) => ({ rule: d.rule, severity: d.severity, text: d.text })),
    ...(s.notice ? { notice: s.notice } : {}),
    ...(s.vendor ? { vendor: s.vendor } : {}),
    ...(s.stated ? { stated: s.stated } : {}),
  };
}

export const byNewest = (a: SavedDocument, b: SavedDocument) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title) || a.key.localeCompare(b.key);

export const byReadingOrder = (a: SavedHighlight, b: SavedHighlight) =>
  a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end || a.id.localeCompare(b.id);
