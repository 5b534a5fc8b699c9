// The comparison view: wiring only; the table is components/compare/CompareApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import CompareApp from '@/components/compare/CompareApp';
import { saveFile } from '@/components/common/download';
import { I18nContext } from '@/components/common/i18n';
import { loadI18n, watchI18n } from '@/lib/extension/language';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import type { I18n } from '@/lib/report/i18n';
import '@/components/common/base.css';
import '@/components/common/page.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** The page in the reader's language, rendered again when the setting changes. */
function mount(i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <CompareApp load={() => background('historyRows', { locale: i18n.locale })} download={saveFile} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}
void loadI18n().then(mount);
watchI18n(mount);
