/** The countries whose law a baseline allows: removable chips, an add box with suggestions, and an EU/EEA shortcut. */
import { useState } from 'preact/hooks';
import { COUNTRIES, EU_EEA_COUNTRIES, canonicalCountry } from '@/lib/engine/baseline/baseline';

export interface Props {
  value: string[];
  disabled: boolean;
  onChange(value: string[]): void;
}

export default function CountryPicker({ value, disabled, onChange }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const country = canonicalCountry(text);
    if (!country) return setError(`“${text.trim()}” is not a country ClauseLens knows; use an English short name such as “Germany”.`);
    setError(null);
    setText('');
    if (!value.includes(country)) onChange([...value, country]);
  };
  const missingEea = EU_EEA_COUNTRIES.filter((c) => !value.includes(c));
  return (
    <fieldset class="field countries">
      <legend>Allowed governing law ({value.length} {value.length === 1 ? 'country' : 'countries'})</legend>
      <ul class="chips">
        {value.map((c) => (
          <li key={c} class="chip">
            {c}
            {disabled ? null : (
              <button type="button" class="chip-remove" aria-label={`Remove ${c}`} onClick={() => onChange(value.filter((x) => x !== c))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {disabled ? null : (
        <div class="add-row">
          <label class="visually-hidden" for="country-add">Add a country</label>
          <input id="country-add" list="country-names" placeholder="Add a country…" value={text} aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
          <datalist id="country-names">{COUNTRIES.map((c) => <option key={c} value={c} />)}</datalist>
          <button type="button" class="button small" onClick={add} disabled={!text.trim()}>Add</button>
          {missingEea.length ? <button type="button" class="button small" onClick={() => onChange([...value, ...missingEea])}>Add all EU/EEA</button> : null}
        </div>
      )}
      {error ? <p class="field-error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
