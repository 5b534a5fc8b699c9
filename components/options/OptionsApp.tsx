/** The options page: the language of ClauseLens and the stored baselines, kept in step with storage (another window may edit them too). */
import { useEffect, useState } from 'preact/hooks';
import type { BaselineStore } from '@/lib/engine/baseline/store';
import type { BaselineOperation } from '@/lib/engine/baseline/operations';
import type { LanguageSetting, Locale } from '@/lib/report/i18n';
import BaselineEditor from './BaselineEditor';
import LanguagePicker from './LanguagePicker';
import { useI18n } from '../common/i18n';
import ErrorAlert from '../common/ErrorAlert';

/** Where the baselines are kept: injected by the entrypoint, so the component never touches storage itself. */
export interface BaselineStorage {
  load(): Promise<BaselineStore>;
  /** Sends an edit to the baselines' one writer (the background), which applies it to the store as it is then. */
  change(operation: BaselineOperation): Promise<{ ok: true } | { ok: false; error: string }>;
  watch(callback: (store: BaselineStore) => void): () => void;
}

/** The language setting: read here, written by the background. */
export interface LanguageControl {
  load(): Promise<LanguageSetting>;
  /** Answers why the setting could not be stored, or null. */
  set(setting: LanguageSetting): Promise<string | null>;
  browserLocale: Locale;
}

export interface Props {
  storage: BaselineStorage;
  language?: LanguageControl;
}

export default function OptionsApp({ storage, language }: Props) {
  const { t } = useI18n();
  const [store, setStore] = useState<BaselineStore | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  useEffect(() => {
    void storage.load().then(setStore);
    return storage.watch(setStore);
  }, [storage]);
  useEffect(() => void language?.load().then(setSetting), [language]);
  if (!store) return <p class="loading" role="status">{t('options.loading')}</p>;
  const change = (operation: BaselineOperation, next: BaselineStore) => {
    setStore(next);
    storage.change(operation).then(
      (answer) => setSaveError(answer.ok ? null : t('options.saveFailed', { error: answer.error })),
      (e: unknown) => setSaveError(t('options.saveFailed', { error: e instanceof Error ? e.message : String(e) })),
    );
  };
  const chooseLanguage = async (next: LanguageSetting) => {
    const why = await language!.set(next);
    if (!why) setSetting(next);
    return why;
  };
  return (
    <>
      {language && setting ? <LanguagePicker value={setting} browserLocale={language.browserLocale} onChange={chooseLanguage} /> : null}
      <ErrorAlert message={saveError} />
      <BaselineEditor store={store} onChange={change} />
    </>
  );
}
