/**
 * Pathological inputs, timed: analyze() and the readers on each hostile generator at n, 2n, 4n
 * and 8n characters with the growth ratio (linear work gives ~8 from n to 8n, quadratic ~64),
 * and the slowest regexes of lib/ on their worst pump. Speed is measured here, never asserted in tests.
 *
 *   npx tsx scripts/bench-hostile.ts            (BENCH_N=50000 sets n)
 */
import { analyze } from '../lib/engine/analyze';
import { findDurations } from '../lib/engine/terms/durations';
import { findFrequencies } from '../lib/engine/terms/frequencies';
import { readInput } from '../lib/engine/text/input';
import { GENERIC_UNITS, PATHOLOGICAL, PATHOLOGICAL_MARKUP, pumpsFor, regexInventory, scanAll, type StaticRegex } from '../test/helpers/hostile';

const N = Number(process.env.BENCH_N ?? 50_000);
const SCALES = [1, 2, 4, 8];

/** Best of `runs`: the least disturbed by GC and JIT. */
function best(runs: number, f: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(7);
const row = (name: string, times: number[]) =>
  `${name.padEnd(36)} ${times.map(ms).join(' ')} ${(times[times.length - 1] / Math.max(times[0], 0.05)).toFixed(1).padStart(7)}`;
const header = (first: string, n: number) =>
  `${first.padEnd(36)} ${SCALES.map((s) => `${(s * n) / 1000}k`.padStart(7)).join(' ')} ${'x8n/n'.padStart(7)}`;

const started = performance.now();
console.log(`Hostile inputs in Node ${process.version}; ms (best of 2), growth from n to 8n (linear ~8, quadratic ~64)\n`);

console.log(header('analyze(plain text, force)', N));
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const times = SCALES.map((s) => {
    const text = make(s * N);
    return best(2, () => analyze({ text, title: null, hints: null }, { force: true }));
  });
  console.log(row(name, times));
}

console.log('\n' + header('reader + analyze(force)', N));
for (const [name, { format, make }] of Object.entries(PATHOLOGICAL_MARKUP)) {
  const times = SCALES.map((s) => {
    const raw = make(s * N);
    return best(2, () => analyze(readInput(raw, format), { force: true }));
  });
  console.log(row(name, times));
}

// Regexes: every pump at a middle size finds each one's worst case, then the slowest are grown.
const REGEX_N = 10_000;
const inventory = regexInventory();
const statics = inventory.filter((r): r is StaticRegex => r.kind === 'static');
const worst = statics.map((r) => {
  let top = { ms: -1, pump: '' };
  for (const p of pumpsFor(r.source, r.flags, REGEX_N * 2)) {
    const t = best(1, () => scanAll(r.source, r.flags, p.text));
    if (t > top.ms) top = { ms: t, pump: p.name };
  }
  return { r, ...top };
});
worst.sort((a, b) => b.ms - a.ms);
console.log(`\n${statics.length} regex literals and ${inventory.length - statics.length} built at run time in lib/; the 10 slowest on their worst pump:`);
console.log(header('regex (worst pump)', REGEX_N));
for (const w of worst.slice(0, 10)) {
  const pump = pumpsFor(w.r.source, w.r.flags, 1).find((p) => p.name === w.pump);
  const unit = pump ? pump.text.slice(0, -1) : 'a';
  const times = SCALES.map((s) => {
    const text = pumpsFor(w.r.source, w.r.flags, s * REGEX_N).find((p) => p.name === w.pump)?.text ?? unit.repeat(s * REGEX_N);
    return best(2, () => scanAll(w.r.source, w.r.flags, text));
  });
  console.log(row(`${w.r.where} ${w.pump}`.slice(0, 36), times));
}

// The patterns built from vocabulary tables, through the functions that use them.
console.log('\n' + header('built regexes (via their finder)', REGEX_N));
const VOCAB_UNITS = ['one ', 'seventy-two ', 'within ', 'no later than ', '(72) ', '1,000 ', '24-', 'a ', 'half ', 'at least once ', 'every ', 'days ', 'business ', ...GENERIC_UNITS];
for (const [name, find] of [['findDurations', findDurations], ['findFrequencies', findFrequencies]] as const) {
  let top = { ms: -1, unit: '' };
  for (const u of VOCAB_UNITS) {
    const t = best(1, () => find(u.repeat(Math.ceil((2 * REGEX_N) / u.length))));
    if (t > top.ms) top = { ms: t, unit: u };
  }
  const times = SCALES.map((s) => best(2, () => find(top.unit.repeat(Math.ceil((s * REGEX_N) / top.unit.length)))));
  console.log(row(`${name} ${JSON.stringify(top.unit)}`, times));
}

console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
