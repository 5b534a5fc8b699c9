// End to end in Chromium: a browser whose language is Swedish shows ClauseLens in Swedish (a Swedish DPA, the PUB-avtal
// written for the tests in test/fixtures/written/, served
// from 127.0.0.1, its popup); the options page switches ClauseLens to German, and the popup follows.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyzeFile } from '../../scripts/analyze';
import { PRESETS } from '../../lib/engine/baseline/baseline';
import type { TabState } from '../../lib/extension/protocol';
import { CATALOGS, createI18n, type MessageKey } from '../../lib/report/i18n';
import { docTypeLabel, termLines } from '../../lib/report/format';
import { launchWithExtension, startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';

import { SCREENSHOTS } from './screenshots';
const sv = createI18n('sv');
const de = createI18n('de');

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => {
  // A Swedish browser as installed: Swedish UI and a preferred-languages list that starts with Swedish (a fresh
  // headless profile's list would otherwise be en-US whatever --lang says).
  ({ browser, server, extensionId } = await startSuite({ lang: 'sv-SE', acceptLanguages: 'sv-SE,sv,en-US' }));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(() => stopSuite(browser, server));

const storedState = (tabId: number): Promise<TabState | null> => tabState(browser.worker, tabId);

/** The tab id of the page at `url`, from the one tab the test opened besides extension pages. */
async function tabIdOf(url: string): Promise<number> {
  return browser.worker.evaluate(async (pageUrl) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url === pageUrl)!.id;
  }, url);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 240 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

const headings = (popup: Page) => popup.locator('h2').evaluateAll((hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
const ENGLISH = ['Deviations', 'Key terms', 'Copy summary', 'Save all', 'Highlights', 'On this page', 'Not stated in the document', 'Your baseline expects', 'Source & reason', 'Analyze this page anyway'];

test('a Swedish DPA in a Swedish browser: the popup in Swedish; then German, chosen on the options page', async () => {
  const page = await browser.context.newPage();
  const url = `${server.origin}/fixture/written/pub-avtal.sv.md`;
  await page.goto(url);
  const tabId = await tabIdOf(url);
  // The gate reads the page; a page it does not take for a DPA waits for "analyze anyway" (Swedish detection is another issue's work).
  await page.waitForTimeout(2500);

  let popup = await openPopup(tabId);
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('sv');
  if (!(await tabInfo(browser.worker, url))?.detected) {
    await popup.getByText(sv.t('popup.notRecognisedTitle')).waitFor();
    await popup.getByRole('button', { name: sv.t('popup.analyzeAnyway') }).click();
  }
  await popup.locator('.report-header').waitFor({ timeout: 20_000 });
  const report = (await storedState(tabId))!.report!;

  // What the page is and the baseline, in Swedish; the headings of the sections; every key term under its Swedish name.
  expect(await popup.locator('.doctype-label').textContent()).toBe(docTypeLabel(report.docType, sv));
  expect(await popup.locator('.baseline-name').textContent()).toBe('GDPR-biträde, kundens sida');
  expect((await headings(popup)).slice(0, 2)).toEqual([`Avvikelser från din baslinje ${report.deviations.length}`, 'Nyckelvillkor']);
  const labels = await popup.locator('[data-term] .term-label').allTextContents();
  // Stated terms first, then the ones the document leaves unstated.
  expect([...labels].sort()).toEqual(termLines(report, sv).map((l) => l.label).sort());
  for (const l of labels) expect(Object.values(CATALOGS.sv)).toContain(l);
  const text = (await popup.locator('main').textContent()) ?? '';
  for (const english of ENGLISH) expect(text).not.toContain(english);
  await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-sv.png'), fullPage: true });

  // The toolbar button's tooltip says what the badge counts, in Swedish too.
  const title = () => browser.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getTitle(d: { tabId: number }): Promise<string> } } }).chrome.action.getTitle({ tabId: id }), tabId);
  // The service worker reads the browser's preferred-languages list too (it once worded the tooltip in English here).
  await expect.poll(title).toBe(report.deviations.length ? sv.t('badge.deviations', { n: report.deviations.length }) : sv.t('badge.none'));
  await popup.close();

  // The options page, also in Swedish, offers the four choices; Deutsch switches it at once.
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const menu = options.getByLabel('Språk');
  await menu.waitFor();
  expect(await options.title()).toBe('ClauseLens – Baslinjer');
  expect(await menu.locator('option').allTextContents()).toEqual(['Samma som webbläsaren (Svenska)', 'English', 'Svenska', 'Deutsch']);
  await menu.selectOption('de');
  await options.getByRole('heading', { name: 'Regeln' }).waitFor();
  expect(await options.locator('#page-heading').textContent()).toBe('Baselines');
  expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
  await options.getByText('Meldung von Datenschutzverletzungen', { exact: true }).first().waitFor();
  await options.close();

  // The popup, opened again, is German; so are the badge's tooltip and the page's hover cards' words.
  popup = await openPopup(tabId);
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await popup.locator('.doctype-label').textContent()).toBe(docTypeLabel(report.docType, de));
  expect((await headings(popup)).slice(0, 2)).toEqual([`Abweichungen von Ihrer Baseline ${report.deviations.length}`, 'Kernbedingungen']);
  expect((await popup.locator('[data-term] .term-label').allTextContents()).sort()).toEqual(termLines(report, de).map((l) => l.label).sort());
  expect(await popup.locator('.baseline-name').textContent()).toBe('DSGVO-Auftragsverarbeiter, Kundensicht');
  await expect.poll(title).toBe(report.deviations.length ? de.t('badge.deviations', { n: report.deviations.length }) : de.t('badge.none'));
  await popup.getByRole('button', { name: de.t('popup.copySummary' as MessageKey) }).waitFor();
  // For looking at, not for the README (test-results/ is ignored).
  await popup.screenshot({ path: resolve(import.meta.dirname, '../../test-results/popup-de.png'), fullPage: true });
  await Promise.all([popup.close(), page.close()]);
}, 90_000);

test('an English browser whose preferred-languages list puts Swedish first shows ClauseLens in Swedish', async () => {
  const english = await launchWithExtension({ lang: 'en-US', acceptLanguages: 'sv-SE,en-US' });
  try {
    const id = new URL(english.worker.url()).host;
    const options = await english.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const menu = options.getByLabel('Språk');
    await menu.waitFor();
    // The UI language is English; the list the user ordered says Swedish, and that is what "follow the browser" follows.
    expect(await options.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^en/);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect((await menu.locator('option').allTextContents())[0]).toBe('Samma som webbläsaren (Svenska)');
  } finally {
    await english.close();
  }
}, 60_000);

test('a German DPA as a typeset PDF in the reader, ClauseLens in German: German highlights, words joined across line ends, the popup as the CLI reads it', async () => {
  const file = 'fortrabbit-dpa-de-typeset.pdf';
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const menu = options.getByLabel(/^(Språk|Sprache|Language)$/);
  await menu.waitFor();
  await menu.selectOption('de');
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('de');
  await options.close();

  const cli = await analyzeFile(resolve(import.meta.dirname, '../fixtures/pdf', file), PRESETS[0]);
  const pdf = `${server.origin}/pdf/${file}`;
  const reader = await browser.context.newPage();
  await reader.setViewportSize({ width: 1100, height: 900 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?file=${encodeURIComponent(pdf)}`);
  // The verdict, in German: pages · tagged · deviations, as many as the CLI finds.
  const tagged = de.t('reader.tagged', { n: cli.clauses.filter((c) => c.categories.length).length });
  await expect.poll(() => reader.locator('.reader-status').textContent(), { timeout: 60_000 }).toContain(tagged);
  const status = (await reader.locator('.reader-status').textContent())!;
  const pages = Number(/^\d+/.exec(status)?.[0]);
  expect(pages).toBeGreaterThan(1);
  expect(status).toBe([de.t('reader.pages', { n: pages }), tagged, de.t('reader.deviations', { n: cli.deviations.length })].join(' · '));
  expect(await reader.evaluate(() => document.documentElement.lang)).toBe('de');

  const painted = await reader.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) for (const r of h) out.push({ name, text: r.toString().replace(/\s+/g, ' ') });
    return out;
  });
  const on = (category: string, fragment: string) => painted.some((r) => r.name === `clauselens-${category}` && r.text.includes(fragment));
  expect(on('breach-notification', 'teilt dem Auftraggeber Verletzungen des Schutzes')).toBe(true);
  expect(on('breach-notification', 'spätestens innerhalb von 24 Stunden')).toBe(true);
  expect(on('international-transfer', 'teilweise in den USA')).toBe(true);
  // The engine read words hyphenated at a line end as whole words ("Datenverar-/beitungsanlagen", "Datensicherheitsmaßnah-/men").
  const read = cli.clauses.map((c) => c.text).join(' ');
  for (const word of ['Datenverarbeitungsanlagen', 'Datensicherheitsmaßnahmen']) expect(read).toContain(word);
  expect(read).not.toMatch(/Datenverar- ?beitung|Datensicherheitsmaßnah- ?men/);

  const info = await tabInfo(browser.worker, `${pdf}#clauselens-sha256=${createHash('sha256').update(readFileSync(resolve(import.meta.dirname, '../fixtures/pdf', file))).digest('hex')}`);
  const popup = await openPopup(info!.tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
  const shown = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-term]')].map((li) => ({ key: li.dataset.term!, value: li.querySelector('.term-value')!.textContent! })));
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  expect(shown.sort(byKey)).toEqual(termLines(cli, de).map((l) => ({ key: l.key, value: l.value })).sort(byKey));
  expect(shown.find((t) => t.key === 'breachNotice')?.value).toMatch(/24 Stunden/);
  expect(await popup.textContent('body')).not.toMatch(/meets your baseline|erfüllt Ihre Baseline/i);
  await reader.evaluate(() => document.querySelector('.pdf-page[data-page="2"]')?.scrollIntoView({ block: 'start' }));
  await reader.waitForTimeout(400);
  await reader.screenshot({ path: resolve(SCREENSHOTS, 'reader-de.png') });
  await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-de-pdf.png'), fullPage: true });
  await Promise.all([popup.close(), reader.close()]);
}, 120_000);
