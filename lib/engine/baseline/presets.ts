/** The presets of spec/baseline.md, built from each rule's defaults with what the preset changes. */
import type { Severity } from '../report';
import { EU_EEA_COUNTRIES } from './countries';
import { RULES, RULE_IDS, type RuleId, type RuleSetting, type RuleSettings, type RuleThresholds } from './rules';

export const CURRENT_SCHEMA = 1;

export interface Baseline {
  schema: 1;
  id: string;
  name: string;
  description?: string;
  rules: RuleSettings;
}

type Changes = { [R in RuleId]?: Partial<RuleThresholds[R]> & { enabled?: boolean; severity?: Severity } };

/** Every rule with its defaults, then what the preset changes. */
function makeRules(changes: Changes = {}): RuleSettings {
  const one = <R extends RuleId>(id: R): RuleSetting<R> => {
    const r = RULES[id];
    const change = changes[id] ?? {};
    return { enabled: true, severity: r.severity, ...structuredClone(r.defaults), ...change } as RuleSetting<R>;
  };
  return Object.fromEntries(RULE_IDS.map((id) => [id, one(id)])) as RuleSettings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_BASELINE_ID = 'gdpr-processor';

/** Frozen: copy with `cloneBaseline` before editing. */
export const PRESETS: readonly Baseline[] = deepFreeze([
  {
    schema: 1,
    id: DEFAULT_BASELINE_ID,
    name: 'GDPR processor, customer side',
    description: "What a controller should expect from a processor under GDPR Art. 28, read from the customer's side.",
    rules: makeRules(),
  },
  {
    schema: 1,
    id: 'strict-enterprise',
    name: 'Strict enterprise',
    description: 'Tighter deadlines and EU/EEA law only, for regulated or high-risk processing.',
    rules: makeRules({
      'breach-notice-max-hours': { maxHours: 24 },
      'subprocessor-objection-days': { minDays: 30 },
      'audit-notice-days': { maxDays: 14 },
      'governing-law': { countries: [...EU_EEA_COUNTRIES] },
    }),
  },
  {
    schema: 1,
    id: 'lenient',
    name: 'Lenient',
    description: "The GDPR's own 72 hours for breaches, looser deadlines, liability caps accepted.",
    rules: makeRules({
      'breach-notice-max-hours': { maxHours: 72 },
      'subprocessor-notice-days': { minDays: 14 },
      'subprocessor-objection-days': { minDays: 10 },
      'deletion-days': { maxDays: 90 },
      'audit-notice-days': { maxDays: 60 },
      'liability-cap': { enabled: false },
    }),
  },
]);

export function presetById(id: string): Baseline | null {
  return PRESETS.find((p) => p.id === id) ?? null;
}

export const DEFAULT_BASELINE: Baseline = presetById(DEFAULT_BASELINE_ID)!;

/** A mutable deep copy (presets are frozen). */
export function cloneBaseline(b: Baseline): Baseline {
  return structuredClone(b);
}
