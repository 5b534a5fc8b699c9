/** Category names as reviewers read them, in the reader's language; a module of its own so the card's wording needs nothing else of lib/report. */
import { CATEGORIES, type Category } from '../engine/report';
import { EN, type I18n } from './i18n';

export function categoryLabel(category: Category, i18n: I18n = EN): string {
  return i18n.t(`category.${category}`);
}

/** Every category's name in one language. */
export function categoryLabels(i18n: I18n = EN): Record<Category, string> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, categoryLabel(c, i18n)])) as Record<Category, string>;
}

/** The English names (the CLI's and the report contract's language). */
export const CATEGORY_LABELS: Record<Category, string> = categoryLabels(EN);
