/** The options page: the stored baselines, kept in step with storage (another window may edit them too). */
import { useEffect, useState } from 'preact/hooks';
import type { BaselineStore } from '@/lib/settings';
import BaselineEditor from './BaselineEditor';
import { loadStore, saveStore, watchStore } from './storage';

export type Props = Record<string, never>;

export default function OptionsApp(_props: Props) {
  const [store, setStore] = useState<BaselineStore | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void loadStore().then(setStore);
    return watchStore(setStore);
  }, []);
  if (!store) return <p class="loading" role="status">Loading baselines…</p>;
  const change = (next: BaselineStore) => {
    setStore(next);
    saveStore(next).then(
      () => setSaveError(null),
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
