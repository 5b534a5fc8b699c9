// The engine scored against the hand-checked gold files in test/fixtures/gold, as ../shared/eval/score.mjs does.
import { describe, expect, test } from 'vitest';
import { loadGolds, score, type Part } from '../helpers/score';

const golds = loadGolds();
const results = golds.map((g) => score(g));
const seeds = results.filter((r) => r.gold.document.startsWith('seeds/'));
const others = results.filter((r) => !r.gold.document.startsWith('seeds/'));

describe('seed documents: every part of the gold is right', () => {
  test.each(seeds.map((r) => [r.gold.document, r] as const))('%s', (_name, r) => {
    expect(r.misses).toEqual([]);
  });
});

describe('every gold document gets its type', () => {
  test.each(results.map((r) => [r.gold.document, r] as const))('%s', (_name, r) => {
    expect(r.report.docType).toBe(r.gold.docType);
  });
});

// Floors, per part, over the gold files written for corpus documents beyond the seeds: a regression
// guard set just under the figures measured when they were written (see the README's accuracy table).
const FLOORS: Record<Part, number> = { docType: 1, terms: 0.85, tags: 0.85, traps: 0.85, deviations: 0.9 };

describe('corpus documents beyond the seeds', () => {
  test.each(Object.entries(FLOORS))('%s stays at or above its floor', (part, floor) => {
    let right = 0;
    let all = 0;
    for (const r of others) {
      right += r.parts[part as Part][0];
      all += r.parts[part as Part][1];
    }
    const misses = others.flatMap((r) => r.misses.filter((m) => m.startsWith(part)).map((m) => `${r.gold.document}: ${m}`));
    expect(all).toBeGreaterThan(0);
    expect(right / all, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
