// The comparison view: wiring only; the table is components/compare/CompareApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import CompareApp from '@/components/compare/CompareApp';
import { I18nContext } from '@/components/common/i18n';
import { loadI18n, watchI18n } from '@/lib/extension/language';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import type { I18n } from '@/lib/report/i18n';
import '@/components/common/base.css';
import '@/components/common/page.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** Saves text as a file through a temporary link (no downloads permission needed). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page in the reader's language, rendered again when the setting changes. */
function mount(i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <CompareApp load={() => background('historyRows', { locale: i18n.locale })} download={download} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}
void loadI18n().then(mount);
watchI18n(mount);
