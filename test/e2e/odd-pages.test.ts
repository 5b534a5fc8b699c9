// End to end on odd pages: text in shadow roots and frames, right-to-left text, 100,000 elements, a page that never stops changing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startOddServer, UNREADABLE, type OddServer } from '../fixtures/odd/pages';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
let server: OddServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startOddServer()]);
  for (const p of browser.context.pages()) await p.close();
  // Counts the content script's analyzePage requests: a second listener sees every message and answers none.
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as { analyses: number; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
    g.analyses = 0;
    g.chrome.runtime.onMessage.addListener((m) => {
      if ((m as { type?: string } | null)?.type === 'analyzePage') g.analyses++;
    });
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const analyses = () => browser.worker.evaluate(() => (globalThis as unknown as { analyses: number }).analyses);

/** Opens a page and collects the errors its console reports (the content script's included). */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.origin + path);
  return { page, errors };
}

/** Text of every range in a window's CSS.highlights, and the kind of tree each lies in. */
function paintedIn(target: Pick<Page, 'evaluate'>) {
  return target.evaluate(() => {
    const out: { name: string; text: string; tree: string }[] = [];
    for (const [name, h] of CSS.highlights)
      for (const r of h as unknown as Iterable<Range>) out.push({ name, text: r.toString(), tree: r.startContainer.getRootNode().constructor.name });
    return out;
  });
}

test('DPA text inside an open shadow root is highlighted there; the closed root is not read', async () => {
  const { page, errors } = await open('/odd/shadow-dpa');
  try {
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    const painted = await paintedIn(page);
    const inShadow = painted.filter((p) => p.tree === 'ShadowRoot');
    expect(inShadow.length).toBeGreaterThan(3);
    expect(painted.some((p) => p.name === 'clauselens-breach-notification' && /hours/.test(p.text))).toBe(true);
    expect(painted.some((p) => p.text.includes(UNREADABLE))).toBe(false);
    // The ::highlight rules were adopted into the shadow root, so the clauses are actually coloured there.
    const styled = await page.evaluate(() => {
      const root = document.getElementById('host')!.shadowRoot!;
      return root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(clauselens-')));
    });
    expect(styled).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('DPA text in a same-origin iframe is highlighted in that frame; the cross-origin frame is skipped', async () => {
  const { page, errors } = await open('/odd/iframe-dpa');
  try {
    const frame = page.frames().find((f) => f.url().endsWith('/odd/frame'))!;
    expect(frame).toBeTruthy();
    await frame.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    const painted = await paintedIn(frame);
    expect(painted.some((p) => p.name === 'clauselens-breach-notification')).toBe(true);
    // Every range lies in the frame's own document: none spans two documents.
    expect(painted.every((p) => p.tree === 'HTMLDocument')).toBe(true);
    expect(await frame.evaluate(() => !!document.querySelector('style[data-clauselens]'))).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('a right-to-left page (Hebrew and Arabic with an English DPA) is analysed without errors', async () => {
  const { page, errors } = await open('/odd/rtl');
  try {
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    const painted = await paintedIn(page);
    expect(painted.some((p) => p.name === 'clauselens-breach-notification')).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('an ordinary page of 100,000 elements gets no badge and its own script keeps running', async () => {
  const before = await analyses();
  const { page, errors } = await open('/odd/many-elements');
  try {
    const start = await page.evaluate(() => (window as unknown as { counter: number }).counter);
    // The page's counter ticks every 50 ms; it must keep ticking while the content script looks at the page.
    await page.waitForFunction((n) => (window as unknown as { counter: number }).counter >= n + 20, start, { timeout: 20_000 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await analyses()).toBe(before);
    const badge = await browser.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome;
      const [tab] = await chrome.tabs.query({});
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(badge).toBe('');
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test.each([
  // The title says DPA, so the "Loading…" text is analysed once before the first rewrite; then the DPA once.
  ['the same text', '/odd/rewriting', 2],
  // Re-checked after 2 s, 4 s, 8 s of changes: three analyses in 10 s (a fixed 2 s period gives five or six).
  ['a line that differs each time', '/odd/rewriting?clock=1', 4],
])('a page rewriting itself every 50 ms with %s is analysed a bounded number of times', async (_label, path, most) => {
  const before = await analyses();
  const { page, errors } = await open(path);
  try {
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 20_000 });
    // 200 rewrites is 10 s of the page changing without pause.
    await page.waitForFunction(() => (window as unknown as { rewrites: number }).rewrites >= 200, null, { timeout: 30_000, polling: 500 });
    const count = (await analyses()) - before;
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(most);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('a 5 MB page is analyzed only in part, and the report says so (the popup shows the notice)', async () => {
  const { page, errors } = await open('/odd/huge');
  try {
    const url = page.url();
    await expect
      .poll(
        () =>
          browser.worker.evaluate(async (pageUrl) => {
            const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { url: string; report: { truncated: boolean } | null }>> } } } }).chrome;
            const all = await chrome.storage.session.get(null);
            return Object.values(all).find((s) => s && s.url === pageUrl && s.report)?.report?.truncated ?? null;
          }, url),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}, 90_000);
