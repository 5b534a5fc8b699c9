import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PAGE_MATCHES } from './lib/notebook/pagekey';
import { CATALOGS, LOCALES, type MessageKey } from './lib/report/i18n';

/**
 * What the browser itself reads from `_locales` (manifest name and description, the shortcut's description),
 * written at build time from the same catalogs the extension's pages use, so there is one source of each text.
 */
const BROWSER_MESSAGES: Record<string, MessageKey> = { extName: 'ext.name', extDescription: 'ext.description', commandSave: 'ext.commandSave' };

function localesFiles() {
  return LOCALES.map((locale) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: `${JSON.stringify(
      Object.fromEntries(Object.entries(BROWSER_MESSAGES).map(([name, key]) => [name, { message: CATALOGS[locale][key] as string }])),
      null,
      2,
    )}\n`,
  }));
}

// See README "Permissions" for why each permission is asked for.

/**
 * CSP of the extension's pages and background: own scripts and styles only, no remote code, no eval, no
 * WebAssembly. connect-src admits web and file addresses for one reason: the PDF reader fetches the PDF the
 * user opened, and the manifest cannot name it in advance. Every page narrows it again in its own document:
 * the popup, options page and side panel to nothing (a <meta> policy in their HTML), the reader to the one
 * PDF's address before it fetches (entrypoints/reader/main.tsx). blob: is pdf.js's worker fallback, never used
 * here (the worker is a bundled file).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' http: https: file:; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** What pdf.js needs at run time, copied from pdfjs-dist into the extension (nothing is loaded from a CDN). */
const PDFJS = resolve(import.meta.dirname, 'node_modules/pdfjs-dist');
/**
 * The pdf.js build for a browser. pdf.js's modern build calls Map.prototype.getOrInsertComputed (Firefox 144+), so in
 * Firefox ESR 140 its worker threw and the reader stopped at "Reading page N of N…". The Firefox package carries the
 * legacy build (the same code with core-js polyfills, ~60 KB more); Chrome is evergreen and keeps the modern one.
 */
const pdfjsBuild = (browser: string) => (browser === 'firefox' ? 'legacy/build' : 'build');
function pdfjsAssets(browser: string): { absoluteSrc: string; relativeDest: string }[] {
  const files = [{ absoluteSrc: `${PDFJS}/${pdfjsBuild(browser)}/pdf.worker.min.mjs`, relativeDest: 'pdfjs/pdf.worker.min.mjs' }];
  for (const dir of ['cmaps', 'standard_fonts', 'iccs'])
    for (const name of readdirSync(`${PDFJS}/${dir}`)) files.push({ absoluteSrc: `${PDFJS}/${dir}/${name}`, relativeDest: `pdfjs/${dir}/${name}` });
  // The JPEG 2000 decoder in JavaScript (the reader runs pdf.js with useWasm: false: no 'wasm-unsafe-eval').
  for (const name of ['openjpeg_nowasm_fallback.js', 'LICENSE_OPENJPEG', 'LICENSE_PDFJS_OPENJPEG'])
    files.push({ absoluteSrc: `${PDFJS}/wasm/${name}`, relativeDest: `pdfjs/wasm/${name}` });
  files.push({ absoluteSrc: `${PDFJS}/LICENSE`, relativeDest: 'pdfjs/LICENSE' });
  return files;
}

export default defineConfig({
  // The extension pages and the background use webextension-polyfill's `browser` (`wxt/browser` is aliased to it).
  // The page-side scripts do not: the gate (every page) and the in-page script use the browser's own API, so the
  // polyfill's ~10 KB never loads into a web page. Message listeners answer through sendResponse, which both support.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    // In the browser's language (_locales, written by the build:publicAssets hook below); English elsewhere.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the notebook, baselines, per-site highlight switches (local) and each tab's report (session).
    // contextMenus: "Save to ClauseLens sidebar" on selected text. sidePanel is added by WXT for the side panel.
    // scripting + host permissions on the pages the content script already runs on (so no new install warning):
    // the in-page code is injected only where it is needed, and the gate on every page stays a few KB.
    // No tabs, no webNavigation, no network.
    // activeTab: the popup reads the address of the tab it was opened on, so it can offer "Open in ClauseLens" on a
    // PDF, file: PDFs included (no install warning). declarativeNetRequestWithHostAccess: the option (off by default)
    // that opens every web PDF in the reader adds one redirect rule on PDF responses; it acts only where the host
    // permissions above already reach, so it adds no install warning. Firefox, whose declarativeNetRequest has no
    // response-header conditions, asks for webRequest + webRequestBlocking instead, when the option is turned on.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab', 'declarativeNetRequestWithHostAccess'],
    // The redirect may only land on a page the web can reach: the reader alone, and it refuses to run inside a frame.
    web_accessible_resources: [{ resources: ['reader.html'], matches: PAGE_MATCHES }],
    host_permissions: PAGE_MATCHES,
    // Extension pages run only their own bundled scripts and connect nowhere: "no network requests" is enforced, not just promised.
    content_security_policy: {
      extension_pages: STRICT_CSP,
    },
    commands: {
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
      // The in-page script answers the same keys itself where the browser leaves them to the page.
      'next-highlight': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next ClauseLens highlight and show its card' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous ClauseLens highlight and show its card' },
    },
    // The toolbar button carries the badge; without a popup its click runs "analyze this page anyway".
    // Icons: public/icon/*.png (drawn in docs/icon/clauselens.svg, rendered by scripts/icons.sh); WXT lists them as `icons`.
    action: { default_title: 'ClauseLens', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    browser_specific_settings: {
      gecko: {
        id: 'clauselens@clauselens.dev',
        // The oldest Firefox the package is tested on (the ESR Debian ships); data_collection_permissions needs 140 too.
        strict_min_version: '140.0',
        // Firefox's data-collection consent: ClauseLens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: (env) => ({
    plugins: [preact()],
    resolve: { alias: [{ find: /^pdfjs-dist$/, replacement: `${PDFJS}/${pdfjsBuild(env.browser)}/pdf.mjs` }] },
    // Vite's 500 kB warning is about download time on the web; an extension's files load from its own package. The
    // reader's chunk is pdf.js (legacy build in Firefox: ~520 kB), loaded only when a PDF is opened, and one piece.
    build: { chunkSizeWarningLimit: 1024 },
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push(...localesFiles());
      files.push(...pdfjsAssets(wxt.config.browser));
    },
    // The gate is an unlisted script (no WXT content-script runtime: that alone costs 1-3 ms per page), declared here.
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox's declarativeNetRequest has no response-header conditions: its PDF redirect is a blocking webRequest listener.
      if (wxt.config.browser === 'firefox') manifest.optional_permissions = ['webRequest', 'webRequestBlocking'];
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: PAGE_MATCHES, js: ['gate.js'], run_at: 'document_idle' }];
    },
  },
});
