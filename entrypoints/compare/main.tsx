// The comparison view: wiring only; the table is components/compare/CompareApp.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import CompareApp from '@/components/compare/CompareApp';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';
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

render(<CompareApp load={() => background('historyRows', {})} download={download} />, document.getElementById('app')!);
