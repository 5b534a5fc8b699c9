/** The baselines' storage item, declared once; the pure side (shape, repair, edits) is lib/engine/baseline/store.ts. */
import { storage } from 'wxt/utils/storage';
import type { Baseline } from '@/lib/engine/baseline/baseline';
import {
  DEFAULT_STORE,
  STORE_MIGRATIONS,
  STORE_VERSION,
  activeBaseline,
  activeBaselineChanged,
  normalizeStore,
  type BaselineStore,
} from '@/lib/engine/baseline/store';

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
