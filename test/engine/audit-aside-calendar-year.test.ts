// Two drafting forms of audit clauses: an aside between the modal and the verb ("Controller may, on reasonable prior
// notice, inspect the premises") and the calendar year as one word in German and Swedish ("einmal pro Kalenderjahr",
// "en gång per kalenderår"). Sentences written for these tests; each failed on the rules before this change.
import { describe, expect, test } from 'vitest';
import { findFrequencies } from '../../lib/engine/terms/frequencies';
import { readUnder } from '../helpers/drafting';

describe('an aside between the modal and the verb', () => {
  test.each([
    "Controller may, on reasonable prior notice, inspect the Processor's premises not more than twice per calendar year.",
    "Controller may, at its own cost, inspect the Processor's facilities not more than twice per calendar year.",
  ])('%s', (sentence) => expect(readUnder('en', 'Audits', sentence).terms.audit?.maxPerYear).toBe(2));
  test('the public inspecting open code is still no audit right', () =>
    expect(readUnder('en', 'Open source', 'Anyone can, at any time, inspect our source code on GitHub.').terms.audit).toBeNull());
});

describe('the calendar year as one word', () => {
  test.each<[string, number]>([
    ['einmal pro kalenderjahr', 1],
    ['höchstens zweimal im kalenderjahr', 2],
    ['en gång per kalenderår', 1],
  ])('%s', (text, perYear) => expect(findFrequencies(text)[0]?.perYear).toBe(perYear));
});
