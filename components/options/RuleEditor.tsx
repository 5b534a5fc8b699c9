/** One rule of a baseline: on/off, severity, and its threshold. */
import { RULE_INFO, SEVERITIES, type AcceptedMechanism, type RuleId, type RuleSetting } from '@/lib/engine/baseline/baseline';
import { SEVERITY_LABELS } from '@/lib/report/format';
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

const APPLIES: Record<string, string> = { dpa: 'DPAs', 'privacy-policy': 'privacy policies', other: 'other pages' };

export default function RuleEditor({ rule, setting, readOnly, onChange }: Props) {
  const info = RULE_INFO[rule];
  const t = info.threshold;
  const values = setting as unknown as Record<string, unknown>;
  const off = readOnly || !setting.enabled;
  return (
    <li class={`rule${setting.enabled ? '' : ' rule-off'}`} data-rule={rule}>
      <div class="rule-head">
        <label class="check rule-toggle">
          <input type="checkbox" checked={setting.enabled} disabled={readOnly} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
          <span class="rule-title">{info.title}</span>
        </label>
        <span class="applies">{info.appliesTo.map((d) => APPLIES[d]).join(', ')}</span>
        <label class="severity-select">
          <span class="visually-hidden">{info.title}: </span>Severity
          <select value={setting.severity} disabled={off} onChange={(e) => onChange({ severity: e.currentTarget.value as Severity })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="rule-checks">{info.checks}</p>
      <p class="rule-reason">{info.reason}</p>
      {t.kind === 'number' ? (
        <NumberThreshold rule={rule} label={t.label} unit={t.unit} min={t.min} max={t.max} value={values[t.key] as number} disabled={off}
          onChange={(n) => onChange({ [t.key]: n } as Partial<RuleSetting>)} />
      ) : t.kind === 'mechanisms' ? (
        <MechanismPicker value={values.mechanisms as AcceptedMechanism[]} disabled={off} onChange={(mechanisms) => onChange({ mechanisms } as Partial<RuleSetting>)} />
      ) : t.kind === 'countries' ? (
        <CountryPicker value={values.countries as string[]} disabled={off} onChange={(countries) => onChange({ countries } as Partial<RuleSetting>)} />
      ) : null}
    </li>
  );
}
