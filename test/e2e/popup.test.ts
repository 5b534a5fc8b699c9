// End to end: the popup and the options page of the built extension, for a served seed DPA.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { deviationLines, termLines } from '../../lib/report/format';
import type { TabState } from '../../lib/extension/protocol';
import { startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';
import { screenshotPath } from './screenshots';


let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => ({ browser, server, extensionId } = await startSuite()), 60_000);
afterAll(() => stopSuite(browser, server));

/** Opens a served fixture and waits until the background holds what it made of it. */
async function openDocument(path: string, analyzed = true): Promise<{ page: Page; tabId: number | null }> {
  const page = await browser.context.newPage();
  const url = server.origin + path;
  await page.goto(url);
  if (!analyzed) {
    await page.waitForTimeout(1500);
    return { page, tabId: null };
  }
  await expect.poll(() => tabInfo(browser.worker, url), { timeout: 20_000 }).not.toBeNull();
  return { page, tabId: (await tabInfo(browser.worker, url))!.tabId };
}

/** The report the background stored for the tab: the engine's report for that page. */
const storedState = async (tabId: number): Promise<TabState> => (await tabState(browser.worker, tabId))!;

async function openPopup(tabId: number | string): Promise<Page> {
  const popup = await browser.context.newPage();
  // A real popup takes its content's height; full-page screenshots do the same.
  await popup.setViewportSize({ width: 380, height: 240 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

const shown = (popup: Page) =>
  popup.evaluate(() => ({
    deviations: [...document.querySelectorAll<HTMLElement>('li.deviation')].map((li) => ({ rule: li.dataset.rule, text: li.querySelector('.entry-main')!.textContent })),
    terms: [...document.querySelectorAll<HTMLElement>('[data-term]')].map((li) => ({ key: li.dataset.term, value: li.querySelector('.term-value')!.textContent })),
    baseline: document.querySelector('.baseline-name')?.textContent,
  }));

test('the popup shows the engine’s terms and deviations for a served DPA, and follows a threshold changed in the options', async () => {
  const { page, tabId } = await openDocument('/fixture/seeds/connectel-dpa.txt');
  const state = await storedState(tabId!);
  const report = state.report!;
  expect(report.docType).toBe('dpa');

  const popup = await openPopup(tabId!);
  const first = await shown(popup);
  expect(first.baseline).toBe('GDPR processor, customer side');
  expect(first.deviations.map((d) => d.rule)).toEqual(report.deviations.map((d) => d.rule));
  for (const [i, line] of deviationLines(report).entries()) {
    expect(first.deviations[i].text).toContain(line.found);
    expect(first.deviations[i].text).toContain(line.expected);
  }
  const lines = termLines(report);
  // Stated terms first, then the ones the document leaves out.
  expect(first.terms).toEqual([...lines.filter((l) => l.stated), ...lines.filter((l) => !l.stated)].map((l) => ({ key: l.key, value: l.value })));
  expect(first.deviations.map((d) => d.rule)).toContain('breach-notice-max-hours');

  await popup.locator('li.deviation').first().locator('summary').click();
  await popup.screenshot({ path: screenshotPath('popup-dpa.png'), fullPage: true });

  // The options page: duplicate the default preset, allow 96 hours for breach notice, make the copy active.
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await options.getByRole('heading', { level: 2, name: 'Copy of GDPR processor, customer side' }).waitFor();
  await options.getByLabel('Longest acceptable notice (hours)').fill('96');
  await options.getByRole('button', { name: 'Use as active baseline' }).click();
  await options.getByRole('button', { name: 'This is the active baseline' }).waitFor();
  await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });

  await popup.reload();
  await popup.locator('h1').waitFor();
  const after = await shown(popup);
  expect(after.baseline).toBe('Copy of GDPR processor, customer side');
  expect(after.deviations.map((d) => d.rule)).toEqual(report.deviations.map((d) => d.rule).filter((r) => r !== 'breach-notice-max-hours'));
  await Promise.all([popup.close(), options.close(), page.close()]);
});

test('a bad import is refused on the options page with what is wrong and where', async () => {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 700 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type="file"]').setInputFiles({
    name: 'playbook.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"clauselens-baseline","schema":1,"name":"Bad","rules":{"breach-notice-max-hours":{"enabled":true,"severity":"high","maxHours":-5}}}'),
  });
  const alert = options.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('rules.breach-notice-max-hours.maxHours');
  await options.screenshot({ path: screenshotPath('options-import-refused.png') });
  await options.close();
});

test('on a page that was not recognised, the popup offers to analyze it anyway', async () => {
  const { page } = await openDocument('/fixture/corpus/other/github-terms.md', false);
  // Without the tabs permission tab URLs are hidden, so the page is found as the only open tab.
  const tabId = await browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
    const tabs = await chrome.tabs.query({});
    return tabs.length === 1 ? tabs[0].id : null;
  });
  expect(tabId).not.toBeNull();
  const popup = await openPopup(tabId!);
  await popup.getByRole('button', { name: 'Analyze this page anyway' }).waitFor();
  await popup.screenshot({ path: screenshotPath('popup-not-recognised.png'), fullPage: true });
  await popup.getByRole('button', { name: 'Analyze this page anyway' }).click();
  await popup.getByText('Not a DPA or privacy policy').waitFor({ timeout: 20_000 }).catch(async (e) => {
    throw new Error(`${e}\npopup shows: ${await popup.locator('body').innerText()}`);
  });
  expect(await popup.getByText(/Analyzed on request/).count()).toBe(1);
  await Promise.all([popup.close(), page.close()]);
});

test('a privacy policy', async () => {
  const { page, tabId } = await openDocument('/fixture/corpus/privacy-policy/github-privacy-statement.md');
  const report = (await storedState(tabId!)).report!;
  const popup = await openPopup(tabId!);
  expect((await shown(popup)).deviations.map((d) => d.rule)).toEqual(report.deviations.map((d) => d.rule));
  await popup.screenshot({ path: screenshotPath('popup-privacy-policy.png'), fullPage: true });
  await Promise.all([popup.close(), page.close()]);
});
