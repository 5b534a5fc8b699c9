/** Headless Firefox ESR with the built Firefox (MV2) package installed as a temporary add-on (WebDriver BiDi, puppeteer-core). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { expect } from 'vitest';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const ADDON_ID = 'clauselens@clauselens.dev';

/**
 * Starts Firefox with the add-on installed under the internal `uuid` (so a test can open moz-extension://uuid/...
 * pages, as the popup and side panel are opened); `prefs` are added to Firefox's preferences.
 */
export async function launchFirefoxWithExtension(uuid: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: install Debian's firefox-esr (.ci/run does)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    // Lets the test open the extension's own pages (moz-extension://). The window's size is set here, not with
    // page.setViewport: puppeteer sets a viewport through a BiDi command Firefox 140 ESR does not know.
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    defaultViewport: null,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }), ...prefs },
  });
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(ADDON_ID);
  return browser;
}
