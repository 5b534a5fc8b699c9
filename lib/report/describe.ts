/** What the hover card says about one clause: categories, normalized terms, deviations, reasons. */
import { CATEGORY_LABELS, termLines } from './format';
import type { Category, Report } from '../engine/report';

export interface ClauseCard {
  categories: { id: Category; label: string }[];
  /** Normalized terms read from this clause, e.g. "Breach notice: 72 hours". */
  terms: string[];
  /** Deviations from the baseline this clause shows. */
  deviations: { severity: string; text: string }[];
  /** Why each category was tagged. */
  reasons: string[];
}

/** The card for `report.clauses[index]`: terms whose evidence lies in the clause, deviations that point at it. */
export function describeClause(report: Report, index: number): ClauseCard {
  const clause = report.clauses[index];
  const terms = termLines(report)
    .filter((t) => t.stated && t.start !== null && t.end !== null && t.start < clause.end && t.end > clause.start)
    .map((t) => `${t.label}: ${t.value}`);
  const deviations = report.deviations
    .filter((d) => d.clause === index)
    .map((d) => ({ severity: d.severity, text: `${d.title}: ${d.found} (baseline: ${d.expected})` }));
  return {
    categories: clause.categories.map((id) => ({ id, label: CATEGORY_LABELS[id] })),
    terms: [...new Set(terms)],
    deviations,
    reasons: clause.why.map((w) => `${CATEGORY_LABELS[w.category]}: ${w.reason}`),
  };
}
