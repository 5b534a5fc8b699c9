import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_BASELINE,
  DEFAULT_BASELINE_ID,
  EU_EEA_COUNTRIES,
  PRESETS,
  RULE_IDS,
  RULE_INFO,
  canonicalCountry,
  cloneBaseline,
  evaluateBaseline,
  migrateBaseline,
  parseBaseline,
  parseBaselineJson,
  presetById,
  serializeBaseline,
  type Baseline,
  type RuleId,
} from '../../lib/engine/baseline/baseline';
import { locateJsonError } from '../../lib/engine/jsontext';
import type { Clause, DocType, Terms } from '../../lib/engine/report';
import { EMPTY_TERMS } from '../../lib/engine/analyze';

// ---------------------------------------------------------------------------------------
// Helpers: terms with evidence, from a compact description

const ev = (evidence = 'evidence sentence', start = 0, end = start + evidence.length) => ({ evidence, start, end, why: [] });

const emptyTerms = (): Terms => ({ ...EMPTY_TERMS, retention: [] });

/** A DPA whose terms meet every rule of the default preset. */
function compliantDpaTerms(): Terms {
  return {
    ...emptyTerms(),
    breachNotice: { maxHours: 24, qualifier: 'without-undue-delay', ...ev() },
    transfers: { outsideEEA: 'no', mechanisms: [], ...ev() },
    subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 30, ...ev() },
    deletion: { deleteWithinDays: 30, returnWindowDays: 30, ...ev() },
    audit: { noticeDays: 30, maxPerYear: null, ...ev() },
    liability: { capped: false, ...ev() },
    governingLaw: { country: 'Sweden', region: null, ...ev() },
  };
}

const rulesOf = (docType: DocType, terms: Terms, baseline: Baseline = DEFAULT_BASELINE) =>
  evaluateBaseline({ docType, terms, clauses: [] }, baseline).map((d) => d.rule);

function withSetting<R extends RuleId>(id: R, patch: Partial<Baseline['rules'][R]>): Baseline {
  const b = cloneBaseline(DEFAULT_BASELINE);
  Object.assign(b.rules[id], patch);
  return b;
}

// ---------------------------------------------------------------------------------------
// Presets

describe('presets match baseline.md', () => {
  test('three presets with the fixed ids; the default is "GDPR processor, customer side"', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['gdpr-processor', 'strict-enterprise', 'lenient']);
    expect(DEFAULT_BASELINE_ID).toBe('gdpr-processor');
    expect(DEFAULT_BASELINE.name).toBe('GDPR processor, customer side');
    expect(presetById('lenient')?.name).toBe('Lenient');
    expect(presetById('strict-enterprise')?.name).toBe('Strict enterprise');
    expect(presetById('nope')).toBeNull();
  });

  test('every preset sets all 11 rules', () => {
    expect(RULE_IDS).toHaveLength(11);
    for (const p of PRESETS) expect(Object.keys(p.rules).sort()).toEqual([...RULE_IDS].sort());
  });

  const DEFAULT_TABLE: [RuleId, string, object][] = [
    ['breach-notice-max-hours', 'high', { maxHours: 48 }],
    ['transfer-safeguards', 'high', { mechanisms: ['scc', 'adequacy', 'dpf', 'bcr'] }],
    ['subprocessor-notice-days', 'medium', { minDays: 30 }],
    ['subprocessor-objection-days', 'medium', { minDays: 14 }],
    ['deletion-days', 'medium', { maxDays: 30 }],
    ['audit-notice-days', 'medium', { maxDays: 30 }],
    ['liability-cap', 'low', {}],
    ['governing-law', 'low', {}],
    ['outdated-law', 'medium', {}],
    ['retention-stated', 'medium', {}],
    ['dsr-response-days', 'low', { maxDays: 30 }],
  ];
  test.each(DEFAULT_TABLE)('default %s: enabled, %s, %o', (id, severity, threshold) => {
    expect(DEFAULT_BASELINE.rules[id]).toMatchObject({ enabled: true, severity, ...threshold });
  });

  test('default allows EU/EEA, the UK and Switzerland as governing law', () => {
    const countries = DEFAULT_BASELINE.rules['governing-law'].countries;
    expect(EU_EEA_COUNTRIES).toHaveLength(30);
    expect([...countries].sort()).toEqual([...EU_EEA_COUNTRIES, 'United Kingdom', 'Switzerland'].sort());
  });

  const OTHER_TABLE: [string, RuleId, object][] = [
    ['strict-enterprise', 'breach-notice-max-hours', { enabled: true, maxHours: 24 }],
    ['strict-enterprise', 'subprocessor-notice-days', { enabled: true, minDays: 30 }],
    ['strict-enterprise', 'subprocessor-objection-days', { enabled: true, minDays: 30 }],
    ['strict-enterprise', 'deletion-days', { enabled: true, maxDays: 30 }],
    ['strict-enterprise', 'audit-notice-days', { enabled: true, maxDays: 14 }],
    ['strict-enterprise', 'liability-cap', { enabled: true }],
    ['lenient', 'breach-notice-max-hours', { enabled: true, maxHours: 72 }],
    ['lenient', 'subprocessor-notice-days', { enabled: true, minDays: 14 }],
    ['lenient', 'subprocessor-objection-days', { enabled: true, minDays: 10 }],
    ['lenient', 'deletion-days', { enabled: true, maxDays: 90 }],
    ['lenient', 'audit-notice-days', { enabled: true, maxDays: 60 }],
    ['lenient', 'liability-cap', { enabled: false }],
  ];
  test.each(OTHER_TABLE)('%s %s: %o', (preset, id, expected) => {
    expect(presetById(preset)!.rules[id]).toMatchObject(expected);
  });

  test('strict enterprise: EU/EEA law only', () => {
    const countries = presetById('strict-enterprise')!.rules['governing-law'].countries;
    expect([...countries].sort()).toEqual([...EU_EEA_COUNTRIES].sort());
  });

  test('presets are frozen; cloneBaseline gives an editable copy', () => {
    expect(() => {
      (DEFAULT_BASELINE.rules['breach-notice-max-hours'] as { maxHours: number }).maxHours = 1;
    }).toThrow();
    const copy = cloneBaseline(DEFAULT_BASELINE);
    copy.rules['breach-notice-max-hours'].maxHours = 1;
    expect(DEFAULT_BASELINE.rules['breach-notice-max-hours'].maxHours).toBe(48);
  });

  const APPLIES: [RuleId, DocType[]][] = [
    ['breach-notice-max-hours', ['dpa']],
    ['transfer-safeguards', ['dpa', 'privacy-policy']],
    ['subprocessor-notice-days', ['dpa']],
    ['subprocessor-objection-days', ['dpa']],
    ['deletion-days', ['dpa']],
    ['audit-notice-days', ['dpa']],
    ['liability-cap', ['dpa']],
    ['governing-law', ['dpa']],
    ['outdated-law', ['dpa', 'privacy-policy']],
    ['retention-stated', ['privacy-policy']],
    ['dsr-response-days', ['privacy-policy']],
  ];
  test.each(APPLIES)('%s applies to %o', (id, docTypes) => {
    expect(RULE_INFO[id].appliesTo).toEqual(docTypes);
    expect(RULE_INFO[id].title.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------
// Evaluation: thresholds and boundaries

describe('evaluateBaseline thresholds', () => {
  test('a DPA meeting every default rule has no deviations', () => {
    expect(rulesOf('dpa', compliantDpaTerms())).toEqual([]);
  });

  // [label, rule, patch of terms, deviates?]
  const BOUNDARIES: [string, RuleId, Partial<Terms>, boolean][] = [
    ['breach 48 h = limit', 'breach-notice-max-hours', { breachNotice: { maxHours: 48, qualifier: null, ...ev() } }, false],
    ['breach 49 h', 'breach-notice-max-hours', { breachNotice: { maxHours: 49, qualifier: null, ...ev() } }, true],
    ['breach qualifier only', 'breach-notice-max-hours', { breachNotice: { maxHours: null, qualifier: 'without-undue-delay', ...ev() } }, true],
    ['breach not stated', 'breach-notice-max-hours', { breachNotice: null }, true],
    ['sub notice 30 d = minimum', 'subprocessor-notice-days', { subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 30, ...ev() } }, false],
    ['sub notice 29 d', 'subprocessor-notice-days', { subprocessors: { authorization: 'general', noticeDays: 29, objectionDays: 30, ...ev() } }, true],
    ['sub notice null', 'subprocessor-notice-days', { subprocessors: { authorization: 'specific', noticeDays: null, objectionDays: 30, ...ev() } }, true],
    ['sub objection 14 d = minimum', 'subprocessor-objection-days', { subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 14, ...ev() } }, false],
    ['sub objection 13 d', 'subprocessor-objection-days', { subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 13, ...ev() } }, true],
    ['sub objection null', 'subprocessor-objection-days', { subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: null, ...ev() } }, true],
    ['deletion 30 d = maximum', 'deletion-days', { deletion: { deleteWithinDays: 30, returnWindowDays: null, ...ev() } }, false],
    ['deletion 31 d', 'deletion-days', { deletion: { deleteWithinDays: 31, returnWindowDays: null, ...ev() } }, true],
    ['deletion deadline null', 'deletion-days', { deletion: { deleteWithinDays: null, returnWindowDays: 14, ...ev() } }, true],
    ['deletion not stated', 'deletion-days', { deletion: null }, true],
    ['audit notice 30 d = maximum', 'audit-notice-days', { audit: { noticeDays: 30, maxPerYear: 1, ...ev() } }, false],
    ['audit notice 31 d', 'audit-notice-days', { audit: { noticeDays: 31, maxPerYear: 1, ...ev() } }, true],
    ['audit right without notice requirement', 'audit-notice-days', { audit: { noticeDays: null, maxPerYear: null, ...ev() } }, false],
    ['no audit right', 'audit-notice-days', { audit: null }, true],
    ['liability capped', 'liability-cap', { liability: { capped: true, ...ev() } }, true],
    ['liability not stated', 'liability-cap', { liability: null }, false],
    ['governing law Germany', 'governing-law', { governingLaw: { country: 'Germany', region: null, ...ev() } }, false],
    ['governing law "England and Wales"', 'governing-law', { governingLaw: { country: 'England and Wales', region: null, ...ev() } }, false],
    ['governing law United States', 'governing-law', { governingLaw: { country: 'United States', region: 'California', ...ev() } }, true],
    ['governing law not stated', 'governing-law', { governingLaw: null }, true],
    ['outdated law: Directive 95/46/EC', 'outdated-law', { outdatedLaw: { laws: ['directive-95-46'], ...ev() } }, true],
    ['outdated law: empty list', 'outdated-law', { outdatedLaw: { laws: [], ...ev() } }, false],
    ['transfers out with SCCs', 'transfer-safeguards', { transfers: { outsideEEA: 'yes', mechanisms: ['scc'], ...ev() } }, false],
    ['transfers out with TIA only', 'transfer-safeguards', { transfers: { outsideEEA: 'yes', mechanisms: ['tia'], ...ev() } }, true],
    ['transfers out, nothing named', 'transfer-safeguards', { transfers: { outsideEEA: 'yes', mechanisms: [], ...ev() } }, true],
    ['transfers only with consent', 'transfer-safeguards', { transfers: { outsideEEA: 'consent', mechanisms: [], ...ev() } }, false],
    ['transfers not stated', 'transfer-safeguards', { transfers: null }, false],
  ];
  test.each(BOUNDARIES)('%s', (_label, rule, patch, deviates) => {
    const rules = rulesOf('dpa', { ...compliantDpaTerms(), ...patch });
    expect(rules.includes(rule)).toBe(deviates);
    // The patch touches one rule only.
    expect(rules.filter((r) => r !== rule)).toEqual([]);
  });

  const PP_BOUNDARIES: [string, RuleId, Partial<Terms>, boolean][] = [
    ['response 30 d = maximum', 'dsr-response-days', { dsrResponseDays: 30, dsrResponse: { days: 30, ...ev() } }, false],
    ['response 31 d', 'dsr-response-days', { dsrResponseDays: 31, dsrResponse: { days: 31, ...ev() } }, true],
    ['response not stated', 'dsr-response-days', { dsrResponseDays: null }, false],
    ['retention stated', 'retention-stated', { retention: [{ days: 1095, ...ev() }] }, false],
    ['no retention stated', 'retention-stated', { retention: [] }, true],
    ['Privacy Shield', 'outdated-law', { outdatedLaw: { laws: ['privacy-shield'], ...ev() } }, true],
  ];
  test.each(PP_BOUNDARIES)('privacy policy: %s', (_label, rule, patch, deviates) => {
    const terms = { ...emptyTerms(), retention: [{ days: 365, ...ev() }], ...patch };
    expect(rulesOf('privacy-policy', terms).includes(rule)).toBe(deviates);
  });

  test('thresholds are the baseline\'s: the lenient preset accepts 72 hours, strict rejects 48', () => {
    const terms = { ...compliantDpaTerms(), breachNotice: { maxHours: 72, qualifier: null, ...ev() } };
    expect(rulesOf('dpa', terms, presetById('lenient')!)).not.toContain('breach-notice-max-hours');
    const at48 = { ...compliantDpaTerms(), breachNotice: { maxHours: 48, qualifier: null, ...ev() } };
    expect(rulesOf('dpa', at48, presetById('strict-enterprise')!)).toContain('breach-notice-max-hours');
  });

  test('strict enterprise flags UK law; lenient does not flag caps', () => {
    const uk = { ...compliantDpaTerms(), governingLaw: { country: 'United Kingdom', region: null, ...ev() } };
    expect(rulesOf('dpa', uk, presetById('strict-enterprise')!)).toContain('governing-law');
    expect(rulesOf('dpa', uk)).not.toContain('governing-law');
    const capped = { ...compliantDpaTerms(), liability: { capped: true, ...ev() } };
    expect(rulesOf('dpa', capped, presetById('lenient')!)).toEqual([]);
  });

  test('a disabled rule never fires; severity comes from the baseline', () => {
    const capped = { ...compliantDpaTerms(), liability: { capped: true, ...ev() } };
    expect(rulesOf('dpa', capped, withSetting('liability-cap', { enabled: false }))).toEqual([]);
    const [d] = evaluateBaseline({ docType: 'dpa', terms: capped, clauses: [] }, withSetting('liability-cap', { severity: 'high' }));
    expect(d.severity).toBe('high');
  });

  test('transfer mechanisms accepted are the baseline\'s', () => {
    const dpfOnly = { ...compliantDpaTerms(), transfers: { outsideEEA: 'yes' as const, mechanisms: ['dpf' as const], ...ev() } };
    expect(rulesOf('dpa', dpfOnly)).toEqual([]);
    expect(rulesOf('dpa', dpfOnly, withSetting('transfer-safeguards', { mechanisms: ['scc'] }))).toEqual(['transfer-safeguards']);
  });
});

describe('evaluateBaseline texts', () => {
  const only = (rule: RuleId, patch: Partial<Terms>, docType: DocType = 'dpa') =>
    evaluateBaseline({ docType, terms: { ...compliantDpaTerms(), ...patch }, clauses: [] }, DEFAULT_BASELINE).find((d) => d.rule === rule)!;

  test.each<[RuleId, Partial<Terms>, string, string]>([
    ['breach-notice-max-hours', { breachNotice: { maxHours: 72, qualifier: 'without-undue-delay', ...ev() } }, 'at most 48 hours', '72 hours'],
    ['breach-notice-max-hours', { breachNotice: { maxHours: null, qualifier: 'without-undue-delay', ...ev() } }, 'at most 48 hours', 'no hard deadline ("without undue delay")'],
    ['subprocessor-notice-days', { subprocessors: { authorization: 'specific', noticeDays: null, objectionDays: 30, ...ev() } }, "at least 30 days' notice of new sub-processors", 'no notice period stated'],
    ['subprocessor-objection-days', { subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 10, ...ev() } }, 'at least 14 days to object to a new sub-processor', '10 days to object'],
    ['deletion-days', { deletion: { deleteWithinDays: 90, returnWindowDays: null, ...ev() } }, 'deletion within 30 days', 'deletion within 90 days'],
    ['audit-notice-days', { audit: null }, "an audit right with at most 30 days' notice", 'no audit right stated'],
    ['audit-notice-days', { audit: { noticeDays: 60, maxPerYear: 1, ...ev() } }, "an audit right with at most 30 days' notice", "60 days' notice required"],
    ['governing-law', { governingLaw: { country: 'United States', region: 'California', ...ev() } }, 'law of an EU/EEA country, United Kingdom or Switzerland', 'law of United States (California)'],
    ['transfer-safeguards', { transfers: { outsideEEA: 'yes', mechanisms: ['tia'], ...ev() } }, 'transfers outside the EU/EEA under SCCs, an adequacy decision, the DPF or BCRs', 'transfers outside the EU/EEA relying on a transfer impact assessment only'],
    ['outdated-law', { outdatedLaw: { laws: ['directive-95-46', 'privacy-shield'], ...ev() } }, 'no reliance on superseded law', 'relies on Directive 95/46/EC and the EU–US Privacy Shield'],
  ])('%s: expected / found', (rule, patch, expected, found) => {
    expect(only(rule, patch)).toMatchObject({ rule, expected, found, title: RULE_INFO[rule].title });
  });
});

// ---------------------------------------------------------------------------------------
// Document type, clause pointing, order

describe('evaluateBaseline document type and clauses', () => {
  const problems: Terms = {
    ...emptyTerms(),
    breachNotice: { maxHours: 96, qualifier: null, ...ev() },
    transfers: { outsideEEA: 'yes', mechanisms: [], ...ev() },
    liability: { capped: true, ...ev() },
    dsrResponseDays: 60,
    dsrResponse: { days: 60, ...ev() },
    outdatedLaw: { laws: ['privacy-shield'], ...ev() },
  };

  test('"other" documents get no deviations', () => {
    expect(rulesOf('other', problems)).toEqual([]);
  });

  test('a privacy policy is checked by privacy-policy rules only', () => {
    expect(rulesOf('privacy-policy', problems).sort()).toEqual(['dsr-response-days', 'outdated-law', 'retention-stated', 'transfer-safeguards']);
  });

  test('a DPA is checked by DPA rules only', () => {
    const rules = rulesOf('dpa', problems);
    expect(rules).not.toContain('retention-stated');
    expect(rules).not.toContain('dsr-response-days');
    expect(rules).toContain('breach-notice-max-hours');
  });

  // Real sentences from the connectel seed, laid out as consecutive clauses.
  const sentences = [
    '5.2 This DPA shall be governed in accordance with what is set out in the Agreement.',
    "The Service Provider's liability shall be limited in accordance with what is set out in the Agreement.",
    'the Service Provider shall, without undue delay and in any event no later than seventy-two (72) hours thereafter, notify the Customer of the breach',
    'The audit shall be carried out maximum once (1) per calendar year and the Customer shall give at least sixty (60) days notice.',
  ];
  const clauses: Clause[] = [];
  let offset = 0;
  for (const text of sentences) {
    clauses.push({ categories: [], start: offset, end: offset + text.length, heading: null, text, why: [] });
    offset += text.length + 2;
  }
  const at = (i: number, from = 0) => ev(sentences[i].slice(from), clauses[i].start + from);

  const terms: Terms = {
    ...compliantDpaTerms(),
    liability: { capped: true, ...at(1) },
    breachNotice: { maxHours: 72, qualifier: 'without-undue-delay', ...at(2, 20) },
    audit: { noticeDays: 60, maxPerYear: 1, ...at(3) },
    governingLaw: null,
    deletion: null,
  };
  const deviations = evaluateBaseline({ docType: 'dpa', terms, clauses }, DEFAULT_BASELINE);

  test('each deviation points at the clause holding its evidence, or null when missing', () => {
    const byRule = Object.fromEntries(deviations.map((d) => [d.rule, d.clause]));
    expect(byRule).toEqual({
      'breach-notice-max-hours': 2,
      'liability-cap': 1,
      'audit-notice-days': 3,
      'governing-law': null,
      'deletion-days': null,
    });
  });

  test('sorted by severity, then document order, missing terms last', () => {
    expect(deviations.map((d) => d.rule)).toEqual([
      'breach-notice-max-hours',
      'audit-notice-days',
      'deletion-days',
      'liability-cap',
      'governing-law',
    ]);
  });

  test('evidence starting between clauses points at the clause it overlaps', () => {
    const between = { ...compliantDpaTerms(), liability: { capped: true, ...ev('x', clauses[1].start - 1, clauses[1].start + 5) } };
    const [d] = evaluateBaseline({ docType: 'dpa', terms: between, clauses }, DEFAULT_BASELINE);
    expect(d.clause).toBe(1);
  });

  test('an empty evidence range at a clause start points at that clause', () => {
    const empty = { ...compliantDpaTerms(), liability: { capped: true, ...ev('', clauses[2].start) } };
    expect(evaluateBaseline({ docType: 'dpa', terms: empty, clauses }, DEFAULT_BASELINE)[0].clause).toBe(2);
  });

  test('evidence outside every clause gives null', () => {
    const outside = { ...compliantDpaTerms(), liability: { capped: true, ...ev('x', offset + 100) } };
    expect(evaluateBaseline({ docType: 'dpa', terms: outside, clauses }, DEFAULT_BASELINE)[0].clause).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// Gold files (test/fixtures/gold, copied from corpus/gold): deviations under the default preset

interface GoldCase {
  docType: DocType;
  terms: Partial<Terms>;
  present: RuleId[];
  absent: RuleId[];
}

/** Gold terms, with dummy evidence; outdatedLaw is not in the gold files and is set from the text. */
const GOLD: Record<string, GoldCase> = {
  'cloudmqtt-dpa': {
    docType: 'dpa',
    terms: {
      breachNotice: { maxHours: null, qualifier: 'without-undue-delay', ...ev() },
      transfers: { outsideEEA: 'consent', mechanisms: [], ...ev() },
      subprocessors: { authorization: null, noticeDays: 30, objectionDays: 10, ...ev() },
      deletion: { deleteWithinDays: 30, returnWindowDays: null, ...ev() },
      retention: [],
      audit: { noticeDays: null, maxPerYear: null, ...ev() },
      liability: { capped: true, ...ev() },
      governingLaw: { country: 'Sweden', region: null, ...ev() },
      // "Applicable Data Protection Law: means EU Data Protection Directive 95/46/EC, ..."
      outdatedLaw: { laws: ['directive-95-46'], ...ev() },
    },
    present: ['breach-notice-max-hours', 'subprocessor-objection-days', 'liability-cap', 'outdated-law'],
    absent: ['subprocessor-notice-days', 'deletion-days', 'governing-law', 'transfer-safeguards', 'audit-notice-days'],
  },
  'connectel-dpa': {
    docType: 'dpa',
    terms: {
      breachNotice: { maxHours: 72, qualifier: 'without-undue-delay', ...ev() },
      transfers: { outsideEEA: 'yes', mechanisms: ['scc', 'tia', 'dpf', 'adequacy'], ...ev() },
      subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 30, ...ev() },
      deletion: { deleteWithinDays: null, returnWindowDays: 14, ...ev() },
      retention: [],
      audit: { noticeDays: 60, maxPerYear: 1, ...ev() },
      liability: { capped: true, ...ev() },
      governingLaw: null,
    },
    present: ['breach-notice-max-hours', 'deletion-days', 'audit-notice-days', 'liability-cap', 'governing-law'],
    absent: ['transfer-safeguards', 'subprocessor-notice-days', 'subprocessor-objection-days', 'outdated-law'],
  },
  'frostmoln-dpa': {
    docType: 'dpa',
    terms: {
      breachNotice: { maxHours: 24, qualifier: 'without-undue-delay', ...ev() },
      transfers: { outsideEEA: 'no', mechanisms: ['scc', 'adequacy'], ...ev() },
      subprocessors: { authorization: 'general', noticeDays: 30, objectionDays: 30, ...ev() },
      deletion: { deleteWithinDays: 30, returnWindowDays: 30, ...ev() },
      retention: [],
      audit: { noticeDays: 30, maxPerYear: null, ...ev() },
      liability: { capped: true, ...ev() },
      governingLaw: null,
    },
    present: ['liability-cap', 'governing-law'],
    absent: [
      'breach-notice-max-hours',
      'transfer-safeguards',
      'subprocessor-notice-days',
      'subprocessor-objection-days',
      'deletion-days',
      'audit-notice-days',
      'outdated-law',
    ],
  },
  'infracom-dpa': {
    docType: 'dpa',
    terms: {
      breachNotice: { maxHours: 24, qualifier: 'immediately', ...ev() },
      transfers: { outsideEEA: 'no', mechanisms: ['scc'], ...ev() },
      subprocessors: { authorization: 'specific', noticeDays: null, objectionDays: null, ...ev() },
      deletion: { deleteWithinDays: 30, returnWindowDays: null, ...ev() },
      retention: [{ days: 365, ...ev() }],
      audit: { noticeDays: 14, maxPerYear: null, ...ev() },
      liability: { capped: false, ...ev() },
      governingLaw: { country: 'Sweden', region: null, ...ev() },
    },
    present: ['subprocessor-notice-days'],
    absent: [
      'breach-notice-max-hours',
      'transfer-safeguards',
      'deletion-days',
      'audit-notice-days',
      'liability-cap',
      'governing-law',
      'outdated-law',
    ],
  },
  'infrasec-privacy-policy': {
    docType: 'privacy-policy',
    terms: {
      breachNotice: null,
      retention: [{ days: 1095, ...ev() }, { days: 2555, ...ev() }],
      dsrResponseDays: 30,
      dsrResponse: { days: 30, ...ev() },
    },
    present: [],
    absent: ['retention-stated', 'dsr-response-days', 'transfer-safeguards', 'outdated-law'],
  },
};

describe('gold deviations under the default preset', () => {
  test.each(Object.entries(GOLD))('%s', (_name, gold) => {
    const rules = rulesOf(gold.docType, { ...emptyTerms(), ...gold.terms });
    for (const r of gold.present) expect(rules, `${r} should fire`).toContain(r);
    for (const r of gold.absent) expect(rules, `${r} should not fire`).not.toContain(r);
  });
});

/** The gold term fields each rule reads; a rule is only checked when the gold states them all. */
const RULE_FIELDS: Record<RuleId, [keyof Terms, string?][]> = {
  'breach-notice-max-hours': [['breachNotice', 'maxHours']],
  'transfer-safeguards': [['transfers', 'outsideEEA'], ['transfers', 'mechanisms']],
  'subprocessor-notice-days': [['subprocessors', 'noticeDays']],
  'subprocessor-objection-days': [['subprocessors', 'objectionDays']],
  'deletion-days': [['deletion', 'deleteWithinDays']],
  'audit-notice-days': [['audit', 'noticeDays']],
  'liability-cap': [['liability', 'capped']],
  'governing-law': [['governingLaw', 'country']],
  'outdated-law': [['outdatedLaw']],
  'retention-stated': [['retention']],
  'dsr-response-days': [['dsrResponseDays']],
};

type GoldTerms = Record<string, unknown> | null;

function goldStates(terms: GoldTerms, rule: RuleId): boolean {
  if (terms === null) return true;
  return RULE_FIELDS[rule].every(([key, field]) => {
    if (!(key in terms)) return false;
    const value = terms[key];
    if (value === null || field === undefined) return true;
    // transfers.mechanisms only matters once transfers go outside the EEA.
    if (field === 'mechanisms' && (value as Record<string, unknown>).outsideEEA !== 'yes') return true;
    return field in (value as Record<string, unknown>);
  });
}

function termsFromGold(gold: GoldTerms): Terms {
  const terms = emptyTerms() as unknown as Record<string, unknown>;
  const defaults: Record<string, Record<string, unknown>> = {
    breachNotice: { maxHours: null, qualifier: null },
    transfers: { outsideEEA: null, mechanisms: [] },
    subprocessors: { authorization: null, noticeDays: null, objectionDays: null },
    deletion: { deleteWithinDays: null, returnWindowDays: null },
    audit: { noticeDays: null, maxPerYear: null },
    liability: { capped: false },
    governingLaw: { country: '', region: null },
    outdatedLaw: { laws: [] },
  };
  for (const [key, value] of Object.entries(gold ?? {})) {
    if (key === 'retention') terms.retention = (value as number[]).map((days) => ({ days, ...ev() }));
    else if (key === 'dsrResponseDays') {
      terms.dsrResponseDays = value;
      terms.dsrResponse = value === null ? null : { days: value, ...ev() };
    } else if (key === 'governingLaw' && value !== null && (value as { country?: unknown }).country === null) {
      terms.governingLaw = null; // "no country" is no governing law stated
    } else terms[key] = value === null ? null : { ...defaults[key], ...(value as object), ...ev() };
  }
  return terms as unknown as Terms;
}

describe.each(['gold', 'gold-validation'])('every gold file in test/fixtures/%s agrees with the evaluation', (half) => {
  const dir = new URL(`../fixtures/${half}/`, import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  test('the seed gold files are there', () => {
    if (half === 'gold') expect(files).toEqual(expect.arrayContaining(Object.keys(GOLD).map((g) => `${g}.json`)));
    else expect(files.length).toBeGreaterThan(0);
  });
  test.each(files)('%s', (file) => {
    const gold = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
      docType: DocType;
      terms?: GoldTerms;
      deviations?: { present: RuleId[]; absent: RuleId[] };
    };
    const terms = gold.terms ?? null;
    const rules = rulesOf(gold.docType, termsFromGold(terms));
    for (const r of gold.deviations?.present ?? []) if (goldStates(terms, r)) expect(rules, `${r} should fire`).toContain(r);
    for (const r of gold.deviations?.absent ?? []) if (goldStates(terms, r)) expect(rules, `${r} should not fire`).not.toContain(r);
  });
});

// ---------------------------------------------------------------------------------------
// Import: parseBaseline / parseBaselineJson

type RawFile = Record<string, unknown>;
type RawRules = Record<string, Record<string, unknown>>;

const exported = (): RawFile => JSON.parse(serializeBaseline(DEFAULT_BASELINE));

/** The exported default preset, edited: `r` is its `rules` object. */
function mutated(edit: (f: RawFile, r: RawRules) => void): RawFile {
  const f = exported();
  edit(f, f.rules as RawRules);
  return f;
}

describe('parseBaseline errors name where and what', () => {
  const BAD: [string, unknown, string, RegExp][] = [
    ['not an object', [1, 2], '', /JSON object, got a list/],
    ['negative hours', mutated((_f, r) => (r['breach-notice-max-hours'].maxHours = -5)), 'rules.breach-notice-max-hours.maxHours', /^must be a whole number of hours between 1 and 8760, got -5$/],
    ['fractional hours', mutated((_f, r) => (r['breach-notice-max-hours'].maxHours = 1.5)), 'rules.breach-notice-max-hours.maxHours', /got 1\.5/],
    ['hours as text', mutated((_f, r) => (r['breach-notice-max-hours'].maxHours = '24')), 'rules.breach-notice-max-hours.maxHours', /got "24"/],
    ['days above range', mutated((_f, r) => (r['deletion-days'].maxDays = 4000)), 'rules.deletion-days.maxDays', /between 0 and 3650, got 4000/],
    ['enabled as text', mutated((_f, r) => (r['liability-cap'].enabled = 'yes')), 'rules.liability-cap.enabled', /true or false, got "yes"/],
    ['unknown severity', mutated((_f, r) => (r['outdated-law'].severity = 'critical')), 'rules.outdated-law.severity', /"high", "medium", "low", got "critical"/],
    ['unknown rule', mutated((_f, r) => (r['breach-notice-hours'] = { enabled: true })), 'rules.breach-notice-hours', /unknown rule id/],
    ['unknown setting (typo)', mutated((_f, r) => (r['breach-notice-max-hours'].maxHour = 24)), 'rules.breach-notice-max-hours.maxHour', /unknown setting; this rule has enabled, severity, maxHours/],
    ['rule not an object', mutated((_f, r) => ((r as Record<string, unknown>)['governing-law'] = true)), 'rules.governing-law', /must be an object/],
    ['unknown country', mutated((_f, r) => (r['governing-law'].countries = ['Sweden', 'Narnia'])), 'rules.governing-law.countries[1]', /unknown country "Narnia"/],
    ['countries not a list', mutated((_f, r) => (r['governing-law'].countries = 'Sweden')), 'rules.governing-law.countries', /list of country names, got "Sweden"/],
    ['unknown mechanism', mutated((_f, r) => (r['transfer-safeguards'].mechanisms = ['scc', 'contract'])), 'rules.transfer-safeguards.mechanisms[1]', /one of scc, adequacy, dpf, bcr, got "contract"/],
    ['tia as a mechanism', mutated((_f, r) => (r['transfer-safeguards'].mechanisms = ['tia'])), 'rules.transfer-safeguards.mechanisms[0]', /not a transfer mechanism/],
    ['missing name', mutated((f) => delete f.name), 'name', /missing/],
    ['blank name', mutated((f) => (f.name = '   ')), 'name', /non-empty/],
    ['rules missing', mutated((f) => delete f.rules), 'rules', /missing/],
    ['wrong format marker', mutated((f) => (f.format = 'something-else')), 'format', /not a ClauseLens baseline/],
    ['newer schema', mutated((f) => (f.schema = 2)), 'schema', /newer ClauseLens/],
    ['schema as text', mutated((f) => (f.schema = '1')), 'schema', /whole number/],
  ];
  test.each(BAD)('%s', (_label, input, path, message) => {
    const result = parseBaseline(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const hit = result.errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(result.errors)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  test('all errors are reported at once', () => {
    const f = mutated((x, r) => {
      r['breach-notice-max-hours'].maxHours = 0;
      r['dsr-response-days'].maxDays = -1;
      delete x.name;
    });
    const result = parseBaseline(f);
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual([
      'name',
      'rules.breach-notice-max-hours.maxHours',
      'rules.dsr-response-days.maxDays',
    ]);
  });
});

describe('parseBaseline accepts', () => {
  test('missing rules and fields are filled from the default preset, with warnings', () => {
    const result = parseBaseline({
      schema: 1,
      id: 'mine',
      name: 'Mine',
      rules: { 'breach-notice-max-hours': { maxHours: 12 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.baseline.rules['breach-notice-max-hours']).toEqual({ enabled: true, severity: 'high', maxHours: 12 });
    expect(result.baseline.rules['deletion-days']).toEqual(DEFAULT_BASELINE.rules['deletion-days']);
    const paths = result.warnings.map((w) => w.path);
    expect(paths).toContain('rules.deletion-days');
    expect(paths).toContain('rules.breach-notice-max-hours.enabled');
    expect(paths).not.toContain('rules.breach-notice-max-hours.maxHours');
  });

  test('a file without the format marker, schema or id is accepted', () => {
    const f = mutated((x) => {
      delete x.format;
      delete x.schema;
      delete x.id;
      x.name = 'Our Playbook 2025';
    });
    const result = parseBaseline(f);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.baseline.id).toBe('our-playbook-2025');
    expect(result.baseline.schema).toBe(1);
    expect(result.warnings.map((w) => w.path).sort()).toEqual(['id', 'schema']);
  });

  test('countries case-insensitively and by alias, stored under their listed names', () => {
    const f = mutated((_x, r) => (r['governing-law'].countries = ['sweden', 'GERMANY', 'the U.K.', 'Czech Republic', 'cote d’ivoire', 'Sweden']));
    const result = parseBaseline(f);
    expect(result.ok && result.baseline.rules['governing-law'].countries).toEqual(['Sweden', 'Germany', 'United Kingdom', 'Czechia', "Côte d'Ivoire"]);
  });

  test('mechanisms case-insensitively, without duplicates', () => {
    const f = mutated((_x, r) => (r['transfer-safeguards'].mechanisms = ['SCC', 'scc', 'Bcr']));
    const result = parseBaseline(f);
    expect(result.ok && result.baseline.rules['transfer-safeguards'].mechanisms).toEqual(['scc', 'bcr']);
  });

  test('days may be 0 (no minimum)', () => {
    const f = mutated((_x, r) => (r['subprocessor-notice-days'].minDays = 0));
    expect(parseBaseline(f).ok).toBe(true);
  });

  test('unknown top-level fields are ignored with a warning', () => {
    const result = parseBaseline(mutated((x) => (x.exportedAt = '2025-01-01')));
    expect(result.ok && result.warnings).toEqual([{ path: 'exportedAt', message: 'unknown field, ignored' }]);
  });
});

describe('parseBaselineJson syntax errors', () => {
  const SYNTAX: [string, string, number, number, RegExp][] = [
    ['trailing comma', '{\n  "name": "x",\n}', 3, 1, /remove the trailing comma/],
    ['missing comma', '{\n  "name": "x"\n  "id": "y"\n}', 3, 3, /',' or '}'/],
    ['single quotes', "{ 'name': 'x' }", 1, 3, /property name in double quotes/],
    ['unterminated', '{ "name": "x"', 1, 14, /the end of the file/],
    ['bare word', '{ "enabled": yes }', 1, 14, /expected a value/],
    ['garbage after value', '{}\n}', 2, 1, /after the end/],
  ];
  test.each(SYNTAX)('%s', (_label, text, line, column, message) => {
    const result = parseBaselineJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path: '', line, column });
    expect(result.errors[0].message).toMatch(message);
    expect(result.errors[0].message).toContain(`line ${line}, column ${column}`);
  });

  test('empty file', () => {
    const result = parseBaselineJson('  \n');
    expect(!result.ok && result.errors[0].message).toBe('the file is empty');
  });

  test('valid JSON is located as valid, so JSON.parse and the locator agree', () => {
    expect(locateJsonError(serializeBaseline(DEFAULT_BASELINE))).toBeNull();
    expect(locateJsonError('[1, -2.5e3, "a\\u00e9\\n", true, null, {"k": []}]')).toBeNull();
  });

  test('a byte-order mark is tolerated', () => {
    expect(parseBaselineJson(`\uFEFF${serializeBaseline(DEFAULT_BASELINE)}`).ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// Export and round trip

describe('serializeBaseline', () => {
  test.each(PRESETS.map((p) => [p.id, p] as const))('%s round-trips through export and import', (_id, preset) => {
    const result = parseBaselineJson(serializeBaseline(preset));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.baseline).toEqual(preset);
  });

  test('an edited baseline round-trips', () => {
    const b = cloneBaseline(presetById('lenient')!);
    b.id = 'custom';
    b.name = 'Custom';
    delete b.description;
    b.rules['governing-law'].countries = ['Norway', 'United States'];
    b.rules['dsr-response-days'] = { enabled: false, severity: 'high', maxDays: 45 };
    const result = parseBaselineJson(serializeBaseline(b));
    expect(result.ok && result.baseline).toEqual(b);
  });

  test('stable key order and the format marker', () => {
    const text = serializeBaseline(DEFAULT_BASELINE);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'schema', 'id', 'name', 'description', 'rules']);
    expect(file.format).toBe('clauselens-baseline');
    expect(Object.keys(file.rules)).toEqual(RULE_IDS);
    expect(Object.keys(file.rules['breach-notice-max-hours'])).toEqual(['enabled', 'severity', 'maxHours']);
    // Key order does not depend on how the object was built.
    const shuffled = cloneBaseline(DEFAULT_BASELINE);
    shuffled.rules = Object.fromEntries(Object.entries(shuffled.rules).reverse()) as Baseline['rules'];
    expect(serializeBaseline(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('migrateBaseline and countries', () => {
  test('schema 1 passes through unchanged', () => {
    const raw = exported();
    const result = migrateBaseline(raw);
    expect(result.ok && result.value).toEqual(raw);
  });

  test.each([
    ['Sweden', 'Sweden'],
    ['england and wales', 'United Kingdom'],
    ['USA', 'United States'],
    ['The Netherlands', 'Netherlands'],
    ['Sverige', null],
    ['Atlantis', null],
  ])('canonicalCountry(%s) = %s', (name, expected) => {
    expect(canonicalCountry(name)).toBe(expected);
  });
});
