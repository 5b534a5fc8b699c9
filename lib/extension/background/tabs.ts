/** Each tab's state (memory first, storage.session across service-worker restarts) and its toolbar badge. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { readingProblem } from '../../report/reading';
import type { TabState } from '../protocol';
import { loadI18n } from '../language';

export interface TabStore {
  /** Keeps (or, with null, forgets) a tab's state; a state for a tab that was closed is dropped. */
  save(tabId: number, state: TabState | null): Promise<void>;
  /** The tab was closed: its state is forgotten, and a reply still on its way for it (an analysis, a re-anchoring) is not kept. */
  closed(tabId: number): Promise<void>;
  load(tabId: number): Promise<TabState | null>;
  /** Tabs held in memory (the ones this background instance has seen). */
  inMemory(): [number, TabState][];
  has(tabId: number): boolean;
  /** The state held in memory for a tab, without reading storage. */
  peek(tabId: number): TabState | null;
  /** Every tab the background holds a state for: memory, plus storage.session after a service-worker restart. */
  known(): Promise<[number, TabState][]>;
}

export function createTabStore(): TabStore {
  const tabs = new Map<number, TabState>();
  // Tab ids are not reused within a browser session, so a closed tab stays closed for this background's life.
  const gone = new Set<number>();
  const store: TabStore = {
    async save(tabId, state) {
      if (state && gone.has(tabId)) return;
      if (state) tabs.set(tabId, state);
      else tabs.delete(tabId);
      try {
        if (state) await storage.setItem(`session:tab-${tabId}`, state);
        else await storage.removeItem(`session:tab-${tabId}`);
      } catch {
        // No storage.session (older Firefox): memory alone serves until the background sleeps.
      }
    },
    async closed(tabId) {
      gone.add(tabId);
      await store.save(tabId, null);
    },
    async load(tabId) {
      const known = tabs.get(tabId);
      if (known) return known;
      try {
        return await storage.getItem<TabState>(`session:tab-${tabId}`);
      } catch {
        return null;
      }
    },
    inMemory: () => [...tabs],
    has: (tabId) => tabs.has(tabId),
    peek: (tabId) => tabs.get(tabId) ?? null,
    async known() {
      const found = new Map(tabs);
      try {
        const all = (await browser.storage.session.get(null)) as Record<string, TabState>;
        for (const [key, state] of Object.entries(all)) {
          const id = Number(key.slice(4));
          if (key.startsWith('tab-') && Number.isInteger(id) && !found.has(id)) found.set(id, state);
        }
      } catch {
        // No storage.session (older Firefox): memory only.
      }
      return [...found];
    },
  };
  return store;
}

export interface Badge {
  /**
   * The deviation count of a recognised page (red above zero, green at zero), marked Δ when it changed since the last visit;
   * a grey "?" where no deviation means nothing was judged (another language, too little text read); nothing otherwise.
   */
  show(tabId: number, state: TabState | null): Promise<void>;
  /** A brief "!" where the page cannot say itself that something failed, then the usual badge again. */
  flash(tabId: number, after: () => TabState | null): Promise<void>;
}

export function createBadge(): Badge {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const show = async (tabId: number, state: TabState | null) => {
    const count = state?.detected && state.report ? state.report.deviations.length : null;
    const unjudged = count === 0 && !!state?.report && readingProblem(state.report) !== null;
    // Δ: the document changed since the reader's previous visit (the popup says what changed).
    await action.setBadgeText({ tabId, text: count === null ? '' : `${state?.changes ? 'Δ' : ''}${unjudged ? '?' : count}` });
    if (count !== null) await action.setBadgeBackgroundColor({ tabId, color: count > 0 ? '#c92a2a' : unjudged ? '#667085' : '#2b8a3e' });
    // The button's tooltip says what the number means, in the reader's language.
    const i18n = await loadI18n();
    const title =
      count === null ? i18n.t('ext.name') : count > 0 ? i18n.t('badge.deviations', { n: count }) : unjudged ? i18n.t('badge.unjudged') : i18n.t('badge.none');
    await action.setTitle({ tabId, title });
  };
  return {
    show,
    async flash(tabId, after) {
      await action.setBadgeText({ tabId, text: '!' });
      await action.setTitle({ tabId, title: (await loadI18n()).t('badge.failed') });
      setTimeout(() => void show(tabId, after()), 2000);
    },
  };
}
