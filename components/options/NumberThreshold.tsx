/** A rule's number threshold (hours or days); out-of-range input is shown as an error and not saved. */
import { useState } from 'preact/hooks';
import type { RuleId } from '@/lib/engine/baseline/baseline';
import { thresholdError } from '@/lib/engine/baseline/store';

export interface Props {
  rule: RuleId;
  label: string;
  unit: string;
  min: number;
  max: number;
  value: number;
  disabled: boolean;
  onChange(value: number): void;
}

export default function NumberThreshold({ rule, label, unit, min, max, value, disabled, onChange }: Props) {
  const [text, setText] = useState(String(value));
  const error = thresholdError(rule, text);
  const id = `threshold-${rule}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="number-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            if (!thresholdError(rule, next)) onChange(Number(next));
          }}
        />
        <span class="unit">{unit}</span>
      </span>
      {error ? (
        <span id={`${id}-error`} class="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
