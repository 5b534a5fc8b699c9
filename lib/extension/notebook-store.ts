/**
 * The notebook's storage items, declared once; the pure side (shape, repair, merge, export) is lib/notebook/.
 * Only the background writes them (lib/extension/background/writer.ts); extension pages read them.
 */
import { storage } from 'wxt/utils/storage';
import { EMPTY_NOTEBOOK, NOTEBOOK_MIGRATIONS, NOTEBOOK_VERSION, normalizeNotebook, type Notebook } from '@/lib/notebook/notebook';
import { SAVED_PAGES_KEY, documentKey } from '@/lib/notebook/pagekey';

export const notebookItem = storage.defineItem<Notebook>('local:notebook', {
  version: NOTEBOOK_VERSION,
  fallback: EMPTY_NOTEBOOK,
  migrations: NOTEBOOK_MIGRATIONS as Record<number, (old: unknown) => Notebook>,
});

/** Document keys with at least one saved highlight: a small index so every page can ask "anything saved here?" cheaply. */
const savedPagesItem = storage.defineItem<string[]>(`local:${SAVED_PAGES_KEY}`, { fallback: [] });

export interface SetAsideEntry {
  value: unknown;
  reason: string;
  at: string;
}

/** Values that could not be read back (corrupted storage), kept so the user can export them rather than lose them. */
export const setAsideItem = storage.defineItem<SetAsideEntry[]>('local:notebookSetAside', { fallback: [] });

/** A list of strings, whatever was stored (a damaged key reads as the strings it still holds). */
export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export interface StoredNotebook {
  /** The notebook with what could not be read taken out. */
  notebook: Notebook;
  /** What was taken out and is not yet in the set-aside item: a repair writes it there with the notebook. */
  damaged: SetAsideEntry[];
  /** The set-aside item as stored. */
  setAside: SetAsideEntry[];
}

/** Reads the notebook and the set-aside entries in one go, repaired in memory only (nothing is written). */
export async function readNotebook(): Promise<StoredNotebook> {
  const [raw, aside] = await storage.getItems([notebookItem, setAsideItem]);
  const { notebook, setAside: found } = normalizeNotebook(raw.value);
  const at = new Date().toISOString();
  const setAside = Array.isArray(aside.value) ? (aside.value as SetAsideEntry[]) : aside.value == null ? [] : [{ value: aside.value, reason: 'the set-aside list itself was damaged', at }];
  return { notebook, damaged: found.map((s) => ({ ...s, at })), setAside };
}

/**
 * Writes the notebook, its page index and (after a repair) the set-aside entries in ONE storage call: the
 * browser counts the quota on the result, so moving a damaged entry aside never needs more room than it takes.
 * Rejects (quota exceeded, storage unavailable): callers show the error.
 */
export async function writeNotebook(notebook: Notebook, repair?: { damaged: SetAsideEntry[]; setAside: SetAsideEntry[] }): Promise<void> {
  const pages = notebook.documents.filter((d) => d.highlights.length > 0).map((d) => d.key);
  const items: ({ item: typeof notebookItem | typeof savedPagesItem | typeof setAsideItem; value: unknown } | { key: `local:${string}`; value: unknown })[] = [
    { item: notebookItem, value: notebook },
    // The version record WXT keeps beside a versioned item (what notebookItem.setValue would write).
    { key: 'local:notebook$', value: { v: NOTEBOOK_VERSION } },
    { item: savedPagesItem, value: pages },
  ];
  if (repair?.damaged.length) items.push({ item: setAsideItem, value: [...repair.setAside, ...repair.damaged] });
  await storage.setItems(items as Parameters<typeof storage.setItems>[0]);
}

/**
 * The stored notebook, repaired: corrupted documents or highlights are moved to the set-aside item (with the
 * reason) and the repaired notebook is written back. A repair the browser refuses is retried with the next write;
 * reading never fails because of it.
 */
export async function loadNotebook(): Promise<Notebook> {
  const stored = await readNotebook();
  if (stored.damaged.length) {
    await writeNotebook(stored.notebook, stored).catch((e) => console.error('ClauseLens: could not write the repaired notebook yet', e));
  }
  return stored.notebook;
}

/** Everything set aside, including what the notebook holds damaged that the background has not yet moved aside. */
export async function readSetAside(): Promise<SetAsideEntry[]> {
  const { setAside, damaged } = await readNotebook();
  return [...setAside, ...damaged];
}

/** Writes the notebook and its page index (no repair). */
export function saveNotebook(notebook: Notebook): Promise<void> {
  return writeNotebook(notebook);
}

/** Whether the page has saved highlights, from the small index: no need to read and repair the whole notebook. */
export async function hasSavedHighlights(url: string): Promise<boolean> {
  return stringList(await savedPagesItem.getValue()).includes(documentKey(url));
}

/** Calls back with the repaired notebook whenever it changes (another extension page, the background). */
export function watchNotebook(callback: (notebook: Notebook) => void): () => void {
  return notebookItem.watch((next) => callback(normalizeNotebook(next).notebook));
}

/** Document keys with saved highlights (the index kept beside the notebook). */
export async function savedPageKeys(): Promise<string[]> {
  return stringList(await savedPagesItem.getValue());
}

/** Calls back with the index whenever it changes: a save, a delete or an import, from any extension page. */
export function watchSavedPageKeys(callback: (keys: string[]) => void): () => void {
  return savedPagesItem.watch((keys) => callback(stringList(keys)));
}
