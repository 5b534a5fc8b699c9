// What the card, the popup and the exports say about a clause: its number, its terms against the baseline, why.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { DEFAULT_BASELINE } from '../../lib/engine/baseline/baseline';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { clauseRef, describeClause } from '../../lib/report/describe';
import { createI18n } from '../../lib/report/i18n';
import { placeBeside } from '../../lib/page/card';

const report = (path: string) => {
  const raw = readFileSync(resolve(path), 'utf8');
  return analyze(readInput(raw, detectFormat(path, raw)!), { source: path, baseline: DEFAULT_BASELINE });
};
const clauseWith = (r: ReturnType<typeof report>, words: string) => {
  const i = r.clauses.findIndex((c) => c.text.includes(words));
  if (i < 0) throw new Error(`no clause with "${words}"`);
  return i;
};

describe('clause numbers are the document’s own', () => {
  const bonterms = report('test/fixtures/corpus/dpa/bonterms-dpa.md');
  test.each([
    // A list item under a numbered section carries both.
    ['notify Customer without undue delay and, in any event, not later than the Specified Notice Period', /^5\.2\(b\)$/],
    ['Customer generally authorizes Provider to engage Subprocessors', /^\d+\.\d+\(a\)$/],
    ['If Provider engages in a Restricted Transfer', /^\d+\.\d+\(b\)$/],
  ])('%s → %s', (words, number) => {
    expect(bonterms.clauses[clauseWith(bonterms, words)].number).toMatch(number);
  });

  test('“Article N” and “Clause N” headings are kept as written', () => {
    const cloud = report('test/fixtures/corpus/dpa/cloudtemple-dpa.md');
    expect(cloud.clauses.some((c) => /^Article \d+$/.test(c.number ?? ''))).toBe(true);
  });

  test.each([
    [{ number: '7.1', heading: '7. Sub-processors' }, 'Clause 7.1 · Sub-processors'],
    [{ number: '§ 7', heading: null }, '§ 7'],
    [{ number: 'Clause 9', heading: 'Clause 9 Governing law' }, 'Clause 9 · Governing law'],
    [{ number: null, heading: 'Data retention' }, 'Data retention'],
    [{ number: '(x)', heading: null }, 'item (x)'],
    [{ number: null, heading: null }, null],
  ])('clauseRef(%o) is %s', (clause, expected) => {
    expect(clauseRef(clause)).toBe(expected);
  });

  // The word for a bare number is the reader's; a number the document words itself stays as written.
  test.each([
    ['sv', { number: '14.3', heading: '14. Skadestånd och ansvarsbegränsning' }, 'Punkt 14.3 · Skadestånd och ansvarsbegränsning'],
    ['sv', { number: '(a)', heading: null }, 'led (a)'],
    ['de', { number: '7.1', heading: '7. Unterauftragsverarbeiter' }, 'Ziffer 7.1 · Unterauftragsverarbeiter'],
    ['de', { number: '§ 7', heading: null }, '§ 7'],
  ] as const)('in %s, clauseRef(%o) is %s', (locale, clause, expected) => {
    expect(clauseRef(clause, createI18n(locale))).toBe(expected);
  });
});

describe('the card', () => {
  const connectel = report('test/fixtures/seeds/connectel-dpa.txt');
  test('a clause that falls short: the term, the baseline’s expectation, the deviation and why it matters', () => {
    const breach = connectel.deviations.find((d) => d.rule === 'breach-notice-max-hours')!;
    const card = describeClause(connectel, breach.clause!, DEFAULT_BASELINE);
    expect(card.ref).toMatch(/^Clause 3\.1\(x\)/);
    expect(card.terms).toEqual([{ text: 'Breach notice: 72 hours (without undue delay)', expected: 'at most 48 hours', meets: false }]);
    expect(card.deviations[0].text).toBe('Breach notice: 72 hours (your baseline: at most 48 hours)');
    expect(card.deviations[0].why).toMatch(/GDPR Art\. 33/);
    expect(card.reasons[0]).toMatch(/^Breach notification: /);
  });

  test('a clause that meets the baseline says so, with the expectation', () => {
    const frostmoln = report('test/fixtures/seeds/frostmoln-dpa.txt');
    const at = frostmoln.terms.breachNotice!;
    const index = frostmoln.clauses.findIndex((c) => c.start <= at.start && at.start < c.end);
    const card = describeClause(frostmoln, index, DEFAULT_BASELINE);
    expect(card.terms.find((t) => t.text.startsWith('Breach notice'))).toMatchObject({ expected: 'at most 48 hours', meets: true });
    expect(card.deviations).toEqual([]);
  });
});

describe('the card sits beside the clause', () => {
  const view = { width: 1200, height: 800 };
  const card = { width: 360, height: 200 };
  const overlaps = (a: { left: number; top: number; right: number; bottom: number }, at: { left: number; top: number }) =>
    at.left < a.right && at.left + card.width > a.left && at.top < a.bottom && at.top + card.height > a.top;
  test.each([
    ['a narrow column on the left: to its right', { left: 40, top: 300, right: 600, bottom: 360 }],
    ['a column on the right: to its left', { left: 700, top: 300, right: 1180, bottom: 360 }],
    ['a full-width clause: below it', { left: 10, top: 100, right: 1190, bottom: 160 }],
    ['a full-width clause at the bottom: above it', { left: 10, top: 700, right: 1190, bottom: 760 }],
  ])('%s', (_name, clause) => {
    const at = placeBeside(clause, card, view.width, view.height);
    expect(overlaps(clause, at)).toBe(false);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.left + card.width).toBeLessThanOrEqual(view.width);
    expect(at.top + card.height).toBeLessThanOrEqual(view.height);
  });
});
