/** Browser events the background follows: a new active baseline or language, a tab navigating or closing. */
import { browser } from 'wxt/browser';
import { cardWords, describeClauses } from '@/lib/report/describe';
import { loadActiveBaseline, watchActiveBaseline } from '../baselines';
import { loadI18n, watchI18n } from '../language';
import { reevaluateTabState } from '../tabstate';
import { pageReport } from '../protocol';
import type { Background } from './context';
import { SAVED_PAGES_KEY } from '@/lib/notebook/pagekey';

/** Keeps storage.local to the extension's own pages and the background, where the browser can (Chrome; not Firefox). */
export async function closeStorageToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

export function followTabsAndBaseline(bg: Background): void {
  // Content scripts cannot watch storage: the pages the background knows hear of every notebook change from it.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SAVED_PAGES_KEY in changes || 'notebook' in changes)) return;
    void bg.tabs.known().then((known) => {
      for (const [id] of known) void bg.toTab(id)('savedChanged', {});
    });
  });

  // A new active baseline re-evaluates every open tab's report (no re-analysis) and its badge.
  watchActiveBaseline(async (baseline) => {
    const i18n = await loadI18n();
    for (const [id, state] of bg.tabs.inMemory()) {
      const next = reevaluateTabState(state, baseline);
      void bg.tabs.save(id, next).then(() => bg.badge.show(id, next));
      // The page's hover cards show deviations too: send the new wording (nothing is re-read or repainted).
      const report = next.report;
      if (report && next.detected) void bg.toTab(id)('reportChanged', { report: pageReport(report), cards: describeClauses(report, baseline, i18n) });
    }
  });
  // A new language: the open pages' cards and the badges' titles are worded again; the reports stay as they are.
  watchI18n(async (i18n) => {
    const baseline = await loadActiveBaseline();
    for (const [id, state] of bg.tabs.inMemory()) {
      void bg.badge.show(id, state);
      const report = state.report;
      if (report && state.detected) void bg.toTab(id)('reportChanged', { report: pageReport(report), cards: describeClauses(report, baseline, i18n), words: cardWords(i18n) });
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') bg.historyVisits.delete(tabId);
    // A new document in the tab: its old report and badge no longer apply.
    if (change.status === 'loading' && bg.tabs.has(tabId)) void bg.tabs.save(tabId, null).then(() => bg.badge.show(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    bg.pendingReveal.delete(tabId);
    bg.historyVisits.delete(tabId);
    void bg.tabs.closed(tabId);
  });
}
