/** The transfer mechanisms a baseline accepts, as a group of checkboxes. */
import { ACCEPTED_MECHANISMS, MECHANISM_LABELS, type AcceptedMechanism } from '@/lib/engine/baseline/baseline';

export interface Props {
  value: AcceptedMechanism[];
  disabled: boolean;
  onChange(value: AcceptedMechanism[]): void;
}

export default function MechanismPicker({ value, disabled, onChange }: Props) {
  return (
    <fieldset class="field choice-group">
      <legend>Accepted transfer mechanisms</legend>
      {ACCEPTED_MECHANISMS.map((m) => (
        <label key={m} class="check">
          <input
            type="checkbox"
            checked={value.includes(m)}
            disabled={disabled}
            onChange={(e) => onChange(e.currentTarget.checked ? ACCEPTED_MECHANISMS.filter((x) => x === m || value.includes(x)) : value.filter((x) => x !== m))}
          />
          {MECHANISM_LABELS[m]}
        </label>
      ))}
      {value.length === 0 ? <p class="hint">None accepted: every transfer outside the EU/EEA is flagged.</p> : null}
    </fieldset>
  );
}
