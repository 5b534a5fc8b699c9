/** The language of ClauseLens itself: follow the browser, or English, Svenska, Deutsch (each named in itself). */
import { useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGE_SETTINGS, type LanguageSetting, type Locale } from '@/lib/report/i18n';
import { useI18n } from '../common/i18n';

export interface Props {
  value: LanguageSetting;
  /** The language "follow the browser" gives. */
  browserLocale: Locale;
  /** Stores the choice; answers why it could not be, or null. */
  onChange(setting: LanguageSetting): Promise<string | null>;
}

export default function LanguagePicker({ value, browserLocale, onChange }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="field language-field">
      <label for="language">{t('options.language')}</label>
      <select id="language" value={value}
        onChange={(e) => void onChange(e.currentTarget.value as LanguageSetting).then((why) => setError(why && t('options.languageFailed', { error: why })))}>
        {LANGUAGE_SETTINGS.map((s) => (
          <option key={s} value={s} lang={s === 'auto' ? undefined : s}>
            {s === 'auto' ? t('options.languageAuto', { language: LANGUAGE_NAMES[browserLocale] }) : LANGUAGE_NAMES[s]}
          </option>
        ))}
      </select>
      <p class="hint">{t('options.languageHint')}</p>
      {error ? <p class="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
