// The side panel (Chrome) / sidebar (Firefox): wiring only; the notebook UI is components/sidepanel/SidePanelApp, in the chosen language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { readNotebook, readSetAside, watchNotebook } from '@/lib/extension/notebook-store';
import SidePanelApp, { type SidePanelDeps } from '@/components/sidepanel/SidePanelApp';
import { saveFile } from '@/components/common/download';
import { I18nContext } from '@/components/common/i18n';
import { loadI18n, watchI18n } from '@/lib/extension/language';
import type { I18n } from '@/lib/report/i18n';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import { readerPath } from '@/lib/extension/reader';
import '@/components/common/base.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

const deps: SidePanelDeps = {
  // Read only: the background is the notebook's one writer (it also moves damaged entries aside).
  load: async () => (await readNotebook()).notebook,
  watch: watchNotebook,
  change: (operation) => background('changeNotebook', operation),
  open: (id) => background('openSaved', { id }),
  async activePage() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const state = await background('getTabState', { tabId: tab.id });
    if (!state.ok || !state.value) return null;
    return { url: state.value.url, missing: state.value.saved?.missing ?? [] };
  },
  onActivePageChange(callback) {
    const onActivated = () => callback();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && callback();
    // The background writes each tab's state (with its saved-highlight placement) to storage.session.
    const onStorage = (_changes: unknown, area: string) => area === 'session' && callback();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.storage.onChanged.removeListener(onStorage);
    };
  },
  download: (name, mime, text) => saveFile(name, text, mime),
  openReader: () => void browser.tabs.create({ url: browser.runtime.getURL(readerPath() as '/reader.html') }),
  setAside: readSetAside,
  now: () => new Date(),
};

function mount(i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <SidePanelApp deps={deps} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void loadI18n().then(mount);
watchI18n(mount);
