#!/usr/bin/env node
// The `clauselens` command: runs the bundled CLI, rebuilding it first when a source is newer than the bundle.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 runs a new regular expression as bytecode first and compiles it to machine code once it is hot: a
// short-lived process compiles each of the engine's large patterns twice. Compiled once, straight to machine
// code, a cold one-line file takes ~20 % less time (measured in scripts/bench-cli.ts). Set before any pattern exists.
// scripts/build-cli.mjs makes the code caches (the bundle's, compromise's) under the same flags (LAUNCHER_FLAGS there):
// change both.
setFlagsFromString('--no-regexp-tier-up');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'clauselens.cjs');
const meta = join(root, 'dist', 'cli', 'inputs.json');

function stale() {
  if (!existsSync(bundle) || !existsSync(meta)) return true;
  const built = statSync(bundle).mtimeMs;
  try {
    for (const f of JSON.parse(readFileSync(meta, 'utf8'))) if (statSync(join(root, f)).mtimeMs > built) return true;
  } catch {
    return true;
  }
  return false;
}

if (stale()) await (await import('../scripts/build-cli.mjs')).buildCli({ quiet: true });
const { loadBundle } = await import('./bundle.mjs');
const { main } = loadBundle(bundle, join(root, 'dist', 'cli', 'clauselens.cache')).exports;
process.exitCode = await main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`), {
  stdout: !!process.stdout.isTTY,
  stderr: !!process.stderr.isTTY,
  write: (s) => process.stderr.write(s),
});
