// End to end: the built Chrome extension in headless Chromium, on pages served from 127.0.0.1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { injectInPage, launchWithExtension, sendToBackground, sendToTab as toTab, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { startServer, type TestServer } from './server';
import { screenshotPath } from './screenshots';
import { CATEGORIES, type Category, type Report } from '../../lib/engine/report';
import { DEFAULT_SHOWN } from '../../lib/report/focus';

const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

let browser: ExtensionBrowser;
let server: TestServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  // One tab at a time, so the service worker can tell which tab a test is about.
  for (const p of browser.context.pages()) await p.close();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

/** Text of every range, per category, from the page's CSS.highlights registry. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => (r as Range).toString());
    return out;
  });
}

const waitForHighlights = (page: Page, timeout = 15_000) => page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout });

/** The id of the only open tab (tests keep one open), and every badge shown. */
async function onlyTab(): Promise<{ tabId: number; badge: string }> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
    const tabs = await chrome.tabs.query({});
    if (tabs.length !== 1) throw new Error(`expected one tab, found ${tabs.length}`);
    return { tabId: tabs[0].id, badge: await chrome.action.getBadgeText({ tabId: tabs[0].id }) };
  });
}

const sendToTab = (tabId: number, type: string, data: object) => toTab(browser, tabId, type, data);

/** The report the background stored for a tab. */
const storedReport = async (tabId: number): Promise<Report | null> => (await tabState(browser.worker, tabId))?.report ?? null;

const SEEDS = ['frostmoln-dpa', 'infracom-dpa', 'cloudmqtt-dpa', 'connectel-dpa', 'infrasec-privacy-policy'];

/** The legend set to every category for both document types (out of the box only the key terms are painted), or back to the defaults. */
async function showEveryCategory(every: boolean): Promise<void> {
  for (const docType of ['dpa', 'privacy-policy'] as const)
    await sendToBackground(browser, 'setShownCategories', { docType, categories: every ? [...CATEGORIES] : [...DEFAULT_SHOWN[docType]] });
}

describe.each(SEEDS)('seed %s rendered as a page', (name) => {
  beforeAll(() => showEveryCategory(true));
  afterAll(() => showEveryCategory(false));

  test('is detected, badged, and its gold quotes are highlighted with their category (every category shown)', async () => {
    const page = await open(`/fixture/seeds/${name}.txt`);
    try {
      await waitForHighlights(page);
      const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/gold/${name}.json`), 'utf8')) as {
        docType: string;
        mustTag: [string, string][];
      };
      const painted = await highlights(page);
      expect(Object.keys(painted).every((k) => k.startsWith('clauselens-'))).toBe(true);
      // Each clause is painted in one tint (its first category), never in stacked ones: a quote of a clause
      // with several categories is found under the first, and the report says the clause has the gold one.
      const { tabId } = await onlyTab();
      const report = (await storedReport(tabId))!;
      const paintedAs = (category: string, q: string) => {
        if ((painted[`clauselens-${category}`] ?? []).some((r) => fold(r).includes(q))) return true;
        const clause = report.clauses.find((c) => c.categories.includes(category as Category) && fold(c.text).includes(q.slice(0, 60)));
        return !!clause && (painted[`clauselens-${clause.categories[0]}`] ?? []).some((r) => fold(r).includes(q.slice(0, 60)));
      };
      // No range is in two highlights, so nothing paints over anything else.
      const overlaps = await page.evaluate(() => {
        const seen = new Set<AbstractRange>();
        let twice = 0;
        for (const [, h] of CSS.highlights)
          for (const r of h) {
            if (seen.has(r)) twice++;
            seen.add(r);
          }
        return twice;
      });
      expect(overlaps).toBe(0);
      // Quotes are checked where the page shows them inside one block (a few seed quotes straddle a page break).
      const blocks: string[] = await page.evaluate(() => [...document.querySelectorAll('main > *')].map((e) => e.textContent ?? ''));
      const missing: string[] = [];
      let checked = 0;
      for (const [category, quote] of gold.mustTag) {
        const q = fold(quote);
        if (!blocks.some((b) => fold(b).includes(q))) continue;
        checked++;
        if (!paintedAs(category, q)) missing.push(`${category}: ${quote}`);
      }
      expect(checked).toBeGreaterThanOrEqual(gold.mustTag.length * 0.8);
      expect(missing).toEqual([]);
      const info = await tabInfo(browser.worker, page.url());
      expect(info?.docType).toBe(gold.docType);
      expect(info?.badge).toBe(String(info?.deviations));
    } finally {
      await page.close();
    }
  });
});

const CORPUS: [string, string, string[]][] = [
  ['corpus/dpa/usdr-model-dpa.md', 'dpa', ['breach-notification']],
  ['corpus/dpa/37signals-dpa.pdf.txt', 'dpa', ['subprocessors']],
  ['corpus/dpa/github-dpa.md', 'dpa', ['subprocessors', 'international-transfer']],
  ['corpus/privacy-policy/37signals-privacy.md', 'privacy-policy', ['data-collection']],
  ['corpus/privacy-policy/github-privacy-statement.md', 'privacy-policy', ['data-subject-rights']],
  ['corpus/privacy-policy/mozilla-mozilla_accounts_privacy_notice.html', 'privacy-policy', ['data-collection']],
];

describe.each(CORPUS)('corpus page %s', (path, docType, categories) => {
  test(`is detected as ${docType} and highlighted`, async () => {
    const page = await open(`/fixture/${path}`);
    try {
      await waitForHighlights(page, 20_000);
      const names = Object.keys(await highlights(page));
      for (const c of categories) expect(names).toContain(`clauselens-${c}`);
      expect(names.length).toBeGreaterThanOrEqual(3);
      const info = await tabInfo(browser.worker, page.url());
      expect(info?.docType).toBe(docType);
      expect(info?.badge).toMatch(/^\d+$/);
    } finally {
      await page.close();
    }
  });
});

describe.each([
  ['terms of service', '/fixture/corpus/other/github-terms.md'],
  ['terms that point to a DPA', '/fixture/corpus/other/wordpress-com-terms.md'],
  ['ordinary article', '/raw/article.html'],
])('%s', (_label, path) => {
  test('gets no highlights and no badge', async () => {
    const page = await open(path);
    try {
      // Past the content script's start and one debounce period, with the engine's answer back.
      await page.waitForTimeout(2500);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('mark, clauselens-card').length)).toBe(0);
      expect((await onlyTab()).badge).toBe('');
    } finally {
      await page.close();
    }
  });
});

test('a page whose text arrives two seconds after load is analysed', async () => {
  const page = await open('/late/seeds/frostmoln-dpa.txt');
  try {
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await waitForHighlights(page);
    expect(Object.keys(await highlights(page))).toContain('clauselens-breach-notification');
    // A page forced through that is no DPA or policy is not judged: its badge is '?' (or a count when it deviates), never a green 0.
    expect((await onlyTab()).badge).toMatch(/^(\d*[1-9]\d*|\?)$/);
  } finally {
    await page.close();
  }
});

test('"analyze anyway" and the per-page switch', async () => {
  const page = await open('/fixture/seeds/frostmoln-dpa.txt');
  try {
    await waitForHighlights(page);
    const { tabId } = await onlyTab();
    expect(await sendToTab(tabId, 'setHighlighting', { scope: 'page', enabled: false })).toEqual({ ok: true, value: { highlighting: false } });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await sendToTab(tabId, 'setHighlighting', { scope: 'page', enabled: true });
    await waitForHighlights(page);
  } finally {
    await page.close();
  }
  const article = await open('/raw/article.html');
  try {
    await article.waitForTimeout(300);
    const { tabId, badge } = await onlyTab();
    expect(badge).toBe('');
    // The popup's button: the background injects the in-page code (the gate passed this page over), then analyses.
    const answer = (await sendToBackground(browser, 'analyzeTab', { tabId })) as { ok: boolean; value: { detected: boolean } };
    expect(answer).toMatchObject({ ok: true, value: { detected: true } });
    // A page forced through that is no DPA or policy is not judged: its badge is "?" (or a count when it deviates), never a green 0.
    expect((await onlyTab()).badge).toMatch(/^([1-9][0-9]*|\?)$/);
    // Asked again, it is not injected a second time. (The in-page code no longer announces itself on the page, which
    // any page could listen for, so the injections are counted where they are made: in the service worker.)
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } }; starts: number };
      const execute = g.chrome.scripting.executeScript.bind(g.chrome.scripting);
      g.starts = 0;
      g.chrome.scripting.executeScript = (o: object) => {
        g.starts++;
        return execute(o);
      };
    });
    const starts = () => browser.worker.evaluate(() => (globalThis as unknown as { starts: number }).starts);
    expect(await sendToBackground(browser, 'analyzeTab', { tabId })).toMatchObject({ ok: true, value: { detected: true } });
    expect(await starts()).toBe(0);
    // (The count does see an injection.)
    await injectInPage(browser, tabId);
    expect(await starts()).toBe(1);
  } finally {
    await article.close();
  }
});

test('on an ordinary page only the gate runs; on a policy page the in-page code is loaded', async () => {
  const article = await open('/raw/article.html');
  try {
    await article.waitForTimeout(800);
    const { tabId } = await onlyTab();
    // Nobody answers in the page: the in-page code (extraction, painting, card) was never loaded there.
    expect(await sendToTab(tabId, 'ping', {}).catch((e: Error) => e.message)).toMatch(/Receiving end does not exist/);
    expect(await article.evaluate(() => document.querySelector('clauselens-card'))).toBeNull();
  } finally {
    await article.close();
  }
  const dpa = await open('/fixture/seeds/frostmoln-dpa.txt');
  try {
    await waitForHighlights(dpa);
    const { tabId } = await onlyTab();
    expect(await sendToTab(tabId, 'ping', {})).toEqual({ ok: true, value: { ready: true } });
  } finally {
    await dpa.close();
  }
});

test('the hover card shows category, term and reason; screenshots', async () => {
  const page = await open('/fixture/seeds/infracom-dpa.txt');
  try {
    await waitForHighlights(page);
    await page.screenshot({ path: screenshotPath('dpa-highlighted.png') });
    // The start of the breach-notification clause that states a deadline, scrolled into view.
    const point = await page.evaluate(() => {
      const h = CSS.highlights.get('clauselens-breach-notification');
      const ranges = h ? ([...h] as Range[]) : [];
      const range = ranges.find((r) => /\d+ hours/.test(r.toString())) ?? ranges[0];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await page.waitForFunction(() => (document.querySelector('clauselens-card') as HTMLElement | null)?.style.display === 'block', null, { timeout: 5000 });
    await page.screenshot({ path: screenshotPath('hover-card.png') });
    // The card lives in a closed shadow root: the page sees the host and nothing inside it.
    expect(await page.evaluate(() => document.querySelector('clauselens-card')!.shadowRoot)).toBeNull();
  } finally {
    await page.close();
  }
});

test('no request leaves for any host other than the test server', () => {
  const foreign = browser.requests.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1');
  expect(browser.requests.length).toBeGreaterThan(10);
  expect(foreign).toEqual([]);
});
