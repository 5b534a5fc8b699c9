// The obligation reader's clause-gap check (onlyJoins) against the regex it replaced: the same answer on random
// gaps made of its pieces, and linear time on the long runs of white space where the regex backtracked cubically.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { onlyJoins } from '../../lib/engine/terms/obligations';

const GAP = /^[\s,]*(?:and|or|but|then)?[\s,]*(?:also\s+)?(?:shall|will|must|may|can)?[\s,]*$/i;
const PIECES = [' ', '  ', ',', ', ', '\n', '\u00a0', 'and', 'AND', 'or', 'but', 'then', 'also', 'Also', 'also ', 'shall', 'will', 'must', 'may', 'can', 'x', 'the', 'a', 'an', 'ſhall', 'K'];

test('the same answer as the regex on random gaps', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join('')), (gap) => {
      expect(onlyJoins(gap)).toBe(GAP.test(gap));
    }),
    { numRuns: 5000 },
  );
  for (const g of ['', ' , ', ', and ', 'and also shall', ' but then', ', or may ,', 'and also', 'alsoshall', 'and the', 'then x']) expect(onlyJoins(g), g).toBe(GAP.test(g));
});

test('linear on 200k characters of white space and commas', () => {
  for (const g of [' '.repeat(200_000) + 'x', ', '.repeat(100_000) + 'and also ' + ' '.repeat(100_000) + 'x']) {
    const t0 = performance.now();
    expect(onlyJoins(g)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1_000);
  }
});
