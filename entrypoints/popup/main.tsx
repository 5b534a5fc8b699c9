// The popup: wiring only. It reads the tab's report from the background and renders components/popup/PopupApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp, { type PopupDeps } from '@/components/popup/PopupApp';
import { saveFile } from '@/components/common/download';
import { I18nContext } from '@/components/common/i18n';
import { loadI18n } from '@/lib/extension/language';
import type { I18n } from '@/lib/report/i18n';
import { loadActiveBaseline } from '@/lib/extension/baselines';
import { readerPath } from '@/lib/extension/reader';
import { loadShownCategories } from '@/lib/extension/focus-store';
import { createSender, type BackgroundProtocol, type ContentProtocol, type Result } from '@/lib/extension/protocol';
import '@/components/common/base.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** `?tabId=` opens the summary of a given tab (in a tab of its own, or from tests); else the active tab. */
async function targetTab(): Promise<number | null> {
  const given = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function copyText(text: string, i18n: I18n): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Some browsers refuse the async clipboard in extension popups; the selection route still works there.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error(i18n.t('popup.clipboardRefused'));
  }
}

/** Chrome's side panel or Firefox's sidebar; both open only in answer to a click, so nothing is awaited before. */
function openSidebar(tabId: number | null, i18n: I18n): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId !== null) return api.sidePanel.open({ tabId }).then(() => window.close());
  if (api.sidebarAction) return api.sidebarAction.open().then(() => window.close());
  return Promise.reject(new Error(i18n.t('popup.noSidePanel')));
}

async function start() {
  const [tabId, i18n] = await Promise.all([targetTab(), loadI18n()]);
  document.documentElement.lang = i18n.locale;
  const noTab = <T,>(): Promise<Result<T>> => Promise.resolve({ ok: false, error: i18n.t('popup.noTab') });
  const toTab = tabId === null ? null : createSender<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message));
  const deps: PopupDeps = {
    tabState: () => (tabId === null ? noTab() : background('getTabState', { tabId })),
    analyzeAnyway: () => (tabId === null ? noTab() : background('analyzeTab', { tabId })),
    reveal: (start, end) => (toTab ? toTab('revealText', { start, end }) : noTab()),
    activeBaseline: loadActiveBaseline,
    copy: (text) => copyText(text, i18n),
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveAll: () => (tabId === null ? noTab() : background('saveAllClauses', { tabId })),
    openSidebar: () => openSidebar(tabId, i18n),
    async pdfAddress() {
      if (tabId === null) return null;
      const answer = await background('pdfOfTab', { tabId });
      return answer.ok ? answer.value.url : null;
    },
    openReader(pdf) {
      const url = browser.runtime.getURL(readerPath(pdf) as '/reader.html');
      // The PDF replaces itself in its tab; the empty reader (to pick or drop a file) gets a tab of its own.
      const opened = pdf && tabId !== null ? browser.tabs.update(tabId, { url }) : browser.tabs.create({ url });
      void opened.then(() => window.close());
    },
    openChanges: () => void browser.tabs.create({ url: browser.runtime.getURL(`/changes.html?tabId=${tabId}`) }).then(() => window.close()),
    openComparison: () => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') }).then(() => window.close()),
    download: (name, text) => saveFile(name, text, 'text/markdown'),
    shownCategories: loadShownCategories,
    setShown: (docType, categories) => background('setShownCategories', { docType, categories }),
    setHighlighting: (scope, enabled) => (tabId === null ? noTab() : background('setHighlighting', { tabId, scope, enabled })),
  };
  render(
    <I18nContext.Provider value={i18n}>
      <PopupApp deps={deps} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
