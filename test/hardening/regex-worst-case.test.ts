// Every regex in lib/, found by parsing the sources, run over ~50k-character worst cases pumped from
// its own pieces. Nothing is timed: catastrophic backtracking on inputs this size blows the 20 s test
// timeout (vitest fails a test that overran even when it blocked the event loop). Growth figures: scripts/bench-hostile.ts.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { findDurations } from '../../lib/engine/terms/durations';
import { findFrequencies } from '../../lib/engine/terms/frequencies';
import { CATEGORY_RULES } from '../../lib/engine/tag/rules';
import { matchCategory, tagClauses } from '../../lib/engine/tag/tag';
import { classifyDocType } from '../../lib/engine/detect/pagetype';
import { COMPILED } from '../../lib/engine/vocabulary';
import { readMarkdown } from '../../lib/engine/text/markdown';
import { statedDate } from '../../lib/engine/text/updated';
import { buildDoc } from '../../lib/engine/text/structure';
import { readPdfItems } from '../../lib/engine/text/pdf';
import { blockKey } from '../../lib/engine/compare/match';
import { documentVendor, findVendor } from '../../lib/engine/vendor';
import { fragmentsOf, GENERIC_UNITS, PATHOLOGICAL, pumpsFor, regexInventory, scanAll, type DynamicRegex, type StaticRegex } from '../helpers/hostile';

const SIZE = 50_000;
const inventory = regexInventory();
// No exceptions: the party-name patterns and the obligation reader's clause-gap pattern, super-linear on long words
// and runs of white space, are token scans now (lib/engine/terms/name-scan.ts, onlyJoins in obligations.ts).
const statics = inventory.filter((r): r is StaticRegex => r.kind === 'static');
const dynamics = inventory.filter((r): r is DynamicRegex => r.kind === 'dynamic');

const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)) + '\u0001';

/** Vocabulary the table-built duration and frequency patterns are made of, pumped. */
const TIME_UNITS = [
  'one ', 'one-', 'seventy-two ', 'one hundred and ', 'within ', 'no later than ', 'at least ', 'within the first ',
  '(72) ', '(seventy-two) ', '72 (', '1,000 ', '1,', '1.5 ', '24-', '24 - ', 'a ', 'an ', 'half ', 'half a ', 'business ',
  'days ', 'day a ', 'once ', 'once a ', 'twice per ', 'every ', 'every twelve ', 'at most once every ', '2 times ',
  'calendar ', 'per calendar ', 'age of ', 'days of age ', 'hours per ', '/ hour ',
];

/** How each regex built at run time is exercised: through the exported function or table that builds it. */
const DYNAMIC_COVERAGE: Record<string, { via: string; run: (s: string) => unknown }> = {
  'lib/engine/terms/durations.ts#DURATION_RE': { via: 'findDurations', run: findDurations },
  'lib/engine/terms/durations.ts#LEADING_CUE_SCAN': { via: 'findDurations (reads the cues of each match)', run: findDurations },
  'lib/engine/terms/durations.ts#re': { via: 'findDurations (UNIT_MATCHERS read each unit)', run: findDurations },
  'lib/engine/terms/frequencies.ts#FREQUENCY_RE': { via: 'findFrequencies', run: findFrequencies },
  'lib/engine/tag/rules.ts#breach-notify': {
    via: 'CATEGORY_RULES (the compiled RegExp)',
    run: (s) => CATEGORY_RULES.flatMap((c) => c.cue).filter((c) => c.id === 'breach-notify').map((c) => scanAll(c.re.source, c.re.flags, s)),
  },
  'lib/engine/vocabulary/phrases.ts#re': {
    via: 'COMPILED (every pattern compiled from the vocabulary tables)',
    run: (s) => [...COMPILED.values()].map((re) => scanAll(re.source, re.flags, s)),
  },
  'lib/engine/detect/pagetype-cues.ts#localRe': {
    via: 'classifyDocType (the per-language page-type cues, over text, title and headings)',
    run: (s) => classifyDocType({ text: s, title: s.slice(0, 200), headings: [s.slice(0, 300)] }),
  },
  'lib/engine/detect/pagetype-cues.ts#?': {
    via: 'classifyDocType (cue patterns widened with another language\'s phrases)',
    run: (s) => classifyDocType({ text: s, title: s.slice(0, 200), headings: [s.slice(0, 300), s.slice(-300)] }),
  },
  'lib/engine/tag/rules.ts#?': {
    via: 'CATEGORY_RULES (heading and weak patterns widened with another language\'s phrases)',
    run: (s) => CATEGORY_RULES.flatMap((c) => [c.heading, c.weak]).filter((re): re is RegExp => re !== undefined).map((re) => scanAll(re.source, re.flags, s)),
  },
  'lib/engine/tag/tester.ts#?': {
    via: 'matchCategory (the .test() twins of every tagging pattern, DPA and policy readings)',
    run: (s) => CATEGORY_RULES.map((c) => [matchCategory(c.category, s, s.slice(0, 300)), matchCategory(c.category, s, s.slice(0, 300), 'privacy-policy')]),
  },
  'lib/engine/tag/literals.ts#?': {
    via: 'tagClauses (one literal scan of each sentence picks the patterns to run)',
    run: (s) => [tagClauses(buildDoc({ text: s, title: null, hints: null }), 'dpa'), tagClauses(buildDoc({ text: s, title: null, hints: null }), 'privacy-policy')],
  },
  'lib/engine/text/markdown/index.ts#closer': { via: 'readMarkdown (a code fence and its closer)', run: (s) => readMarkdown('```\n' + s) },
  ...Object.fromEntries(
    ['ENTITY', 'BETWEEN', 'ROLE_NAMED', 'AT_WE', 'ALIAS', 're', 'name', '?'].map((label) => [
      `lib/engine/vendor.ts#${label}`,
      {
        via: 'documentVendor (title, parties, legal entities, "we"; each candidate counted in the text)',
        run: (s: string) => {
          const doc = buildDoc({ text: s, title: s.slice(0, 200), hints: null });
          return [documentVendor(doc, 'dpa'), documentVendor(doc, 'privacy-policy'), findVendor(doc, 'other', `https://${s.slice(0, 50)}`, s.slice(0, 300))];
        },
      },
    ]),
  ),
  'lib/engine/compare/match.ts#LEAD_MARKER': { via: 'blockKey (the marker of a clause taken off before versions are matched)', run: (s) => [blockKey(s), blockKey(`• ${s}`), blockKey(`1.2 ${s}`)] },
  ...Object.fromEntries(
    ['lib/engine/text/bullets.ts#BULLET_START', 'lib/engine/text/structure.ts#MARKER', 'lib/engine/text/structure.ts#INLINE_BULLET', 'lib/engine/text/structure.ts#SENTENCE_END'].map((label) => [
      label,
      { via: 'buildDoc (blocks, list items and sentences of plain text, bullets built from text/bullets.ts)', run: (s: string) => [buildDoc({ text: s, title: null, hints: null }), buildDoc({ text: `• ${s}\n\uf0b7 ${s}`, title: null, hints: null })] },
    ]),
  ),
  ...Object.fromEntries(
    ['lib/engine/text/pdf.ts#BULLET_AT_START', 'lib/engine/text/pdflayout.ts#OWN_MARKER'].map((label) => [
      label,
      {
        via: 'readPdfItems (heading and list-item lines of a PDF page, from where its lines sit)',
        run: (s: string) => {
          const lines = [s.slice(0, 20_000), s.slice(20_000, 40_000), s.slice(40_000), `• ${s.slice(0, 200)}`, `1. ${s.slice(0, 200)}`];
          return readPdfItems([lines.map((str, i) => ({ str, hasEOL: true, font: i % 2 ? 'bold' : 'body', size: 10, x: 100 + 20 * (i % 2), y: 700 - 14 * i, width: 360 }))]);
        },
      },
    ]),
  ),
  'lib/engine/text/updated.ts#DATE': { via: 'statedDate (after each "last updated" cue, at the top and the end)', run: (s) => [statedDate(s), statedDate(`Last updated: ${s}`), statedDate(`${s} Effective date: ${s}`)] },
};

describe('the regex inventory', () => {
  test('finds the regexes of every engine file (a parse failure would silently skip them)', () => {
    const files = new Set(inventory.map((r) => r.where.replace(/:\d+$/, '')));
    for (const f of ['lib/engine/tag/rules.ts', 'lib/engine/terms/terms.ts', 'lib/engine/terms/durations.ts', 'lib/engine/detect/pagetype.ts', 'lib/engine/text/structure.ts', 'lib/engine/text/markdown/index.ts', 'lib/engine/text/pdftext.ts']) {
      expect(files).toContain(f);
    }
    expect(statics.length).toBeGreaterThan(200);
  });

  test('reads literal pieces out of a pattern to pump', () => {
    expect(fragmentsOf(String.raw`\bnotif\w*[^.]{0,200}(?:breach|incident)`, '')).toEqual(['notifaa', 'breach', 'incident']);
    expect(fragmentsOf(String.raw`(?<!\p{L})(?<n>\d{1,3})\s+days?`, 'u')).toEqual(['a', '1', ' days']);
    expect(pumpsFor('within', '', 100).every((p) => p.text.length === 101)).toBe(true);
  });

  test('every regex built at run time is covered by a call that builds and uses it', () => {
    expect(dynamics.map((d) => d.label).filter((l) => !(l in DYNAMIC_COVERAGE))).toEqual([]);
  });
});

describe('regex literals on ~50k-character worst cases', () => {
  test.each(statics.map((r) => [`${r.where} /${r.source.slice(0, 60)}${r.source.length > 60 ? '…' : ''}/${r.flags}`, r] as const))('%s', (_name, r) => {
    const pumps = pumpsFor(r.source, r.flags, SIZE);
    for (const p of pumps) expect(scanAll(r.source, r.flags, p.text)).toBeGreaterThanOrEqual(0);
    expect(pumps.length).toBeGreaterThanOrEqual(GENERIC_UNITS.length);
  });
});

describe('regexes built from vocabulary tables, through their finders', () => {
  test.each(dynamics.map((d) => [`${d.where} ${d.label} via ${DYNAMIC_COVERAGE[d.label]?.via ?? '?'}`, d] as const))('%s', (_name, d) => {
    const cover = DYNAMIC_COVERAGE[d.label];
    expect(cover).toBeDefined();
    for (const u of [...TIME_UNITS, ...GENERIC_UNITS]) cover.run(fill(u));
  });

  test('pumped durations are still found (the finders were really exercised)', () => {
    expect(findDurations(fill('within 24 hours, ', 5_000)).length).toBeGreaterThan(200);
    expect(findFrequencies(fill('once per year; ', 5_000)).length).toBeGreaterThan(200);
  });
});

describe('patterns compiled from the vocabulary tables, pumped from their own pieces', () => {
  test.each([...COMPILED].map(([name, re]) => [name, re] as const))('%s', (_name, re) => {
    for (const p of pumpsFor(re.source, re.flags, SIZE)) expect(scanAll(re.source, re.flags, p.text)).toBeGreaterThanOrEqual(0);
  });
});

describe('the whole engine on megabyte-sized hostile documents', () => {
  const BIG: [string, string][] = [
    ['1.5 MB of one repeated sentence', PATHOLOGICAL['one sentence repeated'](1_500_000)],
    ["'a' × 1.5M", 'a'.repeat(1_500_000)],
    ["'1. ' × 200k", '1. '.repeat(200_000)],
    ["'\\n' × 1M", '\n'.repeat(1_000_000)],
    ["'a\\n' × 500k (one paragraph of hard-wrapped lines)", 'a\n'.repeat(500_000)],
    ["'• \\n' × 300k", '• \n'.repeat(300_000)],
    ['2 MB of prose (beyond MAX_CHARS)', PATHOLOGICAL['one sentence repeated'](2_000_000)],
  ];
  test.each(BIG)('%s', (_name, text) => {
    const r = analyze({ text, title: null, hints: null }, { force: true });
    for (const c of r.clauses) expect(c.end).toBeLessThanOrEqual(Math.min(text.length, 1_500_000));
    expect(r.truncated).toBe(text.length > 1_500_000);
  });
});
