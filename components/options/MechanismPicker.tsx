/** The transfer mechanisms a baseline accepts, as a group of checkboxes. */
import { ACCEPTED_MECHANISMS, type AcceptedMechanism } from '@/lib/engine/baseline/baseline';
import { useI18n } from '../common/i18n';

export interface Props {
  value: AcceptedMechanism[];
  disabled: boolean;
  onChange(value: AcceptedMechanism[]): void;
}

export default function MechanismPicker({ value, disabled, onChange }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="field choice-group">
      <legend>{t('rule.transfer-safeguards.threshold')}</legend>
      {ACCEPTED_MECHANISMS.map((m) => (
        <label key={m} class="check">
          <input
            type="checkbox"
            checked={value.includes(m)}
            disabled={disabled}
            onChange={(e) => onChange(e.currentTarget.checked ? ACCEPTED_MECHANISMS.filter((x) => x === m || value.includes(x)) : value.filter((x) => x !== m))}
          />
          {t(`mechanism.${m}`)}
        </label>
      ))}
      {value.length === 0 ? <p class="hint">{t('options.noMechanism')}</p> : null}
    </fieldset>
  );
}
