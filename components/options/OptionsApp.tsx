/** The options page: the stored baselines, kept in step with storage (another window may edit them too). */
import { useEffect, useState } from 'preact/hooks';
import type { BaselineStore } from '@/lib/engine/baseline/store';
import type { BaselineOperation } from '@/lib/engine/baseline/operations';
import BaselineEditor from './BaselineEditor';

/** Where the baselines are kept: injected by the entrypoint, so the component never touches storage itself. */
export interface BaselineStorage {
  load(): Promise<BaselineStore>;
  /** Sends an edit to the baselines' one writer (the background), which applies it to the store as it is then. */
  change(operation: BaselineOperation): Promise<{ ok: true } | { ok: false; error: string }>;
  watch(callback: (store: BaselineStore) => void): () => void;
}

export interface Props {
  storage: BaselineStorage;
}

export default function OptionsApp({ storage }: Props) {
  const [store, setStore] = useState<BaselineStore | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void storage.load().then(setStore);
    return storage.watch(setStore);
  }, [storage]);
  if (!store) return <p class="loading" role="status">Loading baselines…</p>;
  const change = (operation: BaselineOperation, next: BaselineStore) => {
    setStore(next);
    storage.change(operation).then(
      (answer) => setSaveError(answer.ok ? null : `Could not save: ${answer.error}`),
      (e: unknown) => setSaveError(`Could not save: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <>
      {saveError ? <p class="error" role="alert">{saveError}</p> : null}
      <BaselineEditor store={store} onChange={change} />
    </>
  );
}
