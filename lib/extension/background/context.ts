/** What the background's handlers share: the tab store, the badge, the way to a tab, the one notebook writer. */
import { browser } from 'wxt/browser';
import { createSender, type BackgroundProtocol, type ContentProtocol, type Handlers, type Result } from '../protocol';
import { createBadge, createTabStore, type Badge, type TabStore } from './tabs';
import { createInjector } from './injection';
import { createNotebookWriter, type NotebookChange } from './writer';
import { createHistoryService, type HistoryService } from './history';
import { createBaselineWriter } from '../baselines';
import type { BaselineOperation, BaselineOutcome } from '@/lib/engine/baseline/operations';

export type ToTab = (tabId: number) => ReturnType<typeof createSender<ContentProtocol>>;

/** One concern's message handlers; the background merges every concern's map into one listener. */
export type BackgroundHandlers = Handlers<BackgroundProtocol>;

export interface Background {
  tabs: TabStore;
  badge: Badge;
  toTab: ToTab;
  /** Makes sure the tab runs the in-page script. */
  ensureInPage(tabId: number): Promise<void>;
  /** The one notebook writer. */
  mutate<T>(change: NotebookChange<T>): Promise<T>;
  /** The one baselines writer. */
  changeBaselines(operation: BaselineOperation): Promise<BaselineOutcome>;
  /** Saved highlights the user clicked in the side panel before their page was open, by tab. */
  pendingReveal: Map<number, { key: string; id: string }>;
  /** The one history writer. */
  history: HistoryService;
  /** The document each tab recorded a version of since it last loaded (a text arriving in steps is one visit). */
  historyVisits: Map<number, string>;
}

export function createBackground(): Background {
  const toTab: ToTab = (tabId) => createSender<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message));
  return {
    tabs: createTabStore(),
    badge: createBadge(),
    toTab,
    ensureInPage: createInjector(toTab),
    mutate: createNotebookWriter(),
    changeBaselines: createBaselineWriter(),
    pendingReveal: new Map(),
    history: createHistoryService(),
    historyVisits: new Map(),
  };
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function requireTab(tabId: number | null): number {
  if (tabId === null) throw new Error('message did not come from a tab');
  return tabId;
}
