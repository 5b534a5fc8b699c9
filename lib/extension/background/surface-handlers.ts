/** Messages from the popup and the side panel: a tab's state, highlighting switches, "analyze anyway", showing a saved highlight. */
import { browser } from 'wxt/browser';
import { documentKey } from '@/lib/notebook/notebook';
import { loadNotebook } from '../notebook-store';
import { pdfIdentity } from '@/lib/notebook/pagekey';
import { isFetchable, readerPath } from '../reader';
import { unwrap, type Background, type BackgroundHandlers } from './context';
import { highlightOffSites, siteOf } from './sites';

export function surfaceHandlers(bg: Background): BackgroundHandlers {
  return {
    getTabState: ({ tabId }) => bg.tabs.load(tabId),
    async setHighlighting({ tabId, scope, enabled }) {
      if (scope === 'page') {
        unwrap(await bg.toTab(tabId)('setHighlighting', { scope, enabled }));
        return null;
      }
      const state = await bg.tabs.load(tabId);
      if (!state) throw new Error('ClauseLens has not read this page');
      const site = siteOf(state.url);
      const off = new Set(await highlightOffSites.getValue());
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
    async analyzeTab({ tabId }) {
      await bg.ensureInPage(tabId);
      return unwrap(await bg.toTab(tabId)('analyzeNow', {}));
    },
    async saveAllClauses({ tabId }) {
      return unwrap(await bg.toTab(tabId)('saveClauses', {}));
    },
    async openSaved({ id }) {
      const nb = await loadNotebook();
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
      // A PDF opens in the reader, from the address it was read from (a dropped file: the reader asks for it again).
      const pdf = pdfIdentity(doc.url);
      const url = pdf ? browser.runtime.getURL(readerPath(isFetchable(pdf.address) ? pdf.address : null) as '/reader.html') : doc.url;
      const tab = await browser.tabs.create({ url, active: true });
      if (tab.id === undefined) throw new Error('the browser did not open the page');
      bg.pendingReveal.set(tab.id, { key: doc.key, id });
      return { tabId: tab.id, opened: true };
    },
  };
}
