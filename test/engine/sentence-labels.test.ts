// The DPA sentence benchmark (npm run score:dpa) stays scoreable: every labelled sentence is found in its
// document, in order, and carries only the benchmark's categories.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DPA_BENCHMARK, categoryNames, loadLabelled, pairUnits, readUnits } from '../helpers/paragraphs';
import { FIXTURES } from '../helpers/score';

const names = new Set<string>(categoryNames(DPA_BENCHMARK));
const docs = (['tuning', 'validation'] as const).flatMap((half) => loadLabelled(half, DPA_BENCHMARK).map((d) => [half, d] as const));

describe('DPA sentence labels', () => {
  test('both halves hold labelled DPAs', () => {
    expect(docs.filter(([h]) => h === 'tuning').length).toBeGreaterThanOrEqual(4);
    expect(docs.filter(([h]) => h === 'validation').length).toBeGreaterThanOrEqual(2);
  });
  test.each(docs.map(([half, d]) => [half, d.document, d] as const))('%s %s: every labelled sentence is in the document', (_h, path, d) => {
    const units = readUnits(join(FIXTURES, path), DPA_BENCHMARK);
    const pairs = pairUnits(d, units);
    expect(pairs).toHaveLength(d.paragraphs.length);
    // In order: each label pairs with a later sentence than the one before.
    const at = pairs.map(([, u]) => units.indexOf(u));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const p of d.paragraphs) for (const l of p.labels) expect(names).toContain(l);
  });
});
