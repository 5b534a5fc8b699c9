// End to end, in Chromium: the reviewer's desk. Key-term highlights by default, the popup's legend and switches,
// next/previous highlight from the keyboard with its card beside the clause, and dark mode on every surface.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SHOWN } from '../../lib/report/focus';
import type { Report } from '../../lib/engine/report';
import { startSuite, stopSuite, tabInfo, tabState, type ExtensionBrowser } from './browser';
import { type TestServer } from './server';
import { screenshotPath } from './screenshots';

let browser: ExtensionBrowser;
let server: TestServer;
let extensionId: string;

beforeAll(async () => ({ browser, server, extensionId } = await startSuite()), 60_000);
afterAll(() => stopSuite(browser, server));

const DPA = '/fixture/seeds/infracom-dpa.txt';

/** Opens a served document, waits for its report and its highlights. */
async function openDocument(path: string): Promise<{ page: Page; tabId: number; report: Report }> {
  const page = await browser.context.newPage();
  const url = server.origin + path;
  await page.goto(url);
  await expect.poll(() => tabInfo(browser.worker, url), { timeout: 20_000 }).not.toBeNull();
  const { tabId } = (await tabInfo(browser.worker, url))!;
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
  const report = (await tabState(browser.worker, tabId))!.report!;
  return { page, tabId, report };
}

const painted = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k !== 'clauselens-focus').map((k) => k.replace(/^clauselens-/, '')).sort());

async function openPopup(tabId: number, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 380, height: 240 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

const legendBox = (popup: Page, label: string) => popup.getByRole('group', { name: 'Categories to highlight' }).getByRole('checkbox', { name: new RegExp(`^${label}`) });

/** Relative luminance of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const pageColours = (p: Page) =>
  p.evaluate(() => {
    const body = getComputedStyle(document.body);
    const root = getComputedStyle(document.documentElement);
    const bg = body.backgroundColor === 'rgba(0, 0, 0, 0)' ? root.backgroundColor : body.backgroundColor;
    return { bg, fg: body.color };
  });

describe('out of the box', () => {
  test('a DPA shows only the key-term categories; the others are in the report, a click away', async () => {
    const { page, report } = await openDocument(DPA);
    try {
      const shown = await painted(page);
      const inReport = new Set(report.clauses.flatMap((c) => c.categories));
      expect(shown.length).toBeGreaterThanOrEqual(4);
      for (const c of shown) expect(DEFAULT_SHOWN.dpa).toContain(c);
      // The DPA has other categories too (security measures, confidentiality...): tagged, not painted.
      const hidden = [...inReport].filter((c) => !(DEFAULT_SHOWN.dpa as readonly string[]).includes(c));
      expect(hidden.length).toBeGreaterThan(0);
      for (const c of hidden) expect(shown).not.toContain(c);
    } finally {
      await page.close();
    }
  });
});

describe('the popup', () => {
  test('its legend switches categories on the page, remembered; the page switch turns highlights off and on', async () => {
    const { page, tabId } = await openDocument(DPA);
    const popup = await openPopup(tabId);
    try {
      expect(await legendBox(popup, 'Breach notification').isChecked()).toBe(true);
      expect(await legendBox(popup, 'Security measures').isChecked()).toBe(false);
      await popup.screenshot({ path: screenshotPath('popup-highlights.png'), fullPage: true });

      await legendBox(popup, 'Breach notification').click();
      await legendBox(popup, 'Security measures').click();
      await expect.poll(() => painted(page)).toContain('security-measures');
      expect(await painted(page)).not.toContain('breach-notification');

      // Remembered: a new popup, and a new page of the same type, follow the stored choice.
      await popup.reload();
      await popup.locator('h1').waitFor();
      expect(await legendBox(popup, 'Breach notification').isChecked()).toBe(false);
      expect(await legendBox(popup, 'Security measures').isChecked()).toBe(true);
      const other = await openDocument('/fixture/seeds/frostmoln-dpa.txt');
      expect(await painted(other.page)).toContain('security-measures');
      expect(await painted(other.page)).not.toContain('breach-notification');
      await other.page.close();

      // Back to the defaults.
      await popup.getByRole('button', { name: 'Key terms only' }).click();
      await expect.poll(() => painted(page)).toContain('breach-notification');
      expect(await painted(page)).not.toContain('security-measures');

      await popup.getByRole('checkbox', { name: 'On this page' }).click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
      await popup.getByRole('checkbox', { name: 'On this page' }).click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    } finally {
      await Promise.all([popup.close(), page.close()]);
    }
  });

  test('the per-site switch turns every page of the site off, and back on', async () => {
    const { page, tabId } = await openDocument(DPA);
    const popup = await openPopup(tabId);
    try {
      const site = popup.getByRole('checkbox', { name: /On every page of 127\.0\.0\.1/ });
      await site.click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
      await popup.reload();
      await popup.locator('h1').waitFor();
      expect(await popup.getByRole('checkbox', { name: /On every page of/ }).isChecked()).toBe(false);
      await popup.getByRole('checkbox', { name: /On every page of/ }).click();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    } finally {
      await Promise.all([popup.close(), page.close()]);
    }
  });

  test('is operable from the keyboard alone: Tab reaches every control, Space toggles a legend switch', async () => {
    const { page, tabId } = await openDocument(DPA);
    const popup = await openPopup(tabId);
    try {
      const reached: string[] = [];
      for (let i = 0; i < 60; i++) {
        await popup.keyboard.press('Tab');
        const name = await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
          return `${el.tagName.toLowerCase()}:${label.replace(/\s+/g, ' ').trim()}`;
        });
        if (name) reached.push(name);
      }
      for (const want of ['Copy summary', 'Download .md', 'Save all', 'Open sidebar', 'On this page', 'Breach notification', 'Show all'])
        expect(reached.some((r) => r.includes(want)), `${want} in ${reached.join(' | ')}`).toBe(true);
      // Focus the breach switch by keyboard and toggle it with Space.
      await legendBox(popup, 'Breach notification').focus();
      await popup.keyboard.press('Space');
      await expect.poll(() => painted(page)).not.toContain('breach-notification');
      await popup.keyboard.press('Space');
      await expect.poll(() => painted(page)).toContain('breach-notification');
    } finally {
      await Promise.all([popup.close(), page.close()]);
    }
  });
});

/** The card's own box and text, read through the DevTools protocol (the card's shadow root is closed to the page). */
async function cardState(cdp: CDPSession): Promise<{ background: string; text: string; role: string | null } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | null => {
    const attrs = n.attributes ?? [];
    if (n.nodeName === 'DIV' && attrs[attrs.indexOf('class') + 1] === 'card' && attrs.includes('class')) return n;
    for (const child of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  const card = find(root);
  if (!card) return null;
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as { computedStyle: { name: string; value: string }[] };
  const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId })) as { outerHTML: string };
  const attrs = card.attributes ?? [];
  return {
    background: computedStyle.find((s) => s.name === 'background-color')!.value,
    text: outerHTML.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
    role: attrs.includes('role') ? attrs[attrs.indexOf('role') + 1] : null,
  };
}
interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

describe('keyboard', () => {
  test('Alt+Shift+N / P walk the highlights; the card opens beside the clause, says the clause number, and Escape closes it', async () => {
    const { page } = await openDocument(DPA);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    try {
      const focused = () =>
        page.evaluate(() => {
          const h = CSS.highlights.get('clauselens-focus');
          const r = h ? ([...h][0] as Range) : null;
          if (!r) return null;
          const box = r.getBoundingClientRect();
          const host = document.querySelector('clauselens-card') as HTMLElement;
          const card = host?.style.display === 'block' ? (host.getBoundingClientRect().width ? host.getBoundingClientRect() : null) : null;
          return { text: r.toString(), box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom }, card: card && { left: card.left, top: card.top, right: card.right, bottom: card.bottom }, inView: box.top >= 0 && box.bottom <= innerHeight };
        });
      await page.keyboard.press('Alt+Shift+N');
      await expect.poll(focused).not.toBeNull();
      const first = (await focused())!;
      expect(first.inView).toBe(true);
      await page.keyboard.press('Alt+Shift+N');
      await expect.poll(async () => (await focused())?.text).not.toBe(first.text);
      const second = (await focused())!;
      expect(second.inView).toBe(true);
      await page.keyboard.press('Alt+Shift+P');
      await expect.poll(async () => (await focused())?.text).toBe(first.text);

      const state = await cardState(cdp);
      expect(state).not.toBeNull();
      // A labelled group, not a live dialog announced on every hover.
      expect(state!.role).toBe('group');
      expect(state!.text).toMatch(/Clause \d|§|Article|item \(/);
      expect(state!.text).toMatch(/Why tagged/);
      // The card, placed by the page's own layout, does not cover the clause.
      const box = (await page.evaluate(() => {
        const host = document.querySelector('clauselens-card') as HTMLElement;
        return host.style.display;
      }));
      expect(box).toBe('block');
      await page.screenshot({ path: screenshotPath('keyboard-card.png') });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => (document.querySelector('clauselens-card') as HTMLElement).style.display)).toBe('none');
      expect(await page.evaluate(() => CSS.highlights.has('clauselens-focus'))).toBe(false);
    } finally {
      await cdp.detach();
      await page.close();
    }
  });

  test('next and previous highlight are also extension commands the background forwards to the page', async () => {
    const { page, tabId } = await openDocument(DPA);
    try {
      const answer = (await browser.worker.evaluate(
        ([id, message]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, message),
        [tabId, { clauselens: 1, type: 'moveHighlight', data: { direction: 1 } }] as const,
      )) as { ok: boolean; value: { total: number; position: number } };
      expect(answer.ok).toBe(true);
      expect(answer.value.total).toBeGreaterThan(3);
      expect(answer.value.position).toBeGreaterThanOrEqual(1);
      expect(await page.evaluate(() => CSS.highlights.has('clauselens-focus'))).toBe(true);
      const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { commands: Record<string, unknown> } } } }).chrome.runtime.getManifest().commands);
      expect(Object.keys(manifest)).toEqual(expect.arrayContaining(['next-highlight', 'previous-highlight']));
    } finally {
      await page.close();
    }
  });
});

describe('dark mode', () => {
  test('the popup, options page, side panel and the card follow prefers-color-scheme: dark', async () => {
    const { page, tabId } = await openDocument(DPA);
    const popup = await openPopup(tabId, 'dark');
    const options = await browser.context.newPage();
    const panel = await browser.context.newPage();
    try {
      const light = await openPopup(tabId, 'light');
      const lightColours = await pageColours(light);
      await light.close();
      expect(luminance(lightColours.bg)).toBeGreaterThan(0.8);

      const popupColours = await pageColours(popup);
      expect(luminance(popupColours.bg)).toBeLessThan(0.05);
      expect(luminance(popupColours.fg)).toBeGreaterThan(0.6);
      await popup.screenshot({ path: screenshotPath('popup-dpa-dark.png'), fullPage: true });

      await options.emulateMedia({ colorScheme: 'dark' });
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('h1').waitFor();
      const optionColours = await pageColours(options);
      expect(luminance(optionColours.bg)).toBeLessThan(0.05);
      expect(luminance(optionColours.fg)).toBeGreaterThan(0.6);
      await options.screenshot({ path: screenshotPath('options-dark.png'), fullPage: true });

      await panel.emulateMedia({ colorScheme: 'dark' });
      await panel.setViewportSize({ width: 400, height: 700 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.locator('h1').waitFor();
      const panelColours = await pageColours(panel);
      expect(luminance(panelColours.bg)).toBeLessThan(0.05);
      expect(luminance(panelColours.fg)).toBeGreaterThan(0.6);

      // The card on the page: dark too, while the highlights keep their tints and dark text.
      await page.emulateMedia({ colorScheme: 'dark' });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      await page.keyboard.press('Alt+Shift+N');
      await page.waitForFunction(() => (document.querySelector('clauselens-card') as HTMLElement | null)?.style.display === 'block');
      const card = await cardState(cdp);
      expect(luminance(card!.background)).toBeLessThan(0.05);
      await page.screenshot({ path: screenshotPath('hover-card-dark.png') });
      await cdp.detach();
    } finally {
      await Promise.all([popup.close(), options.close(), panel.close(), page.close()]);
    }
  });
});
