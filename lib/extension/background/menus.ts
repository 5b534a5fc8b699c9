/** Saving a selection: the context menu (right-click on selected text) and the keyboard shortcut do the same thing. */
import { browser } from 'wxt/browser';
import type { Background } from './context';
import { loadI18n, watchI18n } from '../language';

const MENU_ID = 'clauselens-save-selection';

export function addSaveSelectionMenu(bg: Background): void {
  browser.runtime.onInstalled.addListener(async () => {
    browser.contextMenus.create({ id: MENU_ID, title: (await loadI18n()).t('ext.menuSave'), contexts: ['selection'] });
  });
  watchI18n((i18n) => void browser.contextMenus.update(MENU_ID, { title: i18n.t('ext.menuSave') }));
  async function saveSelectionIn(tabId: number | undefined): Promise<void> {
    if (tabId === undefined) return;
    // On a page the gate passed over, the in-page script is not there yet: the click or shortcut lets us inject it.
    const answer = await bg.ensureInPage(tabId).then(
      () => bg.toTab(tabId)('saveSelection', {}),
      (e: unknown) => ({ ok: false as const, error: String(e) }),
    );
    // The page cannot show its own message (no content script there, or nothing selected): the badge says so briefly.
    if (!answer.ok || !answer.value.saved) await bg.badge.flash(tabId, () => bg.tabs.peek(tabId));
  }
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void saveSelectionIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-selection') return;
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    void saveSelectionIn(target);
  });
}
