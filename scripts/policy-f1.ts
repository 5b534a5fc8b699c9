// Paragraph-level F1 of the privacy-policy categories (OPP-115 style) on the labelled paragraphs of
// test/fixtures/paragraphs/{tuning,validation}: per category precision / recall / F1 and macro F1 per half.
//   npm run score:policy                       both halves
//   npm run score:policy -- --half tuning      one half
//   npm run score:policy -- --misses           also list the tuning half's wrong paragraphs (never the validation half's)
//   npm run score:policy -- --template FILE    the paragraphs of a document as an unlabelled file to fill in
import { join } from 'node:path';
import { CATEGORY_NAMES, f1Scores, fold, loadLabelled, readParagraphs, scoreParagraphHalf } from '../test/helpers/paragraphs';
import { FIXTURES } from '../test/helpers/score';

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : null);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

const template = opt('--template');
if (template) {
  const paragraphs = readParagraphs(template).map((p) => ({ text: p.text.slice(0, 90), labels: [] }));
  console.log(JSON.stringify({ document: template.replace(/^.*test\/fixtures\//, ''), paragraphs }, null, 2));
  process.exit(0);
}

const only = opt('--half');
for (const half of ['tuning', 'validation'] as const) {
  if (only && only !== half) continue;
  const { tally, policies, paragraphs } = scoreParagraphHalf(half);
  const { perCategory, macroF1, categories } = f1Scores(tally);
  console.log(`${half}: ${policies} policies, ${paragraphs} paragraphs — macro F1 ${pct(macroF1)} over ${categories} categories`);
  for (const k of CATEGORY_NAMES) {
    const s = perCategory[k];
    console.log(`  ${k.padEnd(20)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support} paragraphs)`);
  }
  if (half === 'tuning' && args.includes('--misses'))
    for (const p of loadLabelled(half)) {
      const got = readParagraphs(join(FIXTURES, p.document));
      for (const want of p.paragraphs) {
        const para = got.find((g) => fold(g.text).startsWith(fold(want.text)));
        const w = [...want.labels].sort().join(',');
        const g = [...(para?.predicted ?? [])].sort().join(',');
        if (w !== g) console.log(`    ${p.document}: "${want.text.slice(0, 70)}" want [${w}] got [${g}]`);
      }
    }
}
