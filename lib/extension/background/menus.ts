/** Saving a selection: the context menu and its keyboard shortcut do the same thing; and the next/previous highlight shortcuts. */
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
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (command === 'save-selection') void saveSelectionIn(target);
    else if ((command === 'next-highlight' || command === 'previous-highlight') && target !== undefined && (await bg.tabs.load(target))?.report)
      // Only where the in-page script runs (a page with a report): nothing is injected for a key press.
      void bg.toTab(target)('moveHighlight', { direction: command === 'next-highlight' ? 1 : -1 });
  });
}
