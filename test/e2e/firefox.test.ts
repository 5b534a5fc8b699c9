// End to end in Firefox: the built Firefox (MV2) package, installed as a temporary add-on in headless
// firefox-esr through WebDriver BiDi (puppeteer-core), on pages served from 127.0.0.1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { settledCount } from './settle';
import { selectInPage } from './pages';
import { startServer, type TestServer } from './server';
import { screenshotPath } from './screenshots';
import { ADDON_ID, launchFirefoxWithExtension } from './firefox-browser';
import { CATEGORIES, type Category } from '../../lib/engine/report';
import { analyze } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';

// A fixed internal UUID, so the test can open the extension's own pages (moz-extension://UUID/...).
const UUID = '6a1c4f0e-3b1d-4c8e-9d2a-5f7e8b9c0d1e';
const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchFirefoxWithExtension(UUID);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let extensionPage: Page;

/** An extension page (the side panel's), kept open: the test speaks to the background from it, as the popup does. */
async function openExtensionPage(): Promise<Page> {
  const page = await browser.newPage();
  // Firefox navigates, but WebDriver BiDi does not report the load of a moz-extension page: wait for the page itself.
  await page.goto(`moz-extension://${UUID}/sidepanel.html`, { timeout: 3000 }).catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(`location.protocol === 'moz-extension:' && document.readyState === 'complete'`).catch(() => false)) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension page did not open');
}

/** Runs `fn(browser API, arg)` in the extension page. */
async function inExtension<T>(fn: string, arg: unknown): Promise<T> {
  extensionPage ??= await openExtensionPage();
  return (await extensionPage.evaluate(`(${fn})(browser, ${JSON.stringify(arg)})`)) as T;
}

async function tabOf(url: string): Promise<{ id: number; badge: string }> {
  return inExtension(
    `async (b, url) => { const tab = (await b.tabs.query({})).find((t) => t.url === url); return { id: tab.id, badge: await b.browserAction.getBadgeText({ tabId: tab.id }) }; }`,
    url,
  );
}

const highlightNames = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()]);

describe('Firefox', () => {
  test('a seed DPA is detected, badged, and its gold quotes are highlighted with their category', async () => {
    const url = server.origin + '/fixture/seeds/frostmoln-dpa.txt';
    // Out of the box only the key-term categories are painted: the legend is set to every category first.
    const every = await inExtension<{ ok: boolean }>(
      `(b, categories) => b.runtime.sendMessage({ clauselens: 1, type: 'setShownCategories', data: { docType: 'dpa', categories } })`,
      [...CATEGORIES],
    );
    expect(every.ok).toBe(true);
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
    const painted = await page.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => (r as Range).toString());
      return out;
    });
    const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/gold/frostmoln-dpa.json'), 'utf8')) as { mustTag: [string, string][] };
    const blocks = await page.evaluate(() => [...document.querySelectorAll('main > *')].map((e) => e.textContent ?? ''));
    // One tint per clause: a quote of a clause with several categories is painted under its first, which the report names.
    const report = analyze(readInput(readFileSync(resolve(import.meta.dirname, '../fixtures/seeds/frostmoln-dpa.txt'), 'utf8'), 'text'));
    const paintedUnder = (category: string, quote: string) => {
      const q = fold(quote);
      const clause = report.clauses.find((c) => c.categories.includes(category as Category) && fold(c.text).includes(q.slice(0, 60)));
      return [category, clause?.categories[0]].some((c) => (painted[`clauselens-${c}`] ?? []).some((r) => fold(r).includes(q.slice(0, 60))));
    };
    const missing = gold.mustTag.filter(([category, quote]) => blocks.some((b) => fold(b).includes(fold(quote))) && !paintedUnder(category, quote));
    expect(missing).toEqual([]);
    expect((await tabOf(url)).badge).toMatch(/^[1-9]\d*$/);
    await page.screenshot({ path: screenshotPath('firefox-dpa-highlighted.png') });
    await page.close();
  });

  test("a page dispatching WXT's content-script-started event (the add-on id is public) does not switch ClauseLens off", async () => {
    const url = server.origin + '/fixture/seeds/infracom-dpa.txt';
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 20_000 });
    const painted = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as { size: number }).size, 0));
    const before = await settledCount(painted);
    expect(before).toBeGreaterThan(0);
    await page.evaluate((id) => {
      for (const name of [`${id}:inpage:wxt:content-script-started`, `${id}:content-scripts/inpage:wxt:content-script-started`, 'wxt:content-script-started']) {
        const detail = { contentScriptName: 'inpage', messageId: 'page' };
        window.dispatchEvent(new CustomEvent(name, { detail }));
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, contentScriptName: 'inpage', messageId: 'page' }, '*');
      }
    }, ADDON_ID);
    await new Promise((r) => setTimeout(r, 500));
    expect(await painted()).toBe(before);
    const tab = await tabOf(url);
    const ping = `async (b, id) => { try { return await b.tabs.sendMessage(id, { clauselens: 1, type: 'ping', data: {} }); } catch (e) { return String(e); } }`;
    expect(await inExtension(ping, tab.id)).toEqual({ ok: true, value: { ready: true } });
    await page.close();
  });

  test('an ordinary article gets no highlights, no badge, and no in-page code; "analyze anyway" loads it', async () => {
    const url = server.origin + '/raw/article.html';
    const page = await browser.newPage();
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await highlightNames(page)).toEqual([]);
    const tab = await tabOf(url);
    expect(tab.badge).toBe('');
    const ping = `async (b, id) => { try { return await b.tabs.sendMessage(id, { clauselens: 1, type: 'ping', data: {} }); } catch (e) { return String(e); } }`;
    expect(await inExtension<string>(ping, tab.id)).toMatch(/Receiving end does not exist/);
    const answer = await inExtension(`(b, id) => b.runtime.sendMessage({ clauselens: 1, type: 'analyzeTab', data: { tabId: id } })`, tab.id);
    expect(answer).toMatchObject({ ok: true, value: { detected: true } });
    expect(await inExtension(ping, tab.id)).toEqual({ ok: true, value: { ready: true } });
    await page.close();
  });

  test('a passage saved on an ordinary page is drawn again on the next visit (registered in-page script)', async () => {
    const path = '/notes/sourdough.html';
    server.pages.set(path, readFileSync(resolve(import.meta.dirname, '../fixtures/dom/article.html'), 'utf8'));
    const url = server.origin + path + '?from=feed';
    const page = await browser.newPage();
    await page.goto(url);
    const passage = 'keep the starter in the fridge and feed it once a week';
    await page.evaluate(selectInPage, passage);
    // What the context menu does on a page the gate passed over: inject the in-page code, then save the selection.
    const tab = await tabOf(url);
    const saved = await inExtension(
      `async (b, id) => { await b.scripting.executeScript({ target: { tabId: id }, files: ['/inpage.js'] });
        return b.tabs.sendMessage(id, { clauselens: 1, type: 'saveSelection', data: {} }); }`,
      tab.id,
    );
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    // Registered for this address, query included (Firefox, like Chrome, matches the path and the query).
    await expect
      .poll(() => inExtension<string[]>(`async (b) => (await b.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches)`, null), { timeout: 5000 })
      .toContain(`http://127.0.0.1${path}?from=feed`);
    await page.reload();
    await page.waitForFunction(() => (CSS.highlights.get('clauselens-saved') as unknown as Set<Range> | undefined)?.size === 1, { timeout: 20_000 });
    expect(await page.evaluate(() => [...(CSS.highlights.get('clauselens-saved') as unknown as Set<Range>)][0].toString())).toBe(passage);
    expect((await highlightNames(page)).filter((n) => n !== 'clauselens-saved')).toEqual([]);
    await page.close();
  });
});
