/** The selected baseline: name, make active, duplicate, export, delete, and its rules. */
import { useState } from 'preact/hooks';
import { RULE_IDS, serializeBaseline, type Baseline, type RuleId, type RuleSetting } from '@/lib/engine/baseline/baseline';
import Icon from '../common/Icon';
import RuleEditor from './RuleEditor';

export interface Props {
  baseline: Baseline;
  preset: boolean;
  active: boolean;
  onActivate(): void;
  onDuplicate(): void;
  onDelete(): void;
  /** Answers why the name was refused, or null. */
  onRename(name: string): string | null;
  onRule(rule: RuleId, patch: Partial<RuleSetting>): void;
}

export default function BaselineDetails({ baseline, preset, active, onActivate, onDuplicate, onDelete, onRename, onRule }: Props) {
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(serializeBaseline(baseline))}`;
  return (
    <section class="details" aria-labelledby="details-heading">
      <div class="details-head">
        <h2 id="details-heading">{baseline.name}</h2>
        <span class="tags">
          {preset ? <span class="tag">Preset</span> : null}
          {active ? <span class="tag tag-active">✓ Active</span> : null}
        </span>
      </div>
      {baseline.description ? <p class="description">{baseline.description}</p> : null}
      {preset ? null : (
        <div class="field name-field">
          <label for="baseline-name">Name</label>
          <input id="baseline-name" value={baseline.name} maxLength={100} aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'baseline-name-error' : undefined}
            onChange={(e) => setNameError(onRename(e.currentTarget.value))} />
          {nameError ? <span id="baseline-name-error" class="field-error" role="alert">{nameError}</span> : null}
        </div>
      )}
      <div class="toolbar">
        <button type="button" class="button primary" onClick={onActivate} disabled={active}>
          {active ? 'This is the active baseline' : 'Use as active baseline'}
        </button>
        <button type="button" class="button" onClick={onDuplicate}>Duplicate</button>
        <a class="button" href={exportHref} download={`${baseline.id}.clauselens-baseline.json`}>
          <Icon name="download" /> Export JSON
        </a>
        {preset ? null : confirming ? (
          <span class="confirm" role="group" aria-label="Confirm deletion">
            <button type="button" class="button danger" onClick={onDelete}>Delete “{baseline.name}”</button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        ) : (
          <button type="button" class="button danger-outline" onClick={() => setConfirming(true)}>
            <Icon name="trash" /> Delete…
          </button>
        )}
      </div>
      {preset ? (
        <p class="readonly-note">
          Presets are read-only. <button type="button" class="link-button" onClick={onDuplicate}>Duplicate this preset</button> to change its rules.
        </p>
      ) : null}
      <h3 class="rules-heading">Rules</h3>
      <ul class="rules">
        {RULE_IDS.map((id) => (
          <RuleEditor key={`${baseline.id}:${id}`} rule={id} setting={baseline.rules[id]} readOnly={preset} onChange={(patch) => onRule(id, patch)} />
        ))}
      </ul>
    </section>
  );
}
