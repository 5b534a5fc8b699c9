/**
 * The command line's start-up, as a user meets it: `node bin/clauselens.mjs` in a fresh process,
 * beside two anchors (`node -e 0`, and the unbundled `tsx scripts/analyze.ts`), and one command
 * over 200 DPAs. Interleaved runs, medians. Part of `npm run bench`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 7);
const node = process.execPath;
const bin = join(root, 'bin', 'clauselens.mjs');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

execFileSync(node, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'ignore' });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'clauselens-bench-'));
const oneLine = join(dir, 'one-line.txt');
writeFileSync(oneLine, 'We process personal data as described in our privacy policy.\n');
const dpa40 = join(root, 'test', 'fixtures', 'seeds', 'infracom-dpa.txt');

/** The issue's targets (issue 18), printed beside the figures: a benchmark reports, it never asserts. */
const TARGET: Record<string, number> = { 'one-line': 120, '40kb': 250, batch: 5000 };
const cases: [string, string, string[], number?][] = [
  ['node -e 0 (anchor: Node itself)', node, ['-e', '0']],
  ['clauselens --json, one-line file', node, [bin, '--json', oneLine], TARGET['one-line']],
  ['clauselens --json, 40 KB DPA (infracom)', node, [bin, '--json', dpa40], TARGET['40kb']],
  ['tsx scripts/analyze.ts, 40 KB DPA (unbundled, anchor)', tsx, [join(root, 'scripts', 'analyze.ts'), '--json', dpa40]],
];
const verdict = (ms: number, target?: number) => (target ? `  target ≤ ${target} ms: ${ms <= target ? 'met' : 'not met'}` : '');
const times = cases.map(() => [] as number[]);
for (let i = 0; i < RUNS; i++) cases.forEach(([, cmd, args], k) => times[k].push(wall(cmd, args)));
console.log(`Command line, cold start in a fresh process (${RUNS} interleaved runs, median ms):`);
const nodeMs = median(times[0]);
cases.forEach(([label, , , target], k) => {
  const m = median(times[k]);
  console.log(`  ${label.padEnd(56)} ${m.toFixed(0).padStart(6)} ms${k ? `  (${(m - nodeMs).toFixed(0)} ms over node -e 0)` : ''}${verdict(m, target)}`);
});

// 200 DPAs in one command: the corpus DPAs copied until there are 200 files.
const sources = [
  ...readdirSync(join(root, 'test', 'fixtures', 'seeds')).filter((f) => f.includes('dpa')).map((f) => join(root, 'test', 'fixtures', 'seeds', f)),
  ...readdirSync(join(root, 'test', 'fixtures', 'corpus', 'dpa')).map((f) => join(root, 'test', 'fixtures', 'corpus', 'dpa', f)),
];
const batch = join(dir, 'batch');
execFileSync('mkdir', ['-p', batch]);
let bytes = 0;
for (let i = 0; i < 200; i++) {
  const src = sources[i % sources.length];
  const ext = src.endsWith('.md') ? '.md' : '.txt';
  const dst = join(batch, `dpa-${String(i).padStart(3, '0')}${ext}`);
  copyFileSync(src, dst);
  bytes += readFileSize(dst);
}
function readFileSize(p: string) {
  return Number(execFileSync('stat', ['-c', '%s', p]).toString());
}
console.log(`\n200 DPAs (${(bytes / 2 ** 20).toFixed(1)} MB) in one command:`);
for (const jobs of [1, 2]) {
  const ms = [wall(node, [bin, '--json', '--jobs', String(jobs), batch]), wall(node, [bin, '--json', '--jobs', String(jobs), batch])];
  console.log(`  --jobs ${jobs}  ${(Math.min(...ms) / 1000).toFixed(2).padStart(6)} s (best of 2)${verdict(Math.min(...ms), TARGET.batch)}`);
}
rmSync(dir, { recursive: true, force: true });
