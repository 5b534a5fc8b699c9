import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is asked for.
export default defineConfig({
  // No webextension-polyfill: both targets have promise-based `browser`/`chrome`, and it would add 10 KB to the
  // content script that runs on every page. Message listeners answer through sendResponse (lib/protocol.ts).
  manifest: {
    name: 'ClauseLens',
    description:
      'Reads DPAs and privacy policies in the page: tags clauses, normalizes key terms, flags deviations from your playbook. Nothing leaves your machine.',
    // storage: per-site highlight switches (local) and each tab's report across service-worker restarts (session).
    // No host permissions beyond the content script's matches, no tabs, no scripting, no network.
    permissions: ['storage'],
    // The toolbar button carries the badge; without a popup its click runs "analyze this page anyway".
    action: { default_title: 'ClauseLens' },
    browser_specific_settings: {
      gecko: {
        id: 'clauselens@clauselens.dev',
        // Firefox's data-collection consent: ClauseLens collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
