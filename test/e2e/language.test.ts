// End to end in Chromium: a page in a language ClauseLens does not read gets the notice and no
// deviations (and never a green "meets your baseline"); a Swedish DPA (the PUB-avtal written for the tests, no
// permissively licensed one being in the corpus yet) is read and judged.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TabState } from '../../lib/extension/protocol';
import { startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';

const SHOTS = resolve(import.meta.dirname, '../../test-results');

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => {
  ({ browser, server, extensionId } = await startSuite());
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(() => stopSuite(browser, server));

async function open(path: string): Promise<{ tabId: number; state: TabState }> {
  const page = await browser.context.newPage();
  const url = server.origin + path;
  await page.goto(url);
  await expect.poll(() => tabInfo(browser.worker, url), { timeout: 30_000 }).not.toBeNull();
  const tabId = (await tabInfo(browser.worker, url))!.tabId;
  const state = (await tabState(browser.worker, tabId))!;
  return { tabId, state };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 240 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

test('a French privacy policy served from 127.0.0.1 gets the language notice and no deviations', async () => {
  const { tabId, state } = await open('/fixture/corpus/privacy-policy/mozilla-privacy-policy.fr.md');
  expect(state.report?.language).toBe('fr');
  expect(state.report?.deviations).toEqual([]);
  expect(state.report?.clauses).toEqual([]);
  const popup = await popupFor(tabId);
  await expect.poll(() => popup.locator('.reading-notice').textContent()).toContain('ClauseLens reads English, Swedish and German; this page is in French.');
  expect(await popup.locator('.all-clear').count()).toBe(0);
  expect(await popup.locator('li.deviation').count()).toBe(0);
  expect(await popup.getByText(/meets your baseline/).count()).toBe(0);
  await popup.screenshot({ path: resolve(SHOTS, 'language-fr-popup.png'), fullPage: true });
  await popup.close();
}, 90_000);

test('a Swedish DPA is read: its 24-hour breach notice and Swedish law in the popup', async () => {
  const { tabId, state } = await open('/fixture/written/pub-avtal.sv.md');
  expect(state.report?.language).toBe('sv');
  expect(state.report?.docType).toBe('dpa');
  expect(state.report?.terms.breachNotice).toMatchObject({ maxHours: 24, qualifier: 'without-undue-delay' });
  const popup = await popupFor(tabId);
  await expect.poll(() => popup.locator('[data-term="breachNotice"] .term-value').textContent()).toContain('24 hours');
  expect(await popup.locator('[data-term="governingLaw"] .term-value').textContent()).toContain('Sweden');
  expect(await popup.locator('.reading-notice').count()).toBe(0);
  await popup.screenshot({ path: resolve(SHOTS, 'language-sv-popup.png'), fullPage: true });
  await popup.close();
}, 90_000);
