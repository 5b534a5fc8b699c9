/** The selected baseline: name, make active, duplicate, export, delete, and its rules. */
import { useState } from 'preact/hooks';
import { RULE_IDS, serializeBaseline, type Baseline, type RuleId, type RuleSetting } from '@/lib/engine/baseline/baseline';
import Icon from '../common/Icon';
import RuleEditor from './RuleEditor';
import { baselineName } from '@/lib/report/format';
import type { MessageKey } from '@/lib/report/i18n';
import { useI18n } from '../common/i18n';

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
  const i18n = useI18n();
  const { t } = i18n;
  const name = baselineName(baseline, i18n);
  const description = preset ? t(`preset.${baseline.id}.description` as MessageKey) : baseline.description;
  const [nameError, setNameError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(serializeBaseline(baseline))}`;
  return (
    <section class="details" aria-labelledby="details-heading">
      <div class="details-head">
        <h2 id="details-heading">{name}</h2>
        <span class="tags">
          {preset ? <span class="tag">{t('options.preset')}</span> : null}
          {active ? <span class="tag tag-active">{t('options.active')}</span> : null}
        </span>
      </div>
      {description ? <p class="description">{description}</p> : null}
      {preset ? null : (
        <div class="field name-field">
          <label for="baseline-name">{t('options.name')}</label>
          <input id="baseline-name" value={baseline.name} maxLength={100} aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'baseline-name-error' : undefined}
            onChange={(e) => setNameError(onRename(e.currentTarget.value))} />
          {nameError ? <span id="baseline-name-error" class="field-error" role="alert">{nameError}</span> : null}
        </div>
      )}
      <div class="toolbar">
        <button type="button" class="button primary" onClick={onActivate} disabled={active}>
          {active ? t('options.isActive') : t('options.useActive')}
        </button>
        <button type="button" class="button" onClick={onDuplicate}>{t('options.duplicate')}</button>
        <a class="button" href={exportHref} download={`${baseline.id}.clauselens-baseline.json`}>
          <Icon name="download" /> {t('options.export')}
        </a>
        {preset ? null : confirming ? (
          <span class="confirm" role="group" aria-label={t('options.confirmDeletion')}>
            <button type="button" class="button danger" onClick={onDelete}>{t('options.deleteNamed', { name })}</button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>{t('options.cancel')}</button>
          </span>
        ) : (
          <button type="button" class="button danger-outline" onClick={() => setConfirming(true)}>
            <Icon name="trash" /> {t('options.delete')}
          </button>
        )}
      </div>
      {preset ? (
        <p class="readonly-note">
          {t('options.readonly')} <button type="button" class="link-button" onClick={onDuplicate}>{t('options.duplicatePreset')}</button> {t('options.readonlyAfter')}
        </p>
      ) : null}
      <h3 class="rules-heading">{t('options.rules')}</h3>
      <ul class="rules">
        {RULE_IDS.map((id) => (
          <RuleEditor key={`${baseline.id}:${id}`} rule={id} setting={baseline.rules[id]} readOnly={preset} onChange={(patch) => onRule(id, patch)} />
        ))}
      </ul>
    </section>
  );
}
