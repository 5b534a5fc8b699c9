// End to end: saving a clause (from its card) and a free selection (the context menu's path), finding them again on
// reload and on an edited page, the side panel, its Markdown / JSON export, and the JSON import into a fresh profile.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Notebook } from '../../lib/notebook/notebook';
import { injectInPage, launchWithExtension, registeredMatches, sendToTab, startSuite, stopSuite, tabInfo, type ExtensionBrowser } from './browser';
import { selectInPage } from './pages';
import { renderFixture, type TestServer } from './server';
import { screenshotPath } from './screenshots';

const DOC = '/notes/frostmoln-dpa.html';
const ORIGINAL = renderFixture('seeds/frostmoln-dpa.txt');
// Words of the seed: the breach clause is tagged (saved from its card); the audit sentence is a free selection.
const CLAUSE_PROBE = 'in any event within 24 hours';
const SELECTION = 'Audits shall be conducted with reasonable prior notice (at least 30 days, except in the case of a suspected data breach)';
const NOTE = 'Ask for 72 hours notice of audits instead of 30 days?';

/** The seed, edited the way vendors edit a live page: a new paragraph above, a word changed inside each saved quote. */
const EDITED = ORIGINAL.replace('<h2', '<p>Updated on 1 March: this agreement now also covers our new analytics product.</p><h2')
  .replace('after becoming aware of a personal data breach', 'after first becoming aware of a personal data breach')
  .replace('reasonable prior notice', 'reasonable advance notice');

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;
let exportedJson = '';
let docUrl = '';

async function notebook(b: ExtensionBrowser): Promise<Notebook> {
  return b.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('notebook')).notebook as Notebook | undefined) ?? { documents: [] };
  });
}

const highlights = async (b: ExtensionBrowser) =>
  (await notebook(b)).documents.flatMap((d) => d.highlights).sort((x, y) => x.id.localeCompare(y.id));

/** Size of the saved layer drawn in the page. */
const savedDrawn = (page: Page) =>
  page.evaluate(() => (CSS.highlights.get('clauselens-saved') as unknown as { size: number } | undefined)?.size ?? 0);

/** Viewport point in the middle of `needle` on the page, scrolled into view. */
async function pointAt(page: Page, needle: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(text);
      if (i < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      const box = r.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
    }
    throw new Error(`"${text}" is not on the page`);
  }, needle);
}

/** Selects `needle` in the page, as a user's drag would. */
const select = (page: Page, needle: string): Promise<void> => page.evaluate(selectInPage, needle);

/** The card's host box (its closed shadow root is out of reach, as it is for page scripts). */
const cardBox = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('clauselens-card') as HTMLElement | null;
    if (!host || host.style.display === 'none') return null;
    const r = host.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });

async function openDoc(b: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url);
  await expect.poll(() => tabInfo(b.worker, url), { timeout: 20_000 }).not.toBeNull();
  return { page, tabId: (await tabInfo(b.worker, url))!.tabId };
}

async function openPanel(b: ExtensionBrowser, id: string): Promise<Page> {
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  await panel.locator('h1').waitFor();
  return panel;
}

beforeAll(async () => {
  ({ browser, server, extensionId } = await startSuite());
  server.pages.set(DOC, ORIGINAL);
  docUrl = server.origin + DOC;
}, 60_000);

afterAll(() => stopSuite(browser, server));

describe('saving', () => {
  test('a tagged clause is saved from its hover card, and a free selection from the context-menu path with a note', async () => {
    const { page, tabId } = await openDoc(browser, docUrl);
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('clauselens-breach-notification')), { timeout: 20_000 }).toBe(true);

    // Hover the breach clause: its card shows "Save to sidebar" at its top left.
    const at = await pointAt(page, CLAUSE_PROBE);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cardBox(page), { timeout: 5000 }).not.toBeNull();
    const box = (await cardBox(page))!;
    await page.mouse.move(box.left + 40, box.top + 22, { steps: 4 });
    await page.mouse.click(box.left + 40, box.top + 22);
    await expect.poll(async () => (await highlights(browser)).length, { timeout: 5000 }).toBe(1);
    const [clause] = await highlights(browser);
    expect(clause.selectors.quote.exact).toContain('after becoming aware of a personal data breach');
    expect(clause.origin).toBe('clause');
    expect(clause.category).toBe('breach-notification');
    expect(clause.selectors.quote.exact).toContain(CLAUSE_PROBE);
    // Named by the document's own numbering, as a reviewer cites it to the vendor.
    expect(clause.clauseRef).toBe('Clause 8 · Personal Data Breach Notification');
    await page.screenshot({ path: screenshotPath('card-saved.png') });

    // A selection saved the way the context menu and Alt+Shift+S do it; the card opens with the caret in the note.
    await page.mouse.move(5, 5);
    await select(page, SELECTION);
    const saved = await browser.worker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, {
          clauselens: 1,
          type: 'saveSelection',
          data: {},
        }),
      tabId,
    );
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await highlights(browser)).find((h) => h.origin === 'selection')?.note, { timeout: 5000 }).toBe(NOTE);
    const selection = (await highlights(browser)).find((h) => h.origin === 'selection')!;
    expect(selection.selectors.quote.exact).toBe(SELECTION);
    // Suggested from the clause it sits in, and named after it.
    expect(selection.category).toBe('audit');
    expect(selection.clauseRef).toBe('Clause 10 · Audit Rights');
    await expect.poll(() => savedDrawn(page)).toBe(2);
    await page.close();
  });

  test('both are drawn again after a reload, and still found on an edited version of the page', async () => {
    const { page, tabId } = await openDoc(browser, docUrl);
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(2);

    server.pages.set(DOC, EDITED);
    await page.reload();
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(2);
    // The drawn ranges cover the edited wording: found by fuzzy match, not at the old offsets.
    const texts = await page.evaluate(() => [...(CSS.highlights.get('clauselens-saved') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(texts.some((t) => t.includes('reasonable advance notice')), JSON.stringify(texts)).toBe(true);
    expect(texts.some((t) => t.includes('after first becoming aware')), JSON.stringify(texts)).toBe(true);
    const state = await browser.worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] as { saved?: { found: number; missing: string[] } };
    }, tabId);
    expect(state.saved).toEqual({ found: 2, missing: [] });

    // With the audit sentence gone, that highlight is "not found on this page", never dropped.
    server.pages.set(DOC, EDITED.replace(/Audits shall be conducted[^<]*/, 'Audits are described in Annex 3.'));
    await page.reload();
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(1);
    const panel = await openPanel(browser, extensionId);
    await page.bringToFront();
    await panel.reload();
    expect(await highlights(browser)).toHaveLength(2);
    server.pages.set(DOC, EDITED);
    await page.reload();
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(2);
    await panel.close();
    await page.close();
  });
});

describe('an ordinary page (not a policy) with a saved passage', () => {
  const ARTICLE = '/notes/sourdough.html';
  const PASSAGE = 'keep the starter in the fridge and feed it once a week';

  test('is passed over by the gate, then has its passage drawn again on every visit', async () => {
    server.pages.set(ARTICLE, readFileSync(resolve(import.meta.dirname, '../fixtures/dom/article.html'), 'utf8'));
    const url = server.origin + ARTICLE;
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    const tabId = await browser.worker.evaluate(async (u) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      return (await chrome.tabs.query({ url: u }))[0].id;
    }, url);
    const send = (type: string) => sendToTab(browser, tabId, type);
    // Only the gate ran: nothing in the page answers.
    await expect(send('ping')).rejects.toThrow(/Receiving end does not exist/);

    // What the context menu and Alt+Shift+S do on such a page: inject the in-page code, then save the selection.
    await select(page, PASSAGE);
    await injectInPage(browser, tabId);
    expect(await send('saveSelection')).toMatchObject({ ok: true, value: { saved: true } });
    await page.keyboard.press('Escape');
    await expect.poll(() => savedDrawn(page)).toBe(1);
    // The background registered the in-page script for this address (and only it).
    expect(await registeredMatches(browser)).toContain(`http://127.0.0.1${ARTICLE}`);

    // A new visit: the browser loads the in-page code for this address, which finds and draws the passage. No analysis, no badge.
    await page.reload();
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => [...(CSS.highlights.get('clauselens-saved') as unknown as Set<Range>)][0].toString())).toBe(PASSAGE);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k !== 'clauselens-saved'))).toEqual([]);
    await page.close();

    // Once its last passage is deleted, the address is no longer registered.
    const ids = (await notebook(browser)).documents.filter((d) => d.url === url).flatMap((d) => d.highlights.map((h) => h.id));
    expect(ids).toHaveLength(1);
    await browser.worker.evaluate(async (pageUrl) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const { notebook: nb } = (await chrome.storage.local.get('notebook')) as { notebook: { documents: { url: string }[] } };
      const pages = ((await chrome.storage.local.get('notebookPages')).notebookPages as string[]).filter((k) => k !== pageUrl);
      await chrome.storage.local.set({ notebook: { ...nb, documents: nb.documents.filter((d) => d.url !== pageUrl) }, notebookPages: pages });
    }, url);
    await expect.poll(() => registeredMatches(browser)).not.toContain(`http://127.0.0.1${ARTICLE}`);
  });
});

describe('the side panel', () => {
  test('lists the highlights under their document with the note; searching and filtering narrow the list', async () => {
    const panel = await openPanel(browser, extensionId);
    await panel.locator('.saved-item').first().waitFor();
    expect(await panel.locator('.saved-doc h2').allTextContents()).toEqual(['Data Processing Agreement']);
    expect(await panel.locator('.saved-item').count()).toBe(2);
    expect(await panel.locator('.note').allTextContents()).toEqual([NOTE]);
    // Who the document is from and the date it states; each highlight's clause (newest saved first).
    expect(await panel.locator('.doc-vendor').allTextContents()).toEqual(['Vendor: Svenska Moln']);
    expect(await panel.locator('.doc-stated').allTextContents()).toEqual(['Last updated Mar 18, 2026']);
    expect(await panel.locator('.saved-item .clause-ref').allTextContents()).toEqual(['Clause 10 · Audit Rights', 'Clause 8 · Personal Data Breach Notification']);
    expect(await panel.locator('#filter-document option').allTextContents()).toEqual(['All documents', 'Svenska Moln — Data Processing Agreement']);
    await panel.screenshot({ path: screenshotPath('sidepanel.png'), fullPage: true });

    await panel.fill('#search', '72 hours notice');
    await expect.poll(() => panel.locator('.saved-item').count()).toBe(1);
    await panel.fill('#search', '');
    await panel.selectOption('#filter-category', 'breach-notification');
    await expect.poll(() => panel.locator('.saved-item').count()).toBe(1);
    expect(await panel.locator('.quote').first().textContent()).toContain(CLAUSE_PROBE);
    await panel.selectOption('#filter-category', '');
    await panel.close();
  });

  test('"Show on page" opens the page when it is closed and scrolls to the highlight', async () => {
    for (const p of browser.context.pages()) await p.close();
    const panel = await openPanel(browser, extensionId);
    const item = panel.locator('.saved-item', { hasText: 'Audits shall be conducted' });
    const opened = browser.context.waitForEvent('page');
    await item.getByRole('button', { name: 'Show on page' }).click();
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(docUrl);
    await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? ''), { timeout: 20_000 }).toContain('Audits shall be conducted');
    await page.close();
    await panel.close();
  });

  test('"Show on page" focuses the tab that already shows the page, without opening another', async () => {
    const { page } = await openDoc(browser, docUrl);
    await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(2);
    const panel = await openPanel(browser, extensionId);
    const before = browser.context.pages().length;
    await panel.locator('.saved-item', { hasText: 'Audits shall be conducted' }).getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? ''), { timeout: 10_000 }).toContain('Audits shall be conducted');
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
    expect(browser.context.pages().length).toBe(before);
    await panel.close();
    await page.close();
  });

  test('exports a Markdown memo and a JSON notebook', async () => {
    const panel = await openPanel(browser, extensionId);
    await panel.locator('.saved-item').first().waitFor();
    const md = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Markdown memo' }).click();
    const memo = readFileSync((await (await md).path())!, 'utf8');
    expect(memo).toContain('Data Processing Agreement');
    expect(memo).toContain(NOTE);
    expect(memo).toContain('reasonable prior notice');
    expect(memo).toContain('- **Vendor:** Svenska Moln');
    expect(memo).toContain('*Audit rights* · Clause 10 · Audit Rights · own selection');
    const js = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'JSON', exact: true }).click();
    const download = await js;
    expect(download.suggestedFilename()).toMatch(/^clauselens-notebook-\d{4}-\d\d-\d\d\.json$/);
    exportedJson = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exportedJson).documents[0].highlights).toHaveLength(2);
    await panel.close();
  });

  test('the JSON imports into a fresh profile with the same result, and a second import adds nothing', async () => {
    const fresh = await launchWithExtension();
    try {
      const id = new URL(fresh.worker.url()).host;
      const panel = await openPanel(fresh, id);
      await panel.getByText('Nothing saved yet.').waitFor();
      const file = { name: 'notebook.json', mimeType: 'application/json', buffer: Buffer.from(exportedJson) };
      await panel.locator('input[type=file]').setInputFiles(file);
      await expect.poll(() => panel.locator('.status').textContent()).toContain('2 new');
      expect(await highlights(fresh)).toEqual(await highlights(browser));
      await panel.locator('input[type=file]').setInputFiles(file);
      await expect.poll(() => panel.locator('.status').textContent()).toContain('0 new');
      expect(await highlights(fresh)).toHaveLength(2);

      const { page } = await openDoc(fresh, docUrl);
      await expect.poll(() => savedDrawn(page), { timeout: 20_000 }).toBe(2);

      // A broken file is refused and nothing changes.
      await panel.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "clauselens-notebook", "version": 1, "documents": [{}]}') });
      await expect.poll(() => panel.locator('.status').textContent()).toContain('Import refused');
      expect(await highlights(fresh)).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});

describe('after a browser restart', () => {
  test('the saved highlights are still there and drawn', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'clauselens-restart-'));
    try {
      let first = await launchWithExtension({ keepProfile: profile });
      const { page } = await openDoc(first, docUrl);
      await page.bringToFront();
      const quote = 'The Processor shall make available all information reasonably necessary to demonstrate compliance';
      await select(page, quote);
      const { tabId } = (await tabInfo(first.worker, docUrl))!;
      await first.worker.evaluate(
        (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { clauselens: 1, type: 'saveSelection', data: {} }),
        tabId,
      );
      await expect.poll(async () => (await highlights(first)).length).toBe(1);
      await first.close();
      first = await launchWithExtension({ keepProfile: profile });
      try {
        expect((await highlights(first)).map((h) => h.selectors.quote.exact)).toEqual([quote]);
        const again = await openDoc(first, docUrl);
        await expect.poll(() => savedDrawn(again.page), { timeout: 20_000 }).toBe(1);
      } finally {
        await first.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the popup', () => {
  test('"Save all to sidebar" saves every tagged clause once', async () => {
    const { tabId } = await openDoc(browser, docUrl);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: 'Save all to sidebar' }).click();
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/^Saved \d+ clauses to the sidebar \(1 already there\)\.$/);
    const tagged = Number((await popup.locator('.status').textContent())!.match(/Saved (\d+)/)![1]);
    expect(await highlights(browser)).toHaveLength(tagged + 1);
    await popup.getByRole('button', { name: 'Save all to sidebar' }).click();
    await expect.poll(() => popup.locator('.status').textContent()).toContain(`(${tagged} already there)`);
    expect(await highlights(browser)).toHaveLength(tagged + 1);
    await popup.close();
  });

  test('Undo in the side panel puts back the deleted highlight and keeps what another page saved meanwhile (issue 17)', async () => {
    const before = (await highlights(browser)).length;
    const panel = await openPanel(browser, extensionId);
    await expect.poll(() => panel.locator('.saved-item').count()).toBe(before);
    await panel.locator('.saved-item').first().getByRole('button', { name: /^Delete highlight/ }).click();
    await expect.poll(() => highlights(browser).then((h) => h.length)).toBe(before - 1);

    // "Save all" on another DPA, in another tab, while the panel still offers Undo.
    const other = '/vendors/infracom-dpa.html';
    server.pages.set(other, renderFixture('seeds/infracom-dpa.txt'));
    const { tabId } = await openDoc(browser, server.origin + other);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('button', { name: /^Save all/ }).click();
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/^Saved \d+ clauses/);
    const savedOnB = Number((await popup.locator('.status').textContent())!.match(/Saved (\d+)/)![1]);
    expect(savedOnB).toBeGreaterThan(0);
    await popup.close();
    await expect.poll(() => highlights(browser).then((h) => h.length)).toBe(before - 1 + savedOnB);

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.locator('.status').textContent()).toContain('Restored.');
    await expect.poll(() => highlights(browser).then((h) => h.length)).toBe(before + savedOnB);
    await expect.poll(() => panel.locator('.saved-item').count()).toBe(before + savedOnB);
    await panel.close();
  });
});
