/**
 * History and comparison on the 150 KB GitHub DPA: the time to make a compact version
 * (compression included) and the storage it takes, and the cost of comparing two versions
 * (unchanged, one deadline edited, a section moved, a reworded tenth). Part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../lib/engine/analyze';
import { compareVersions, versionBlocks, type VersionSide } from '../lib/engine/compare';
import { readInput } from '../lib/engine/text/input';
import { statedDate } from '../lib/engine/text/updated';
import { compareWithStored, makeVersion, unpackBlocks, versionSize } from '../lib/notebook/history';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const path = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus', 'dpa', 'github-dpa.md');
const raw = readFileSync(path, 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed<T>(f: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

function side(text: string): VersionSide & { report: ReturnType<typeof analyzeText>['report']; blocks: ReturnType<typeof versionBlocks>; text: string } {
  const { report, doc } = analyzeText(readInput(text, 'markdown'));
  const blocks = versionBlocks(doc);
  return { report, blocks, terms: report.terms, deviations: report.deviations, text: doc.text };
}

const base = side(raw);
const v = await timed(() => makeVersion(base.report, base.blocks, statedDate(base.text), Date.now()));
const chars = base.blocks.reduce((n, b) => n + b.text.length, 0);
console.log(`History and comparison on test/fixtures/corpus/dpa/github-dpa.md (${(raw.length / 1024).toFixed(0)} KB, ${base.blocks.length} blocks), ${RUNS} runs, median:`);
console.log(`  a compact version: ${v.ms.toFixed(1)} ms to make (deflate-raw included), ${(versionSize(v.value) / 1024).toFixed(1)} KB stored for ${(chars / 1024).toFixed(0)} KB of clause text (${((100 * versionSize(v.value)) / chars).toFixed(0)} %)`);
const unpack = await timed(() => unpackBlocks(v.value.blocks));
console.log(`  reading a stored version back: ${unpack.ms.toFixed(1)} ms`);

const paragraphs = raw.split('\n\n');
const edits: [string, string][] = [
  ['unchanged', raw],
  ['the sub-processor notice edited', raw.replace(/\b90 days\b/, '30 days')],
  ['a section moved', (() => {
    const a = Math.floor(paragraphs.length * 0.2);
    const moved = paragraphs.splice(a, 12);
    const p = [...paragraphs];
    p.splice(Math.floor(p.length * 0.7), 0, ...moved);
    paragraphs.splice(a, 0, ...moved);
    return p.join('\n\n');
  })()],
  ['every 10th paragraph reworded', paragraphs.map((p, i) => (i % 10 === 5 ? p.replace(/\b(shall|will)\b/g, 'must').replace(/\./, ', as described herein.') : p)).join('\n\n')],
];
for (const [label, text] of edits) {
  const after = side(text);
  const c = await timed(() => compareVersions(base, after));
  const stored = await timed(() => compareWithStored(v.value, after));
  const k = c.value.clauses;
  console.log(`  compare, ${label.padEnd(30)} ${c.ms.toFixed(1).padStart(6)} ms (from storage ${stored.ms.toFixed(1).padStart(6)} ms)  terms ${c.value.terms.length}, +${k.added} -${k.removed} ~${k.changed} moved ${k.moved}`);
}
