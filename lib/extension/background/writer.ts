/** The one writer of the notebook: every change goes through this queue, applied to the value stored now. */
import { readNotebook, writeNotebook } from '../notebook-store';
import type { Notebook } from '@/lib/notebook/notebook';

/** Storage errors in words a user can act on (quota above all). */
export function storageError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return new Error(`the browser's storage for ClauseLens is full (${message}); export and delete old documents in the sidebar`);
  return new Error(`could not write to the browser's storage: ${message}`);
}

/** A change: the notebook as stored now in, the next notebook out (the same object when nothing changed). */
export type NotebookChange<T> = (notebook: Notebook) => { notebook: Notebook; value: T };

/**
 * Applies changes one at a time: a "save all", a note edit and an undo in the side panel must not overwrite
 * each other. A damaged entry found on reading is moved aside in the same write as the change.
 */
export function createNotebookWriter(): <T>(change: NotebookChange<T>) => Promise<T> {
  let writes: Promise<unknown> = Promise.resolve();
  return <T>(change: NotebookChange<T>) => {
    const next = writes.then(async () => {
      const stored = await readNotebook();
      const { notebook, value } = change(stored.notebook);
      if (notebook === stored.notebook && !stored.damaged.length) return value;
      try {
        await writeNotebook(notebook, stored);
      } catch (e) {
        throw storageError(e);
      }
      return value;
    });
    writes = next.catch(() => undefined);
    return next;
  };
}
