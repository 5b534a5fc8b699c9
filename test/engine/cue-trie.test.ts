import { describe, expect, it } from 'vitest';
import { countWords, cueCounter } from '../../lib/engine/detect/cue-trie';

describe('cue phrases counted in one pass', () => {
  it('expands alternatives and optional slots, each phrase meeting its own words', () => {
    const count = cueCounter([{ phrases: ['we (may|) (use|share) (your|) data'] }, { phrases: ['sub-processors'] }]);
    expect(count('We use data. We may share your data. We may sell data.').hits).toEqual([2, 0]);
    expect(count('Our sub-processor list').hits).toEqual([0, 1]);
  });

  it('reads the longest phrase at a word, and a word feeds one cue only', () => {
    const count = cueCounter([{ phrases: ['data'] }, { phrases: ['data processing (agreement|addendum)'] }]);
    expect(count('This Data Processing Addendum covers data.').hits).toEqual([1, 1]);
  });

  it('gives a phrase two cues share to the first', () => {
    const count = cueCounter([{ phrases: ['privacy (notice|policy)'] }, { phrases: ['privacy policy', 'cookie policy'] }]);
    expect(count('privacy policy and cookie policy').hits).toEqual([1, 1]);
  });

  it('lets a pattern of empty slots claim nothing', () => {
    const count = cueCounter([{ phrases: ['(a|)'] }, { phrases: ['bee'] }]);
    expect(count('bee bee').hits).toEqual([0, 2]);
  });

  it('counts words as the trie reads them (single letters but "a" are noise)', () => {
    expect(countWords('A processor’s e.g. list, 72 hours')).toBe(5);
  });
});
