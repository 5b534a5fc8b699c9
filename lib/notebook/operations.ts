/**
 * Changes to the notebook as operations: the side panel sends one, the background applies it to the notebook
 * stored NOW (never to a copy the panel read earlier), and the answer carries the operation that undoes it.
 * An undo puts back only what the operation removed or changed, so whatever was saved meanwhile stays.
 */
import { isObject } from '../engine/jsontext';
import { CATEGORIES, type Category } from '../engine/report';
import { documentKey } from './pagekey';
import {
  mergeNotebooks,
  normalizeNotebook,
  parseNotebookJson,
  removeDocument,
  removeHighlight,
  updateHighlight,
  type Notebook,
  type SavedDocument,
  type SavedHighlight,
} from './notebook';

/** A highlight's note and category as they were before an import changed them. */
export interface Revert {
  id: string;
  note: string;
  category: Category | null;
  updatedAt: string;
  /** The updatedAt the import gave it: a highlight edited since then is left as the user left it. */
  expect: string;
}

/** What undoes an operation: documents and highlights to put back, highlight ids to take out, edits to revert. */
export interface Undo {
  restore: SavedDocument[];
  remove: string[];
  revert: Revert[];
}

export type NotebookOperation =
  | { op: 'update'; id: string; note?: string; category?: Category | null }
  | { op: 'delete'; id: string }
  | { op: 'deleteDocument'; key: string }
  /** The file's text: the background reads and checks it (off the panel's thread). */
  | { op: 'import'; text: string }
  | { op: 'undo'; undo: Undo };

export interface ImportCounts {
  documents: number;
  added: number;
  updated: number;
  unchanged: number;
  warnings: string[];
}

export interface OperationOutcome {
  /** Whether the notebook changed (nothing is written otherwise). */
  changed: boolean;
  /** The operation that undoes this one; null when there is nothing to undo. */
  undo: Undo | null;
  imported?: ImportCounts;
  /** An import refused as a whole, with where the file is wrong; nothing was changed. */
  refused?: string;
}

export interface Applied {
  notebook: Notebook;
  outcome: OperationOutcome;
}

const nothing = (nb: Notebook): Applied => ({ notebook: nb, outcome: { changed: false, undo: null } });
const undoOf = (u: Partial<Undo>): Undo => ({ restore: u.restore ?? [], remove: u.remove ?? [], revert: u.revert ?? [] });

/** Applies one operation to the current notebook. Pure; throws only for an operation that is not well formed. */
export function applyOperation(nb: Notebook, operation: NotebookOperation, now: Date): Applied {
  switch (operation.op) {
    case 'update': {
      const next = updateHighlight(nb, operation.id, { note: operation.note, category: operation.category }, now);
      if (next === nb) return nothing(nb);
      const before = findHighlight(nb, operation.id)!;
      const after = findHighlight(next, operation.id)!;
      const revert = [{ id: before.id, note: before.note, category: before.category, updatedAt: before.updatedAt, expect: after.updatedAt }];
      return { notebook: next, outcome: { changed: true, undo: undoOf({ revert }) } };
    }
    case 'delete': {
      const doc = nb.documents.find((d) => d.highlights.some((h) => h.id === operation.id));
      if (!doc) return nothing(nb);
      const removed = { ...doc, highlights: doc.highlights.filter((h) => h.id === operation.id) };
      return { notebook: removeHighlight(nb, operation.id), outcome: { changed: true, undo: undoOf({ restore: [removed] }) } };
    }
    case 'deleteDocument': {
      const key = documentKey(operation.key);
      const doc = nb.documents.find((d) => d.key === key);
      if (!doc) return nothing(nb);
      return { notebook: removeDocument(nb, key), outcome: { changed: true, undo: undoOf({ restore: [doc] }) } };
    }
    case 'import':
      return importText(nb, operation.text);
    case 'undo':
      return applyUndo(nb, operation.undo);
  }
}

function findHighlight(nb: Notebook, id: string): SavedHighlight | undefined {
  for (const d of nb.documents) for (const h of d.highlights) if (h.id === id) return h;
  return undefined;
}

function importText(nb: Notebook, text: string): Applied {
  const parsed = parseNotebookJson(text);
  if (!parsed.ok) return { notebook: nb, outcome: { changed: false, undo: null, refused: parsed.error } };
  const merged = mergeNotebooks(nb, parsed.notebook);
  const before = new Map<string, SavedHighlight>();
  for (const d of nb.documents) for (const h of d.highlights) before.set(h.id, h);
  const remove: string[] = [];
  const revert: Revert[] = [];
  for (const d of merged.notebook.documents) {
    for (const h of d.highlights) {
      const old = before.get(h.id);
      if (!old) remove.push(h.id);
      else if (old.note !== h.note || old.category !== h.category) {
        revert.push({ id: h.id, note: old.note, category: old.category, updatedAt: old.updatedAt, expect: h.updatedAt });
      }
    }
  }
  const changed = remove.length > 0 || revert.length > 0;
  const imported = { documents: merged.documents, added: merged.added, updated: merged.updated, unchanged: merged.unchanged, warnings: parsed.warnings };
  return {
    notebook: changed ? merged.notebook : nb,
    outcome: { changed, undo: changed ? undoOf({ remove, revert }) : null, imported },
  };
}

/** Puts back what an operation removed and takes out what it added, in the notebook as it is now. */
function applyUndo(nb: Notebook, undo: Undo): Applied {
  const remove = new Set(undo.remove);
  const revert = new Map(undo.revert.map((r) => [r.id, r]));
  let changed = false;
  let documents = nb.documents;
  if (remove.size || revert.size) {
    documents = [];
    for (const doc of nb.documents) {
      let touched = false;
      const highlights: SavedHighlight[] = [];
      for (const h of doc.highlights) {
        if (remove.has(h.id)) {
          touched = true;
          continue;
        }
        const r = revert.get(h.id);
        if (r && r.expect === h.updatedAt) {
          touched = true;
          highlights.push({ ...h, note: r.note, category: r.category, updatedAt: r.updatedAt });
        } else highlights.push(h);
      }
      changed ||= touched;
      if (!touched) documents.push(doc);
      else if (highlights.length) documents.push({ ...doc, highlights });
    }
  }
  let notebook: Notebook = documents === nb.documents ? nb : { ...nb, documents };
  if (undo.restore.length) {
    const merged = mergeNotebooks(notebook, { documents: undo.restore });
    if (merged.added || merged.updated) {
      notebook = merged.notebook;
      changed = true;
    }
  }
  return { notebook: changed ? notebook : nb, outcome: { changed, undo: null } };
}

// ---------------------------------------------------------------------------------------
// Reading an operation off the wire: the side panel is trusted less than the code that applies it

const isText = (v: unknown, max = 20_000): v is string => typeof v === 'string' && v.length <= max;
const isCategoryOrNull = (v: unknown): v is Category | null => v === null || (typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v));

function readUndo(v: unknown): Undo | string {
  if (!isObject(v) || !Array.isArray(v.restore) || !Array.isArray(v.remove) || !Array.isArray(v.revert)) return 'undo: must have restore, remove and revert lists';
  const restored = normalizeNotebook({ documents: v.restore });
  if (restored.setAside.length) return `undo: ${restored.setAside[0].reason}`;
  if (!v.remove.every((id) => isText(id, 64))) return 'undo: remove must list highlight ids';
  for (const r of v.revert) {
    if (!isObject(r) || !isText(r.id, 64) || !isText(r.note) || !isCategoryOrNull(r.category) || !isText(r.updatedAt, 40) || !isText(r.expect, 40)) {
      return 'undo: each revert needs an id, a note, a category, updatedAt and expect';
    }
  }
  return { restore: restored.notebook.documents, remove: v.remove as string[], revert: v.revert as Revert[] };
}

/** The operation in a message, checked field by field; a string says what is wrong with it. */
export function readOperation(v: unknown): NotebookOperation | string {
  if (!isObject(v)) return 'an operation must be an object';
  switch (v.op) {
    case 'update': {
      if (!isText(v.id, 64)) return 'update: id must be a highlight id';
      if (v.note !== undefined && !isText(v.note, 1_000_000)) return 'update: note must be text';
      if (v.category !== undefined && !isCategoryOrNull(v.category)) return 'update: category must be a category id or null';
      return { op: 'update', id: v.id, note: v.note as string | undefined, category: v.category as Category | null | undefined };
    }
    case 'delete':
      return isText(v.id, 64) ? { op: 'delete', id: v.id } : 'delete: id must be a highlight id';
    case 'deleteDocument':
      return isText(v.key, 8192) ? { op: 'deleteDocument', key: v.key } : 'deleteDocument: key must be a document key';
    case 'import':
      return typeof v.text === 'string' ? { op: 'import', text: v.text } : 'import: text must be the file text';
    case 'undo': {
      const undo = readUndo(v.undo);
      return typeof undo === 'string' ? undo : { op: 'undo', undo };
    }
    default:
      return 'unknown operation';
  }
}
