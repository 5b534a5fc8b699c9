// The engine scored against the hand-checked gold files, as ../shared/eval/score.mjs does, over both halves:
// test/fixtures/gold (the tuning half, seeds included) and test/fixtures/gold-validation (never tuned on).
// `npm run score` prints the same figures.
import { describe, expect, test } from 'vitest';
import { scoreHalf, totals, type Earned, type Part } from '../helpers/score';

const tuning = await scoreHalf('gold');
const validation = await scoreHalf('gold-validation');
const seeds = tuning.filter((r) => r.gold.document.startsWith('seeds/'));

describe('seed documents: every part of the gold is right', () => {
  test.each(seeds.map((r) => [r.gold.document, r] as const))('%s', (_name, r) => {
    expect(r.misses).toEqual([]);
  });
});

// The corpus documents the engine was first written against keep their type exactly.
const FIRST_GOLD = [
  '37signals-ccpa', '37signals-dpa', '37signals-privacy', '37signals-security-response', 'automattic-offer-letter',
  'automattic-privacy', 'github-candidate-privacy', 'github-dpa', 'github-privacy-statement', 'mozilla-accounts-privacy-notice',
  'mozilla-firefox-privacy-notice', 'mozilla-pocket-privacy-policy-eu-de', 'mozilla-websites-privacy-notice', 'usdr-model-dpa',
];
describe('the first corpus gold documents get their type', () => {
  const first = tuning.filter((r) => FIRST_GOLD.includes(r.gold.file!.replace(/\.json$/, '')));
  test('all of them are scored', () => expect(first.length).toBe(FIRST_GOLD.length));
  test.each(first.map((r) => [r.gold.document, r] as const))('%s', (_name, r) => {
    expect(r.report.docType).toBe(r.gold.docType);
  });
});

// Floors per half and part: regression guards set just under the figures measured when the gold was written
// (see the README's accuracy table). Raise them as the reading improves; never tune on the validation half.
type Floors = Record<Part | Earned, number>;
const FLOORS: Record<'tuning' | 'validation', Floors> = {
  // Raised for issue 11 to about two points under what was measured then (tuning: docType 100, terms 91.6, tags 92.3,
  // traps 97.4, deviations 95.9, stated 82.6, flagged 95.1 %; validation with readthedocs-dpa: 96.6, 89.8, 78.2, 91.1,
  // 91.8, 78.4, 93.8 %), leaving room for merges of the Swedish/German and tagging work.
  // Raised again (2026-12-03, 89 tuning / 48 validation documents) to about two points under what they measure: tuning
  // docType 100, terms 97.4, tags 97.9, traps 97.8, deviations 98.4, stated 95.5, flagged 98.0 %; validation docType
  // 97.9, terms 91.5, tags 85.1, traps 90.2, deviations 94.1, stated 85.8, flagged 92.0 %.
  tuning: { docType: 0.98, terms: 0.95, tags: 0.95, traps: 0.95, deviations: 0.96, stated: 0.93, flagged: 0.95 },
  // stated 0.77 -> 0.74 when 13 documents, gold written before the engine read them, joined the half (19 -> 32 docs):
  // 76.1 % on the larger set; the old 19 read as before. 0.74 -> 0.76 with the objection-window reading (78.4 %).
  // docType 0.95 -> 0.92 and deviations 0.92 -> 0.9 (2026-12-07) when eight documents joined the half with gold written
  // before the engine read them (98 tuning / 53 validation): two short notices (App Manager, Gruppenkasse) read as other
  // and Schafe vorm Fenster's objection right is not read; measured docType 94.3, deviations 91.9 %.
  // stated 0.83 -> 0.82 (2026-12-07) with the Grundsteuer notice, unseen: both its stated terms missed (141/171 = 82.5 %).
  // stated 0.82 -> 0.81 with NavigaTUM's notice, unseen: both its retention periods missed (141/173 = 81.5 %).
  // terms 0.89 -> 0.88 with it too (359/404 = 88.9 %; the half's documents before read as they did).
  validation: { docType: 0.92, terms: 0.88, tags: 0.83, traps: 0.88, deviations: 0.9, stated: 0.81, flagged: 0.9 },
};

// The Swedish and German documents of each half on their own (issue 14's targets: page type right
// for all, stated terms and deviations at 90 % or more on the held-back half).
const SV_DE_FLOORS: Record<'tuning' | 'validation', Floors> = {
  // tags lowered from 0.8 / 0.59 when the privacy-policy reading (English cues, docType-aware) was merged beside it.
  // tuning raised (terms, tags, deviations, stated) when sv/de retention and list leads were read from tables.
  // validation: batch sv-de-2 added four held-back documents; the Swedish how-to guide (digidemlab) reads as a
  // privacy policy and the German EUSurvey retention is missed, gaps left open rather than tuned on, so docType,
  // traps and deviations are floored at what they measure now; terms, tags and stated rose.
  // batch sv-de-3 (eight documents, three held back) and the cues read from its tuning misses: tuning measured docType
  // 17/17, terms 102/102, tags 129/131, stated 40/40; validation docType 11/12 (the digidemlab guide still), tags
  // 41/60, deviations 51/56.
  tuning: { docType: 1, terms: 0.98, tags: 0.96, traps: 1, deviations: 0.98, stated: 0.98, flagged: 1 },
  // 2026-12-07: terms 0.95 -> 0.92 and flagged 1 -> 0.92 when Schafe vorm Fenster's AVV and the Gruppenkasse notice joined
  // (measured terms 93.2 %, flagged 16/17: the AVV's 'Einspruchsrecht' is not read, left as a validation miss).
  // stated 0.84 -> 0.8 with EmailVerify's AVV (measured 23/28 = 82.1 %: its deletion on the bot's removal and its log
  // retention are not read), then 0.8 -> 0.75 with Wikimedia Deutschland's notice (both its stated terms missed).
  // terms 0.92 -> 0.9 with Wikimedia Deutschland's donation notice (its four retention periods and 'keine Übermittlung in
  // Drittstaaten' not read on arrival; measured 91.6 %).
  // terms 0.9 -> 0.87 and stated 0.75 -> 0.72 with the Grundsteuer notice (its retention periods and its 'ausschließlich ...
  // in Deutschland gespeichert' unread: 88/100 terms, 24/33 stated); the documents before read as they did.
  // terms 0.87 -> 0.86, stated 0.72 -> 0.68 and flagged 0.92 -> 0.89 with NavigaTUM's notice (its two retention periods and
  // its flagged transfer, feedback on GitHub outside the EU with no mechanism, missed: 90/104 terms, 24/35 stated, 17/19 flagged).
  // flagged 0.89 -> 0.86 with Code for Germany's notice, unseen: its reliance on the Privacy Shield not flagged as
  // outdated law (19/22).
  // flagged 0.86 -> 0.85 (2026-12-08) with gematik's E-Rezept notice, unseen: its possible US transfers ('in ein Drittland
  // (z. B. USA) übermittelt') not read, so transfer-safeguards not flagged (24/28 = 85.7 %).
  validation: { docType: 0.9, terms: 0.86, tags: 0.66, traps: 0.94, deviations: 0.9, stated: 0.68, flagged: 0.85 },
};
const svDe = (r: { gold: { language?: string } }) => ['sv', 'de'].includes(r.gold.language ?? '');

describe.each([
  ['tuning', tuning.filter(svDe)],
  ['validation', validation.filter(svDe)],
] as const)('%s half, Swedish and German', (half, results) => {
  const sums = totals(results);
  test.each(Object.entries(SV_DE_FLOORS[half]))('%s stays at or above its floor', (part, floor) => {
    const [right, all] = sums[part as Part | Earned];
    const misses = results.flatMap((r) => r.misses.filter((m) => m.startsWith(part)).map((m) => `${r.gold.document}: ${m}`));
    expect(all).toBeGreaterThan(0);
    expect(right / all, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});

describe.each([
  ['tuning', tuning.filter((r) => !r.gold.document.startsWith('seeds/'))],
  ['validation', validation],
] as const)('%s half', (half, results) => {
  const sums = totals(results);
  test.each(Object.entries(FLOORS[half]))('%s stays at or above its floor', (part, floor) => {
    const [right, all] = sums[part as Part | Earned];
    const misses = results.flatMap((r) => r.misses.filter((m) => m.startsWith(part)).map((m) => `${r.gold.document}: ${m}`));
    expect(all).toBeGreaterThan(0);
    expect(right / all, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
