// End to end (Chromium): what changed since the last visit, and documents side by side.
// A DPA is served, visited, then served edited at the same address and visited again.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TabState } from '../../lib/extension/protocol';
import { sendToBackground, startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { documentHtml, pageHtml } from './pages';
import { type TestServer } from './server';
import { readInput } from '../../lib/engine/text/input';

import { SCREENSHOTS } from './screenshots';
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

const connectel = readFileSync(resolve(FIXTURES, 'seeds/connectel-dpa.txt'), 'utf8');
const OLD_DEADLINE = 'no later than seventy-two (72) hours thereafter';
const NEW_DEADLINE = 'no later than forty-eight (48) hours thereafter';
const page = (text: string) => {
  const plain = readInput(text, 'text');
  return pageHtml(plain.title ?? 'DPA', documentHtml(plain));
};

beforeAll(async () => {
  ({ browser, server, extensionId } = await startSuite());
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(() => stopSuite(browser, server));

interface StoredHistory {
  docs: { key: string; vendor: string; versions: { fingerprint: string; readAt: number }[] }[];
}

function storedHistory(): Promise<StoredHistory | null> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('history')).history ?? null) as StoredHistory | null;
  });
}

const storedState = async (tabId: number): Promise<TabState> => (await tabState(browser.worker, tabId))!;

/** Opens `path` in a new tab and waits until the background has analysed it (and recorded its version). */
async function visit(path: string): Promise<{ tab: Page; tabId: number }> {
  const tab = await browser.context.newPage();
  const url = server.origin + path;
  await tab.goto(url);
  await expect.poll(() => tabInfo(browser.worker, url), { timeout: 20_000 }).toMatchObject({ detected: true });
  const tabId = (await tabInfo(browser.worker, url))!.tabId;
  // The history is read and written after the page has its highlights: its outcome (changes, or null) follows in the tab's state.
  await expect.poll(async () => (await storedState(tabId)).changes !== undefined, { timeout: 20_000 }).toBe(true);
  return { tab, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 240 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

const changedMarks = (tab: Page) =>
  tab.evaluate(() => {
    const h = CSS.highlights.get('clauselens-changed');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });

test('a changed DPA: badge mark, "Changed since" with the changed term, the changed clause marked, and the "See changes" view', async () => {
  server.pages.set('/vendor/dpa', page(connectel));
  const first = await visit('/vendor/dpa');
  expect((await tabInfo(browser.worker, server.origin + '/vendor/dpa'))!.badge).toMatch(/^\d+$/);
  expect((await storedHistory())!.docs.map((d) => [d.vendor, d.versions.length])).toEqual([['Connectel', 1]]);
  await first.tab.close();

  // The vendor edits the page in place.
  server.pages.set('/vendor/dpa', page(connectel.replace(OLD_DEADLINE, NEW_DEADLINE)));
  const second = await visit('/vendor/dpa');
  await expect.poll(async () => (await storedState(second.tabId)).changes?.comparison.terms.length ?? 0).toBeGreaterThan(0);
  const state = await storedState(second.tabId);
  expect(state.changes!.comparison.terms.map((t) => [t.term, t.before, t.after])).toEqual([['breachNotice.maxHours', 72, 48]]);
  expect((await tabInfo(browser.worker, server.origin + '/vendor/dpa'))!.badge).toMatch(/^Δ\d+$/);
  expect((await storedHistory())!.docs[0].versions).toHaveLength(2);

  // In the page: the changed clause carries its own mark, apart from the category highlights.
  await expect.poll(() => changedMarks(second.tab), { timeout: 15_000 }).toEqual([expect.stringContaining('forty-eight (48) hours')]);
  const categories = await second.tab.evaluate(() => [...CSS.highlights.keys()].filter((k) => k !== 'clauselens-changed'));
  expect(categories.length).toBeGreaterThan(0);

  const popup = await openPopup(second.tabId);
  const summary = popup.locator('section.changes');
  await expect.poll(() => summary.locator('h2').textContent()).toMatch(/^Changed since \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  expect(await summary.locator('[data-change-term="breachNotice.maxHours"]').textContent()).toMatch(/Breach notice:\s*72 hours\s*→\s*48 hours/);
  expect(await summary.locator('[data-deviation-removed="breach-notice-max-hours"]').textContent()).toMatch(/Deviation gone: Breach notice/);
  expect(await summary.locator('.changes-counts').textContent()).toBe('Clauses: 1 changed');
  await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-changes.png'), fullPage: true });

  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 900, height: 700 });
  await view.goto(`chrome-extension://${extensionId}/changes.html?tabId=${second.tabId}`);
  await view.locator('h1').waitFor();
  expect(await view.locator('h1').textContent()).toMatch(/^Changed since /);
  const changed = view.locator('.clause-change[data-kind="changed"]');
  expect(await changed.count()).toBe(1);
  expect(await changed.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('seventy-two'), expect.stringContaining('72')]));
  expect(await changed.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('forty-eight'), expect.stringContaining('48')]));
  await view.screenshot({ path: resolve(SCREENSHOTS, 'changes-view.png'), fullPage: true });
  for (const p of [popup, view, second.tab]) await p.close();

  // The same text again: nothing is added and nothing is shown.
  const third = await visit('/vendor/dpa');
  expect((await storedState(third.tabId)).changes ?? null).toBeNull();
  expect((await tabInfo(browser.worker, server.origin + '/vendor/dpa'))!.badge).toMatch(/^\d+$/);
  expect((await storedHistory())!.docs[0].versions).toHaveLength(2);
  expect(await changedMarks(third.tab)).toEqual([]);
  const quiet = await openPopup(third.tabId);
  expect(await quiet.locator('section.changes').count()).toBe(0);
  await quiet.close();
  await third.tab.close();
});

test('history off stores nothing; on again, it records', async () => {
  expect(await sendToBackground(browser, 'setHistoryEnabled', { enabled: false })).toMatchObject({ ok: true, value: { enabled: false } });
  server.pages.set('/off/dpa', page(readFileSync(resolve(FIXTURES, 'seeds/frostmoln-dpa.txt'), 'utf8')));
  const { tab } = await visit('/off/dpa');
  expect((await storedHistory())!.docs.map((d) => d.key)).not.toContain(server.origin + '/off/dpa');
  await tab.close();
  expect(await sendToBackground(browser, 'setHistoryEnabled', { enabled: true })).toMatchObject({ ok: true, value: { enabled: true } });
  const again = await visit('/off/dpa');
  expect((await storedHistory())!.docs.map((d) => d.key)).toContain(server.origin + '/off/dpa');
  await again.tab.close();
});

test('the comparison view lists the vendors read, sorts and filters them, and exports CSV', async () => {
  server.pages.set('/third/dpa', page(readFileSync(resolve(FIXTURES, 'seeds/infracom-dpa.txt'), 'utf8')));
  (await visit('/third/dpa')).tab.close();
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 1500, height: 600 });
  await view.goto(`chrome-extension://${extensionId}/compare.html`);
  await view.locator('tbody tr').first().waitFor();
  const vendors = () => view.locator('tbody th').evaluateAll((ths) => ths.map((th) => th.querySelector('a')!.textContent));
  // The vendor each document names itself (the engine's), else the first company it names with its legal form.
  expect(await vendors()).toEqual(['Connectel', 'InfraCom Communications AB', 'Svenska Moln']);
  // The date each document states, where it states one.
  expect(await view.locator('tbody td.stated').allTextContents()).toEqual(['2026-01-29', '—', '2026-03-18']);
  const breach = await view.locator('tbody td[data-term="breachNotice"]').allTextContents();
  expect(breach).toEqual(['48 hours (without undue delay)', '24 hours (immediately)', '24 hours (without undue delay)']);
  // Each value links to its clause in the page.
  expect(await view.locator('tbody tr').first().locator('td[data-term="breachNotice"] a').getAttribute('href')).toMatch(/\/vendor\/dpa#:~:text=/);
  await view.screenshot({ path: resolve(SCREENSHOTS, 'comparison-view.png'), fullPage: true });

  await view.locator('thead th button', { hasText: 'Breach notice' }).click();
  expect((await view.locator('tbody td[data-term="breachNotice"]').allTextContents())[2]).toBe('48 hours (without undue delay)');
  await view.locator('input[type="search"]').fill('infracom');
  expect(await vendors()).toEqual(['InfraCom Communications AB']);
  await view.locator('input[type="search"]').fill('');

  const [download] = await Promise.all([view.waitForEvent('download'), view.locator('button', { hasText: 'Export CSV' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  const rows = csv.trim().split('\r\n');
  expect(rows[0]).toMatch(/^"Vendor","Type","Date read","Last updated","Breach notice"/);
  expect(rows.slice(1).map((r) => r.split('","')[0].slice(1)).sort()).toEqual(['Connectel', 'InfraCom Communications AB', 'Svenska Moln']);
  await view.close();
});
