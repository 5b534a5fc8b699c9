/** The notebook's storage items, declared once; the pure side (shape, repair, merge, export) is lib/notebook/notebook.ts. */
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

/** Values that could not be read back (corrupted storage), kept so the user can export them rather than lose them. */
export const setAsideItem = storage.defineItem<{ value: unknown; reason: string; at: string }[]>('local:notebookSetAside', { fallback: [] });

/**
 * The stored notebook, repaired: corrupted documents or highlights are moved to the set-aside item
 * (with the reason) instead of failing every read, and the repaired notebook is written back.
 */
export async function loadNotebook(): Promise<Notebook> {
  const raw = await notebookItem.getValue();
  const { notebook, setAside } = normalizeNotebook(raw);
  if (setAside.length) {
    const at = new Date().toISOString();
    await setAsideItem.setValue([...(await setAsideItem.getValue()), ...setAside.map((s) => ({ ...s, at }))]);
    await saveNotebook(notebook);
  }
  return notebook;
}

/** Writes the notebook and its page index. Rejects (quota exceeded, storage unavailable): callers show the error. */
export async function saveNotebook(notebook: Notebook): Promise<void> {
  await notebookItem.setValue(notebook);
  await savedPagesItem.setValue(notebook.documents.filter((d) => d.highlights.length > 0).map((d) => d.key));
}

/** Whether the page has saved highlights, from the small index: no need to read and repair the whole notebook. */
export async function hasSavedHighlights(url: string): Promise<boolean> {
  return (await savedPagesItem.getValue()).includes(documentKey(url));
}

/** Calls back with the repaired notebook whenever it changes (another extension page, the background). */
export function watchNotebook(callback: (notebook: Notebook) => void): () => void {
  return notebookItem.watch((next) => callback(normalizeNotebook(next).notebook));
}

/** Document keys with saved highlights (the index kept beside the notebook). */
export function savedPageKeys(): Promise<string[]> {
  return savedPagesItem.getValue();
}

/** Calls back with the index whenever it changes: a save, a delete or an import, from any extension page. */
export function watchSavedPageKeys(callback: (keys: string[]) => void): () => void {
  return savedPagesItem.watch((keys) => callback(keys ?? []));
}
