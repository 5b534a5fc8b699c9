/** Messages from the popup and the side panel: a tab's state, highlighting switches, "analyze anyway", showing a saved highlight. */
import { browser } from 'wxt/browser';
import { CATEGORIES } from '@/lib/engine/report';
import { documentKey } from '@/lib/notebook/notebook';
import { DEFAULT_SHOWN, focusType, type FocusType } from '@/lib/report/focus';
import { loadShownCategories, shownCategoriesItem } from '../focus-store';
import { readNotebook } from '../notebook-store';
import { unwrap, type Background, type BackgroundHandlers } from './context';
import { highlightOffSites, offSites, siteOf } from './sites';
import { addressProblem, pdfIdentity } from '@/lib/notebook/pagekey';
import { flag, id as readId, object, tabId as readTabId } from './validate';
import { isFetchable, readerPath } from '../reader';

export function surfaceHandlers(bg: Background): BackgroundHandlers {
  return {
    getTabState: (data) => bg.tabs.load(readTabId(object(data, 'getTabState').tabId)),
    async setHighlighting(data) {
      const o = object(data, 'setHighlighting');
      const tabId = readTabId(o.tabId);
      const enabled = flag(o.enabled, 'enabled');
      if (o.scope !== 'page' && o.scope !== 'site') throw new Error('scope: expected "page" or "site"');
      const scope = o.scope;
      if (scope === 'page') {
        unwrap(await bg.toTab(tabId)('setHighlighting', { scope, enabled }));
        return null;
      }
      const state = await bg.tabs.load(tabId);
      if (!state) throw new Error('ClauseLens has not read this page');
      const site = siteOf(state.url);
      const off = new Set(await offSites());
      if (enabled) off.delete(site);
      else off.add(site);
      await highlightOffSites.setValue([...off]);
      // Every open page of the site follows, not only the one the user toggled on.
      for (const [id, other] of bg.tabs.inMemory()) {
        if (siteOf(other.url) !== site) continue;
        await bg.tabs.save(id, { ...other, siteHighlighting: enabled });
        await bg.toTab(id)('setHighlighting', { scope, enabled });
      }
      return null;
    },
    async setShownCategories(data) {
      // From an extension page, but checked all the same: only known document types and categories are kept.
      const o = object(data, 'setShownCategories');
      const docType = o.docType;
      if (typeof docType !== 'string' || !Object.hasOwn(DEFAULT_SHOWN, docType)) throw new Error(`unknown document type: ${String(docType)}`);
      if (!Array.isArray(o.categories)) throw new Error('categories must be a list');
      const list = o.categories as unknown[];
      const chosen = CATEGORIES.filter((c) => list.includes(c));
      await shownCategoriesItem.setValue({ ...(await loadShownCategories()), [docType]: chosen });
      // Every open page of that document type follows at once.
      for (const [id, state] of bg.tabs.inMemory()) {
        if (!state.report || focusType(state.report.docType) !== (docType as FocusType)) continue;
        void bg.toTab(id)('setCategories', { categories: chosen });
      }
      return { categories: chosen };
    },
    async analyzeTab(data) {
      const tabId = readTabId(object(data, 'analyzeTab').tabId);
      await bg.ensureInPage(tabId);
      return unwrap(await bg.toTab(tabId)('analyzeNow', {}));
    },
    async saveAllClauses(data) {
      const tabId = readTabId(object(data, 'saveAllClauses').tabId);
      return unwrap(await bg.toTab(tabId)('saveClauses', {}));
    },
    async openSaved(data) {
      const id = readId(object(data, 'openSaved').id);
      const nb = (await readNotebook()).notebook;
      const doc = nb.documents.find((d) => d.highlights.some((h) => h.id === id));
      if (!doc) throw new Error('this highlight is no longer in the notebook');
      // Without the "tabs" permission the browser does not tell tab addresses; but every page with saved
      // highlights has asked this background to place them, so the tabs it knows are the ones to search.
      const openId = (await bg.tabs.known()).find(([, state]) => documentKey(state.url) === doc.key)?.[0];
      const open = openId === undefined ? undefined : await browser.tabs.get(openId).catch(() => undefined);
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
        const shown = await bg.toTab(open.id)('revealSaved', { id });
        if (shown.ok && shown.value.shown) return { tabId: open.id, opened: false };
        // The page is still loading or was never read: show it once its text has been placed.
        bg.pendingReveal.set(open.id, { key: doc.key, id });
        return { tabId: open.id, opened: false };
      }
      // Stored addresses were checked on save and import; checked again before the browser opens one.
      const refused = addressProblem(doc.url);
      if (refused) throw new Error(`ClauseLens does not open this address: it ${refused}`);
      // A PDF opens in the reader, on the address it was read from (a picked or dropped file: the reader, which asks for it again).
      const pdf = pdfIdentity(doc.url);
      const url = pdf ? (isFetchable(pdf.address) ? browser.runtime.getURL(readerPath(pdf.address) as '/reader.html') : pdf.address) : doc.url;
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('the browser did not open the page');
      bg.pendingReveal.set(tab.id, { key: doc.key, id });
      return { tabId: tab.id, opened: true };
    },
  };
}
