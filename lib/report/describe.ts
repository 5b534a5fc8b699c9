/** What the hover card says about one clause: where it is, its categories, its terms against the baseline, deviations and why. */
import { RULE_INFO, ruleExpectations, type Baseline, type RuleId } from '../engine/baseline/baseline';
import { CATEGORY_LABELS, RULE_TERM, termLines } from './format';
import type { Category, Report } from '../engine/report';
import { clauseRef } from './ref';

export { clauseRef };

export interface CardTerm {
  /** "Breach notice: 72 hours". */
  text: string;
  /** What the baseline expects of this term ("at most 48 hours"), when a rule reads it. */
  expected: string | null;
  /** true: the document meets the baseline here; false: a deviation; null: no rule reads this term. */
  meets: boolean | null;
}

export interface ClauseCard {
  categories: { id: Category; label: string }[];
  /** Where the clause is: the document's own number ("§ 7.1", "Clause 9"), else its heading; null when neither. */
  ref: string | null;
  /** Normalized terms read from this clause, each with the baseline's expectation. */
  terms: CardTerm[];
  /** Deviations from the baseline this clause shows, each with the rule's reason in plain words. */
  deviations: { severity: string; text: string; why: string }[];
  /** Why each category was tagged. */
  reasons: string[];
}

/** The card for `report.clauses[index]`: terms whose evidence lies in the clause, deviations that point at it. */
export function describeClause(report: Report, index: number, baseline?: Baseline): ClauseCard {
  const clause = report.clauses[index];
  const expectations = baseline ? ruleExpectations(baseline, report.docType) : {};
  const deviated = new Set(report.deviations.map((d) => d.rule));
  const terms: CardTerm[] = [];
  const seen = new Set<string>();
  for (const t of termLines(report)) {
    if (!t.stated || t.start === null || t.end === null || !(t.start < clause.end && t.end > clause.start)) continue;
    const text = `${t.label}: ${t.value}`;
    if (seen.has(text)) continue;
    seen.add(text);
    const rules = (Object.keys(RULE_TERM) as RuleId[]).filter((r) => RULE_TERM[r] === (t.key === 'dsrResponseDays' ? 'dsrResponse' : t.key) && expectations[r]);
    const expected = rules.map((r) => expectations[r]!).join('; ') || null;
    terms.push({ text, expected, meets: rules.length ? !rules.some((r) => deviated.has(r)) : null });
  }
  const deviations = report.deviations
    .filter((d) => d.clause === index)
    .map((d) => ({
      severity: d.severity,
      text: `${d.title}: ${d.found} (your baseline: ${d.expected})`,
      why: (RULE_INFO[d.rule as RuleId] as { reason: string } | undefined)?.reason ?? '',
    }));
  return {
    categories: clause.categories.map((id) => ({ id, label: CATEGORY_LABELS[id] })),
    ref: clauseRef(clause),
    terms,
    deviations,
    reasons: clause.why.map((w) => `${CATEGORY_LABELS[w.category]}: ${w.reason}`),
  };
}
