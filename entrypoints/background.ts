// The engine runs here, off the page's main thread; the background keeps each tab's report and its badge.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadActiveBaseline, watchActiveBaseline } from '@/components/storage';
import { analyze } from '@/lib/analyze';
import { reevaluateTabState } from '@/lib/settings';
import { describeClause } from '@/lib/dom/describe';
import {
  createHandler,
  createSender,
  type BackgroundProtocol,
  type ContentProtocol,
  type Result,
  type TabState,
} from '@/lib/protocol';

/** Sites (host names) where the user turned highlighting off. */
const highlightOffSites = storage.defineItem<string[]>('local:highlightOffSites', { version: 1, fallback: [] });

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export default defineBackground(() => {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const tabs = new Map<number, TabState>();
  const toTab = (tabId: number) =>
    createSender<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message));

  /** Memory first; storage.session keeps reports across service-worker restarts where the browser has it. */
  async function save(tabId: number, state: TabState | null): Promise<void> {
    if (state) tabs.set(tabId, state);
    else tabs.delete(tabId);
    try {
      if (state) await storage.setItem(`session:tab-${tabId}`, state);
      else await storage.removeItem(`session:tab-${tabId}`);
    } catch {
      // No storage.session (older Firefox): memory alone serves until the background sleeps.
    }
  }

  async function load(tabId: number): Promise<TabState | null> {
    const known = tabs.get(tabId);
    if (known) return known;
    try {
      return await storage.getItem<TabState>(`session:tab-${tabId}`);
    } catch {
      return null;
    }
  }

  async function showBadge(tabId: number, state: TabState | null): Promise<void> {
    const count = state?.detected && state.report ? state.report.deviations.length : null;
    await action.setBadgeText({ tabId, text: count === null ? '' : String(count) });
    if (count !== null) await action.setBadgeBackgroundColor({ tabId, color: count > 0 ? '#c92a2a' : '#2b8a3e' });
  }

  function requireTab(tabId: number | null): number {
    if (tabId === null) throw new Error('message did not come from a tab');
    return tabId;
  }

  async function analyzeTab(tabId: number) {
    return unwrap(await toTab(tabId)('analyzeNow', {}));
  }

  const handle = createHandler<BackgroundProtocol>({
    async analyzePage({ plain, url, forced }, sender) {
      const tabId = requireTab(sender.tabId);
      const report = analyze(plain, { source: url, force: forced, baseline: await loadActiveBaseline() });
      const siteHighlighting = !(await highlightOffSites.getValue()).includes(siteOf(url));
      const detected = forced || report.docType !== 'other';
      const state: TabState = { url, report: detected ? report : null, detected, forced, highlighting: siteHighlighting, siteHighlighting };
      await save(tabId, state);
      await showBadge(tabId, state);
      const cards = detected ? report.clauses.map((c, i) => (c.categories.length ? describeClause(report, i) : null)) : [];
      return { report, siteHighlighting, cards };
    },
    async pageCleared(_data, sender) {
      const tabId = requireTab(sender.tabId);
      await save(tabId, null);
      await showBadge(tabId, null);
      return null;
    },
    async highlightingShown({ highlighting }, sender) {
      const tabId = requireTab(sender.tabId);
      const state = await load(tabId);
      if (state) await save(tabId, { ...state, highlighting });
      return null;
    },
    getTabState: ({ tabId }) => load(tabId),
    async setHighlighting({ tabId, scope, enabled }) {
      if (scope === 'page') {
        unwrap(await toTab(tabId)('setHighlighting', { scope, enabled }));
        return null;
      }
      const state = await load(tabId);
      if (!state) throw new Error('ClauseLens has not read this page');
      const site = siteOf(state.url);
      const off = new Set(await highlightOffSites.getValue());
      if (enabled) off.delete(site);
      else off.add(site);
      await highlightOffSites.setValue([...off]);
      // Every open page of the site follows, not only the one the user toggled on.
      for (const [id, other] of tabs) {
        if (siteOf(other.url) !== site) continue;
        await save(id, { ...other, siteHighlighting: enabled });
        await toTab(id)('setHighlighting', { scope, enabled });
      }
      return null;
    },
    analyzeTab: ({ tabId }) => analyzeTab(tabId),
  });
  browser.runtime.onMessage.addListener(handle);

  // A new active baseline re-evaluates every open tab's report (no re-analysis) and its badge.
  watchActiveBaseline((baseline) => {
    for (const [id, state] of tabs) {
      const next = reevaluateTabState(state, baseline);
      void save(id, next).then(() => showBadge(id, next));
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its old report and badge no longer apply.
    if (change.status === 'loading' && tabs.has(tabId)) void save(tabId, null).then(() => showBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => void save(tabId, null));
});
