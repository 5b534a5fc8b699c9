/**
 * npm run bench: analysis time per document and per 100 KB over the fixtures corpus, linearity,
 * peak memory, and (when a browser bench exists and Chromium is installed) the in-browser figures.
 * Speed is measured here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../lib/engine/analyze';
import { anchorSelectors, describeSpan } from '../lib/notebook/anchor';
import { detectFormat, readInput } from '../lib/engine/text/input';
import type { PlainText } from '../lib/engine/text/types';
import { clearNlpCache, nlpCost } from '../lib/engine/terms/obligations';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(txt|md|html?)$/.test(f) ? [p] : [];
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function time(input: PlainText): { median: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    analyze(input);
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

const docs = [...new Set([...walk(join(fixtures, 'seeds')), ...walk(join(fixtures, 'corpus'))])].map((path) => {
  const raw = readFileSync(path, 'utf8');
  const format = detectFormat(path, raw) ?? 'text';
  const t0 = performance.now();
  const input = readInput(raw, format);
  const readMs = performance.now() - t0;
  return { path, input, bytes: Buffer.byteLength(input.text), readMs };
});

// compromise reads candidate clauses only (verbs, subjects, negation); its share is measured on a cold read
// of every document (its sentence cache empty), where it costs most.
{
  let engineMs = 0;
  const before = { ...nlpCost };
  for (const d of docs) {
    clearNlpCache();
    const t0 = performance.now();
    analyze(d.input);
    engineMs += performance.now() - t0;
  }
  const ms = nlpCost.ms - before.ms;
  console.log(`compromise on candidate clauses (cold, first read of each document): ${ms.toFixed(0)} ms of ${engineMs.toFixed(0)} ms analysis = ${((100 * ms) / engineMs).toFixed(1)} % (${nlpCost.sentences - before.sentences} sentences, ${nlpCost.subjects - before.subjects} verbs' subjects)\n`);
}

// Warm-up: the first runs compile every regex and JIT the hot loops.
for (const d of docs) analyze(d.input);

console.log(`Engine in Node ${process.version}, ${RUNS} runs each (median / min ms)\n`);
console.log(`${'document'.padEnd(58)} ${'KB'.padStart(6)} ${'type'.padStart(15)} ${'median'.padStart(7)} ${'min'.padStart(6)} ${'ms/100KB'.padStart(9)}`);
let totalBytes = 0;
let totalMs = 0;
for (const d of docs.sort((a, b) => a.bytes - b.bytes)) {
  const t = time(d.input);
  const type = analyze(d.input).docType;
  totalBytes += d.bytes;
  totalMs += t.median;
  console.log(
    `${relative(fixtures, d.path).padEnd(58)} ${(d.bytes / 1024).toFixed(1).padStart(6)} ${type.padStart(15)} ${t.median.toFixed(2).padStart(7)} ${t.min.toFixed(2).padStart(6)} ${((t.median * 102400) / d.bytes).toFixed(1).padStart(9)}`,
  );
}
console.log(`\nwhole corpus: ${(totalBytes / 1024).toFixed(0)} KB in ${totalMs.toFixed(1)} ms = ${((totalMs * 102400) / totalBytes).toFixed(1)} ms per 100 KB`);

// Linearity: the largest seed repeated 1, 2, 4, 8 times (forced past detection so every stage runs).
const seed = docs.filter((d) => d.path.includes('seeds')).sort((a, b) => b.bytes - a.bytes)[0];
console.log(`\nLinearity on ${relative(fixtures, seed.path)} repeated (forced analysis):`);
let base = 0;
for (const k of [1, 2, 4, 8]) {
  const text = Array(k).fill(seed.input.text).join('\n\n');
  const input: PlainText = { text, title: null, hints: null };
  const times: number[] = [];
  for (let i = 0; i < Math.max(3, Math.round(RUNS / k)); i++) {
    const t0 = performance.now();
    analyze(input, { force: true });
    times.push(performance.now() - t0);
  }
  const m = median(times);
  if (k === 1) base = m;
  console.log(`  ×${k}  ${(text.length / 1024).toFixed(0).padStart(5)} KB  ${m.toFixed(1).padStart(7)} ms  (${(m / base).toFixed(2)}× the time for ${k}× the text)`);
}

// 1 MB of DPA text beside its anchors (a regex pass, a keyword tagger, compromise), growth, peak memory, report size.
console.log('');
spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-mb.ts')], { stdio: 'inherit', cwd: root });

// Re-anchoring saved highlights (the background does it on every visit of a page with saved highlights).
{
  const big = docs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const text = big.input.text;
  const spans: [number, number][] = [];
  for (let i = 1; i <= 20; i++) {
    const start = Math.floor((text.length * i) / 22);
    spans.push([start, Math.min(text.length, start + 600)]);
  }
  const selectors = spans.map(([s, e]) => describeSpan(text, s, e));
  // Edits a vendor makes: a paragraph inserted at the top, and a word changed inside every saved quote.
  let edited = `Updated: this agreement now also covers our new product line.\n\n${text}`;
  for (const sel of selectors) {
    const q = sel.quote.exact;
    const mid = q.indexOf(' ', q.length >> 1);
    edited = edited.replace(q, `${q.slice(0, mid)} materially${q.slice(mid)}`);
  }
  const huge = Array.from({ length: 10 }, () => edited).join('\n\n');
  for (const [label, page] of [['unchanged', text], ['edited', edited], ['edited, 10× the text', huge]] as const) {
    const times: number[] = [];
    const methods: Record<string, number> = {};
    for (const sel of selectors) {
      const t0 = performance.now();
      const a = anchorSelectors(page, sel);
      times.push(performance.now() - t0);
      methods[a?.method ?? 'not found'] = (methods[a?.method ?? 'not found'] ?? 0) + 1;
    }
    const by = Object.entries(methods).map(([m, n]) => `${n} ${m}`).join(', ');
    console.log(
      `${label === 'unchanged' ? `\nRe-anchoring 20 saved quotes of 600 chars in ${relative(fixtures, big.path)}:\n` : ''}` +
        `  ${label.padEnd(22)} ${(page.length / 1024).toFixed(0).padStart(5)} KB  median ${median(times).toFixed(1).padStart(6)} ms  max ${Math.max(...times).toFixed(1).padStart(6)} ms  (${by})`,
    );
  }
}

const readAll = docs.reduce((s, d) => s + d.readMs, 0);
console.log(`\nReading (Markdown/HTML/PDF-text to plain text, first run): ${readAll.toFixed(1)} ms for the corpus`);
console.log(`Peak memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

console.log('\nSaved highlights (import, merge, repair; the background does the last on every notebook read):');
spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-notebook.ts'), ...(process.argv.includes('--quick') ? ['--quick'] : [])], { stdio: 'inherit', cwd: root });

if (!process.argv.includes('--quick')) {
  console.log('\nHostile input (pathological documents and every regex on its worst pump):');
  spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-hostile.ts')], { stdio: 'inherit', cwd: root });
}

console.log('');
spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-history.ts')], { stdio: 'inherit', cwd: root });

if (!process.argv.includes('--quick')) {
  console.log('');
  spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-cli.ts')], { stdio: 'inherit', cwd: root });
}

const browserBench = join(root, 'scripts', 'bench-browser.ts');
if (existsSync(browserBench) && existsSync('/usr/bin/chromium') && !process.argv.includes('--node-only') && !process.argv.includes('--quick')) {
  console.log('\nIn the browser (headless Chromium, built extension):');
  const r = spawnSync('npm', ['run', '-s', 'bench:browser'], { stdio: 'inherit', cwd: root });
  // The PDF reader on the same build: time to highlights on page 1 and on every page of 11-, 26- and 57-page DPAs, memory.
  console.log('\nThe PDF reader (headless Chromium, built extension):');
  const pdf = spawnSync('npx', ['tsx', join(root, 'scripts', 'bench-reader.ts')], { stdio: 'inherit', cwd: root });
  process.exitCode = (r.status ?? 1) || (pdf.status ?? 1);
} else {
  console.log('\n(in-browser figures: run with Chromium installed and the extension built)');
}
