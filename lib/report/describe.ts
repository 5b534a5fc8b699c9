/** What the hover card says about one clause (categories, normalized terms, deviations, reasons), and the card's own words. */
import { categoryLabel, categoryLabels, deviationWords, termLines } from './format';
import { EN, type I18n } from './i18n';
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
export function describeClause(report: Report, index: number, i18n: I18n = EN): ClauseCard {
  const clause = report.clauses[index];
  const terms = termLines(report, i18n)
    .filter((t) => t.stated && t.start !== null && t.end !== null && t.start < clause.end && t.end > clause.start)
    .map((t) => `${t.label}: ${t.value}`);
  const deviations = report.deviations
    .filter((d) => d.clause === index)
    .map((d) => ({ severity: d.severity, text: i18n.t('dev.card', deviationWords(d, i18n)) }));
  return {
    categories: clause.categories.map((id) => ({ id, label: categoryLabel(id, i18n) })),
    terms: [...new Set(terms)],
    deviations,
    reasons: clause.why.map((w) => `${categoryLabel(w.category, i18n)}: ${w.reason}`),
  };
}

/** Every tagged clause's card, same index as `report.clauses` (null for a clause without a category). */
export function describeClauses(report: Report, i18n: I18n = EN): (ClauseCard | null)[] {
  return report.clauses.map((c, i) => (c.categories.length ? describeClause(report, i, i18n) : null));
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
