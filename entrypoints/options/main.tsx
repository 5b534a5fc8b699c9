// The options page: wiring only; the editor is components/options/OptionsApp.
import { render } from 'preact';
import OptionsApp from '@/components/options/OptionsApp';
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
