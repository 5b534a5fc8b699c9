/** The one writer of the notebook: every change goes through this queue, applied to the value stored now. */
import { loadNotebook, saveNotebook } from '../notebook-store';
import type { Notebook } from '@/lib/notebook/notebook';

/** Storage errors in words a user can act on (quota above all). */
export function storageError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return new Error(`the browser's storage for ClauseLens is full (${message}); export and delete old documents in the sidebar`);
  return new Error(`could not write to the browser's storage: ${message}`);
}

export type NotebookChange<T> = (notebook: Notebook) => { notebook: Notebook; value: T };

/** Applies changes one at a time: a "save all" and a note edit must not overwrite each other. */
export function createNotebookWriter(): <T>(change: NotebookChange<T>) => Promise<T> {
  let writes: Promise<unknown> = Promise.resolve();
  return <T>(change: NotebookChange<T>) => {
    const next = writes.then(async () => {
      const { notebook, value } = change(await loadNotebook());
      try {
        await saveNotebook(notebook);
      } catch (e) {
        throw storageError(e);
      }
      return value;
    });
    writes = next.catch(() => undefined);
    return next;
  };
}
