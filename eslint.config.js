import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'web-ext-artifacts/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // lib/ is the engine: it runs in Node, the content script and the background alike.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['#imports', 'wxt/*', '*/entrypoints/*', '*/components/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**/*.ts', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
