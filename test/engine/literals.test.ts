// The literal pre-scan of tagging (lib/engine/tag/literals.ts) and the .test() twins (tester.ts):
// a pattern is skipped only when it cannot match, and a twin answers as its original does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORY_RULES } from '../../lib/engine/tag/rules';
import { literalTable, LiteralFilter, patternKey, requiredLiterals } from '../../lib/engine/tag/literals';
import { tester, testSource } from '../../lib/engine/tag/tester';
import { buildDoc } from '../../lib/engine/text/structure';

describe('requiredLiterals', () => {
  test.each([
    [/\b(?:audit|inspection)/, ['audit', 'inspecti']],
    [/\bnotif\w*[^.]{0,200}\b(?:breach|incident)/, ['breach', 'incident']],
    [/personuppgiftsincident\w*\b/, ['personup']],
    [/(?<=ü)berprüfen/, ['berprüfe']],
    [/\bsub-?processors?\b/, ['sub-proc', 'subproce']],
    [/[sz]ed data/, ['sed data', 'zed data']],
    [/\w+ data|breach/, [" data", "breach"]],
    [/\bdata (?:subject|controller)s?/, ['data sub', 'data con']],
  ])('%s needs one of %j', (re, literals) => {
    expect(requiredLiterals(re)?.sort()).toEqual([...literals].sort());
  });

  test.each([
    [/[a-z]/],
    [/\b(?:eu|eea)\b/],
    [/\w+|breach/],
    [/(?:breach)?/],
    [/[^.]{0,40}/],
    [/breach/i],
    [/(a)\1/],
  ])('%s has no literal worth scanning for', (re) => {
    expect(requiredLiterals(re)).toBeNull();
  });
});

describe('testSource', () => {
  test.each([
    [String.raw`\bsupervisory authorit|\bdata protection authorit|\baufsichtsbehörde`, String.raw`\b(?:supervisory authorit|data protection authorit|aufsichtsbehörde)`],
    [String.raw`(?:\brättslig grund|(?<=ä)ndamål|\bsyfte)`, String.raw`\b(?:rättslig grund|syfte)|ändamål`],
    [String.raw`\bnotif\w*`, String.raw`\bnotif\w*`],
    [String.raw`(?:a)|(?:b)`, String.raw`(?:a)|(?:b)`],
  ])('%s → %s', (source, twin) => {
    expect(testSource(source)).toBe(twin);
  });
});

// Every sentence of the fixture documents, as tagging reads them.
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [join(dir, e.name)] : []));
const sentences = ['seeds', 'corpus'].flatMap((d) => walk(join(fixtures, d))).flatMap((f) => {
  const doc = buildDoc({ text: readFileSync(f, 'utf8'), title: null, hints: null });
  return doc.sentences.map((s) => doc.norm.slice(s.start, s.end).replace(/\s+/g, ' '));
});
const patterns = [
  ...new Set(
    CATEGORY_RULES.flatMap((c) => [
      ...[...c.cue, ...(c.veto ?? []), ...(c.policy?.cue ?? []), ...(c.policy?.veto ?? [])].flatMap((r) => (r.unless ? [r.re, r.unless] : [r.re])),
      ...(c.weak ? [c.weak] : []),
      ...(c.policy?.weak ? [c.policy.weak] : []),
    ]),
  ),
];

describe('on every sentence of the fixtures, with every tagging pattern', () => {
  test('a twin matches where its original does', () => {
    const differ = patterns.flatMap((re) => sentences.filter((s) => tester(re).test(s) !== re.test(s)).map((s) => `${re.source.slice(0, 60)} | ${s.slice(0, 80)}`));
    expect(differ).toEqual([]);
  });

  test('the filter skips a pattern only where it does not match, and skips most', () => {
    const filter = new LiteralFilter(patterns);
    let skipped = 0;
    const wrong: string[] = [];
    for (const s of sentences) {
      filter.read(s);
      for (const re of patterns) {
        if (filter.may(re)) continue;
        skipped++;
        if (re.test(s)) wrong.push(`${re.source.slice(0, 60)} | ${s.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(0.5 * sentences.length * patterns.length);
  });
});

describe('requiredLiterals with the u flag', () => {
  test('\\p{…} is a class, not the letter p', () => {
    expect(requiredLiterals(/(?<![\p{L}\p{N}])(?:once|every) year/u)?.sort()).toEqual(['every ye', 'once yea']);
    expect(requiredLiterals(/(?<![\p{L}\p{N}])(?:once|every)\s+year/u)).toEqual(['year']);
    expect(requiredLiterals(/\p{L}+ data/u)).toEqual([' data']);
    expect(requiredLiterals(/\p{L}{3,}/u)).toBeNull();
  });
});

describe('a literal table read before', () => {
  const patterns = [/\bsub-?processors?\b/, /\bbreach\b[^.]{0,40}\bnotif/, /\b(?:within|no later than) \d+ hours\b/, /[a-z]+@[a-z]+/];
  const sentences = ['The processor shall notify any breach within 48 hours.', 'Sub-processors are listed.', 'Write to privacy@example.com.', 'Nothing here.'];
  const answers = (f: LiteralFilter) => sentences.map((s) => (f.read(s), patterns.map((re) => f.may(re))));
  test('gives the same answers as reading the patterns now', () =>
    expect(answers(new LiteralFilter(patterns, literalTable(patterns)))).toEqual(answers(new LiteralFilter(patterns))));
  test('a pattern missing from the table is read now', () => {
    const table = literalTable(patterns.slice(0, 2));
    expect(answers(new LiteralFilter(patterns, table))).toEqual(answers(new LiteralFilter(patterns)));
  });
  test('is keyed by flags and source, so an equal pattern built elsewhere is found', () =>
    expect(literalTable([new RegExp(patterns[0].source)])[patternKey(patterns[0])]).toEqual(requiredLiterals(patterns[0])));
});
