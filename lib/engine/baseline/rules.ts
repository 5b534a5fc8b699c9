/**
 * The baseline's rules, one record each: what the options page shows (title, what it checks, why a reviewer
 * cares), the threshold it carries and how it is edited, its default severity and its default threshold (the
 * default preset's), and the evaluator that turns a document's terms into a deviation. Adding a rule is adding
 * one record here; presets take its defaults unless they say otherwise. Rule ids are fixed by spec/baseline.md.
 */
import type { DocType, Phrase, Severity, Terms, TransferMechanism } from '../report';
import { DEFAULT_ALLOWED_COUNTRIES, EU_EEA_COUNTRIES, canonicalCountry } from './countries';

/** Mechanisms a baseline may accept; 'tia' is an assessment, not a legal basis for transfer. */
export type AcceptedMechanism = Exclude<TransferMechanism, 'tia'>;
export const ACCEPTED_MECHANISMS: readonly AcceptedMechanism[] = ['scc', 'adequacy', 'dpf', 'bcr'];
export const MECHANISM_LABELS: Record<TransferMechanism, string> = {
  scc: 'Standard Contractual Clauses',
  adequacy: 'adequacy decision',
  dpf: 'EU–US Data Privacy Framework',
  bcr: 'Binding Corporate Rules',
  tia: 'transfer impact assessment',
};
/** Short forms for deviation texts. */
const MECHANISM_SHORT: Record<TransferMechanism, string> = {
  scc: 'SCCs',
  adequacy: 'an adequacy decision',
  dpf: 'the DPF',
  bcr: 'BCRs',
  tia: 'a transfer impact assessment',
};

/** How the options page edits a rule's threshold, and how imports are range-checked. */
export type ThresholdInfo =
  | { kind: 'number'; key: 'maxHours' | 'minDays' | 'maxDays'; unit: 'hours' | 'days'; bound: 'max' | 'min'; min: number; max: number; label: string }
  | { kind: 'mechanisms'; key: 'mechanisms'; label: string }
  | { kind: 'countries'; key: 'countries'; label: string }
  | { kind: 'none' };

export interface RuleInfo {
  /** Short title shown on deviations ("Breach notice"). */
  title: string;
  appliesTo: DocType[];
  /** What the rule checks, in words. */
  checks: string;
  /** Why a reviewer cares. */
  reason: string;
  threshold: ThresholdInfo;
}

interface Located {
  start: number;
  end: number;
}

/** A rule's verdict: null when the document meets it. The wording is data (phraseText words it in English); `at` is the evidence to point at. */
export interface Finding {
  expected: Phrase;
  found: Phrase;
  at: Located | null;
}

/** One rule: its words, its threshold of type T, its defaults, and its evaluator. */
export interface RuleRecord<T extends object> extends RuleInfo {
  severity: Severity;
  /** The threshold in the default preset ("GDPR processor, customer side"). */
  defaults: T;
  evaluate(setting: { enabled: boolean; severity: Severity } & T, terms: Terms): Finding | null;
}

const rule = <T extends object>(r: RuleRecord<T>): RuleRecord<T> => r;

const HOURS = { unit: 'hours', min: 1, max: 8760 } as const;
const DAYS = { unit: 'days', min: 0, max: 3650 } as const;

const plural = (n: number, unit: 'day' | 'hour') => `${n} ${unit}${n === 1 ? '' : 's'}`;
/** "30 days' notice", "1 day's notice". */
const daysPossessive = (n: number) => (n === 1 ? "1 day's" : `${n} days'`);

const QUALIFIER_TEXT: Record<string, string> = {
  immediately: 'immediately',
  'without-undue-delay': 'without undue delay',
  promptly: 'promptly',
};

const OUTDATED_LAW_TEXT: Record<string, string> = {
  'directive-95-46': 'Directive 95/46/EC',
  'privacy-shield': 'the EU–US Privacy Shield',
};

function joinOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The English wording of a phrase: the report's `expected` and `found` (lib/report/i18n words it in other languages). */
export function phraseText(p: Phrase): string {
  const n = p.n ?? 0;
  const items = p.items ?? [];
  const mechanisms = () => joinOr(items.map((m) => MECHANISM_SHORT[m as TransferMechanism] ?? m));
  switch (p.id) {
    case 'breach.max': return `at most ${plural(n, 'hour')}`;
    case 'breach.missing': return 'no breach notification deadline stated';
    case 'breach.noHard': return 'no hard deadline';
    case 'breach.noHardQ': return `no hard deadline ("${QUALIFIER_TEXT[p.text ?? ''] ?? p.text}")`;
    case 'breach.hours': return plural(n, 'hour');
    case 'transfer.under': return `transfers outside the EU/EEA under ${mechanisms()}`;
    case 'transfer.none': return 'no transfers outside the EU/EEA';
    case 'transfer.relying': return `transfers outside the EU/EEA relying on ${mechanisms()} only`;
    case 'transfer.noSafeguard': return 'transfers outside the EU/EEA with no safeguard named';
    case 'sp.noticeMin': return `at least ${daysPossessive(n)} notice of new sub-processors`;
    case 'sp.noticeMissing': return 'no notice period stated';
    case 'sp.notice': return `${daysPossessive(n)} notice`;
    case 'sp.objectionMin': return `at least ${plural(n, 'day')} to object to a new sub-processor`;
    case 'sp.objectionMissing': return 'no objection window stated';
    case 'sp.objection': return `${plural(n, 'day')} to object`;
    case 'deletion.within': return `deletion within ${plural(n, 'day')}`;
    case 'deletion.missing': return 'no deletion deadline stated';
    case 'audit.max': return `an audit right with at most ${daysPossessive(n)} notice`;
    case 'audit.missing': return 'no audit right stated';
    case 'audit.notice': return `${daysPossessive(n)} notice required`;
    case 'liability.noCap': return "no cap on the processor's liability";
    case 'liability.capped': return 'liability is capped';
    case 'law.none': return 'a governing law (none is allowed)';
    case 'law.of': return `law of ${joinOr(items)}`;
    case 'law.ofCount': return `law of one of ${n} allowed countries`;
    case 'law.eea': return 'law of an EU/EEA country';
    case 'law.eeaAnd': return `law of an EU/EEA country, ${joinOr(items)}`;
    case 'law.eeaOrCount': return `law of an EU/EEA country or ${n} others`;
    case 'law.missing': return 'no governing law stated';
    case 'law.found': return `law of ${p.text}`;
    case 'law.foundRegion': return `law of ${p.text} (${p.region})`;
    case 'outdated.none': return 'no reliance on superseded law';
    case 'outdated.found': return `relies on ${items.map((l) => OUTDATED_LAW_TEXT[l] ?? l).join(' and ')}`;
    case 'retention.expected': return 'a stated retention period';
    case 'retention.missing': return 'no retention period stated';
    case 'retention.noFixedPeriod': return 'no fixed period (kept as long as a purpose or the account lasts)';
    case 'dsr.within': return `requests answered within ${plural(n, 'day')}`;
  }
}

function describeCountries(countries: readonly string[]): Phrase {
  if (countries.length === 0) return { id: 'law.none' };
  const euEea = EU_EEA_COUNTRIES.every((c) => countries.includes(c));
  if (!euEea) {
    return countries.length <= 5 ? { id: 'law.of', items: [...countries] } : { id: 'law.ofCount', n: countries.length };
  }
  const extra = countries.filter((c) => !EU_EEA_COUNTRIES.includes(c));
  if (extra.length === 0) return { id: 'law.eea' };
  return extra.length <= 4 ? { id: 'law.eeaAnd', items: extra } : { id: 'law.eeaOrCount', n: extra.length };
}

/** Every rule, in display and evaluation order. */
export const RULES = {
  'breach-notice-max-hours': rule<{ maxHours: number }>({
    title: 'Breach notice',
    appliesTo: ['dpa'],
    checks: 'A hard deadline for notifying a personal-data breach, no later than the limit.',
    reason: 'The controller must notify the authority within 72 hours (GDPR Art. 33); the processor has to leave it time.',
    threshold: { kind: 'number', key: 'maxHours', bound: 'max', ...HOURS, label: 'Longest acceptable notice (hours)' },
    severity: 'high',
    defaults: { maxHours: 48 },
    evaluate: (s, t) => {
      const expected: Phrase = { id: 'breach.max', n: s.maxHours };
      const b = t.breachNotice;
      if (!b) return { expected, found: { id: 'breach.missing' }, at: null };
      if (b.maxHours === null) return { expected, found: b.qualifier ? { id: 'breach.noHardQ', text: b.qualifier } : { id: 'breach.noHard' }, at: b };
      return b.maxHours > s.maxHours ? { expected, found: { id: 'breach.hours', n: b.maxHours }, at: b } : null;
    },
  }),
  'transfer-safeguards': rule<{ mechanisms: AcceptedMechanism[] }>({
    title: 'Transfer safeguards',
    appliesTo: ['dpa', 'privacy-policy'],
    checks: 'Transfers outside the EU/EEA name one of the accepted safeguards.',
    reason: 'GDPR Chapter V allows third-country transfers only under adequacy or appropriate safeguards.',
    threshold: { kind: 'mechanisms', key: 'mechanisms', label: 'Accepted transfer mechanisms' },
    severity: 'high',
    defaults: { mechanisms: [...ACCEPTED_MECHANISMS] },
    evaluate: (s, t) => {
      const tr = t.transfers;
      if (!tr || tr.outsideEEA !== 'yes') return null;
      const accepted = new Set<TransferMechanism>(s.mechanisms);
      if (tr.mechanisms.some((m) => accepted.has(m))) return null;
      const expected: Phrase = s.mechanisms.length ? { id: 'transfer.under', items: [...s.mechanisms] } : { id: 'transfer.none' };
      const found: Phrase = tr.mechanisms.length ? { id: 'transfer.relying', items: [...tr.mechanisms] } : { id: 'transfer.noSafeguard' };
      return { expected, found, at: tr };
    },
  }),
  'subprocessor-notice-days': rule<{ minDays: number }>({
    title: 'Sub-processor notice',
    appliesTo: ['dpa'],
    checks: 'New or replaced sub-processors are announced at least this many days in advance.',
    reason: 'Without advance notice the right to object (GDPR Art. 28(2)) cannot be used in time.',
    threshold: { kind: 'number', key: 'minDays', bound: 'min', ...DAYS, label: 'Shortest acceptable notice (days)' },
    severity: 'medium',
    defaults: { minDays: 30 },
    evaluate: (s, t) => {
      const expected: Phrase = { id: 'sp.noticeMin', n: s.minDays };
      const sp = t.subprocessors;
      if (!sp || sp.noticeDays === null) return { expected, found: { id: 'sp.noticeMissing' }, at: sp };
      return sp.noticeDays < s.minDays ? { expected, found: { id: 'sp.notice', n: sp.noticeDays }, at: sp } : null;
    },
  }),
  'subprocessor-objection-days': rule<{ minDays: number }>({
    title: 'Sub-processor objection',
    appliesTo: ['dpa'],
    checks: 'The controller may object to a new sub-processor, with at least this many days to do so.',
    reason: 'A short objection window makes the right to object (GDPR Art. 28(2)) theoretical.',
    threshold: { kind: 'number', key: 'minDays', bound: 'min', ...DAYS, label: 'Shortest acceptable objection window (days)' },
    severity: 'medium',
    defaults: { minDays: 14 },
    evaluate: (s, t) => {
      const expected: Phrase = { id: 'sp.objectionMin', n: s.minDays };
      const sp = t.subprocessors;
      // An objection right with no deadline is at least as good as any minimum window.
      if (sp?.objectionDays === null && sp.objectionRight) return null;
      if (!sp || sp.objectionDays === null) return { expected, found: { id: 'sp.objectionMissing' }, at: sp };
      return sp.objectionDays < s.minDays ? { expected, found: { id: 'sp.objection', n: sp.objectionDays }, at: sp } : null;
    },
  }),
  'deletion-days': rule<{ maxDays: number }>({
    title: 'Deletion',
    appliesTo: ['dpa'],
    checks: 'Personal data is deleted within this many days after termination or a deletion request.',
    reason: 'GDPR Art. 28(3)(g) requires deletion or return at the end of the services; an open-ended deadline is no deadline.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable deletion deadline (days)' },
    severity: 'medium',
    defaults: { maxDays: 30 },
    evaluate: (s, t) => {
      const expected: Phrase = { id: 'deletion.within', n: s.maxDays };
      const d = t.deletion;
      if (!d || d.deleteWithinDays === null) return { expected, found: { id: 'deletion.missing' }, at: d };
      return d.deleteWithinDays > s.maxDays ? { expected, found: { id: 'deletion.within', n: d.deleteWithinDays }, at: d } : null;
    },
  }),
  'audit-notice-days': rule<{ maxDays: number }>({
    title: 'Audit rights',
    appliesTo: ['dpa'],
    checks: 'An audit right exists, and the advance notice the processor may require is no longer than this.',
    reason: 'GDPR Art. 28(3)(h) gives the controller audits and inspections; long notice lets problems be tidied away.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable audit notice (days)' },
    severity: 'medium',
    defaults: { maxDays: 30 },
    evaluate: (s, t) => {
      const expected: Phrase = { id: 'audit.max', n: s.maxDays };
      const a = t.audit;
      if (!a) return { expected, found: { id: 'audit.missing' }, at: null };
      // No notice requirement at all is the customer's best case, not a gap.
      if (a.noticeDays === null || a.noticeDays <= s.maxDays) return null;
      return { expected, found: { id: 'audit.notice', n: a.noticeDays }, at: a };
    },
  }),
  'liability-cap': rule<Record<never, never>>({
    title: 'Liability cap',
    appliesTo: ['dpa'],
    checks: "Flags any limit on the processor's liability, in the DPA or the main agreement it refers to.",
    reason: 'A cap limits what can be recovered after a breach the processor causes.',
    threshold: { kind: 'none' },
    severity: 'low',
    defaults: {},
    evaluate: (_s, t) =>
      t.liability?.capped === true ? { expected: { id: 'liability.noCap' }, found: { id: 'liability.capped' }, at: t.liability } : null,
  }),
  'governing-law': rule<{ countries: string[] }>({
    title: 'Governing law',
    appliesTo: ['dpa'],
    checks: 'A governing law is stated, and it is the law of an allowed country.',
    reason: 'Disputes under a foreign law are costly, and GDPR-based terms are best read by EU/EEA courts.',
    threshold: { kind: 'countries', key: 'countries', label: 'Allowed countries' },
    severity: 'low',
    defaults: { countries: [...DEFAULT_ALLOWED_COUNTRIES] },
    evaluate: (s, t) => {
      const expected = describeCountries(s.countries);
      const g = t.governingLaw;
      if (!g) return { expected, found: { id: 'law.missing' }, at: null };
      const country = canonicalCountry(g.country);
      const allowed = new Set(s.countries.map((c) => canonicalCountry(c)));
      if (country !== null && allowed.has(country)) return null;
      return { expected, found: g.region ? { id: 'law.foundRegion', text: g.country, region: g.region } : { id: 'law.found', text: g.country }, at: g };
    },
  }),
  'outdated-law': rule<Record<never, never>>({
    title: 'Outdated law',
    appliesTo: ['dpa', 'privacy-policy'],
    checks: 'The text relies on superseded law: Directive 95/46/EC as applicable law, or the EU–US Privacy Shield.',
    reason: 'The GDPR repealed Directive 95/46/EC in 2018; the Privacy Shield was invalidated in 2020 (Schrems II).',
    threshold: { kind: 'none' },
    severity: 'medium',
    defaults: {},
    evaluate: (_s, t) => {
      const o = t.outdatedLaw;
      if (!o || o.laws.length === 0) return null;
      return { expected: { id: 'outdated.none' }, found: { id: 'outdated.found', items: [...o.laws] }, at: o };
    },
  }),
  'retention-stated': rule<Record<never, never>>({
    title: 'Retention period',
    appliesTo: ['privacy-policy'],
    checks: 'States how long personal data is kept.',
    reason: 'GDPR Art. 13(2)(a) requires the retention period, or the criteria for it, to be given.',
    threshold: { kind: 'none' },
    severity: 'medium',
    defaults: {},
    evaluate: (_s, t) => {
      // "As long as you use the Services" is a criterion, not a period: the finding says so and points at it.
      if (t.retention.length) return null;
      const open = t.retentionNoFixedPeriod;
      return open
        ? { expected: { id: 'retention.expected' }, found: { id: 'retention.noFixedPeriod' }, at: open }
        : { expected: { id: 'retention.expected' }, found: { id: 'retention.missing' }, at: null };
    },
  }),
  'dsr-response-days': rule<{ maxDays: number }>({
    title: 'Request response time',
    appliesTo: ['privacy-policy'],
    checks: "A stated response time to data subjects' requests is no longer than this many days.",
    reason: 'GDPR Art. 12(3) allows one month, extendable only with reasons.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable response time (days)' },
    severity: 'low',
    defaults: { maxDays: 30 },
    evaluate: (s, t) => {
      const days = t.dsrResponseDays ?? t.dsrResponse?.days ?? null;
      if (days === null || days <= s.maxDays) return null;
      return { expected: { id: 'dsr.within', n: s.maxDays }, found: { id: 'dsr.within', n: days }, at: t.dsrResponse };
    },
  }),
};

type Rules = typeof RULES;
/** The threshold each rule carries besides `enabled` and `severity`. */
export type RuleThresholds = { [R in keyof Rules]: Rules[R] extends RuleRecord<infer T> ? T : never };
export type RuleId = keyof Rules;
export type RuleSetting<R extends RuleId = RuleId> = { enabled: boolean; severity: Severity } & RuleThresholds[R];
export type RuleSettings = { [R in RuleId]: RuleSetting<R> };

/** Display and evaluation order: the order of RULES. */
export const RULE_IDS = Object.keys(RULES) as readonly RuleId[];

export const RULE_INFO: Record<RuleId, RuleInfo> = Object.fromEntries(
  RULE_IDS.map((id) => {
    const { title, appliesTo, checks, reason, threshold } = RULES[id];
    return [id, { title, appliesTo, checks, reason, threshold }];
  }),
) as Record<RuleId, RuleInfo>;

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];
