// The liability term reads how much a party is liable for, not for whom (lib/engine/terms/terms.ts, vocabulary
// liability.forWhom / excludesDamages). Real sentences of the Courier and EMBL DPAs; Art. 28(4) GDPR.
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';

const liabilityOf = (sentence: string) => {
  const { report } = analyzeText({ text: `## Liability\n\n${sentence}`, title: null, hints: null }, { source: 'liability.txt', force: true });
  return report.terms.liability ? { capped: report.terms.liability.capped, rule: report.terms.liability.why?.[0]?.rule } : null;
};

describe('liability for whom says nothing of a cap', () => {
  test.each([
    ['for its personnel (Courier)', 'Courier will be responsible for the sufficiency of the safeguards of all Courier personnel and liable for any failure by such Courier personnel to meet the terms of this DPA.'],
    ['Art. 28(4)', "Where that other processor fails to fulfil its data protection obligations, the initial processor shall remain fully liable to the controller for the performance of that other processor's obligations."],
    ['joint and several (EMBL)', 'No provision hereof establishes any joint processing relationship between You and Us, neither any joint, nor any joint and several liability of You and Us towards Data Subjects.'],
  ])('%s', (_, sentence) => expect(liabilityOf(sentence)).toBeNull());
});

describe('limits in other words', () => {
  test('"We assume no liability for any indirect, consequential, or incidental damages" (EMBL) is a limitation', () => {
    expect(liabilityOf('To the extent permitted by law, We assume no liability for any indirect, consequential, or incidental damages or losses arising from the use of Service.')).toEqual({ capped: true, rule: 'liability-excludes-damages' });
  });
  test('"Each party shall be liable for damage caused by its breach" is still liability with no limit', () => {
    expect(liabilityOf('Each party shall be liable for damage caused by its breach of this DPA.')?.capped).toBe(false);
  });
});

// Liability left to the main agreement: its limitations then apply, so the DPA's liability is capped (the tuning gold's
// convention: langfuse's "governed by the Main Contract", formhaus's "subject to the limitations in the Agreement").
// Written for this test in the ways DPAs defer; the liability "governed by" an agreement chooses no law.
describe('liability deferred to the main agreement', () => {
  test.each([
    'Any liability arising under this DPA shall be subject to the liability provisions of the Agreement.',
    'The liability of the parties under this DPA is governed by the Agreement.',
    'The limitation-of-liability provisions of the Agreement apply to this DPA.',
    "The parties' liability shall be governed by the liability provisions of the Main Agreement.",
    "Each Party's liability under this DPA shall be limited as provided in the Agreement.",
  ])('"%s" is capped', (sentence) => {
    expect(liabilityOf(sentence)?.capped).toBe(true);
    const { report } = analyzeText({ text: `## Liability\n\n${sentence}`, title: null, hints: null }, { source: 'liability.txt', force: true });
    expect(report.clauses.find((c) => c.text === sentence)?.categories).not.toContain('governing-law');
  });
  test.each([
    ["Nothing in this DPA limits either party's liability for breach of the Standard Contractual Clauses.", false],
    ['Neither party excludes or limits its liability for breaches of Data Protection Laws.', false],
    ['Liability under this DPA is uncapped.', false],
  ])('"%s" is not', (sentence, capped) => expect(liabilityOf(sentence)?.capped).toBe(capped));
  test('"governed by the laws of Ireland" still chooses a law', () => {
    const { report } = analyzeText({ text: '## Governing law\n\nThis DPA is governed by the laws of Ireland.', title: null, hints: null }, { source: 'law.txt', force: true });
    expect(report.terms.governingLaw?.country).toBe('Ireland');
  });
});
