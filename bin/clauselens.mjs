#!/usr/bin/env node
// The `clauselens` command: runs the bundled CLI, rebuilding it first when a source is newer than the bundle.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
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

/**
 * One launch rebuilds at a time: two commands started together after a source changed (a batch, a scorer with jobs) would
 * otherwise both rebuild, and one could load the bundle while the other was still writing it. The first to create the
 * lock directory builds; the others wait for the lock to go and then use what it built. A lock left by a build that
 * died is taken over after five minutes.
 */
const lock = join(root, 'dist', 'cli', '.building');
async function rebuild() {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    try {
      if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
    } catch {
      // The lock went while we looked: try again.
    }
    await sleep(100);
    if (!existsSync(lock) && !stale()) return;
  }
  try {
    if (stale()) await (await import('../scripts/build-cli.mjs')).buildCli({ quiet: true });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
if (existsSync(lock) || stale()) await rebuild();
const { loadBundle } = await import('./bundle.mjs');
const { main } = loadBundle(bundle, join(root, 'dist', 'cli', 'clauselens.cache')).exports;
process.exitCode = await main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`), {
  stdout: !!process.stdout.isTTY,
  stderr: !!process.stderr.isTTY,
  write: (s) => process.stderr.write(s),
});
