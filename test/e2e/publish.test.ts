// Ready to publish: `npm run zip` makes the Chrome and Firefox packages, their versions come from package.json,
// the Firefox package passes web-ext lint without errors, and each package asks only for the permissions README lists.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const unzipDir = mkdtempSync(join(tmpdir(), 'clauselens-zip-'));

beforeAll(() => {
  run('npm', ['run', '-s', 'zip']);
}, 240_000);

afterAll(() => rmSync(unzipDir, { recursive: true, force: true }));

const zipOf = (target: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${target}.zip`);

/** Unpacks a package into a fresh folder, as a store would. */
async function unpack(zip: string, name: string): Promise<string> {
  const dir = join(unzipDir, name);
  const archive = await JSZip.loadAsync(readFileSync(zip));
  for (const entry of Object.values(archive.files)) {
    const target = join(dir, entry.name);
    if (entry.dir) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(resolve(target, '..'), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
  }
  return dir;
}

async function manifestIn(zip: string): Promise<Record<string, unknown>> {
  return JSON.parse(readFileSync(join(await unpack(zip, zip.split('/').pop()!), 'manifest.json'), 'utf8'));
}

/** A manifest string as the browser shows it in `locale`: `__MSG_name__` read from the package's _locales. */
async function shownIn(zip: string, value: string, locale: string): Promise<string> {
  const m = /^__MSG_(\w+)__$/.exec(value);
  if (!m) return value;
  const messages = JSON.parse(readFileSync(join(await unpack(zip, zip.split('/').pop()!), '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return messages[m[1]].message;
}

test.each(['chrome', 'firefox'])('the %s package exists and carries the version of package.json', async (target) => {
  expect(existsSync(zipOf(target))).toBe(true);
  const manifest = await manifestIn(zipOf(target));
  expect(manifest.version).toBe(pkg.version);
  // The name is the same in every language the package carries; the description is translated and within the stores' 132 characters.
  expect(manifest.default_locale).toBe('en');
  for (const locale of ['en', 'sv', 'de']) {
    expect(await shownIn(zipOf(target), manifest.name as string, locale)).toBe('ClauseLens');
    const description = await shownIn(zipOf(target), manifest.description as string, locale);
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(132);
  }
  expect(await shownIn(zipOf(target), manifest.description as string, 'sv')).not.toBe(await shownIn(zipOf(target), manifest.description as string, 'en'));
});

test('each package asks for exactly the permissions the README explains', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const target of ['chrome', 'firefox']) {
    const manifest = (await manifestIn(zipOf(target))) as {
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: { matches: string[]; js: string[] }[];
    };
    // One content script, the gate; host access no wider than the pages it already runs on (so no new install warning).
    expect(manifest.content_scripts?.map((c) => c.js)).toEqual([['gate.js']]);
    const pages = manifest.content_scripts![0].matches;
    expect(pages).toEqual(['http://*/*', 'https://*/*']);
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))];
    expect(hosts.sort()).toEqual([...pages].sort());
    for (const permission of manifest.permissions ?? []) expect(readme).toContain(`\`${permission}\``);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
  }
});

test('the Firefox package passes web-ext lint with no errors', async () => {
  const dir = await unpack(zipOf('firefox'), 'firefox-lint');
  let out: string;
  try {
    out = run('npx', ['web-ext', 'lint', '--output', 'json', '--source-dir', dir]);
  } catch (e) {
    // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number; warnings: number }; errors: unknown[] };
  expect(report.errors).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 120_000);

test('the Firefox package runs its PDF reader on the oldest Firefox it declares (ESR 140): pdf.js with its polyfills', async () => {
  // pdf.js's modern build calls Map.prototype.getOrInsertComputed, which Firefox has only from 144: in ESR 140 the
  // worker threw and the reader never got past "Reading page N of N…". The legacy build defines it where missing.
  const dir = await unpack(zipOf('firefox'), 'firefox-pdfjs');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { strict_min_version: string } } };
  expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  const defines = /getOrInsertComputed:function/;
  expect(readFileSync(join(dir, 'pdfjs/pdf.worker.min.mjs'), 'utf8')).toMatch(defines);
  const reader = readFileSync(join(dir, 'reader.html'), 'utf8');
  const chunks = [...reader.matchAll(/src="\/?(chunks\/[^"]+\.js)"/g)].map((m) => readFileSync(join(dir, m[1]), 'utf8'));
  expect(chunks.some((code) => defines.test(code))).toBe(true);
});
