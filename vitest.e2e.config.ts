import { defineConfig } from 'vitest/config';

// The e2e suite drives one headless Chromium with the built extension (`npm run test:e2e` builds it first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
