/** The baselines' storage item, declared once (written only by the background's writer below); the pure side (shape, repair, edits) is lib/engine/baseline/store.ts. */
import { storage } from 'wxt/utils/storage';
import type { Baseline } from '@/lib/engine/baseline/baseline';
import {
  DEFAULT_STORE,
  STORE_MIGRATIONS,
  STORE_VERSION,
  activeBaseline,
  activeBaselineChanged,
  findBaseline,
  normalizeStore,
  type BaselineStore,
} from '@/lib/engine/baseline/store';
import { applyBaselineOperation, type BaselineOperation, type BaselineOutcome } from '@/lib/engine/baseline/operations';

export const baselineStoreItem = storage.defineItem<BaselineStore>('local:baselines', {
  version: STORE_VERSION,
  fallback: DEFAULT_STORE,
  migrations: STORE_MIGRATIONS,
});

export async function loadStore(): Promise<BaselineStore> {
  return normalizeStore(await baselineStoreItem.getValue());
}

export function saveStore(store: BaselineStore): Promise<void> {
  return baselineStoreItem.setValue(store);
}

export async function loadActiveBaseline(): Promise<Baseline> {
  return activeBaseline(await loadStore());
}

/** Calls back with the store whenever another extension page changes it. */
export function watchStore(callback: (store: BaselineStore) => void): () => void {
  return baselineStoreItem.watch((next) => callback(normalizeStore(next)));
}

/** Calls back when the active baseline changes (another one chosen, or its rules edited): the background re-evaluates open tabs. */
export function watchActiveBaseline(callback: (baseline: Baseline) => void): () => void {
  return baselineStoreItem.watch((next, previous) => {
    const after = normalizeStore(next);
    if (activeBaselineChanged(previous ? normalizeStore(previous) : null, after)) callback(activeBaseline(after));
  });
}

/** The one writer of the baselines: operations applied one at a time to the store as it is then. */
export function createBaselineWriter(): (operation: BaselineOperation) => Promise<BaselineOutcome> {
  let writes: Promise<unknown> = Promise.resolve();
  return (operation) => {
    const next = writes.then(async (): Promise<BaselineOutcome> => {
      const store = await loadStore();
      const edit = applyBaselineOperation(store, operation);
      if (!edit.ok) return edit;
      await saveStore(edit.store);
      const name = findBaseline(edit.store, edit.id)?.name ?? '';
      return { ok: true, id: edit.id, name, ...(edit.renamed !== undefined ? { renamed: edit.renamed } : {}) };
    });
    writes = next.catch(() => undefined);
    return next;
  };
}
