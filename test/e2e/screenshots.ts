/**
 * Where the real-browser tests put their screenshots: test-results/screenshots/ (ignored) on every run, so a
 * test run changes no tracked file; docs/screenshots/ (the README's figures) only when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOTS = resolve(
  import.meta.dirname,
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../../test-results/screenshots',
);

/** The path for a screenshot called `name` (with .png), its folder made. */
export function screenshotPath(name: string): `${string}.png` {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return resolve(SCREENSHOTS, name) as `${string}.png`;
}
