/** The sites (host names) where the user turned highlighting off. */
import { storage } from 'wxt/utils/storage';
import { stringList } from '../notebook-store';

export const highlightOffSites = storage.defineItem<string[]>('local:highlightOffSites', { version: 1, fallback: [] });

/** The sites with highlighting off; a damaged value reads as the host names it still holds. */
export async function offSites(): Promise<string[]> {
  return stringList(await highlightOffSites.getValue());
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
