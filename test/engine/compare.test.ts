// Comparing versions: published versions of real policies from their repositories' history
// (test/fixtures/versions/*/expected.json), and edited copies of corpus documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { blockKey, compareVersions, TERM_PATHS, versionBlocks, wordDiff, type Comparison, type VersionSide } from '../../lib/engine/compare';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { statedDate } from '../../lib/engine/text/updated';

const fixtures = join(__dirname, '..', 'fixtures');
const versionsDir = join(fixtures, 'versions');

function side(raw: string, path = 'doc.txt'): VersionSide & { text: string } {
  const { report, doc } = analyzeText(readInput(raw, detectFormat(path, raw) ?? 'text'));
  return { blocks: versionBlocks(doc), terms: report.terms, deviations: report.deviations, text: doc.text };
}

const compareTexts = (a: string, b: string, path = 'doc.txt') => compareVersions(side(a, path), side(b, path));
// Words only: the expected lists give clauses as plain text, without markup (Markdown, Common Form's \\ < > { }).
const plain = (s: string) => blockKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const texts = (c: Comparison, kind: 'added' | 'removed' | 'changed') =>
  c.clauses.changes.filter((x) => x.kind === kind).map((x) => plain((kind === 'added' ? x.after : x.before)!));

interface Expected {
  old: string;
  new: string;
  termChanges: { term: string; before: unknown; after: unknown }[];
  unchangedTerms: Record<string, unknown>;
  deviationChanges: { rule: string; before: string; after: string }[];
  sectionsAdded: string[];
  sectionsRemoved: string[];
  clausesAdded: string[];
  clausesRemoved: string[];
  clausesChanged: { before: string }[];
}

const PATHS = new Set(TERM_PATHS.map(([p]) => p));
const pairs = readdirSync(versionsDir).filter((d) => !d.startsWith('.'));

describe.each(pairs)('published versions: %s', (dir) => {
  const e = JSON.parse(readFileSync(join(versionsDir, dir, 'expected.json'), 'utf8')) as Expected;
  const read = (f: string) => readFileSync(join(versionsDir, dir, f), 'utf8');
  const c = compareTexts(read(e.old), read(e.new), e.old);

  test('every clause the reviewer lists as added, removed or changed is reported so', () => {
    const added = texts(c, 'added');
    const removed = texts(c, 'removed');
    const changed = texts(c, 'changed');
    // The reviewer quotes a clause's first words; a reader may hold it in a larger block (a list read as one paragraph).
    const has = (list: string[], prefix: string) => list.some((t) => t.includes(plain(prefix).slice(0, 30)));
    // A short added line the plain-text reader takes for a heading is reported among the sections added.
    const sectionsAdded = c.sections.added.map(plain);
    for (const a of e.clausesAdded) expect(has(added, a) || has(sectionsAdded, a), `added: ${a}`).toBe(true);
    for (const r of e.clausesRemoved) expect(has(removed, r), `removed: ${r}`).toBe(true);
    // A clause rewritten past recognition may be reported as removed and replaced; it is never reported unchanged.
    for (const x of e.clausesChanged) expect(has(changed, x.before) || has(removed, x.before), `changed: ${x.before}`).toBe(true);
    expect(c.clauses.added).toBe(c.clauses.changes.filter((x) => x.kind === 'added').length);
  });

  test('sections added and removed', () => {
    for (const s of e.sectionsAdded) expect(c.sections.added).toContain(s);
    for (const s of e.sectionsRemoved) expect(c.sections.removed).toContain(s);
  });

  test('terms the reviewer found unchanged are not reported as changed', () => {
    const changed = new Set(c.terms.map((t) => t.term));
    for (const term of Object.keys(e.unchangedTerms).filter((t) => PATHS.has(t))) expect(changed.has(term), term).toBe(false);
  });

  test('deviations that went away are reported; none is invented', () => {
    for (const d of e.deviationChanges) {
      if (d.before === 'present' && d.after === 'absent') expect(c.deviations.removed).toContain(d.rule);
      if (d.before === 'absent' && d.after === 'present') expect(c.deviations.added).toContain(d.rule);
    }
    if (!e.deviationChanges.length && dir !== 'basecamp-privacy-2022') expect([...c.deviations.added, ...c.deviations.removed]).toEqual([]);
  });
});

describe('published versions: the term changes a reviewer reads', () => {
  const pair = (dir: string) => {
    const e = JSON.parse(readFileSync(join(versionsDir, dir, 'expected.json'), 'utf8')) as Expected;
    return compareTexts(readFileSync(join(versionsDir, dir, e.old), 'utf8'), readFileSync(join(versionsDir, dir, e.new), 'utf8'), e.old);
  };

  test('GitHub 2022 → 2023: the Data Privacy Framework joins the SCCs', () => {
    const t = pair('github-privacy-statement').terms.find((x) => x.term === 'transfers.mechanisms')!;
    expect(t.before).toEqual(['scc']);
    expect(t.after).toEqual(expect.arrayContaining(['scc', 'dpf']));
    expect(t.evidence).toMatch(/Data Privacy Framework/);
  });

  test('Automattic 2020 → 2021: the Privacy Shield is gone, and with it the outdated-law deviation', () => {
    const c = pair('automattic-privacy');
    expect(c.terms.find((x) => x.term === 'outdatedLaw.laws')).toMatchObject({ before: ['privacy-shield'], after: null });
    expect(c.deviations.removed).toEqual(['outdated-law']);
    expect(c.sections.added).toEqual(['Change log']);
  });

  test('Basecamp August → October 2020: text edits, no term or deviation change', () => {
    const c = pair('basecamp-privacy-2020');
    expect(c.terms).toEqual([]);
    expect(c.clauses).toMatchObject({ added: 2, removed: 2, changed: 2, moved: 0 });
  });

  test('Basecamp May → July 2022: retention periods change', () => {
    expect(pair('basecamp-privacy-2022').terms.map((t) => t.term)).toContain('retention');
  });
});

// ---- edited copies of a corpus document ----------------------------------------------------

const connectel = readFileSync(join(fixtures, 'seeds', 'connectel-dpa.txt'), 'utf8');
const githubDpa = readFileSync(join(fixtures, 'corpus', 'dpa', 'github-dpa.md'), 'utf8');

function moveSection(text: string, from: string, to: string, before: string): string {
  const a = text.indexOf(from);
  const b = text.indexOf(to, a + 1);
  const section = text.slice(a, b);
  const rest = text.slice(0, a) + text.slice(b);
  const at = rest.indexOf(before);
  return rest.slice(0, at) + section + rest.slice(at);
}

describe('edited copies of the Connectel DPA', () => {
  test('a changed deadline: one clause changed, the term and the deviation follow', () => {
    const edited = connectel.replace('no later than seventy-two (72) hours thereafter', 'no later than forty-eight (48) hours thereafter');
    const after = side(edited);
    const c = compareVersions(side(connectel), after);
    expect(c.terms.map((t) => [t.term, t.before, t.after])).toEqual([['breachNotice.maxHours', 72, 48]]);
    expect(c.deviations).toEqual({ added: [], removed: ['breach-notice-max-hours'], changed: [] });
    expect(c.clauses).toMatchObject({ added: 0, removed: 0, changed: 1, moved: 0 });
    const ch = c.clauses.changes[0];
    expect(ch.wordsRemoved).toEqual(['seventy-two', '72']);
    expect(ch.wordsAdded).toEqual(['forty-eight', '48']);
    // Offsets point into the new version's text: the page marks the changed clause there.
    expect(after.text.slice(ch.start!, ch.end!)).toMatch(/^\(x\) in the event the Service Provider becomes aware/);
  });

  test('an inserted clause: one clause added, nothing else', () => {
    const clause = '(xiii) keep a record of all categories of processing activities carried out on behalf of the Customer;';
    const edited = connectel.replace('(xii) upon the Customer’ request', `${clause}\n\n(xii) upon the Customer’ request`);
    const c = compareTexts(connectel, edited);
    expect(c.clauses).toMatchObject({ added: 1, removed: 0, changed: 0, moved: 0 });
    expect(c.clauses.changes[0]).toMatchObject({ kind: 'added', after: clause });
    expect(c.terms).toEqual([]);
    expect(c.changed).toBe(true);
  });

  test('a removed sub-processor notice: the term goes to none', () => {
    const edited = connectel.replace(/^.*at least 30 \(thirty\) calendar days in advance.*\n/m, '');
    const c = compareTexts(connectel, edited);
    expect(c.terms.find((t) => t.term === 'subprocessors.noticeDays')).toMatchObject({ before: 30, after: null });
    expect(c.clauses).toMatchObject({ removed: 1, added: 0, changed: 0 });
  });

  test('a moved section: its clauses are matched and counted as moved, not as changes', () => {
    const edited = moveSection(connectel, '5. Miscellaneous', '\nSchedule', '2. Customer’s Obligations');
    expect(edited).not.toBe(connectel);
    const c = compareTexts(connectel, edited);
    expect(c.changed).toBe(false);
    expect(c.clauses.added + c.clauses.removed + c.clauses.changed).toBe(0);
    expect(c.clauses.moved).toBeGreaterThan(0);
    expect(c.terms).toEqual([]);
  });

  test('a reflowed paragraph (rewrapped lines, or split in two) is not a change', () => {
    const para = connectel.split('\n').find((l) => l.startsWith('(xi) on termination'))!;
    const rewrapped = para.replace(/(.{60,70}?) /g, '$1\n');
    expect(compareTexts(connectel, connectel.replace(para, rewrapped)).changed).toBe(false);
    const cut = para.indexOf('Unless the Customer');
    const split = `${para.slice(0, cut).trimEnd()}\n\n${para.slice(cut)}`;
    const c = compareTexts(connectel, connectel.replace(para, split));
    expect(c.changed).toBe(false);
    expect(c.clauses).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });

  test('only whitespace changed (double spaces, tabs, no-break spaces, CRLF, trailing blanks): no change', () => {
    const edited = connectel.replace(/ the /g, '  the ').replace(/ of /g, '\u00a0of ').replace(/\n/g, ' \r\n').replace(/Service Provider/g, 'Service\tProvider');
    const c = compareTexts(connectel, edited);
    expect(c.changed).toBe(false);
    expect(c.clauses).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0 });
    expect(c.terms).toEqual([]);
  });
});

describe('edited copies of the GitHub DPA (Markdown)', () => {
  test('emphasis and list renumbering are formatting, not changes', () => {
    const edited = githubDpa.replace(/Personal Data Breach/g, '**Personal Data Breach**').replace(/^(\s*)1\. /gm, '$11) ');
    const c = compareTexts(githubDpa, edited, 'x.md');
    expect(c.clauses).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(c.changed).toBe(false);
  });

  test('an identical version: nothing at all', () => {
    const c = compareTexts(githubDpa, githubDpa, 'x.md');
    expect(c).toMatchObject({ changed: false, terms: [], deviations: { added: [], removed: [], changed: [] }, clauses: { added: 0, removed: 0, changed: 0, moved: 0, changes: [] } });
  });
});

describe('word diff', () => {
  test.each([
    ['We will notify you within 48 hours.', 'We will notify you within 72 hours.', ['48'], ['72']],
    ['at Automattic.', 'at Automattic or one of our subsidiaries.', [], ['or one of our subsidiaries']],
    ['Our addresses are:', 'Our address is:', ['addresses are'], ['address is']],
  ])('%s → %s', (a, b, removed, added) => {
    const d = wordDiff(a, b);
    expect(d.filter((x) => x.op === '-').map((x) => x.text.trim())).toEqual(removed);
    expect(d.filter((x) => x.op === '+').map((x) => x.text.trim())).toEqual(added);
    // The new text is the '=' and '+' runs in order.
    expect(d.filter((x) => x.op !== '-').map((x) => x.text).join('')).toBe(b);
  });
});

describe('the stated date', () => {
  test.each([
    ['Last updated: August 12, 2020\n\nText', '2020-08-12'],
    ['Effective date: December 15, 2022', '2022-12-15'],
    ['updated: 2026-01-29\n\nData Processing Agreement', '2026-01-29'],
    ['Stand: 25.05.2018', '2018-05-25'],
    ['Senast uppdaterad 3 oktober 2026', '2026-10-03'],
    ['Zuletzt aktualisiert am 1. März 2024', '2024-03-01'],
    ['We updated the policy to be clearer.', null],
  ])('%s', (text, iso) => expect(statedDate(text)).toBe(iso));

  test('on the seeds and version pairs', () => {
    expect(statedDate(readFileSync(join(fixtures, 'seeds', 'frostmoln-dpa.txt'), 'utf8'))).toBe('2026-03-18');
    expect(statedDate(readFileSync(join(versionsDir, 'basecamp-privacy-2020', '2020-10-05.md'), 'utf8'))).toBe('2020-10-05');
  });
});
