// End to end: the PDF reader in the built Chrome extension, on real DPA PDFs served from 127.0.0.1: highlights on the
// right sentences across pages, the popup against the CLI, jumping to a clause, saving and re-finding, the side panel,
// honest notices (scan, password, damaged file), "Open in ClauseLens" on a PDF tab, and the request log.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeFile } from '../../scripts/analyze';
import { PRESETS } from '../../lib/engine/baseline/baseline';
import type { Notebook } from '../../lib/notebook/notebook';
import type { TabState } from '../../lib/extension/protocol';
import { deviationLines, termLines } from '../../lib/report/format';
import { sendToTab, startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';
import { EXPECTED } from './pdf-expected';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pdf');
import { SCREENSHOTS } from './screenshots';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => {
  ({ browser, server, extensionId } = await startSuite());
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(() => stopSuite(browser, server));

const pdfUrl = (file: string) => `${server.origin}/pdf/${file}`;
const readerUrl = (file: string) => `chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(pdfUrl(file))}`;
/** The address the reader files the PDF under: where it came from, and the hash of its bytes. */
const keyUrl = (file: string) => `${pdfUrl(file)}#clauselens-sha256=${createHash('sha256').update(readFileSync(resolve(FIXTURES, file))).digest('hex')}`;

/** Opens the reader on a served PDF and waits for its verdict (highlights painted, or a notice). */
async function openReader(file: string, page?: Page): Promise<Page> {
  const reader = page ?? (await browser.context.newPage());
  await reader.goto(readerUrl(file));
  await reader.waitForFunction(() => /tagged|^\d+ pages?$/.test(document.querySelector('.reader-status')?.textContent ?? '') || !!document.querySelector('.reader-notice, .reader-password'), null, { timeout: 60_000 });
  return reader;
}

/** Every painted range: its highlight name, its text, and the page it starts on. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: { name: string; text: string; page: number }[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
      for (const r of h) out.push({ name, text: r.toString().replace(/\s+/g, ' '), page: Number((r.startContainer.parentElement?.closest('.pdf-page') as HTMLElement | null)?.dataset.page) });
    return out;
  });

const storedState = async (tabId: number): Promise<TabState> => (await tabState(browser.worker, tabId))!;

async function readerTab(file: string): Promise<number> {
  await expect.poll(() => tabInfo(browser.worker, keyUrl(file)), { timeout: 20_000 }).not.toBeNull();
  return (await tabInfo(browser.worker, keyUrl(file)))!.tabId;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1, .notice').first().waitFor();
  return popup;
}

const popupLists = (popup: Page) =>
  popup.evaluate(() => ({
    deviations: [...document.querySelectorAll<HTMLElement>('li.deviation')].map((li) => ({ rule: li.dataset.rule!, text: li.querySelector('.entry-main')!.textContent! })),
    terms: [...document.querySelectorAll<HTMLElement>('[data-term]')].map((li) => ({ key: li.dataset.term!, value: li.querySelector('.term-value')!.textContent! })),
  }));

/** Selects the text from `from` to the end of `to` across the text layer's spans, as a drag would. */
const selectAcross = (page: Page, from: string, to: string) =>
  page.evaluate(
    ([a, b]) => {
      const walker = document.createTreeWalker(document.querySelector('.pdf-pages')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        if (!started && data.includes(a)) {
          range.setStart(n, data.indexOf(a));
          started = true;
        }
        if (started && data.includes(b)) {
          range.setEnd(n, data.indexOf(b) + b.length);
          (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return range.toString().replace(/\s+/g, ' ');
        }
      }
      throw new Error(`"${a}" … "${b}" is not in the reader`);
    },
    [from, to] as const,
  );

/** The viewport point at the start of `needle` in the text layer (which may split it across spans), scrolled into view. */
const pointAt = (page: Page, needle: string) =>
  page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('.pdf-pages')!, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    let at = all.indexOf(text);
    if (at < 0) throw new Error(`"${text}" is not in the reader`);
    for (const n of nodes) {
      if (at >= n.data.length) {
        at -= n.data.length;
        continue;
      }
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, Math.min(n.data.length, at + 3));
      const box = r.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`"${text}" is not in the reader`);
  }, needle);

async function notebook(): Promise<Notebook> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('notebook')).notebook as Notebook | undefined) ?? { documents: [] };
  });
}

describe('reading a PDF', () => {
  test.each(Object.keys(EXPECTED))('%s: the expected categories on the expected sentences, across pages', async (file) => {
    const reader = await openReader(file);
    const ranges = await painted(reader);
    for (const [category, fragment, page] of EXPECTED[file]) {
      const hit = ranges.filter((r) => r.name === `clauselens-${category}` && r.text.includes(fragment));
      expect(hit.map((r) => r.page), `${category}: "${fragment}"`).toContain(page);
    }
    // Highlights on the first and the last pages with text, not only where the reader started.
    const pages = new Set(ranges.map((r) => r.page));
    expect(Math.min(...pages)).toBeLessThanOrEqual(2);
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(file === '37signals-dpa.pdf' ? 8 : 20);
    if (file === '37signals-dpa.pdf') {
      // The README's picture: the page with the breach, deletion and sub-processor clauses.
      await reader.evaluate(() => document.querySelector('.pdf-page[data-page="5"]')!.scrollIntoView({ block: 'start' }));
      await reader.waitForTimeout(400);
      await reader.screenshot({ path: resolve(SCREENSHOTS, 'reader.png') });
    }
    // The text layer is real text: selectable and copyable.
    expect(await selectAcross(reader, 'Customer may object to', 'promptly in writing')).toMatch(/^Customer may object to .+ promptly in writing$/);
    await reader.close();
  });

  test.each(['37signals-dpa.pdf', 'basecamp-dpa-2020.pdf', 'basecamp-dpa-2021.pdf'])('%s: the popup lists the terms and deviations of `analyze --json`; a term jumps to its clause on its page', async (file) => {
    const cli = await analyzeFile(resolve(FIXTURES, file), PRESETS[0]);
    const reader = await openReader(file);
    const tabId = await readerTab(file);
    const state = await storedState(tabId);
    // The same text through the same engine: the same clauses, offsets and all.
    expect(state.report!.clauses.map((c) => [c.start, c.end, c.categories])).toEqual(cli.clauses.map((c) => [c.start, c.end, c.categories]));
    expect(state.report!.terms).toEqual(cli.terms);

    const popup = await openPopup(tabId);
    const shown = await popupLists(popup);
    expect(shown.deviations.map((d) => d.rule)).toEqual(cli.deviations.map((d) => d.rule));
    for (const [i, line] of deviationLines(cli).entries()) expect(shown.deviations[i].text).toContain(line.found);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(shown.terms.sort(byKey)).toEqual(termLines(cli).map((l) => ({ key: l.key, value: l.value })).sort(byKey));
    expect(shown.deviations.length).toBeGreaterThan(0);
    expect(await popup.textContent('body')).not.toMatch(/meets your baseline/i);

    // The breach-notice term: the reader scrolls its sentence into view on its page and selects it.
    const breach = termLines(cli).find((l) => l.key === 'breachNotice')!;
    await reader.evaluate(() => {
      window.scrollTo(0, 0);
      // The reveal selects the sentence for a moment: keep what it selected, to check where the scroll ends.
      document.addEventListener('selectionchange', () => {
        const sel = getSelection()!;
        if (sel.rangeCount && !sel.isCollapsed) (window as unknown as { __revealed: Range }).__revealed = sel.getRangeAt(0).cloneRange();
      });
    });
    await popup.click('[data-term="breachNotice"] button.term-row');
    await expect.poll(() => popup.textContent('.status')).toContain('Showing');
    const where = () =>
      reader.evaluate(() => {
        const r = (window as unknown as { __revealed?: Range }).__revealed ?? null;
        const box = r?.getBoundingClientRect();
        const page = (r?.startContainer.parentElement?.closest('.pdf-page') as HTMLElement | null)?.dataset.page;
        return { text: r?.toString().replace(/\s+/g, '') ?? '', page: Number(page), inView: !!box && box.top >= 0 && box.bottom <= innerHeight, scrolled: scrollY };
      });
    // The scroll is smooth: wait for it to end with the sentence in view.
    await expect.poll(async () => (await where()).inView, { timeout: 10_000 }).toBe(true);
    const shownAt = await where();
    expect(shownAt.text).toContain(breach.evidence!.replace(/\s+/g, '').slice(0, 30));
    expect(shownAt.scrolled).toBeGreaterThan(1000);
    expect(shownAt.page).toBeGreaterThan(1);
    await popup.close();
    await reader.close();
  });
});

describe('saving in the reader', () => {
  test('a clause saved from its card and a saved selection are drawn again after a reload and listed in the side panel', async () => {
    const file = '37signals-dpa.pdf';
    const reader = await openReader(file);
    await reader.bringToFront();
    const tabId = await readerTab(file);

    // A free selection, saved the way the context menu and the shortcut do it.
    const selected = await selectAcross(reader, 'Customer may object to', 'promptly in writing');
    const answer = await sendToTab(browser, tabId, 'saveSelection');
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, value: { saved: true, reason: null } });
    await reader.keyboard.press('Escape');
    await reader.mouse.click(5, 300);

    // Hover the breach-notification clause: its card offers "Save to sidebar".
    const at = await pointAt(reader, 'shall notify Customer without undue delay');
    await reader.mouse.move(at.x, at.y);
    await reader.mouse.move(at.x + 2, at.y);
    const cardBox = () =>
      reader.evaluate(() => {
        const host = document.querySelector('clauselens-card') as HTMLElement | null;
        if (!host || host.style.display === 'none') return null;
        const r = host.getBoundingClientRect();
        return { left: r.left, top: r.top };
      });
    await expect.poll(cardBox, { timeout: 5000 }).not.toBeNull();
    await reader.screenshot({ path: resolve(SCREENSHOTS, 'reader-card.png') });
    const box = (await cardBox())!;
    await reader.mouse.move(box.left + 40, box.top + 22, { steps: 4 });
    await reader.mouse.click(box.left + 40, box.top + 22);
    await expect.poll(async () => (await notebook()).documents.flatMap((d) => d.highlights).length, { timeout: 5000 }).toBe(2);

    const nb = await notebook();
    expect(nb.documents).toHaveLength(1);
    const [doc] = nb.documents;
    // Filed by the PDF's bytes, with its address kept.
    expect(doc.key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(doc.url).toBe(keyUrl(file));
    const quotes = doc.highlights.map((h) => h.selectors.quote.exact.replace(/\s+/g, ' '));
    expect(quotes.some((q) => q.includes('shall notify Customer without undue delay'))).toBe(true);
    // The text layer has no characters at line ends (the engine's text has a line break there): compared without blanks.
    const bare = (t: string) => t.replace(/\s+/g, '');
    expect(quotes.map(bare)).toContain(bare(selected));
    expect(doc.highlights.map((h) => h.origin).sort()).toEqual(['clause', 'selection']);

    // Next visit: both are found and drawn again.
    await reader.reload();
    await reader.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 60_000 });
    await expect.poll(() => reader.evaluate(() => (CSS.highlights.get('clauselens-saved') as unknown as { size: number } | undefined)?.size ?? 0), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const saved = (await painted(reader)).filter((r) => r.name === 'clauselens-saved').map((r) => r.text).join(' ');
    expect(saved).toContain('shall notify Customer without undue delay');
    expect(saved).toContain('Customer may object to');

    // The side panel lists them under the PDF, by its address.
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('.saved-doc').waitFor();
    const text = (await panel.textContent('.saved-doc'))!.replace(/\s+/g, ' ');
    expect(text).toContain(pdfUrl(file));
    expect(text).not.toContain('clauselens-sha256');
    expect(text).toContain('shall notify Customer without undue delay');
    expect(text).toContain('Customer may object to');
    // "Show on page" from the panel scrolls the reader to the saved clause.
    await reader.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('.quote-link').first().click();
    await expect.poll(() => reader.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(500);
    await panel.close();
    await reader.close();
  });
});

describe('honest failure', () => {
  test('a scanned PDF says it has no text the reader can read, in the reader and in the popup', async () => {
    const reader = await openReader('scanned-dpa.pdf');
    expect(await reader.textContent('.reader-notice')).toBe('This PDF contains no text that ClauseLens can read (it may be scanned).');
    // The pages are still shown as images.
    expect(await reader.locator('.pdf-page').count()).toBe(2);
    const tabId = await readerTab('scanned-dpa.pdf');
    const popup = await openPopup(tabId);
    expect(await popup.textContent('.notice')).toBe('This PDF contains no text that ClauseLens can read (it may be scanned).');
    expect(await popup.textContent('body')).not.toMatch(/meets your baseline|analyze this page anyway/i);
    await popup.close();
    await reader.close();
  });

  test('a password-protected PDF asks for its password, and opens with the right one', async () => {
    const reader = await openReader('encrypted-dpa.pdf');
    await reader.fill('input[aria-label="PDF password"]', 'wrong');
    await reader.click('.reader-password button[type=submit]');
    await expect.poll(() => reader.textContent('.reader-password')).toContain('not right');
    await reader.fill('input[aria-label="PDF password"]', 'clauselens');
    await reader.click('.reader-password button[type=submit]');
    await reader.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 30_000 });
    expect((await painted(reader)).some((r) => r.name === 'clauselens-breach-notification')).toBe(true);
    await reader.close();
  });

  test('a password-protected PDF whose password is not given says so', async () => {
    const reader = await openReader('encrypted-dpa.pdf');
    await reader.click('.reader-password button[type=button]');
    await expect.poll(() => reader.textContent('.reader-notice')).toContain('password-protected');
    await reader.close();
  });

  test('a damaged file and a missing one say so', async () => {
    server.pages.set('/broken.pdf', '<html>not a pdf</html>');
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(`${server.origin}/broken.pdf`)}`);
    await expect.poll(() => reader.textContent('.reader-notice'), { timeout: 20_000 }).toMatch(/could not be read as a PDF/);
    await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(`${server.origin}/pdf/nothing-here.pdf`)}`);
    await expect.poll(() => reader.textContent('.reader-notice'), { timeout: 20_000 }).toMatch(/could not load this PDF: the server answered 404/);
    await reader.close();
  });
});

describe('opening', () => {
  test.each(['/pdf/basecamp-dpa-2020.pdf', '/getfile?id=basecamp-dpa-2020.pdf'])('"Open in ClauseLens" in the popup replaces a tab showing a PDF (%s) with the reader on it', async (path) => {
    // Chromium's own viewer shows the PDF; content scripts cannot read it.
    const tab = await browser.context.newPage();
    const address = server.origin + path;
    await tab.goto(address);
    const tabId = (await browser.worker.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome;
      return (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null;
    }, address)) as number;
    expect(tabId).not.toBeNull();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.click('button:has-text("Open in ClauseLens")');
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(address)}`);
    await tab.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 60_000 });
    await tab.close();
  });

  test('a picked file is read in the tab and makes no request at all; its notes are filed by its bytes', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.getByRole('heading', { name: 'Open a PDF' }).waitFor();
    const before = browser.requests.length;
    await reader.setInputFiles('input[type=file]', resolve(FIXTURES, 'basecamp-dpa-2020.pdf'));
    await reader.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 60_000 });
    expect((await painted(reader)).some((r) => r.name === 'clauselens-subprocessors' && r.page === 5)).toBe(true);
    expect(browser.requests.slice(before).filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
    // The same bytes as the served copy: the same document for the notebook, whatever address it came from.
    const picked = await tabInfo(browser.worker, `chrome-extension://${extensionId}/reader.html?name=basecamp-dpa-2020.pdf#${keyUrl('basecamp-dpa-2020.pdf').split('#')[1]}`);
    expect(picked?.docType).toBe('dpa');
    await reader.close();
  });

  test('a dropped file is read like a picked one', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html`);
    await reader.getByRole('heading', { name: 'Open a PDF' }).waitFor();
    const bytes = readFileSync(resolve(FIXTURES, '37signals-dpa.pdf')).toString('base64');
    await reader.evaluate((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], '37signals-dpa.pdf', { type: 'application/pdf' }));
      const target = document.querySelector('.reader')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await reader.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 60_000 });
    expect((await painted(reader)).some((r) => r.name === 'clauselens-governing-law' && r.page === 7)).toBe(true);
    await reader.close();
  });

  test('the request log holds the PDF’s own address and nothing else', async () => {
    const before = browser.requests.length;
    const reader = await openReader('basecamp-dpa-2020.pdf');
    // Scroll through every page: canvases, fonts and images are drawn from the bundle, never fetched.
    await reader.evaluate(async () => {
      for (const p of document.querySelectorAll('.pdf-page')) {
        p.scrollIntoView();
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await reader.waitForTimeout(500);
    const outside = browser.requests.slice(before).filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
    expect(new Set(outside)).toEqual(new Set([pdfUrl('basecamp-dpa-2020.pdf')]));
    // The reader narrowed its own connect-src to that PDF: even its own code could fetch nothing else.
    expect(await reader.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), pdfUrl('37signals-dpa.pdf'))).toBe('blocked');
    await reader.close();
  });
});

describe('opening every web PDF in the reader (the option, off by default)', () => {
  test('off: a PDF opens in the browser’s viewer; on (from the options page): a link to a PDF lands in the reader', async () => {
    const address = pdfUrl('37signals-dpa.pdf');
    const tab = await browser.context.newPage();
    await tab.goto(address);
    expect(tab.url()).toBe(address);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const box = options.getByLabel('Open PDFs from the web in the ClauseLens reader');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => browser.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } } }).chrome;
      return (await chrome.declarativeNetRequest.getDynamicRules()).length;
    }), { timeout: 5000 }).toBe(1);

    // The redirect puts the address in raw (a rule cannot encode it); the reader reads it either way.
    await tab.goto(address).catch(() => undefined);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(`chrome-extension://${extensionId}/reader.html?file=${address}`);
    await tab.waitForFunction(() => /tagged/.test(document.querySelector('.reader-status')?.textContent ?? ''), null, { timeout: 60_000 });
    expect((await painted(tab)).some((r) => r.name === 'clauselens-breach-notification' && r.page === 5)).toBe(true);
    // The reader's own fetch of the PDF is not a page load: it is not redirected.
    expect(await tab.locator('.pdf-page').count()).toBe(11);

    await box.uncheck();
    await expect.poll(() => browser.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } } }).chrome;
      return (await chrome.declarativeNetRequest.getDynamicRules()).length;
    }), { timeout: 5000 }).toBe(0);
    await tab.goto(address);
    expect(tab.url()).toBe(address);
    await options.close();
    await tab.close();
  });
});
