/** Messages about PDFs: the reader's notice for a PDF it cannot analyse, and the popup's question "does this tab show a PDF?". */
import { browser } from 'wxt/browser';
import type { TabState } from '../protocol';
import { looksLikePdf } from '../reader';
import { requireTab, type Background, type BackgroundHandlers } from './context';

export function readerHandlers(bg: Background): BackgroundHandlers {
  return {
    async readerNotice({ url, notice }, sender) {
      const tabId = requireTab(sender.tabId);
      const state: TabState = { url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, notice: String(notice).slice(0, 500) };
      await bg.tabs.save(tabId, state);
      await bg.badge.show(tabId, state);
      return null;
    },
    async pdfOfTab({ tabId }) {
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
  };
}
