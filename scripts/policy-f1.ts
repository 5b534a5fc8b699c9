// Unit-level F1 of the highlights against hand-labelled documents, per category precision / recall / F1 and
// macro F1 per half: privacy policies paragraph by paragraph (OPP-115 style, test/fixtures/paragraphs/), or with
// --dpa DPAs sentence by sentence with the GDPR Art. 28 requirement each fulfils (test/fixtures/sentences/).
//   npm run score:policy                       both halves (npm run score:dpa: the DPA benchmark)
//   npm run score:policy -- --half tuning      one half
//   npm run score:policy -- --misses           also list the tuning half's wrong units (never the validation half's)
//   npm run score:policy -- --template FILE    the units of a document as an unlabelled file to fill in
import { join } from 'node:path';
import { DPA_BENCHMARK, POLICY_BENCHMARK, categoryNames, f1Scores, fold, loadLabelled, pairUnits, readUnits, scoreParagraphHalf, type Benchmark } from '../test/helpers/paragraphs';
import { FIXTURES } from '../test/helpers/score';

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : null);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const bench: Benchmark = args.includes('--dpa') ? DPA_BENCHMARK : POLICY_BENCHMARK;

const template = opt('--template');
if (template) {
  const units = readUnits(template, bench).map((p) => ({ text: p.text.slice(0, bench.unit === 'sentence' ? 60 : 90), labels: [] }));
  console.log(JSON.stringify({ document: template.replace(/^.*test\/fixtures\//, ''), paragraphs: units }, null, 2));
  process.exit(0);
}

const only = opt('--half');
for (const half of ['tuning', 'validation'] as const) {
  if (only && only !== half) continue;
  const { tally, policies, paragraphs } = scoreParagraphHalf(half, bench);
  const { perCategory, macroF1, categories } = f1Scores(tally);
  console.log(`${half}: ${policies} ${bench.name}, ${paragraphs} ${bench.unit}s — macro F1 ${pct(macroF1)} over ${categories} categories`);
  for (const k of categoryNames(bench)) {
    const s = perCategory[k];
    console.log(`  ${k.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support} ${bench.unit}s)`);
  }
  if (half === 'tuning' && args.includes('--misses'))
    for (const p of loadLabelled(half, bench))
      for (const [want, got] of pairUnits(p, readUnits(join(FIXTURES, p.document), bench))) {
        const w = [...want.labels].sort().join(',');
        const g = [...got.predicted].sort().join(',');
        if (w !== g) console.log(`    ${p.document}: "${fold(got.text).slice(0, 110)}" want [${w}] got [${g}]`);
      }
}
