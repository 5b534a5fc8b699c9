/** Headless Chromium with the built extension loaded (see spec/toolchain.md). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { TabState } from '../../lib/extension/protocol';
import { startServer, type TestServer } from './server';

export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  /** Every URL any page or the extension requested. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `keepProfile`: a profile folder to use and leave in place (to start the browser again on it, as after a restart).
 * `lang`: the browser's own language (what `_locales` and "follow the browser" read), e.g. "sv-SE".
 * `acceptLanguages`: the preferred-languages list of the browser's settings, when it differs from `lang`
 * ("sv-SE,en-US" in an English browser).
 */
export interface LaunchOptions {
  keepProfile?: string;
  lang?: string;
  acceptLanguages?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = options.keepProfile ?? mkdtempSync(join(tmpdir(), 'clauselens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.acceptLanguages ? [`--accept-lang=${options.acceptLanguages}`] : []),
    ],
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang.replace('-', '_'), LANG: `${options.lang.replace('-', '_')}.UTF-8` } } : {}),
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    requests,
    async close() {
      await context.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A test file's browser (its first blank tabs closed), the 127.0.0.1 page server, and the extension's id. */
export interface Suite {
  browser: ExtensionBrowser;
  server: TestServer;
  extensionId: string;
}

/** Starts a file's browser and page server together, for its beforeAll; `stopSuite` in its afterAll. */
export async function startSuite(options: LaunchOptions = {}): Promise<Suite> {
  const [browser, server] = await Promise.all([launchWithExtension(options), startServer()]);
  for (const p of browser.context.pages()) await p.close();
  return { browser, server, extensionId: new URL(browser.worker.url()).host };
}

/** Closes what startSuite opened; either may be missing when the start failed. */
export async function stopSuite(browser: ExtensionBrowser | undefined, server: TestServer | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** What the background keeps for a tab in session storage (its report, changes, saved summary), null when nothing. */
export function tabState(worker: Worker, tabId: number): Promise<TabState | null> {
  return worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] ?? null) as never;
  }, tabId) as Promise<TabState | null>;
}

interface ChromeApi {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** What the background holds for the tab showing `url`: its id, badge text and the report's gist. */
export async function tabInfo(worker: Worker, url: string) {
  return worker.evaluate(async (pageUrl) => {
    // The service worker's own `chrome`; this project has no @types/chrome, so the few calls used are typed here.
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const all = (await chrome.storage.session.get(null)) as Record<string, { url: string; detected: boolean; report: { docType: string; deviations: unknown[] } | null }>;
    for (const [key, state] of Object.entries(all)) {
      if (!key.startsWith('tab-') || state.url !== pageUrl) continue;
      const tabId = Number(key.slice(4));
      return { tabId, badge: await chrome.action.getBadgeText({ tabId }), detected: state.detected, docType: state.report?.docType ?? null, deviations: state.report?.deviations.length ?? 0 };
    }
    return null;
  }, url);
}

/**
 * Sends a message to the background the way the popup and side panel do (from an extension page: the
 * service worker cannot message itself). The page is opened in the background and closed again.
 */
export async function sendToBackground(b: ExtensionBrowser, type: string, data: object): Promise<unknown> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${new URL(b.worker.url()).host}/sidepanel.html`);
    return await page.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message),
      { clauselens: 1, type, data },
    );
  } finally {
    await page.close();
  }
}

/** The service worker's `chrome`, for the few calls the tests make there (no @types/chrome here). */
interface WorkerChrome {
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  scripting: { executeScript(o: object): Promise<unknown>; getRegisteredContentScripts(): Promise<{ matches: string[] }[]> };
}

/** Sends a content-protocol message to a tab from the service worker, as the background does. */
export function sendToTab(b: ExtensionBrowser, tabId: number, type: string, data: object = {}): Promise<unknown> {
  return b.worker.evaluate(
    ([id, message]) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(id as number, message),
    [tabId, { clauselens: 1, type, data }] as const,
  );
}

/** Injects the in-page script into a tab, as the background does for "analyze anyway" and the context menu. */
export function injectInPage(b: ExtensionBrowser, tabId: number): Promise<unknown> {
  return b.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.scripting.executeScript({ target: { tabId: id }, files: ['/inpage.js'] }),
    tabId,
  );
}

/** Match patterns of the content scripts the background registered (the addresses with saved highlights). */
export function registeredMatches(b: ExtensionBrowser): Promise<string[]> {
  return b.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches),
  );
}
