/** One rule of a baseline: on/off, severity, and its threshold. */
import { RULE_INFO, SEVERITIES, type AcceptedMechanism, type RuleId, type RuleSetting } from '@/lib/engine/baseline/baseline';
import { ruleText, severityLabel } from '@/lib/report/format';
import { useI18n } from '../common/i18n';
import type { Severity } from '@/lib/engine/report';
import CountryPicker from './CountryPicker';
import MechanismPicker from './MechanismPicker';
import NumberThreshold from './NumberThreshold';

export interface Props {
  rule: RuleId;
  setting: RuleSetting;
  readOnly: boolean;
  onChange(patch: Partial<RuleSetting>): void;
}

export default function RuleEditor({ rule, setting, readOnly, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const info = RULE_INFO[rule];
  const title = ruleText(rule, 'title', i18n);
  const th = info.threshold;
  const values = setting as unknown as Record<string, unknown>;
  const off = readOnly || !setting.enabled;
  return (
    <li class={`rule${setting.enabled ? '' : ' rule-off'}`} data-rule={rule}>
      <div class="rule-head">
        <label class="check rule-toggle">
          <input type="checkbox" checked={setting.enabled} disabled={readOnly} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
          <span class="rule-title">{title}</span>
        </label>
        <span class="applies">{info.appliesTo.map((d) => t(`options.appliesTo.${d}`)).join(', ')}</span>
        <label class="severity-select">
          <span class="visually-hidden">{title}: </span>{t('options.severity')}
          <select value={setting.severity} disabled={off} onChange={(e) => onChange({ severity: e.currentTarget.value as Severity })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityLabel(s, i18n)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="rule-checks">{ruleText(rule, 'checks', i18n)}</p>
      <p class="rule-reason">{ruleText(rule, 'reason', i18n)}</p>
      {th.kind === 'number' ? (
        <NumberThreshold rule={rule} label={ruleText(rule, 'threshold', i18n)} unit={t(`options.unit.${th.unit}`)} min={th.min} max={th.max} value={values[th.key] as number} disabled={off}
          onChange={(n) => onChange({ [th.key]: n } as Partial<RuleSetting>)} />
      ) : th.kind === 'mechanisms' ? (
        <MechanismPicker value={values.mechanisms as AcceptedMechanism[]} disabled={off} onChange={(mechanisms) => onChange({ mechanisms } as Partial<RuleSetting>)} />
      ) : th.kind === 'countries' ? (
        <CountryPicker value={values.countries as string[]} disabled={off} onChange={(countries) => onChange({ countries } as Partial<RuleSetting>)} />
      ) : null}
    </li>
  );
}
