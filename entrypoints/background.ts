// The engine runs here, off the page's main thread; the background keeps each tab's report and its badge.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { hasSavedHighlights, loadNotebook, saveNotebook, savedPageKeys, watchSavedPageKeys } from '@/lib/extension/notebook-store';
import { loadActiveBaseline, watchActiveBaseline } from '@/lib/extension/baselines';
import { analyze } from '@/lib/engine/analyze';
import { anchorSelectors } from '@/lib/notebook/anchor';
import { pdfIdentity, savedPagePatterns } from '@/lib/notebook/pagekey';
import { looksLikePdf, readerPath } from '@/lib/extension/reader';
import { addHighlight, documentKey, highlightsFor, snapshotOf, updateHighlight, type Notebook, type SavedHighlight } from '@/lib/notebook/notebook';
import { CATEGORIES, type Category, type Report } from '@/lib/engine/report';
import { matchCategory } from '@/lib/engine/tag/tag';
import { reevaluateTabState } from '@/lib/extension/tabstate';
import { describeClause } from '@/lib/report/describe';
import {
  createHandler,
  createSender,
  type BackgroundProtocol,
  type ContentProtocol,
  type Result,
  type SaveRequest,
  type SavedOnPage,
  type TabState,
} from '@/lib/extension/protocol';

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

/** The category to file a saved selection under: the tagged clause it overlaps most, else what the rules read in the quote itself. */
function suggestCategory(report: Report | null, request: SaveRequest): Category | null {
  if (request.category) return request.category;
  const { start, end } = request.selectors.position;
  let best: { category: Category; overlap: number } | null = null;
  for (const clause of report?.clauses ?? []) {
    const overlap = Math.min(end, clause.end) - Math.max(start, clause.start);
    if (overlap > 0 && clause.categories.length && (!best || overlap > best.overlap)) best = { category: clause.categories[0], overlap };
  }
  if (best) return best.category;
  const quote = request.selectors.quote.exact;
  return CATEGORIES.find((c) => matchCategory(c, quote, '')) ?? null;
}

/** Storage errors in words a user can act on (quota above all). */
function storageError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return new Error(`the browser's storage for ClauseLens is full (${message}); export and delete old documents in the sidebar`);
  return new Error(`could not write to the browser's storage: ${message}`);
}

export default defineBackground(() => {
  // Firefox's MV2 build has browserAction where Chrome's MV3 build has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const tabs = new Map<number, TabState>();
  const toTab = (tabId: number) =>
    createSender<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message));

  /** The in-page script, injected on demand: the manifest's content script (the gate) is only the cheap check. */
  const IN_PAGE_FILE = '/content-scripts/inpage.js';
  const injecting = new Map<number, Promise<void>>();
  /** Makes sure the tab's page runs the in-page script: asks it first, injects it only if nobody answers (never twice at once). */
  function ensureInPage(tabId: number): Promise<void> {
    const pending = injecting.get(tabId);
    if (pending) return pending;
    const job = (async () => {
      if ((await toTab(tabId)('ping', {})).ok) return;
      await browser.scripting.executeScript({ target: { tabId }, files: [IN_PAGE_FILE] });
    })().finally(() => injecting.delete(tabId));
    injecting.set(tabId, job);
    return job;
  }

  /**
   * Pages with saved highlights get the in-page script from the browser itself (a registered content script on
   * exactly those addresses), so their highlights are re-found on a visit while the gate on every other page
   * never reads storage. Kept in step with the notebook's page index.
   */
  const SAVED_SCRIPT_ID = 'clauselens-saved-pages';
  let syncing: Promise<void> = Promise.resolve();
  function syncSavedPagesScript(keys: string[]): Promise<void> {
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
  }
  void savedPageKeys().then(syncSavedPagesScript);
  watchSavedPageKeys((keys) => void syncSavedPagesScript(keys));
  // Chrome keeps registrations across restarts; where a browser does not, this listener wakes the background at
  // startup, and the line above registers the script again before the first page loads.
  browser.runtime.onStartup.addListener(() => undefined);

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

  /** Notebook writes one at a time: a "save all" and a note edit must not overwrite each other. */
  let writes: Promise<unknown> = Promise.resolve();
  function mutate<T>(change: (nb: Notebook) => { notebook: Notebook; value: T }): Promise<T> {
    const next = writes.then(async () => {
      const { notebook, value } = change(await loadNotebook());
      try {
        await saveNotebook(notebook);
      } catch (e) {
        throw storageError(e);
      }
      return value;
    });
    writes = next.catch(() => undefined);
    return next;
  }

  /** Every tab the background holds a state for: memory, plus storage.session after a service-worker restart. */
  async function knownTabs(): Promise<[number, TabState][]> {
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
  }

  /** Saved highlights the user clicked in the side panel before their page was open, by tab. */
  const pendingReveal = new Map<number, { key: string; id: string }>();

  /** Finds the page's saved highlights in its text and notes which are missing, for the side panel. */
  async function placeFor(tabId: number, url: string, text: string): Promise<SavedOnPage> {
    // Every analysed page comes here; most have nothing saved, and the index says so without reading the notebook.
    let highlights = (await hasSavedHighlights(url)) ? highlightsFor(await loadNotebook(), url) : [];
    const pdf = pdfIdentity(url);
    if (pdf && !highlights.length) {
      // A new version of a PDF (other bytes, same address) is a new version of the same document: its notes are looked for in it.
      const older = (await loadNotebook()).documents.filter((d) => pdfIdentity(d.url)?.address === pdf.address);
      highlights = older.flatMap((d) => d.highlights);
    }
    const placed = highlights.map((highlight) => {
      const at = anchorSelectors(text, highlight.selectors);
      return { highlight, at: at ? { start: at.start, end: at.end, method: at.method } : null };
    });
    const pending = pendingReveal.get(tabId);
    let reveal: string | null = null;
    if (pending && pending.key === documentKey(url)) {
      reveal = pending.id;
      pendingReveal.delete(tabId);
    }
    return { placed, reveal };
  }

  function savedSummary(saved: SavedOnPage): TabState['saved'] {
    return { found: saved.placed.filter((p) => p.at).length, missing: saved.placed.filter((p) => !p.at).map((p) => p.highlight.id) };
  }

  function requireTab(tabId: number | null): number {
    if (tabId === null) throw new Error('message did not come from a tab');
    return tabId;
  }

  async function analyzeTab(tabId: number) {
    await ensureInPage(tabId);
    return unwrap(await toTab(tabId)('analyzeNow', {}));
  }

  const handle = createHandler<BackgroundProtocol>({
    async loadInPage(_data, sender) {
      await ensureInPage(requireTab(sender.tabId));
      return { loaded: true };
    },
    async analyzePage({ plain, url, forced, truncated }, sender) {
      const tabId = requireTab(sender.tabId);
      const analyzed = analyze(plain, { source: url, force: forced, baseline: await loadActiveBaseline() });
      // The page itself stopped reading at the cap: the popup must say only part was analyzed.
      const report = truncated && !analyzed.truncated ? { ...analyzed, truncated: true } : analyzed;
      const siteHighlighting = !(await highlightOffSites.getValue()).includes(siteOf(url));
      const detected = forced || report.docType !== 'other';
      const saved = await placeFor(tabId, url, plain.text);
      const state: TabState = {
        url, report: detected ? report : null, detected, forced, highlighting: siteHighlighting, siteHighlighting, saved: savedSummary(saved),
      };
      await save(tabId, state);
      await showBadge(tabId, state);
      const cards = detected ? report.clauses.map((c, i) => (c.categories.length ? describeClause(report, i) : null)) : [];
      return { report, siteHighlighting, cards, saved };
    },
    async placeSaved({ url, text }, sender) {
      const tabId = requireTab(sender.tabId);
      const saved = await placeFor(tabId, url, text);
      const known = await load(tabId);
      const state: TabState = known?.url === url
        ? { ...known, saved: savedSummary(saved) }
        : { url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, saved: savedSummary(saved) };
      await save(tabId, state);
      return saved;
    },
    async saveHighlights({ url, title, items }, sender) {
      const tabId = requireTab(sender.tabId);
      const state = await load(tabId);
      const report = state?.url === url ? state.report : null;
      const snapshot = snapshotOf(url, title, report);
      const now = new Date();
      return mutate((nb) => {
        let notebook = nb;
        let added = 0;
        const highlights: SavedHighlight[] = [];
        for (const item of items) {
          const result = addHighlight(
            notebook,
            snapshot,
            { selectors: item.selectors, category: suggestCategory(report, item), note: item.note ?? '', origin: item.origin },
            now,
          );
          notebook = result.notebook;
          highlights.push(result.highlight);
          if (result.added) added++;
        }
        return { notebook, value: { highlights, added } };
      });
    },
    updateHighlight({ id, note, category }) {
      return mutate((nb) => {
        const patch: { note?: string; category?: Category | null } = {};
        if (note !== undefined) patch.note = note;
        if (category !== undefined) patch.category = category;
        const notebook = updateHighlight(nb, id, patch, new Date());
        const highlight = notebook.documents.flatMap((d) => d.highlights).find((h) => h.id === id);
        if (!highlight) throw new Error('this highlight is no longer in the notebook');
        return { notebook, value: highlight };
      });
    },
    async saveAllClauses({ tabId }) {
      return unwrap(await toTab(tabId)('saveClauses', {}));
    },
    async openSaved({ id }) {
      const nb = await loadNotebook();
      const doc = nb.documents.find((d) => d.highlights.some((h) => h.id === id));
      if (!doc) throw new Error('this highlight is no longer in the notebook');
      // Without the "tabs" permission the browser does not tell tab addresses; but every page with saved
      // highlights has asked this background to place them, so the tabs it knows are the ones to search.
      const openId = (await knownTabs()).find(([, state]) => documentKey(state.url) === doc.key)?.[0];
      const open = openId === undefined ? undefined : await browser.tabs.get(openId).catch(() => undefined);
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
        const shown = await toTab(open.id)('revealSaved', { id });
        if (shown.ok && shown.value.shown) return { tabId: open.id, opened: false };
        // The page is still loading or was never read: show it once its text has been placed.
        pendingReveal.set(open.id, { key: doc.key, id });
        return { tabId: open.id, opened: false };
      }
      // A PDF opens in the reader, from the address it was read from (a dropped file: the reader asks for it again).
      const pdf = pdfIdentity(doc.url);
      const url = pdf ? browser.runtime.getURL(readerPath(/^(https?|file):/i.test(pdf.address) ? pdf.address : null) as '/reader.html') : doc.url;
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('the browser did not open the page');
      pendingReveal.set(tab.id, { key: doc.key, id });
      return { tabId: tab.id, opened: true };
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
    async readerNotice({ url, notice }, sender) {
      const tabId = requireTab(sender.tabId);
      const state: TabState = { url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, notice };
      await save(tabId, state);
      await showBadge(tabId, state);
      return null;
    },
    async pdfOfTab({ tabId }) {
      // The address is visible with the host permission (http, https) or activeTab (the popup was opened on it, file: too).
      const tab = await browser.tabs.get(tabId);
      if (!tab.url) return { url: null };
      if (looksLikePdf(tab.url)) return { url: tab.url };
      if (!/^https?:/i.test(tab.url)) return { url: null };
      // A PDF at an address without ".pdf": Chrome's viewer page says so in its content type.
      try {
        const [answer] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
        return { url: answer?.result === 'application/pdf' ? tab.url : null };
      } catch {
        return { url: null };
      }
    },
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
      // The page's hover cards show deviations too: send the new wording (nothing is re-read or repainted).
      const report = next.report;
      if (report && next.detected) {
        const cards = report.clauses.map((c, i) => (c.categories.length ? describeClause(report, i) : null));
        void toTab(id)('reportChanged', { report, cards });
      }
    }
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its old report and badge no longer apply.
    if (change.status === 'loading' && tabs.has(tabId)) void save(tabId, null).then(() => showBadge(tabId, null));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    pendingReveal.delete(tabId);
    void save(tabId, null);
  });

  // Saving a selection: the context menu (right-click on selected text) and the keyboard shortcut do the same thing.
  const MENU_ID = 'clauselens-save-selection';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save to ClauseLens sidebar', contexts: ['selection'] });
  });
  async function saveSelectionIn(tabId: number | undefined): Promise<void> {
    if (tabId === undefined) return;
    // On a page the gate passed over, the in-page script is not there yet: the click or shortcut lets us inject it.
    const answer = await ensureInPage(tabId).then(
      () => toTab(tabId)('saveSelection', {}),
      (e: unknown) => ({ ok: false as const, error: String(e) }),
    );
    if (!answer.ok || !answer.value.saved) {
      // The page cannot show its own message (no content script there, or nothing selected): the badge says so briefly.
      await action.setBadgeText({ tabId, text: '!' });
      setTimeout(() => void showBadge(tabId, tabs.get(tabId) ?? null), 2000);
    }
  }
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void saveSelectionIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-selection') return;
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    void saveSelectionIn(target);
  });
});
