/**
 * The notebook's import, merge and repair at 10k / 20k / 40k highlights, and the worst case of the id rule
 * (16k documents sharing one highlight id). Run by `npm run bench`; `--quick` for 10k and 20k only.
 */
import { exportJson, mergeNotebooks, normalizeNotebook, parseNotebookJson, type Notebook, type SavedHighlight } from '../lib/notebook/notebook';
import { applyOperation } from '../lib/notebook/operations';

const CLAUSE = 'Notify the Controller within 72 hours';

/** `n` highlights over n/50 documents (or one document each, with `sharedId`, all with the same highlight id). */
function notebook(n: number, opts: { sharedId?: boolean } = {}): Notebook {
  const perDoc = opts.sharedId ? 1 : 50;
  const at = '2026-01-01T00:00:00.000Z';
  const documents = Array.from({ length: Math.ceil(n / perDoc) }, (_, d) => ({
    url: `https://vendor${d}.example/dpa`, key: `https://vendor${d}.example/dpa`, title: `Vendor ${d} DPA`, docType: 'dpa' as const,
    baseline: '', terms: [], deviations: [], savedAt: at, updatedAt: at,
    highlights: Array.from({ length: perDoc }, (_, h): SavedHighlight => ({
      id: opts.sharedId ? 'hshared' : `h${d}x${h}`,
      selectors: { quote: { type: 'TextQuoteSelector', exact: `${CLAUSE} (${d}.${h}).`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: h * 200, end: h * 200 + 110 } },
      category: 'breach-notification', note: '', origin: 'clause', savedAt: at, updatedAt: at,
    })),
  }));
  return { documents };
}

function ms(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const sizes = process.argv.includes('--quick') ? [10_000, 20_000] : [10_000, 20_000, 40_000];
console.log('Notebook (ms)                  ' + sizes.map((n) => `${n / 1000}k`.padStart(9)).join(''));
const rows: Record<string, number[]> = { 'import into an empty notebook': [], 'import again (all known)': [], 'repair on read (normalize)': [], 'merge two halves': [] };
let base = 0;
// Warm-up on a small notebook first, so the figures are the steady state rather than the JIT's first pass.
for (const n of [2_000, ...sizes]) {
  const nb = notebook(n);
  // Compact JSON: an indented export of 40k highlights is over the 20 MB import limit.
  const file = JSON.stringify(JSON.parse(exportJson(nb, new Date())));
  const check = applyOperation({ documents: [] }, { op: 'import', text: file }, new Date()).outcome;
  if (check.imported?.added !== n) throw new Error(`the ${n} import was not taken whole: ${check.refused ?? JSON.stringify(check.imported)}`);
  rows['import into an empty notebook'].push(ms(() => applyOperation({ documents: [] }, { op: 'import', text: file }, new Date())));
  rows['import again (all known)'].push(ms(() => applyOperation(nb, { op: 'import', text: file }, new Date())));
  rows['repair on read (normalize)'].push(ms(() => normalizeNotebook(JSON.parse(JSON.stringify(nb)))));
  const half = Math.floor(nb.documents.length / 2);
  rows['merge two halves'].push(ms(() => mergeNotebooks({ documents: nb.documents.slice(0, half) }, { documents: nb.documents.slice(half) })));
  if (n === 2_000) for (const times of Object.values(rows)) times.length = 0;
  else if (!base) base = n;
}
for (const [label, times] of Object.entries(rows)) {
  const growth = times[times.length - 1] / times[0];
  console.log(`  ${label.padEnd(29)}${times.map((t) => t.toFixed(0).padStart(9)).join('')}   (${growth.toFixed(1)}× the time for ${sizes[sizes.length - 1] / base}× the highlights)`);
}
const shared = notebook(16_000, { sharedId: true });
const sharedFile = exportJson(shared, new Date());
const t = ms(() => parseNotebookJson(sharedFile));
console.log(`  16k documents sharing one highlight id: import ${t.toFixed(0)} ms`);
