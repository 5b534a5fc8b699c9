/** The sites (host names) where the user turned highlighting off. */
import { storage } from 'wxt/utils/storage';

export const highlightOffSites = storage.defineItem<string[]>('local:highlightOffSites', { version: 1, fallback: [] });

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
