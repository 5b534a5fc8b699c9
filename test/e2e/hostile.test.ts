// End to end: page text is data, never markup (a DPA full of script-injection attempts), the extension pages'
// strict CSP holds, and nothing leaves the machine while the extension analyzes, saves and exports.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readInput } from '../../lib/engine/text/input';
import { launchWithExtension, tabInfo, type ExtensionBrowser } from './browser';
import { startServer, type TestServer } from './server';
import { documentHtml, pageHtml } from './pages';

/** Each sets window.__pwned (or opens a dialog) if any surface ever treats page text as HTML or a link. */
const ATTACKS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '[read the annex](javascript:window.__pwned=3)',
  '"><svg onload="window.__pwned=4">',
  "'; window.__pwned=5; '",
  '<a href="javascript:alert(6)">annex</a>',
];

/** The seed DPA with an attack inside the breach, audit and transfer clauses and in the title. */
function hostileDpa(): string {
  let text = readFileSync(resolve(import.meta.dirname, '../fixtures/seeds/frostmoln-dpa.txt'), 'utf8');
  text = text
    .replace('without undue delay, and in any event within 24 hours', `without undue delay ${ATTACKS[0]}, and in any event within 24 hours ${ATTACKS[1]}`)
    .replace('Audits shall be conducted with reasonable prior notice', `Audits shall be conducted ${ATTACKS[2]} with reasonable prior notice ${ATTACKS[3]}`)
    .replace('Data Processing Agreement', `Data Processing Agreement ${ATTACKS[4]} ${ATTACKS[5]}`);
  const plain = readInput(text, 'text');
  return pageHtml(plain.title ?? 'DPA', documentHtml(plain));
}

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;
const dialogs: string[] = [];
const cspViolations: string[] = [];

function watch(page: Page): Page {
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript:"], script:not([src])').length);

async function extensionPage(path: string): Promise<Page> {
  const page = watch(await browser.context.newPage());
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.locator('h1').first().waitFor();
  return page;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  extensionId = new URL(browser.worker.url()).host;
  server.pages.set('/hostile-dpa.html', hostileDpa());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('attacks in clause text stay text in the page, the hover card, the popup, the side panel and the exports', async () => {
  const url = `${server.origin}/hostile-dpa.html`;
  const page = watch(await browser.context.newPage());
  await page.goto(url);
  await expect.poll(() => tabInfo(browser.worker, url), { timeout: 20_000 }).not.toBeNull();
  const { tabId } = (await tabInfo(browser.worker, url))!;
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('clauselens-breach-notification')), { timeout: 20_000 }).toBe(true);
  // The page's own HTML escaped the attacks: any <img>/<svg> now would be ours.
  const baseline = await injected(page);

  // Hover the breach clause (with the attack in it): its card is built from text nodes only.
  const at = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('in any event within 24 hours');
      if (i < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 5);
      const box = r.getBoundingClientRect();
      return { x: box.left + 2, y: box.top + box.height / 2 };
    }
    return null;
  });
  await page.mouse.move(at!.x, at!.y);
  await expect.poll(() => page.evaluate(() => (document.querySelector('clauselens-card') as HTMLElement | null)?.style.display ?? 'none')).toBe('block');

  const popup = watch(await browser.context.newPage());
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  expect(await popup.locator('h1').textContent()).toContain(ATTACKS[4].trim());
  await popup.getByRole('button', { name: 'Save all to sidebar' }).click();
  await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/^Saved \d+ clauses/);
  // Every term and deviation entry shows its sentence, attacks included, as text.
  for (const details of await popup.locator('details').all()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));

  const panel = await extensionPage('sidepanel.html');
  await panel.locator('.saved-item').first().waitFor();
  const panelText = await panel.locator('main').textContent();
  for (const attack of ATTACKS.slice(0, 4)) expect(panelText).toContain(attack);
  const md = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Markdown memo' }).click();
  const memo = readFileSync((await (await md).path())!, 'utf8');
  // Escaped (a backslash before < and [ makes Markdown print them): no raw tag and no live link survives into the memo.
  expect(memo).toContain('\\<img src=x');
  expect(memo).not.toMatch(/(?<!\\)<(img|script|svg)|(?<!\\)\]\(javascript:/i);
  const csv = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'CSV' }).click();
  expect(readFileSync((await (await csv).path())!, 'utf8')).toContain('onerror');

  for (const p of [page, popup, panel]) expect(await pwned(p)).toBeNull();
  expect(await injected(page)).toBe(baseline);
  expect(await injected(popup)).toBe(0);
  expect(await injected(panel)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('the extension pages load under the strict CSP without a single violation, and connect nowhere', async () => {
  const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
  const policy = (manifest as { content_security_policy: { extension_pages: string } }).content_security_policy.extension_pages;
  expect(policy).toMatch(/default-src 'none'.*script-src 'self'/);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*/);
  // The manifest's connect-src lets the PDF reader fetch the one PDF it is asked for (which it cannot name in advance);
  // the popup, options page and side panel narrow it back to nothing in their own documents.
  for (const path of ['options.html', 'sidepanel.html', 'popup.html']) {
    const page = await extensionPage(path);
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe("connect-src 'none'");
    const blocked = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), `${server.origin}/hostile-dpa.html`);
    expect(blocked).toBe('blocked');
    await page.close();
  }
  expect(cspViolations.filter((v) => !v.includes(`${server.origin}/hostile-dpa.html`))).toEqual([]);
});

test('no request left for any host but the test server while the extension analyzed, saved and exported', () => {
  const foreign = browser.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${extensionId}/`) && !/^(blob|data):/.test(u));
  expect(browser.requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
});
