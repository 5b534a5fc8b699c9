// The options page: wiring only; the editor is components/options/OptionsApp, the history section HistorySettings.
// It re-renders in the new language when the setting changes.
import { render } from 'preact';
import PdfSetting from '@/components/options/PdfSetting';
import { openPdfsInReader, requestRedirectPermission } from '@/lib/extension/pdf-setting';
import { browser } from 'wxt/browser';
import HistorySettings from '@/components/options/HistorySettings';
import OptionsApp, { type BaselineStorage, type LanguageControl } from '@/components/options/OptionsApp';
import { I18nContext } from '@/components/common/i18n';
import { loadStore, watchStore } from '@/lib/extension/baselines';
import { browserLanguages, loadI18n, loadLanguageSetting, watchI18n } from '@/lib/extension/language';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import { resolveLocale, type I18n } from '@/lib/report/i18n';
import '@/components/common/base.css';
import '@/components/common/page.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

// Read here, written only by the background (the one writer of the baselines and of the language setting).
const storage: BaselineStorage = {
  load: loadStore,
  change: async (operation) => {
    const answer = await background('changeBaselines', operation);
    return answer.ok && !answer.value.ok ? answer.value : answer;
  },
  watch: watchStore,
};
const language: LanguageControl = {
  load: loadLanguageSetting,
  async set(setting) {
    const answer = await background('setLanguage', { language: setting });
    return answer.ok ? null : answer.error;
  },
  browserLocale: 'en',
};

function mount(i18n: I18n): void {
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('options.title');
  document.getElementById('page-heading')!.textContent = i18n.t('options.heading');
  document.getElementById('page-intro')!.textContent = i18n.t('options.intro');
  render(
    <I18nContext.Provider value={i18n}>
      <OptionsApp storage={storage} language={language} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

// "Follow the browser" names the language the browser's preferred-languages list resolves to.
const historyDeps = {
  status: () => background('historyStatus', {}),
  setEnabled: (enabled: boolean) => background('setHistoryEnabled', { enabled }),
  setCap: (cap: number) => background('setHistoryCap', { cap }),
  forget: () => background('forgetHistory', {}),
  openComparison: () => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') }),
};

/** The History section, in the page's language (rendered again when it changes). */
function mountHistory(i18n: I18n): void {
  render(
    <I18nContext.Provider value={i18n}>
      <HistorySettings deps={historyDeps} />
    </I18nContext.Provider>,
    document.getElementById('history')!,
  );
}

const mountAll = (i18n: I18n) => {
  mount(i18n);
  mountHistory(i18n);
};
void Promise.all([loadI18n(), browserLanguages()]).then(([i18n, languages]) => {
  language.browserLocale = resolveLocale('auto', languages);
  mountAll(i18n);
});
watchI18n(mountAll);
render(
  <PdfSetting
    deps={{
      load: () => openPdfsInReader.getValue(),
      // The permission prompt needs the click's gesture, so it is asked here; the background writes the switch.
      set: async (on) => {
        if (on && !(await requestRedirectPermission())) return { ok: true, value: false };
        return background('setOpenPdfs', { enabled: on });
      },
    }}
  />,
  document.getElementById('pdf')!,
);
