/** A document's terms against a baseline: the deviations, most severe first, each pointing at its clause. */
import type { Clause, Deviation, DocType, Phrase, Severity, Terms } from '../report';
import type { Baseline } from './presets';
import { RULES, RULE_IDS, phraseText, type Finding, type RuleId, type RuleRecord } from './rules';

export interface EvaluationInput {
  docType: DocType;
  terms: Terms;
  clauses: Clause[];
}

interface Located {
  start: number;
  end: number;
}

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
    const r = RULES[id] as unknown as RuleRecord<object>;
    if (!setting.enabled || !r.appliesTo.includes(input.docType)) return;
    // Each record's evaluator receives its own rule's setting (RuleSettings is keyed by rule id).
    const finding: Finding | null = r.evaluate(setting, input.terms);
    if (!finding) return;
    found.push({
      deviation: {
        rule: id as RuleId,
        severity: setting.severity,
        title: r.title,
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

const NOWHERE = { evidence: '', start: 0, end: 0, why: [] };

/** A document that falls short of every rule (states nothing, or the worst), so each rule says what it expects. */
const FALLS_SHORT: Terms = {
  breachNotice: null,
  transfers: { outsideEEA: 'yes', mechanisms: [], ...NOWHERE },
  subprocessors: null,
  deletion: null,
  retention: [],
  audit: null,
  liability: { capped: true, ...NOWHERE },
  governingLaw: null,
  dsrResponseDays: Number.MAX_SAFE_INTEGER,
  dsrResponse: { days: Number.MAX_SAFE_INTEGER, ...NOWHERE },
  outdatedLaw: { laws: ['privacy-shield'], ...NOWHERE },
};

/**
 * What each enabled rule that applies to `docType` expects, as the phrase its deviations use ("at most 48 hours"
 * in English, phraseText), so a surface can show the expectation next to a term the document meets.
 */
export function ruleExpectations(baseline: Baseline, docType: DocType): Partial<Record<RuleId, Phrase>> {
  const out: Partial<Record<RuleId, Phrase>> = {};
  for (const id of RULE_IDS) {
    const setting = baseline.rules[id];
    const r = RULES[id] as unknown as RuleRecord<object>;
    if (!setting.enabled || !r.appliesTo.includes(docType)) continue;
    const finding = r.evaluate(setting, FALLS_SHORT);
    if (finding) out[id as RuleId] = finding.expected;
  }
  return out;
}
