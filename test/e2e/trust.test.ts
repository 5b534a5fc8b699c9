// End to end: what a page (or a compromised renderer, which reaches the content-script world) can do to ClauseLens.
// The page's own events never reach the in-page script's lifetime; the content-script world cannot read storage,
// cannot act on another tab, and cannot choose the address its saves are filed under (issue 17, items 3 and 4).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Notebook } from '../../lib/notebook/notebook';
import { sendToTab, startSuite, stopSuite, tabInfo, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';
import { settledCount } from './settle';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => ({ browser, server, extensionId } = await startSuite()), 60_000);
afterAll(() => stopSuite(browser, server));

async function openPolicy(path: string): Promise<{ page: Page; tabId: number; painted: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
  await expect.poll(() => tabInfo(browser.worker, page.url()), { timeout: 10_000 }).not.toBeNull();
  const tabId = (await tabInfo(browser.worker, page.url()))!.tabId;
  return { page, tabId, painted: await settledCount(() => paintedRanges(page)) };
}

const paintedRanges = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as { size: number }).size, 0));

/** Runs `fn` in the content-script world of a tab (the extension's isolated world), as a compromised renderer could. */
function inContentWorld<T>(tabId: number, fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
  return browser.worker.evaluate(
    async ([id, source, a]) => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } } }).chrome;
      const func = new Function(`return (${source as string})`)() as () => unknown;
      const [out] = await chrome.scripting.executeScript({ target: { tabId: id as number }, func, args: a as unknown[] });
      return out.result;
    },
    [tabId, fn.toString(), args] as const,
  ) as Promise<T>;
}

async function notebook(): Promise<Notebook> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('notebook')).notebook as Notebook | undefined) ?? { documents: [] };
  });
}

describe('a page event', () => {
  test("WXT's content-script-started event, dispatched by the page, leaves the highlights and the in-page script alone", async () => {
    const { page, tabId, painted } = await openPolicy('/fixture/seeds/frostmoln-dpa.txt');
    expect(painted).toBeGreaterThan(0);
    await page.evaluate((id) => {
      for (const name of [`${id}:inpage:wxt:content-script-started`, `${id}:content-scripts/inpage:wxt:content-script-started`, 'wxt:content-script-started']) {
        const detail = { contentScriptName: 'inpage', messageId: 'page' };
        window.dispatchEvent(new CustomEvent(name, { detail }));
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, contentScriptName: 'inpage', messageId: 'page' }, '*');
      }
    }, extensionId);
    await page.waitForTimeout(500);
    expect(await paintedRanges(page)).toBe(painted);
    expect(await sendToTab(browser, tabId, 'ping', {})).toEqual({ ok: true, value: { ready: true } });
    expect(await sendToTab(browser, tabId, 'setHighlighting', { scope: 'page', enabled: false })).toEqual({ ok: true, value: { highlighting: false } });
    expect(await paintedRanges(page)).toBe(0);
    await sendToTab(browser, tabId, 'setHighlighting', { scope: 'page', enabled: true });
    await expect.poll(() => paintedRanges(page)).toBe(painted);
    await page.close();
  });
});

describe('the content-script world', () => {
  test('cannot read or write storage.local', async () => {
    const { page, tabId } = await openPolicy('/fixture/seeds/infracom-dpa.txt');
    const tried = await inContentWorld<string>(tabId, async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local?: { get(k: null): Promise<unknown>; set(o: object): Promise<void> } } } }).chrome;
      try {
        if (!chrome.storage.local) return 'no storage.local';
        await chrome.storage.local.set({ notebook: { documents: [] } });
        return `read ${JSON.stringify(await chrome.storage.local.get(null)).length} characters`;
      } catch (e) {
        return `refused: ${String(e)}`;
      }
    });
    expect(tried).toMatch(/^(refused|no storage\.local)/);
    await page.close();
  });

  test("cannot read another tab's state, switch its highlights off, or save under another address; malformed saves are refused", async () => {
    const a = await openPolicy('/fixture/seeds/frostmoln-dpa.txt');
    const b = await openPolicy('/fixture/seeds/connectel-dpa.txt');
    const send = (tabId: number, type: string, data: unknown) =>
      inContentWorld<unknown>(tabId, (message: unknown) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message), { clauselens: 1, type, data });

    expect(await send(b.tabId, 'getTabState', { tabId: a.tabId })).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(await send(b.tabId, 'setHighlighting', { tabId: a.tabId, scope: 'page', enabled: false })).toMatchObject({ ok: false });
    expect(await paintedRanges(a.page)).toBe(a.painted);
    expect(await send(b.tabId, 'changeNotebook', { op: 'import', text: '{}' })).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });

    const selectors = {
      quote: { type: 'TextQuoteSelector', exact: 'Connectel', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 9 },
    };
    const saved = await send(b.tabId, 'saveHighlights', {
      url: 'https://bank.example/account', title: 'Bank', items: [{ selectors, origin: 'selection', category: null }],
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const urls = (await notebook()).documents.map((d) => d.url);
    expect(urls).toEqual([b.page.url()]);
    const registered = await browser.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches),
    );
    expect(registered.some((m) => m.includes('bank.example'))).toBe(false);

    for (const items of [[{ selectors: 'x', origin: 'selection', category: null }], [{ selectors, origin: '<img>', category: null }], 'all', [{ selectors, origin: 'clause', category: 'nonsense' }]]) {
      expect(await send(b.tabId, 'saveHighlights', { title: 'x', items })).toMatchObject({ ok: false });
    }
    expect((await notebook()).documents.flatMap((d) => d.highlights)).toHaveLength(1);
    await a.page.close();
    await b.page.close();
  });
});

describe('the side panel shows page text as text', () => {
  test('a right-to-left override in a title is not obeyed, and a 20,000-character word wraps', async () => {
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync('test/fixtures/notebook/good-export.json', 'utf8')) as Notebook;
    const doc = file.documents[0];
    doc.title = 'Invoice \u202Efdp.exe\u202C terms';
    // The longest quote the notebook keeps (a 100,000-character selection is cut to it on save).
    const word = 'x'.repeat(20_000);
    doc.highlights[0].selectors.quote.exact = word;
    doc.highlights[0].note = `Note \u202Eesrever\u202C ${'y'.repeat(5000)}`;
    await browser.worker.evaluate(async (nb) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ notebook: nb });
    }, { documents: file.documents.map((d) => ({ ...d, key: d.url })) });
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.locator('.saved-item').first().waitFor();
    const shown = await panel.evaluate(() => ({
      titles: [...document.querySelectorAll('.saved-doc h2')].map((h) => h.textContent ?? ''),
      notes: [...document.querySelectorAll('.note')].map((n) => n.textContent ?? ''),
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(shown.titles).toContain('Invoice fdp.exe terms');
    expect(shown.notes.some((n) => n.includes('Note esrever')), JSON.stringify(shown.notes.map((n) => n.slice(0, 40)))).toBe(true);
    expect([...shown.titles, ...shown.notes].join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(shown.sideways).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: 'test-results/panel-hostile-text.png' });
    await panel.close();
  });
});
