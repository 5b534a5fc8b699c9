/** Keeps the browser's PDF redirect in step with the "open PDFs in the reader" switch and its permission. */
import { browser } from 'wxt/browser';
import { hasRedirectPermission, openPdfsInReader } from '../pdf-setting';
import { isPdfResponse, PDF_RULE_ID, pdfRedirectRule, readerPath } from '../reader';

interface Dnr {
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: unknown[] }): Promise<void>;
}
interface WebRequest {
  onHeadersReceived: {
    addListener(cb: (d: { url: string; responseHeaders?: { name: string; value?: string }[] }) => unknown, filter: object, extra: string[]): void;
    hasListener(cb: unknown): boolean;
  };
}

export function followPdfSetting(): void {
  const api = browser as unknown as { declarativeNetRequest?: Dnr; webRequest?: WebRequest };
  // Firefox: one blocking listener, registered once the permission is there; it reads the switch on every PDF.
  const onHeaders = async (d: { url: string; responseHeaders?: { name: string; value?: string }[] }) => {
    if (!isPdfResponse(d.responseHeaders ?? []) || !(await openPdfsInReader.getValue())) return {};
    return { redirectUrl: browser.runtime.getURL(readerPath(d.url) as '/reader.html') };
  };
  async function sync(): Promise<void> {
    const on = (await openPdfsInReader.getValue()) && (await hasRedirectPermission());
    if (import.meta.env.FIREFOX) {
      const wr = api.webRequest;
      if (on && wr && !wr.onHeadersReceived.hasListener(onHeaders))
        wr.onHeadersReceived.addListener(onHeaders, { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] }, ['blocking', 'responseHeaders']);
      return;
    }
    const dnr = api.declarativeNetRequest;
    if (!dnr) return;
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    await dnr.updateDynamicRules({ removeRuleIds: [PDF_RULE_ID], addRules: on ? [pdfRedirectRule(origin)] : [] });
  }
  const run = () => void sync().catch((e) => console.error('ClauseLens: could not update the PDF redirect', e));
  run();
  openPdfsInReader.watch(run);
  browser.permissions.onAdded.addListener(run);
  browser.permissions.onRemoved.addListener(run);
}
