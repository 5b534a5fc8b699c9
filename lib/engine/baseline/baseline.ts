/**
 * The baseline (playbook): the terms a reviewer accepts, as data. Presets, validation of
 * imported files, export, and evaluation of a document's terms into deviations.
 * Rule ids and preset values are fixed by /spec/baseline.md.
 */

import { isObject, readJsonText, shown } from '../jsontext';
import type { Clause, Deviation, DocType, Phrase, Severity, Terms, TransferMechanism } from '../report';

// ---------------------------------------------------------------------------------------
// Rule settings

/** The threshold each rule carries besides `enabled` and `severity`. */
interface RuleThresholds {
  'breach-notice-max-hours': { maxHours: number };
  'transfer-safeguards': { mechanisms: AcceptedMechanism[] };
  'subprocessor-notice-days': { minDays: number };
  'subprocessor-objection-days': { minDays: number };
  'deletion-days': { maxDays: number };
  'audit-notice-days': { maxDays: number };
  'liability-cap': Record<never, never>;
  'governing-law': { countries: string[] };
  'outdated-law': Record<never, never>;
  'retention-stated': Record<never, never>;
  'dsr-response-days': { maxDays: number };
}

export type RuleId = keyof RuleThresholds;
export type RuleSetting<R extends RuleId = RuleId> = { enabled: boolean; severity: Severity } & RuleThresholds[R];
export type RuleSettings = { [R in RuleId]: RuleSetting<R> };

export const CURRENT_SCHEMA = 1;
/** Marker written into exported files; imports may omit it. */
export const BASELINE_FORMAT = 'clauselens-baseline';

export interface Baseline {
  schema: 1;
  id: string;
  name: string;
  description?: string;
  rules: RuleSettings;
}

/** Display and evaluation order. */
export const RULE_IDS: readonly RuleId[] = [
  'breach-notice-max-hours',
  'transfer-safeguards',
  'subprocessor-notice-days',
  'subprocessor-objection-days',
  'deletion-days',
  'audit-notice-days',
  'liability-cap',
  'governing-law',
  'outdated-law',
  'retention-stated',
  'dsr-response-days',
];

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

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

const HOURS = { unit: 'hours', min: 1, max: 8760 } as const;
const DAYS = { unit: 'days', min: 0, max: 3650 } as const;

export const RULE_INFO: Record<RuleId, RuleInfo> = {
  'breach-notice-max-hours': {
    title: 'Breach notice',
    appliesTo: ['dpa'],
    checks: 'A hard deadline for notifying a personal-data breach, no later than the limit.',
    reason: 'The controller must notify the authority within 72 hours (GDPR Art. 33); the processor has to leave it time.',
    threshold: { kind: 'number', key: 'maxHours', bound: 'max', ...HOURS, label: 'Longest acceptable notice (hours)' },
  },
  'transfer-safeguards': {
    title: 'Transfer safeguards',
    appliesTo: ['dpa', 'privacy-policy'],
    checks: 'Transfers outside the EU/EEA name one of the accepted safeguards.',
    reason: 'GDPR Chapter V allows third-country transfers only under adequacy or appropriate safeguards.',
    threshold: { kind: 'mechanisms', key: 'mechanisms', label: 'Accepted transfer mechanisms' },
  },
  'subprocessor-notice-days': {
    title: 'Sub-processor notice',
    appliesTo: ['dpa'],
    checks: 'New or replaced sub-processors are announced at least this many days in advance.',
    reason: 'Without advance notice the right to object (GDPR Art. 28(2)) cannot be used in time.',
    threshold: { kind: 'number', key: 'minDays', bound: 'min', ...DAYS, label: 'Shortest acceptable notice (days)' },
  },
  'subprocessor-objection-days': {
    title: 'Sub-processor objection',
    appliesTo: ['dpa'],
    checks: 'The controller may object to a new sub-processor, with at least this many days to do so.',
    reason: 'A short objection window makes the right to object (GDPR Art. 28(2)) theoretical.',
    threshold: { kind: 'number', key: 'minDays', bound: 'min', ...DAYS, label: 'Shortest acceptable objection window (days)' },
  },
  'deletion-days': {
    title: 'Deletion',
    appliesTo: ['dpa'],
    checks: 'Personal data is deleted within this many days after termination or a deletion request.',
    reason: 'GDPR Art. 28(3)(g) requires deletion or return at the end of the services; an open-ended deadline is no deadline.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable deletion deadline (days)' },
  },
  'audit-notice-days': {
    title: 'Audit rights',
    appliesTo: ['dpa'],
    checks: 'An audit right exists, and the advance notice the processor may require is no longer than this.',
    reason: 'GDPR Art. 28(3)(h) gives the controller audits and inspections; long notice lets problems be tidied away.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable audit notice (days)' },
  },
  'liability-cap': {
    title: 'Liability cap',
    appliesTo: ['dpa'],
    checks: "Flags any limit on the processor's liability, in the DPA or the main agreement it refers to.",
    reason: 'A cap limits what can be recovered after a breach the processor causes.',
    threshold: { kind: 'none' },
  },
  'governing-law': {
    title: 'Governing law',
    appliesTo: ['dpa'],
    checks: 'A governing law is stated, and it is the law of an allowed country.',
    reason: 'Disputes under a foreign law are costly, and GDPR-based terms are best read by EU/EEA courts.',
    threshold: { kind: 'countries', key: 'countries', label: 'Allowed countries' },
  },
  'outdated-law': {
    title: 'Outdated law',
    appliesTo: ['dpa', 'privacy-policy'],
    checks: 'The text relies on superseded law: Directive 95/46/EC as applicable law, or the EU–US Privacy Shield.',
    reason: 'The GDPR repealed Directive 95/46/EC in 2018; the Privacy Shield was invalidated in 2020 (Schrems II).',
    threshold: { kind: 'none' },
  },
  'retention-stated': {
    title: 'Retention period',
    appliesTo: ['privacy-policy'],
    checks: 'States how long personal data is kept.',
    reason: 'GDPR Art. 13(2)(a) requires the retention period, or the criteria for it, to be given.',
    threshold: { kind: 'none' },
  },
  'dsr-response-days': {
    title: 'Request response time',
    appliesTo: ['privacy-policy'],
    checks: "A stated response time to data subjects' requests is no longer than this many days.",
    reason: 'GDPR Art. 12(3) allows one month, extendable only with reasons.',
    threshold: { kind: 'number', key: 'maxDays', bound: 'max', ...DAYS, label: 'Longest acceptable response time (days)' },
  },
};

// ---------------------------------------------------------------------------------------
// Countries

export const EU_COUNTRIES: readonly string[] = [
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland',
  'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg',
  'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
];
/** The 27 EU member states plus the EEA's Iceland, Liechtenstein and Norway. */
export const EU_EEA_COUNTRIES: readonly string[] = [...EU_COUNTRIES, 'Iceland', 'Liechtenstein', 'Norway'];
const DEFAULT_ALLOWED_COUNTRIES: readonly string[] = [...EU_EEA_COUNTRIES, 'United Kingdom', 'Switzerland'];

/**
 * Every name a governing-law setting may use: UN member states and observers, plus
 * territories that contracts commonly choose as their law (Jersey, Hong Kong, ...).
 */
export const COUNTRIES: readonly string[] = [
  ...DEFAULT_ALLOWED_COUNTRIES,
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Burkina Faso', 'Burundi',
  'Cabo Verde', 'Cambodia', 'Cameroon', 'Canada', 'Central African Republic', 'Chad', 'Chile', 'China',
  'Colombia', 'Comoros', 'Congo', 'Costa Rica', "Côte d'Ivoire", 'Cuba', 'Democratic Republic of the Congo',
  'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea',
  'Eritrea', 'Eswatini', 'Ethiopia', 'Fiji', 'Gabon', 'Gambia', 'Georgia', 'Ghana', 'Grenada', 'Guatemala',
  'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'India', 'Indonesia', 'Iran', 'Iraq', 'Israel',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'New Zealand', 'Nicaragua',
  'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Qatar', 'Russia', 'Rwanda', 'Saint Kitts and Nevis',
  'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino', 'São Tomé and Príncipe',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Solomon Islands',
  'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Sri Lanka', 'Sudan', 'Suriname', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago',
  'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United States',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  'Bermuda', 'British Virgin Islands', 'Cayman Islands', 'Faroe Islands', 'Gibraltar', 'Greenland',
  'Guernsey', 'Hong Kong', 'Isle of Man', 'Jersey', 'Macao',
];

/** Other spellings that name a listed country; legal systems of the UK name the UK. */
const COUNTRY_ALIASES: Record<string, string> = {
  'czech republic': 'Czechia',
  holland: 'Netherlands',
  uk: 'United Kingdom',
  'great britain': 'United Kingdom',
  britain: 'United Kingdom',
  england: 'United Kingdom',
  'england and wales': 'United Kingdom',
  wales: 'United Kingdom',
  scotland: 'United Kingdom',
  'northern ireland': 'United Kingdom',
  us: 'United States',
  usa: 'United States',
  'united states of america': 'United States',
  'republic of ireland': 'Ireland',
  eire: 'Ireland',
  turkiye: 'Turkey',
  korea: 'South Korea',
  'republic of korea': 'South Korea',
  'russian federation': 'Russia',
  'ivory coast': "Côte d'Ivoire",
  'cape verde': 'Cabo Verde',
  swaziland: 'Eswatini',
  burma: 'Myanmar',
  'east timor': 'Timor-Leste',
  'holy see': 'Vatican City',
  vatican: 'Vatican City',
  macedonia: 'North Macedonia',
  uae: 'United Arab Emirates',
  'viet nam': 'Vietnam',
  'brunei darussalam': 'Brunei',
  macau: 'Macao',
};

/** Folds case, accents, dots and a leading "the" so "the U.K." and "uk" compare equal. */
function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const COUNTRY_BY_KEY = new Map<string, string>([
  ...COUNTRIES.map((c): [string, string] => [countryKey(c), c]),
  ...Object.entries(COUNTRY_ALIASES),
]);

/** The listed English short name for a country name or alias, or null when unknown. */
export function canonicalCountry(name: string): string | null {
  return COUNTRY_BY_KEY.get(countryKey(name)) ?? null;
}

// ---------------------------------------------------------------------------------------
// Presets

type Thresholds = { [R in RuleId]: RuleThresholds[R] };

function makeRules(t: Thresholds, overrides: Partial<Record<RuleId, { enabled?: boolean }>> = {}): RuleSettings {
  const rule = <R extends RuleId>(id: R, severity: Severity): RuleSetting<R> => ({
    enabled: overrides[id]?.enabled ?? true,
    severity,
    ...t[id],
  });
  return {
    'breach-notice-max-hours': rule('breach-notice-max-hours', 'high'),
    'transfer-safeguards': rule('transfer-safeguards', 'high'),
    'subprocessor-notice-days': rule('subprocessor-notice-days', 'medium'),
    'subprocessor-objection-days': rule('subprocessor-objection-days', 'medium'),
    'deletion-days': rule('deletion-days', 'medium'),
    'audit-notice-days': rule('audit-notice-days', 'medium'),
    'liability-cap': rule('liability-cap', 'low'),
    'governing-law': rule('governing-law', 'low'),
    'outdated-law': rule('outdated-law', 'medium'),
    'retention-stated': rule('retention-stated', 'medium'),
    'dsr-response-days': rule('dsr-response-days', 'low'),
  };
}

function thresholds(t: {
  breachHours: number;
  noticeDays: number;
  objectionDays: number;
  deletionDays: number;
  auditDays: number;
  countries: readonly string[];
}): Thresholds {
  return {
    'breach-notice-max-hours': { maxHours: t.breachHours },
    'transfer-safeguards': { mechanisms: [...ACCEPTED_MECHANISMS] },
    'subprocessor-notice-days': { minDays: t.noticeDays },
    'subprocessor-objection-days': { minDays: t.objectionDays },
    'deletion-days': { maxDays: t.deletionDays },
    'audit-notice-days': { maxDays: t.auditDays },
    'liability-cap': {},
    'governing-law': { countries: [...t.countries] },
    'outdated-law': {},
    'retention-stated': {},
    'dsr-response-days': { maxDays: 30 },
  };
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
    rules: makeRules(
      thresholds({ breachHours: 48, noticeDays: 30, objectionDays: 14, deletionDays: 30, auditDays: 30, countries: DEFAULT_ALLOWED_COUNTRIES }),
    ),
  },
  {
    schema: 1,
    id: 'strict-enterprise',
    name: 'Strict enterprise',
    description: 'Tighter deadlines and EU/EEA law only, for regulated or high-risk processing.',
    rules: makeRules(
      thresholds({ breachHours: 24, noticeDays: 30, objectionDays: 30, deletionDays: 30, auditDays: 14, countries: EU_EEA_COUNTRIES }),
    ),
  },
  {
    schema: 1,
    id: 'lenient',
    name: 'Lenient',
    description: "The GDPR's own 72 hours for breaches, looser deadlines, liability caps accepted.",
    rules: makeRules(
      thresholds({ breachHours: 72, noticeDays: 14, objectionDays: 10, deletionDays: 90, auditDays: 60, countries: DEFAULT_ALLOWED_COUNTRIES }),
      { 'liability-cap': { enabled: false } },
    ),
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

// ---------------------------------------------------------------------------------------
// Evaluation

export interface EvaluationInput {
  docType: DocType;
  terms: Terms;
  clauses: Clause[];
}

interface Located {
  start: number;
  end: number;
}

/** A rule's verdict: null when the document meets it. `at` is the evidence to point at. */
interface Finding {
  expected: Phrase;
  found: Phrase;
  at: Located | null;
}

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

type Evaluator<R extends RuleId> = (s: RuleSetting<R>, t: Terms) => Finding | null;

/** One function per rule: when the document falls short, what was expected and found. */
const EVALUATORS: { [R in RuleId]: Evaluator<R> } = {
  'breach-notice-max-hours': (s, t) => {
    const expected: Phrase = { id: 'breach.max', n: s.maxHours };
    const b = t.breachNotice;
    if (!b) return { expected, found: { id: 'breach.missing' }, at: null };
    if (b.maxHours === null) return { expected, found: b.qualifier ? { id: 'breach.noHardQ', text: b.qualifier } : { id: 'breach.noHard' }, at: b };
    return b.maxHours > s.maxHours ? { expected, found: { id: 'breach.hours', n: b.maxHours }, at: b } : null;
  },
  'transfer-safeguards': (s, t) => {
    const tr = t.transfers;
    if (!tr || tr.outsideEEA !== 'yes') return null;
    const accepted = new Set<TransferMechanism>(s.mechanisms);
    if (tr.mechanisms.some((m) => accepted.has(m))) return null;
    const expected: Phrase = s.mechanisms.length ? { id: 'transfer.under', items: [...s.mechanisms] } : { id: 'transfer.none' };
    const found: Phrase = tr.mechanisms.length ? { id: 'transfer.relying', items: [...tr.mechanisms] } : { id: 'transfer.noSafeguard' };
    return { expected, found, at: tr };
  },
  'subprocessor-notice-days': (s, t) => {
    const expected: Phrase = { id: 'sp.noticeMin', n: s.minDays };
    const sp = t.subprocessors;
    if (!sp || sp.noticeDays === null) return { expected, found: { id: 'sp.noticeMissing' }, at: sp };
    return sp.noticeDays < s.minDays ? { expected, found: { id: 'sp.notice', n: sp.noticeDays }, at: sp } : null;
  },
  'subprocessor-objection-days': (s, t) => {
    const expected: Phrase = { id: 'sp.objectionMin', n: s.minDays };
    const sp = t.subprocessors;
    // An objection right with no deadline is at least as good as any minimum window.
    if (sp?.objectionDays === null && sp.objectionRight) return null;
    if (!sp || sp.objectionDays === null) return { expected, found: { id: 'sp.objectionMissing' }, at: sp };
    return sp.objectionDays < s.minDays ? { expected, found: { id: 'sp.objection', n: sp.objectionDays }, at: sp } : null;
  },
  'deletion-days': (s, t) => {
    const expected: Phrase = { id: 'deletion.within', n: s.maxDays };
    const d = t.deletion;
    if (!d || d.deleteWithinDays === null) return { expected, found: { id: 'deletion.missing' }, at: d };
    return d.deleteWithinDays > s.maxDays ? { expected, found: { id: 'deletion.within', n: d.deleteWithinDays }, at: d } : null;
  },
  'audit-notice-days': (s, t) => {
    const expected: Phrase = { id: 'audit.max', n: s.maxDays };
    const a = t.audit;
    if (!a) return { expected, found: { id: 'audit.missing' }, at: null };
    // No notice requirement at all is the customer's best case, not a gap.
    if (a.noticeDays === null || a.noticeDays <= s.maxDays) return null;
    return { expected, found: { id: 'audit.notice', n: a.noticeDays }, at: a };
  },
  'liability-cap': (_s, t) =>
    t.liability?.capped === true ? { expected: { id: 'liability.noCap' }, found: { id: 'liability.capped' }, at: t.liability } : null,
  'governing-law': (s, t) => {
    const expected = describeCountries(s.countries);
    const g = t.governingLaw;
    if (!g) return { expected, found: { id: 'law.missing' }, at: null };
    const country = canonicalCountry(g.country);
    const allowed = new Set(s.countries.map((c) => canonicalCountry(c)));
    if (country !== null && allowed.has(country)) return null;
    return { expected, found: g.region ? { id: 'law.foundRegion', text: g.country, region: g.region } : { id: 'law.found', text: g.country }, at: g };
  },
  'outdated-law': (_s, t) => {
    const o = t.outdatedLaw;
    if (!o || o.laws.length === 0) return null;
    return { expected: { id: 'outdated.none' }, found: { id: 'outdated.found', items: [...o.laws] }, at: o };
  },
  'retention-stated': (_s, t) =>
    t.retention.length === 0 ? { expected: { id: 'retention.expected' }, found: { id: 'retention.missing' }, at: null } : null,
  'dsr-response-days': (s, t) => {
    const days = t.dsrResponseDays ?? t.dsrResponse?.days ?? null;
    if (days === null || days <= s.maxDays) return null;
    return { expected: { id: 'dsr.within', n: s.maxDays }, found: { id: 'dsr.within', n: days }, at: t.dsrResponse };
  },
};

/** Index of the clause containing the evidence's start, else the first one overlapping it. */
export function clauseIndexFor(clauses: readonly Clause[], at: Located | null): number | null {
  if (!at) return null;
  const containing = clauses.findIndex((c) => c.start <= at.start && at.start < c.end);
  if (containing >= 0) return containing;
  const overlapping = clauses.findIndex((c) => c.start < at.end && at.start < c.end);
  return overlapping >= 0 ? overlapping : null;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every enabled rule that applies to the document type and that the document breaks or leaves unstated. */
export function evaluateBaseline(input: EvaluationInput, baseline: Baseline): Deviation[] {
  const found: { deviation: Deviation; position: number; order: number }[] = [];
  RULE_IDS.forEach((id, order) => {
    const setting = baseline.rules[id];
    if (!setting.enabled || !RULE_INFO[id].appliesTo.includes(input.docType)) return;
    // The mapped table guarantees each evaluator receives its own rule's setting.
    const finding = (EVALUATORS[id] as Evaluator<RuleId>)(setting, input.terms);
    if (!finding) return;
    found.push({
      deviation: {
        rule: id,
        severity: setting.severity,
        title: RULE_INFO[id].title,
        expected: phraseText(finding.expected),
        found: phraseText(finding.found),
        clause: clauseIndexFor(input.clauses, finding.at),
        expectedPhrase: finding.expected,
        foundPhrase: finding.found,
      },
      position: finding.at?.start ?? Infinity,
      order,
    });
  });
  found.sort(
    (a, b) =>
      SEVERITY_RANK[a.deviation.severity] - SEVERITY_RANK[b.deviation.severity] ||
      a.position - b.position ||
      a.order - b.order,
  );
  return found.map((f) => f.deviation);
}

// ---------------------------------------------------------------------------------------
// Import and export

/** Where in the file (a dotted path, "" for the whole file) and what is wrong. */
export interface BaselineIssue {
  path: string;
  message: string;
  /** 1-based position, for JSON syntax errors. */
  line?: number;
  column?: number;
}

export type ParseBaselineResult =
  | { ok: true; baseline: Baseline; warnings: BaselineIssue[] }
  | { ok: false; errors: BaselineIssue[] };

type JsonObject = Record<string, unknown>;



/** Upgrades an older file's raw object to the current schema, one version at a time. */
const MIGRATIONS: Record<number, (old: JsonObject) => JsonObject> = {
  // 1: (v1) => ({ ...v1, schema: 2, ... }),
};

export function migrateBaseline(
  raw: JsonObject,
): { ok: true; value: JsonObject; warnings: BaselineIssue[] } | { ok: false; error: BaselineIssue } {
  const warnings: BaselineIssue[] = [];
  let schema = raw.schema;
  if (schema === undefined) {
    warnings.push({ path: 'schema', message: `missing; read as schema ${CURRENT_SCHEMA}` });
    schema = CURRENT_SCHEMA;
  }
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { ok: false, error: { path: 'schema', message: `must be a whole number of 1 or more, got ${shown(schema)}` } };
  }
  if (schema > CURRENT_SCHEMA) {
    return {
      ok: false,
      error: { path: 'schema', message: `was written by a newer ClauseLens (schema ${schema}); this version reads up to schema ${CURRENT_SCHEMA}` },
    };
  }
  let value: JsonObject = { ...raw, schema };
  for (let v = schema; v < CURRENT_SCHEMA; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: { path: 'schema', message: `no migration from schema ${v}` } };
    value = step(value);
  }
  return { ok: true, value, warnings };
}

interface Collector {
  errors: BaselineIssue[];
  warnings: BaselineIssue[];
}

const KNOWN_TOP_LEVEL = new Set(['format', '$schema', 'schema', 'id', 'name', 'description', 'rules']);

function readThreshold(info: ThresholdInfo, value: unknown, path: string, out: Collector): unknown {
  switch (info.kind) {
    case 'number': {
      if (typeof value === 'number' && Number.isInteger(value) && value >= info.min && value <= info.max) return value;
      out.errors.push({ path, message: `must be a whole number of ${info.unit} between ${info.min} and ${info.max}, got ${shown(value)}` });
      return undefined;
    }
    case 'mechanisms': {
      if (!Array.isArray(value)) {
        out.errors.push({ path, message: `must be a list of mechanisms (${ACCEPTED_MECHANISMS.join(', ')}), got ${shown(value)}` });
        return undefined;
      }
      const result: AcceptedMechanism[] = [];
      value.forEach((m, i) => {
        const key = typeof m === 'string' ? m.trim().toLowerCase() : m;
        if (key === 'tia') {
          out.errors.push({ path: `${path}[${i}]`, message: `"tia" (transfer impact assessment) is not a transfer mechanism; use ${ACCEPTED_MECHANISMS.join(', ')}` });
        } else if (typeof key === 'string' && (ACCEPTED_MECHANISMS as readonly string[]).includes(key)) {
          if (!result.includes(key as AcceptedMechanism)) result.push(key as AcceptedMechanism);
        } else {
          out.errors.push({ path: `${path}[${i}]`, message: `must be one of ${ACCEPTED_MECHANISMS.join(', ')}, got ${shown(m)}` });
        }
      });
      return result;
    }
    case 'countries': {
      if (!Array.isArray(value)) {
        out.errors.push({ path, message: `must be a list of country names, got ${shown(value)}` });
        return undefined;
      }
      const result: string[] = [];
      value.forEach((c, i) => {
        const country = typeof c === 'string' ? canonicalCountry(c) : null;
        if (country === null) {
          const what = typeof c === 'string' ? `unknown country ${shown(c)}` : `must be a country name, got ${shown(c)}`;
          out.errors.push({ path: `${path}[${i}]`, message: `${what}; use English short names such as "Germany" or "United Kingdom"` });
        } else if (!result.includes(country)) {
          result.push(country);
        }
      });
      return result;
    }
    case 'none':
      return undefined;
  }
}

function thresholdKeys(info: ThresholdInfo): string[] {
  return info.kind === 'none' ? [] : [info.key];
}

function readRule(id: RuleId, raw: unknown, out: Collector): JsonObject {
  const path = `rules.${id}`;
  const fallback = DEFAULT_BASELINE.rules[id] as unknown as JsonObject;
  const info = RULE_INFO[id].threshold;
  const keys = ['enabled', 'severity', ...thresholdKeys(info)];
  if (!isObject(raw)) {
    out.errors.push({ path, message: `must be an object with ${keys.join(', ')}, got ${shown(raw)}` });
    return {};
  }
  for (const k of Object.keys(raw)) {
    if (!keys.includes(k)) out.errors.push({ path: `${path}.${k}`, message: `unknown setting; this rule has ${keys.join(', ')}` });
  }
  const rule: JsonObject = {};
  for (const k of keys) {
    if (raw[k] === undefined) {
      rule[k] = structuredClone(fallback[k]);
      out.warnings.push({ path: `${path}.${k}`, message: `missing; using the default preset's value ${JSON.stringify(fallback[k])}` });
      continue;
    }
    if (k === 'enabled') {
      if (typeof raw.enabled === 'boolean') rule.enabled = raw.enabled;
      else out.errors.push({ path: `${path}.enabled`, message: `must be true or false, got ${shown(raw.enabled)}` });
    } else if (k === 'severity') {
      if (typeof raw.severity === 'string' && (SEVERITIES as readonly string[]).includes(raw.severity)) rule.severity = raw.severity;
      else out.errors.push({ path: `${path}.severity`, message: `must be one of "high", "medium", "low", got ${shown(raw.severity)}` });
    } else {
      rule[k] = readThreshold(info, raw[k], `${path}.${k}`, out);
    }
  }
  return rule;
}

function slug(name: string): string {
  const s = countryKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return (s || 'baseline').slice(0, 64);
}

/** Validates an imported (already JSON.parse'd) baseline; missing rules come from the default preset. */
export function parseBaseline(input: unknown): ParseBaselineResult {
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: `the file must hold a JSON object, got ${shown(input)}` }] };
  if (input.format !== undefined && input.format !== BASELINE_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `must be "${BASELINE_FORMAT}", got ${shown(input.format)}; this is not a ClauseLens baseline` }] };
  }
  const migrated = migrateBaseline(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const raw = migrated.value;
  const out: Collector = { errors: [], warnings: [...migrated.warnings] };

  for (const k of Object.keys(raw)) {
    if (!KNOWN_TOP_LEVEL.has(k)) out.warnings.push({ path: k, message: 'unknown field, ignored' });
  }

  let name = '';
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    out.errors.push({ path: 'name', message: raw.name === undefined ? 'missing; a baseline needs a name' : `must be a non-empty text, got ${shown(raw.name)}` });
  } else if (raw.name.trim().length > 100) {
    out.errors.push({ path: 'name', message: `must be at most 100 characters, got ${raw.name.trim().length}` });
  } else {
    name = raw.name.trim();
  }

  let id = '';
  if (raw.id === undefined) {
    id = slug(name);
    if (name) out.warnings.push({ path: 'id', message: `missing; using "${id}"` });
  } else if (typeof raw.id !== 'string' || raw.id.trim() === '' || raw.id.length > 64) {
    out.errors.push({ path: 'id', message: `must be a non-empty text of at most 64 characters, got ${shown(raw.id)}` });
  } else {
    id = raw.id.trim();
  }

  let description: string | undefined;
  if (raw.description !== undefined && raw.description !== null) {
    if (typeof raw.description === 'string') description = raw.description;
    else out.errors.push({ path: 'description', message: `must be text, got ${shown(raw.description)}` });
  }

  const rules: JsonObject = {};
  if (!isObject(raw.rules)) {
    out.errors.push({
      path: 'rules',
      message: raw.rules === undefined ? 'missing; expected an object keyed by rule id' : `must be an object keyed by rule id, got ${shown(raw.rules)}`,
    });
  } else {
    for (const k of Object.keys(raw.rules)) {
      if (!(RULE_IDS as readonly string[]).includes(k)) {
        out.errors.push({ path: `rules.${k}`, message: `unknown rule id; known rules: ${RULE_IDS.join(', ')}` });
      }
    }
    for (const ruleId of RULE_IDS) {
      const given = raw.rules[ruleId];
      if (given === undefined) {
        rules[ruleId] = structuredClone(DEFAULT_BASELINE.rules[ruleId]);
        out.warnings.push({ path: `rules.${ruleId}`, message: `missing; using the default preset's setting` });
      } else {
        rules[ruleId] = readRule(ruleId, given, out);
      }
    }
  }

  if (out.errors.length) return { ok: false, errors: out.errors };
  const baseline: Baseline = {
    schema: CURRENT_SCHEMA,
    id,
    name,
    ...(description !== undefined ? { description } : {}),
    // Every rule and field was checked above against RULE_INFO, which mirrors RuleThresholds.
    rules: rules as unknown as RuleSettings,
  };
  return { ok: true, baseline, warnings: out.warnings };
}

/** The export file: stable key order, two-space indent, trailing newline. */
export function serializeBaseline(b: Baseline): string {
  const rules: JsonObject = {};
  for (const id of RULE_IDS) {
    const r = b.rules[id] as unknown as JsonObject;
    const ordered: JsonObject = { enabled: r.enabled, severity: r.severity };
    for (const k of thresholdKeys(RULE_INFO[id].threshold)) ordered[k] = r[k];
    rules[id] = ordered;
  }
  const file: JsonObject = { format: BASELINE_FORMAT, schema: b.schema, id: b.id, name: b.name };
  if (b.description !== undefined) file.description = b.description;
  file.rules = rules;
  return `${JSON.stringify(file, null, 2)}\n`;
}

const MAX_FILE_CHARS = 1_000_000;

/** Parses an imported file's text, reporting JSON syntax errors with line and column. */
export function parseBaselineJson(text: string): ParseBaselineResult {
  const read = readJsonText(text, MAX_FILE_CHARS);
  if (!read.ok) {
    const message = read.reason === 'too-large' ? `the file is too large for a baseline (${text.length} characters)` : read.message;
    return { ok: false, errors: [{ path: '', ...(read.line !== undefined ? { line: read.line, column: read.column } : {}), message }] };
  }
  return parseBaseline(read.value);
}
