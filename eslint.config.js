import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

const DOM_GLOBALS = ['document', 'window', 'browser', 'chrome', 'navigator', 'location'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'web-ext-artifacts/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { clauselens: { rules: { layers } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'clauselens/layers': 'error',
    },
  },
  {
    // The engine runs unchanged in Node (CLI, tests, bench) and in the service worker: no browser, no WXT, no DOM.
    files: ['lib/engine/**/*.ts', 'lib/report/**/*.ts', 'lib/notebook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['#imports', 'wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*'] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // In-page code reaches the DOM only through the nodes it is given, and extension APIs only through injected senders.
    files: ['lib/page/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['#imports', 'wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*'] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**/*.ts', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
