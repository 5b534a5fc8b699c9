// "See changes": wiring only; the view is components/changes/ChangesApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import ChangesApp from '@/components/changes/ChangesApp';
import { I18nContext } from '@/components/common/i18n';
import { loadI18n, watchI18n } from '@/lib/extension/language';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import type { I18n } from '@/lib/report/i18n';
import '@/components/common/base.css';
import '@/components/common/page.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
const tabId = Number(new URLSearchParams(location.search).get('tabId'));

const load = () => (Number.isInteger(tabId) && tabId > 0 ? background('getTabState', { tabId }) : Promise.resolve({ ok: false as const, error: 'no tab given' }));

/** The page in the reader's language, rendered again when the setting changes. */
function mount(i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <ChangesApp load={load} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}
void loadI18n().then(mount);
watchI18n(mount);
