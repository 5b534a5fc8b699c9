// Scores the engine in-process against both halves of the gold (test/fixtures/gold = tuning, seeds included;
// test/fixtures/gold-validation = never tuned on), part by part as ../shared/eval/score.mjs does.
//   npm run score [-- --verbose] [-- --half gold|gold-validation]
import { scoreHalf, totals, type Scored } from '../test/helpers/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const pct = ([r, n]: [number, number]) => `${r}/${n}${n ? ` ${((100 * r) / n).toFixed(1)}%` : ''}`;

function line(label: string, results: Scored[]): string {
  const t = totals(results);
  const parts = (['docType', 'terms', 'tags', 'traps', 'deviations'] as const).map((k) => `${k} ${(t[k] ?? [0, 0]).join('/')}`);
  const right = (['docType', 'terms', 'tags', 'traps', 'deviations'] as const).reduce((a, k) => a + (t[k]?.[0] ?? 0), 0);
  const all = (['docType', 'terms', 'tags', 'traps', 'deviations'] as const).reduce((a, k) => a + (t[k]?.[1] ?? 0), 0);
  return `${label.padEnd(11)} ${results.length} docs  score ${all ? ((100 * right) / all).toFixed(1) : '0.0'}% (${parts.join(', ')}; stated ${pct(t.stated ?? [0, 0])}, flagged ${pct(t.flagged ?? [0, 0])})`;
}

for (const half of ['gold', 'gold-validation'] as const) {
  if (only && only !== half) continue;
  const results = await scoreHalf(half);
  for (const r of results) {
    if (verbose || r.misses.length) console.log(`${r.gold.document}: ${r.misses.length ? `${r.misses.length} misses` : 'all correct'}`);
    if (verbose) for (const m of r.misses) console.log(`  - ${m}`);
  }
  const seeds = results.filter((r) => r.gold.document.startsWith('seeds/'));
  if (half === 'gold') console.log(line('seeds', seeds));
  console.log(line(half === 'gold' ? 'tuning' : 'validation', results));
  // The same half by the document's language (the gold's `language`, English when it has none).
  const lang = (r: Scored) => (r.gold as { language?: string }).language ?? 'en';
  for (const l of [...new Set(results.map(lang))].sort()) console.log(line(`  ${l}`, results.filter((r) => lang(r) === l)));
}
