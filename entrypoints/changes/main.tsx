// "See changes": wiring only; the view is components/changes/ChangesApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import ChangesApp from '@/components/changes/ChangesApp';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
import '@/components/common/base.css';
import '@/components/common/page.css';
import './style.css';

const background = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
const tabId = Number(new URLSearchParams(location.search).get('tabId'));

render(
  <ChangesApp load={() => (Number.isInteger(tabId) && tabId > 0 ? background('getTabState', { tabId }) : Promise.resolve({ ok: false as const, error: 'no tab given' }))} />,
  document.getElementById('app')!,
);
