/** Which categories the page highlights, per document type (the popup's legend); written only by the background. */
import { storage } from 'wxt/utils/storage';
import { readShown, type ShownCategories } from '@/lib/report/focus';

export const shownCategoriesItem = storage.defineItem<ShownCategories>('local:shownCategories', { version: 1, fallback: {} });

/** The stored choice, read defensively (an unknown category from a newer or edited store is dropped). */
export async function loadShownCategories(): Promise<ShownCategories> {
  return readShown(await shownCategoriesItem.getValue());
}
