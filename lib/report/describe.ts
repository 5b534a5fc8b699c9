/** What the hover card says about one clause (where it is, its categories, its terms against the baseline, deviations and why), and the card's own words, in the reader's language. */
import { RULE_INFO, ruleExpectations, type Baseline, type RuleId } from '../engine/baseline/baseline';
import { RULE_TERM, categoryLabel, categoryLabels, deviationWords, phraseWords, ruleText, termLines } from './format';
import { EN, type I18n } from './i18n';
import type { Category, Phrase, Report } from '../engine/report';
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

const isRule = (rule: string): rule is RuleId => Object.hasOwn(RULE_INFO, rule);

/** The card for `report.clauses[index]`: terms whose evidence lies in the clause, deviations that point at it. */
export function describeClause(report: Report, index: number, baseline?: Baseline, i18n: I18n = EN): ClauseCard {
  return cardOf(report, index, termLines(report, i18n), baseline ? ruleExpectations(baseline, report.docType) : {}, i18n);
}

/** Every tagged clause's card (null for untagged ones), the shared wording worked out once per report, not per clause. */
export function describeClausesOnce(report: Report, baseline?: Baseline, i18n: I18n = EN): (ClauseCard | null)[] {
  const lines = termLines(report, i18n);
  const expectations = baseline ? ruleExpectations(baseline, report.docType) : {};
  return report.clauses.map((c, i) => (c.categories.length ? cardOf(report, i, lines, expectations, i18n) : null));
}

function cardOf(report: Report, index: number, lines: ReturnType<typeof termLines>, expectations: Partial<Record<RuleId, Phrase>>, i18n: I18n): ClauseCard {
  const clause = report.clauses[index];
  const deviated = new Set(report.deviations.map((d) => d.rule));
  const terms: CardTerm[] = [];
  const seen = new Set<string>();
  for (const t of lines) {
    if (!t.stated || t.start === null || t.end === null || !(t.start < clause.end && t.end > clause.start)) continue;
    const text = `${t.label}: ${t.value}`;
    if (seen.has(text)) continue;
    seen.add(text);
    const rules = (Object.keys(RULE_TERM) as RuleId[]).filter((r) => RULE_TERM[r] === (t.key === 'dsrResponseDays' ? 'dsrResponse' : t.key) && expectations[r]);
    const expected = rules.map((r) => phraseWords(expectations[r]!, i18n)).join('; ') || null;
    terms.push({ text, expected, meets: rules.length ? !rules.some((r) => deviated.has(r)) : null });
  }
  const deviations = report.deviations
    .filter((d) => d.clause === index)
    .map((d) => ({
      severity: d.severity,
      text: i18n.t('dev.card', deviationWords(d, i18n)),
      why: isRule(d.rule) ? ruleText(d.rule, 'reason', i18n) : '',
    }));
  return {
    categories: clause.categories.map((id) => ({ id, label: categoryLabel(id, i18n) })),
    ref: clauseRef(clause, i18n),
    terms,
    deviations,
    reasons: clause.why.map((w) => `${categoryLabel(w.category, i18n)}: ${w.reason}`),
  };
}

/** Every tagged clause's card, same index as `report.clauses` (null for a clause without a category). */
export function describeClauses(report: Report, baseline?: Baseline, i18n: I18n = EN): (ClauseCard | null)[] {
  return describeClausesOnce(report, baseline, i18n);
}

/** The in-page card's own words, sent with the cards so the page needs no catalog of its own. */
export interface CardWords {
  save: string;
  /** "Could not save: {error}" with `{error}` left to fill. */
  saveFailed: string;
  changeFailed: string;
  saved: string;
  note: string;
  notePlaceholder: string;
  category: string;
  noCategory: string;
  done: string;
  categories: Record<Category, string>;
}

export function cardWords(i18n: I18n = EN): CardWords {
  const keep = { error: '{error}' };
  return {
    save: i18n.t('card.save'),
    saveFailed: i18n.t('card.saveFailed', keep),
    changeFailed: i18n.t('card.changeFailed', keep),
    saved: i18n.t('card.saved'),
    note: i18n.t('card.note'),
    notePlaceholder: i18n.t('card.notePlaceholder'),
    category: i18n.t('card.category'),
    noCategory: i18n.t('card.noCategory'),
    done: i18n.t('card.done'),
    categories: categoryLabels(i18n),
  };
}
