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

/** CSP of the popup, options page, side panel and background: own scripts and styles only, no remote anything. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

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
    permissions: ['storage', 'contextMenus', 'scripting'],
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
        // Firefox's data-collection consent: ClauseLens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localesFiles());
    },
    // The gate is an unlisted script (no WXT content-script runtime: that alone costs 1-3 ms per page), declared here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: PAGE_MATCHES, js: ['gate.js'], run_at: 'document_idle' }];
    },
  },
});
