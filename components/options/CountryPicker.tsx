/** The countries whose law a baseline allows: removable chips, an add box with suggestions, and an EU/EEA shortcut. */
import { useState } from 'preact/hooks';
import { COUNTRIES, EU_EEA_COUNTRIES, canonicalCountry } from '@/lib/engine/baseline/baseline';
import { countryName } from '@/lib/report/format';
import { useI18n } from '../common/i18n';

export interface Props {
  value: string[];
  disabled: boolean;
  onChange(value: string[]): void;
}

export default function CountryPicker({ value, disabled, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const country = canonicalCountry(text);
    if (!country) return setError(t('options.unknownCountry', { text: text.trim() }));
    setError(null);
    setText('');
    if (!value.includes(country)) onChange([...value, country]);
  };
  const missingEea = EU_EEA_COUNTRIES.filter((c) => !value.includes(c));
  return (
    <fieldset class="field countries">
      <legend>{t('options.allowedLaw', { n: value.length })}</legend>
      <ul class="chips">
        {value.map((c) => (
          <li key={c} class="chip" title={c}>
            {countryName(c, i18n)}
            {disabled ? null : (
              <button type="button" class="chip-remove" aria-label={t('options.removeCountry', { country: countryName(c, i18n) })} onClick={() => onChange(value.filter((x) => x !== c))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {disabled ? null : (
        <div class="add-row">
          <label class="visually-hidden" for="country-add">{t('options.addCountry')}</label>
          <input id="country-add" list="country-names" placeholder={t('options.addCountryPlaceholder')} value={text} aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
          <datalist id="country-names">{COUNTRIES.map((c) => <option key={c} value={c} />)}</datalist>
          <button type="button" class="button small" onClick={add} disabled={!text.trim()}>{t('options.add')}</button>
          {missingEea.length ? <button type="button" class="button small" onClick={() => onChange([...value, ...missingEea])}>{t('options.addEea')}</button> : null}
        </div>
      )}
      {error ? <p class="field-error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
