/** Repairs at the background's start: a damaged notebook entry is set aside, damaged small keys are rebuilt. */
import { browser } from 'wxt/browser';
import { SAVED_PAGES_KEY } from '@/lib/notebook/pagekey';
import { stringList } from '../notebook-store';
import { highlightOffSites } from './sites';
import type { NotebookChange } from './writer';

const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Runs once per start of the background. The page index is rebuilt from the notebook (it is derived from it),
 * the highlight-off sites keep the host names they still hold. Answers the keys it repaired.
 */
export async function repairStores(mutate: <T>(change: NotebookChange<T>) => Promise<T>): Promise<string[]> {
  const repaired: string[] = [];
  const raw = await browser.storage.local.get([SAVED_PAGES_KEY, 'highlightOffSites']);
  if (raw.highlightOffSites !== undefined && !isStringList(raw.highlightOffSites)) {
    await highlightOffSites.setValue(stringList(raw.highlightOffSites));
    repaired.push('highlightOffSites');
  }
  const indexDamaged = raw[SAVED_PAGES_KEY] !== undefined && !isStringList(raw[SAVED_PAGES_KEY]);
  // The writer writes when the change gives a new notebook or the stored one had damaged entries.
  await mutate((notebook) => ({ notebook: indexDamaged ? { ...notebook } : notebook, value: null }));
  if (indexDamaged) repaired.push(SAVED_PAGES_KEY);
  return repaired;
}
