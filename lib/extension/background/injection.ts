/** The in-page script: injected on demand, and registered by the browser on the addresses with saved highlights. */
import { browser } from 'wxt/browser';
import { savedPagePatterns } from '@/lib/notebook/pagekey';
import { savedPageKeys, watchSavedPageKeys } from '../notebook-store';
import type { ToTab } from './context';

/** The manifest's content script (the gate) is only the cheap check; this file is the in-page code. */
export const IN_PAGE_FILE = '/inpage.js';
const SAVED_SCRIPT_ID = 'clauselens-saved-pages';

/** Makes sure a tab's page runs the in-page script: asks it first, injects it only if nobody answers (never twice at once). */
export function createInjector(toTab: ToTab): (tabId: number) => Promise<void> {
  const injecting = new Map<number, Promise<void>>();
  return (tabId) => {
    const pending = injecting.get(tabId);
    if (pending) return pending;
    const job = (async () => {
      if ((await toTab(tabId)('ping', {})).ok) return;
      await browser.scripting.executeScript({ target: { tabId }, files: [IN_PAGE_FILE] });
    })().finally(() => injecting.delete(tabId));
    injecting.set(tabId, job);
    return job;
  };
}

/**
 * Pages with saved highlights get the in-page script from the browser itself (a registered content script on
 * exactly those addresses), so their highlights are re-found on a visit while the gate on every other page
 * never reads storage. Kept in step with the notebook's page index.
 */
export function registerSavedPagesScript(): void {
  let syncing: Promise<void> = Promise.resolve();
  const sync = (keys: string[]): Promise<void> => {
    syncing = syncing.then(async () => {
      const matches = savedPagePatterns(keys);
      const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SAVED_SCRIPT_ID] });
      if (!matches.length) {
        if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SAVED_SCRIPT_ID] });
        return;
      }
      const script = { id: SAVED_SCRIPT_ID, matches, js: [IN_PAGE_FILE], runAt: 'document_idle' as const };
      if (registered.length) await browser.scripting.updateContentScripts([script]);
      else await browser.scripting.registerContentScripts([script]);
    }).catch((e) => console.error('ClauseLens: could not register the in-page script for pages with saved highlights', e));
    return syncing;
  };
  void savedPageKeys().then(sync);
  watchSavedPageKeys((keys) => void sync(keys));
  // Chrome keeps registrations across restarts; where a browser does not, this listener wakes the background at
  // startup, and the line above registers the script again before the first page loads.
  browser.runtime.onStartup.addListener(() => undefined);
}
