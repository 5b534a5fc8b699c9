// The options page: wiring only; the editor is components/options/OptionsApp, the history section HistorySettings.
import { render } from 'preact';
import HistorySettings from '@/components/options/HistorySettings';
import OptionsApp from '@/components/options/OptionsApp';
import PdfSetting from '@/components/options/PdfSetting';
import { openPdfsInReader, requestRedirectPermission } from '@/lib/extension/pdf-setting';
import { loadStore, watchStore } from '@/lib/extension/baselines';
import { browser } from 'wxt/browser';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import '@/components/common/base.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

// Read here, written only by the background (the baselines' one writer).
render(
  <OptionsApp storage={{ load: loadStore, change: async (operation) => {
    const answer = await background('changeBaselines', operation);
    return answer.ok && !answer.value.ok ? answer.value : answer;
  }, watch: watchStore }} />,
  document.getElementById('app')!,
);
render(
  <HistorySettings
    deps={{
      status: () => background('historyStatus', {}),
      setEnabled: (enabled) => background('setHistoryEnabled', { enabled }),
      setCap: (cap) => background('setHistoryCap', { cap }),
      forget: () => background('forgetHistory', {}),
      openComparison: () => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') }),
    }}
  />,
  document.getElementById('history')!,
);
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
