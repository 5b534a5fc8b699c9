/** Browser events the background follows: a new active baseline, a tab navigating or closing. */
import { browser } from 'wxt/browser';
import { describeClause } from '@/lib/report/describe';
import { watchActiveBaseline } from '../baselines';
import { reevaluateTabState } from '../tabstate';
import type { Background } from './context';

export function followTabsAndBaseline(bg: Background): void {
  // A new active baseline re-evaluates every open tab's report (no re-analysis) and its badge.
  watchActiveBaseline((baseline) => {
    for (const [id, state] of bg.tabs.inMemory()) {
      const next = reevaluateTabState(state, baseline);
      void bg.tabs.save(id, next).then(() => bg.badge.show(id, next));
      // The page's hover cards show deviations too: send the new wording (nothing is re-read or repainted).
      const report = next.report;
      if (report && next.detected) {
        const cards = report.clauses.map((c, i) => (c.categories.length ? describeClause(report, i) : null));
        void bg.toTab(id)('reportChanged', { report, cards });
      }
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its old report and badge no longer apply.
    if (change.status === 'loading' && bg.tabs.has(tabId)) void bg.tabs.save(tabId, null).then(() => bg.badge.show(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    bg.pendingReveal.delete(tabId);
    void bg.tabs.save(tabId, null);
  });
}
