// The popup: wiring only. It reads the tab's report from the background and renders components/popup/PopupApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp, { type PopupDeps } from '@/components/popup/PopupApp';
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

async function copyText(text: string): Promise<void> {
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
    if (!copied) throw new Error('the browser refused access to the clipboard');
  }
}

/** A file download from the popup itself: no downloads permission, and nothing leaves the machine. */
function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Chrome's side panel or Firefox's sidebar; both open only in answer to a click, so nothing is awaited before. */
function openSidebar(tabId: number | null): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel && tabId !== null) return api.sidePanel.open({ tabId }).then(() => window.close());
  if (api.sidebarAction) return api.sidebarAction.open().then(() => window.close());
  return Promise.reject(new Error('this browser has no side panel'));
}

async function start() {
  const tabId = await targetTab();
  const noTab = <T,>(): Promise<Result<T>> => Promise.resolve({ ok: false, error: 'no tab to read' });
  const toTab = tabId === null ? null : createSender<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message));
  const deps: PopupDeps = {
    tabState: () => (tabId === null ? noTab() : background('getTabState', { tabId })),
    analyzeAnyway: () => (tabId === null ? noTab() : background('analyzeTab', { tabId })),
    reveal: (start, end) => (toTab ? toTab('revealText', { start, end }) : noTab()),
    activeBaseline: loadActiveBaseline,
    copy: copyText,
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveAll: () => (tabId === null ? noTab() : background('saveAllClauses', { tabId })),
    openSidebar: () => openSidebar(tabId),
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
    download: downloadText,
    shownCategories: loadShownCategories,
    setShown: (docType, categories) => background('setShownCategories', { docType, categories }),
    setHighlighting: (scope, enabled) => (tabId === null ? noTab() : background('setHighlighting', { tabId, scope, enabled })),
  };
  render(<PopupApp deps={deps} />, document.getElementById('app')!);
}

void start();
