/**
 * Which categories are highlighted out of the box: the ones behind the key terms a reviewer checks first.
 * The rest are a click away in the popup's legend (the choice is stored per document type).
 */
import { CATEGORIES, type Category, type DocType } from '../engine/report';

export type FocusType = Exclude<DocType, 'other'>;

export const DEFAULT_SHOWN: Record<FocusType, readonly Category[]> = {
  dpa: ['breach-notification', 'international-transfer', 'subprocessors', 'retention-deletion', 'audit', 'liability', 'governing-law'],
  'privacy-policy': ['data-collection', 'sharing', 'retention-deletion', 'data-subject-rights', 'international-transfer', 'children', 'cookies-tracking'],
};

/** The user's choice per document type; a type missing here shows its defaults. */
export type ShownCategories = Partial<Record<FocusType, Category[]>>;

/** A forced analysis of a page that is not a policy is shown with the DPA set. */
export function focusType(docType: DocType): FocusType {
  return docType === 'other' ? 'dpa' : docType;
}

/** The categories shown for a document type, in contract order. */
export function shownFor(choice: ShownCategories | null | undefined, docType: DocType): Category[] {
  const type = focusType(docType);
  const chosen = new Set<Category>(choice?.[type] ?? DEFAULT_SHOWN[type]);
  return CATEGORIES.filter((c) => chosen.has(c));
}

/** Reads a stored choice defensively (storage is user data): unknown types and categories are dropped. */
export function readShown(value: unknown): ShownCategories {
  const out: ShownCategories = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const type of Object.keys(DEFAULT_SHOWN) as FocusType[]) {
    const list = (value as Record<string, unknown>)[type];
    if (Array.isArray(list)) out[type] = CATEGORIES.filter((c) => list.includes(c));
  }
  return out;
}
