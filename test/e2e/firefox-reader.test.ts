// End to end in Firefox: the PDF reader of the Firefox build (MV2) in headless firefox-esr (WebDriver BiDi), on real
// DPA PDFs served from 127.0.0.1: opening it (by address, and from the popup on a tab showing a PDF) and highlighting.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPECTED } from './pdf-expected';
import { startServer, type TestServer } from './server';
import { launchFirefoxWithExtension } from './firefox-browser';

const UUID = '7b2d5a1f-4c2e-4d9f-8e3b-6a8f9c0d1e2f';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  // Optional permissions granted without the doorhanger, which headless Firefox cannot show (the PDF option asks for one).
  browser = await launchFirefoxWithExtension(UUID, { 'extensions.webextOptionalPermissionPrompts': false });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an extension page; BiDi does not report the load of a moz-extension page, so wait for the page itself. */
async function openExtensionPage(path: string, page?: Page): Promise<Page> {
  const p = page ?? (await browser.newPage());
  await p.goto(`moz-extension://${UUID}/${path}`, { timeout: 3000 }).catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    if (await p.evaluate(`location.protocol === 'moz-extension:' && document.readyState === 'complete'`).catch(() => false)) return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moz-extension://${UUID}/${path} did not open`);
}

const readerPath = (file: string) => `reader.html?file=${encodeURIComponent(`${server.origin}/pdf/${file}`)}`;

/**
 * Polls a condition in the page from here: puppeteer's waitForFunction builds its predicate with Function(), which
 * an extension page's content security policy refuses in Firefox 140; evaluate() is a protocol call, not an eval.
 */
async function until(page: Page, condition: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(condition).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${condition}; reader status: ${await page.evaluate(`document.querySelector('.reader-status')?.textContent ?? null`).catch(() => '?')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the reader's verdict: highlights painted, or a notice. */
const verdict = (page: Page) => until(page, `/tagged/.test(document.querySelector('.reader-status')?.textContent ?? '') || !!document.querySelector('.reader-notice')`, 45_000);

const painted = (page: Page) =>
  page.evaluate(() => {
    const out: { name: string; text: string; page: number }[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>)
      for (const r of h) out.push({ name, text: r.toString().replace(/\s+/g, ' '), page: Number((r.startContainer.parentElement?.closest('.pdf-page') as HTMLElement | null)?.dataset.page) });
    return out;
  });

// A test's own time is above the verdict's wait, so a reader that stops says where (its status line), not just "timed out".
describe('Firefox: the PDF reader', { timeout: 120_000 }, () => {
  test.each(Object.keys(EXPECTED))('%s: opened by its address, the expected categories on the expected sentences, across pages', async (file) => {
    const reader = await openExtensionPage(readerPath(file));
    await verdict(reader);
    const ranges = await painted(reader);
    for (const [category, fragment, page] of EXPECTED[file]) {
      const hit = ranges.filter((r) => r.name === `clauselens-${category}` && r.text.includes(fragment));
      expect(hit.map((r) => r.page), `${category}: "${fragment}"`).toContain(page);
    }
    await reader.close();
  });

  test('a scanned PDF shows the no-text notice', async () => {
    const reader = await openExtensionPage(readerPath('scanned-dpa.pdf'));
    await verdict(reader);
    expect(await reader.$eval('.reader-notice', (el) => el.textContent)).toBe('This PDF contains no text that ClauseLens can read (it may be scanned).');
    await reader.close();
  });

  test('"Open in ClauseLens" in the popup replaces a tab showing a PDF in Firefox’s viewer with the reader', async () => {
    const address = `${server.origin}/pdf/basecamp-dpa-2020.pdf`;
    const tab = await browser.newPage();
    await tab.goto(address).catch(() => undefined);
    const popup = await openExtensionPage('sidepanel.html');
    const tabId = (await popup.evaluate(`(async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id ?? null)(${JSON.stringify(address)})`)) as number | null;
    expect(tabId).not.toBeNull();
    await openExtensionPage(`popup.html?tabId=${tabId}`, popup);
    await until(popup, `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Open in ClauseLens')`, 10_000);
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open in ClauseLens')!.click());
    const reader = `moz-extension://${UUID}/reader.html?file=${encodeURIComponent(address)}`;
    await expect.poll(() => popup.evaluate(`(async (id) => (await browser.tabs.get(id)).url)(${tabId})`), { timeout: 10_000 }).toBe(reader);
    await verdict(tab);
    expect((await painted(tab)).some((r) => r.name === 'clauselens-subprocessors' && r.page === 5)).toBe(true);
    await tab.close();
  });

  test('the option: turned on in the options page (asking for webRequest), a PDF from the web opens in the reader; off, in Firefox’s viewer', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('.pdf-setting input[type=checkbox]');
    await options.click('.pdf-setting input[type=checkbox]');
    await expect.poll(() => options.evaluate(`browser.permissions.contains({ permissions: ['webRequest', 'webRequestBlocking'] })`), { timeout: 5000 }).toBe(true);
    const address = `${server.origin}/pdf/37signals-dpa.pdf`;
    const tab = await browser.newPage();
    await tab.goto(address).catch(() => undefined);
    await expect.poll(() => tab.evaluate('location.href').catch(() => ''), { timeout: 10_000 }).toBe(`moz-extension://${UUID}/reader.html?file=${encodeURIComponent(address)}`);
    await verdict(tab);
    expect((await painted(tab)).some((r) => r.name === 'clauselens-breach-notification' && r.page === 5)).toBe(true);
    await options.click('.pdf-setting input[type=checkbox]');
    await expect.poll(() => options.evaluate(`browser.permissions.contains({ permissions: ['webRequest'] })`), { timeout: 5000 }).toBe(false);
    await tab.goto(address).catch(() => undefined);
    await expect.poll(() => tab.evaluate('location.href').catch(() => ''), { timeout: 10_000 }).toBe(address);
    await tab.close();
    await options.close();
  });
});
