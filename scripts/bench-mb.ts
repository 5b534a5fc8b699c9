/**
 * The engine on 1 MB of real DPA text (the corpus DPAs end to end), warm, beside three anchors
 * on the same text: one 51-alternative regex pass, a keyword tagger (a word list per category,
 * per sentence) and compromise over the whole text. Then growth with size, the peak memory of a
 * cold analysis in a fresh process, and the size of the compact JSON report. Part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyze } from '../lib/engine/analyze';
import { detectFormat, readInput } from '../lib/engine/text/input';
import type { PlainText } from '../lib/engine/text/types';
import { reportJson } from './cli/report-json';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The corpus DPAs end to end until `size` characters, cut at a line break. */
function dpaText(size: number): string {
  const dir = join(root, 'test', 'fixtures', 'corpus', 'dpa');
  const parts = readdirSync(dir)
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      return readInput(raw, detectFormat(f, raw) ?? 'text').text;
    });
  let text = '';
  for (let i = 0; text.length < size; i++) text += (text ? '\n\n' : '') + parts[i % parts.length];
  return text.slice(0, text.lastIndexOf('\n', size));
}

const timeIt = (f: () => unknown, runs = RUNS) => {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return median(ts);
};

// Child mode: one cold analysis in a fresh process, for its peak memory.
if (process.argv[2] === '--peak') {
  const input: PlainText = { text: dpaText(Number(process.argv[3])), title: null, hints: null };
  const before = process.resourceUsage().maxRSS;
  const heap0 = process.memoryUsage().heapUsed;
  const report = analyze(input);
  const peak = process.resourceUsage().maxRSS - before;
  console.log(JSON.stringify({ peakRssKB: peak, heapRetainedKB: Math.round((process.memoryUsage().heapUsed - heap0) / 1024), clauses: report.clauses.length }));
  process.exit(0);
}

const MB = 1_000_000;
const text = dpaText(MB);
const input: PlainText = { text, title: null, hints: null };

/** 51 clause words in one alternation: the least any tagger must do, one pass over the text. */
const ONE_REGEX = new RegExp(
  `\\b(?:${[
    'breach', 'notify', 'notification', 'incident', 'transfer', 'third countr', 'standard contractual', 'adequacy', 'sub-?processor',
    'subcontract', 'audit', 'inspection', 'retain', 'retention', 'delete', 'deletion', 'erase', 'return', 'liability', 'liable',
    'indemnif', 'governing law', 'jurisdiction', 'court', 'arbitration', 'data subject', 'rights?', 'request', 'authorit', 'law enforcement',
    'confidential', 'encrypt', 'security', 'technical and organi[sz]ational', 'access control', 'collect', 'purpose', 'legal basis',
    'consent', 'legitimate interest', 'share', 'disclos', 'sell', 'cookie', 'tracking', 'analytics', 'profiling', 'automated',
    'child', 'contact', 'changes to',
  ].join('|')})`,
  'gi',
);
const KEYWORDS: Record<string, string[]> = {
  breach: ['breach', 'incident'], transfer: ['transfer', 'third countr', 'standard contractual'], retention: ['retain', 'retention', 'delet'],
  subprocessors: ['sub-processor', 'subprocessor'], audit: ['audit', 'inspection'], security: ['security', 'encrypt', 'technical and organi'],
  liability: ['liabilit', 'liable', 'indemn'], law: ['governing law', 'jurisdiction'], dsr: ['data subject', 'rights'],
  government: ['authorit', 'law enforcement'], confidentiality: ['confidential'], collection: ['collect'], purposes: ['purpose', 'legal basis'],
  sharing: ['share', 'disclos'], cookies: ['cookie', 'tracking'], automated: ['automated', 'profiling'], children: ['child'],
  contact: ['contact', 'data protection officer'], changes: ['changes to', 'amend'],
};
function keywordTagger(t: string): number {
  let tagged = 0;
  for (const s of t.toLowerCase().split(/(?<=[.!?])\s+|\n{2,}/)) for (const words of Object.values(KEYWORDS)) if (words.some((w) => s.includes(w))) tagged++;
  return tagged;
}

for (let i = 0; i < 3; i++) analyze(input); // compile and JIT
const engine = timeIt(() => analyze(input));
const regex = timeIt(() => {
  ONE_REGEX.lastIndex = 0;
  while (ONE_REGEX.exec(text));
}, 21);
const keywords = timeIt(() => keywordTagger(text), 11);
// compromise reads ~50 KB a second: its first 100 KB, times ten, stands for the whole text.
const tenth = text.slice(0, text.lastIndexOf('\n', MB / 10));
nlp(tenth.slice(0, 2000)).terms();
const t0 = performance.now();
nlp(tenth).terms();
const compromise = ((performance.now() - t0) * text.length) / tenth.length;
console.log(`analyze() on ${(text.length / MB).toFixed(2)} MB of DPA text (the corpus DPAs end to end), warm, median of ${RUNS}, beside its anchors:`);
console.log(`  analyze()                         ${engine.toFixed(0).padStart(6)} ms`);
console.log(`  one 51-alternative regex pass     ${regex.toFixed(1).padStart(6)} ms   engine = ${(engine / regex).toFixed(0)}×`);
console.log(`  keyword tagger (19 word lists)    ${keywords.toFixed(1).padStart(6)} ms   engine = ${(engine / keywords).toFixed(1)}×`);
console.log(`  compromise on the whole text      ${compromise.toFixed(0).padStart(6)} ms   engine = ${(engine / compromise).toFixed(2)}× (its first 100 KB × 10; the engine gives it candidate clauses only)`);

console.log('Growth with size (forced analysis of the same text cut shorter):');
let per = 0;
for (const size of [250_000, 500_000, 1_000_000, 1_500_000]) {
  const t = dpaText(size);
  const inp: PlainText = { text: t, title: null, hints: null };
  analyze(inp, { force: true });
  const ms = timeIt(() => analyze(inp, { force: true }), Math.max(3, Math.round(RUNS / 2)));
  if (!per) per = ms / t.length;
  console.log(`  ${(t.length / MB).toFixed(2)} MB  ${ms.toFixed(0).padStart(6)} ms  (${(ms / t.length / per).toFixed(2)}× the time per character of 0.25 MB)`);
}

const peak = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--peak', String(MB)], { cwd: root, encoding: 'utf8' });
const p = JSON.parse(peak.stdout.trim().split('\n').pop() ?? '{}');
const report = analyze(input);
const json = reportJson(report, false);
const whole = JSON.stringify(report);
const inputBytes = Buffer.byteLength(text);
const peakX = (p.peakRssKB * 1024) / inputBytes;
// What the report contract requires of each clause (categories, offsets, heading, the full text the scorers read), alone.
const contractOnly = JSON.stringify({ ...report, clauses: report.clauses.map(({ categories, start, end, heading, text: t }) => ({ categories, start, end, heading, text: t })) });
const textsOnly = report.clauses.reduce((n, c) => n + Buffer.byteLength(JSON.stringify(c.text)), 0);
const jsonX = Buffer.byteLength(json) / inputBytes;
console.log(`Peak memory of one cold analysis of the 1 MB in a fresh process: RSS +${(p.peakRssKB / 1024).toFixed(0)} MB = ${peakX.toFixed(0)}× the input (target ≤ 40×: ${peakX <= 40 ? 'met' : 'not met'}); heap retained after it ${(p.heapRetainedKB / 1024).toFixed(1)} MB`);
console.log(`JSON report (compact, as piped: the CLI's reasons table): ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB = ${jsonX.toFixed(2)}× the input (target ≤ 1×: ${jsonX <= 1 ? 'met' : 'not met'}; ${report.clauses.length} clauses; --pretty ${(Buffer.byteLength(JSON.stringify(report, null, 2)) / inputBytes).toFixed(2)}×, unindented with every reason in place ${(Buffer.byteLength(whole) / inputBytes).toFixed(2)}×)`);
console.log(`  the floor the contract sets: its clause fields alone ${(Buffer.byteLength(contractOnly) / inputBytes).toFixed(2)}× (the clauses' texts, never cut, ${(textsOnly / inputBytes).toFixed(2)}×; headings, categories, offsets the rest)`);
