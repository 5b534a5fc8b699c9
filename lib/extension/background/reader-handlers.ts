/** Messages about PDFs: the reader's notice for a PDF it cannot analyse, the popup's "does this tab show a PDF?", the PDF switch. */
import { browser } from 'wxt/browser';
import type { TabState } from '../protocol';
import { setOpenPdfsInReader } from '../pdf-setting';
import { isReaderAddress, looksLikePdf } from '../reader';
import { type Background, type BackgroundHandlers } from './context';
import { senderPage } from './page-handlers';
import { flag, object, tabId as readTabId, text } from './validate';

export function readerHandlers(bg: Background): BackgroundHandlers {
  return {
    async readerNotice(data, sender) {
      // Only the reader's own words reach the popup: from any other page this message is refused.
      if (!sender.extensionPage || !sender.url || !isReaderAddress(sender.url)) throw new Error('only the ClauseLens reader reports on a PDF');
      const { tabId, url } = senderPage(sender, data);
      const notice = text(object(data, 'readerNotice').notice, 'notice', 500);
      const state: TabState = { url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, notice };
      await bg.tabs.save(tabId, state);
      await bg.badge.show(tabId, state);
      return null;
    },
    async pdfOfTab(data) {
      const tabId = readTabId(object(data, 'pdfOfTab').tabId);
      // The address is visible with the host permission (http, https) or activeTab (the popup was opened on it, file: too).
      const tab = await browser.tabs.get(tabId);
      if (!tab.url) return { url: null };
      if (looksLikePdf(tab.url)) return { url: tab.url };
      if (!/^https?:/i.test(tab.url)) return { url: null };
      // A PDF at an address without ".pdf": the browser's viewer document says so in its content type.
      try {
        const [answer] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
        return { url: answer?.result === 'application/pdf' ? tab.url : null };
      } catch {
        return { url: null };
      }
    },
    setOpenPdfs(data) {
      return setOpenPdfsInReader(flag(object(data, 'setOpenPdfs').enabled, 'enabled'));
    },
  };
}
