// Know what was read: the language of the text, how much of it was read, and no terms or deviations
// claimed from a language ClauseLens has no vocabulary for. Sentences are from the corpus fixtures; the Swedish DPA
// ones from test/fixtures/written/pub-avtal.sv.md, a PUB-avtal written for the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, SUPPORTED_LANGUAGES } from '../../lib/engine/analyze';
import { detectLanguage } from '../../lib/engine/detect/language';
import { readInput } from '../../lib/engine/text/input';
import { readHtml } from '../../lib/engine/text/html';
import { readingProblem } from '../../lib/report/reading';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

const fixture = (path: string) => readFileSync(join(FIXTURES, 'corpus', path), 'utf8');

describe('the language is read from the text itself', () => {
  test.each([
    ['sv', 'Personuppgiftsbiträdet ska underrätta den Personuppgiftsansvarige utan onödigt dröjsmål, och senast inom 24 timmar, efter att ha fått kännedom om en personuppgiftsincident.'],
    ['de', 'Der Auftragnehmer teilt dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich mit. Auch begründete Verdachtsfälle hierauf sind mitzuteilen.'],
    ['en', 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.'],
  ])('%s', (language, sentence) => {
    expect(detectLanguage(sentence).language).toBe(language);
  });

  test.each([
    ['sv', 'privacy-policy/vibecoding-privacy.sv.md'],
    ['sv', 'privacy-policy/dearmep-privacy.sv.md'],
    ['sv', 'privacy-policy/eusurvey-privacy.sv.html'],
    ['de', 'dpa/fortrabbit-dpa.de.md'],
    ['de', 'privacy-policy/datenanfragen-privacy.de.md'],
    ['de', 'privacy-policy/mozilla-pocket_privacy_policy_eu.de.md'],
    ['fr', 'privacy-policy/mozilla-privacy-policy.fr.md'],
    ['es', 'privacy-policy/mozilla-privacy-policy.es.md'],
    ['en', 'dpa/github-dpa.md'],
  ])('%s: %s', (language, path) => {
    expect(detectLanguage(fixture(path)).language).toBe(language);
  });

  test('English menus, cookie banner and footer do not outvote a Swedish body', () => {
    const body = fixture('privacy-policy/vibecoding-privacy.sv.md');
    const chrome = [
      'Home | Products | Pricing | About us | Contact | Log in',
      'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept all | Manage settings',
      'Copyright 2024. All rights reserved. Privacy | Terms | Status | Careers | Blog | Support',
    ].join('\n\n');
    expect(detectLanguage(`${chrome}\n\n${body.slice(0, 4000)}\n\n${chrome}`).language).toBe('sv');
  });

  test('English is read, and so are Swedish and German; nothing else is', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['de', 'en', 'sv']);
  });
});

describe('a language ClauseLens does not read claims nothing', () => {
  test.each([
    ['fr', 'French', 'privacy-policy/mozilla-privacy-policy.fr.md'],
    ['es', 'Spanish', 'privacy-policy/mozilla-privacy-policy.es.md'],
  ])('%s', (language, name, path) => {
    const report = analyze(readInput(fixture(path), 'markdown'), { source: path });
    expect(report.language).toBe(language);
    // The title still says what it is.
    expect(report.docType).toBe('privacy-policy');
    expect(report.clauses).toEqual([]);
    expect(report.deviations).toEqual([]);
    expect(Object.values(report.terms).every((t) => t === null || (Array.isArray(t) && !t.length))).toBe(true);
    // Forcing the analysis does not make the rules read French.
    expect(analyze(readInput(fixture(path), 'markdown'), { force: true }).deviations).toEqual([]);
    const problem = readingProblem(report);
    expect(problem?.kind).toBe('language');
    expect(problem?.title).toBe(`ClauseLens reads English, Swedish and German; this page is in ${name}.`);
  });

  test('Swedish and German documents are read and judged', () => {
    // A Swedish PUB-avtal written for the tests (no permissively licensed one is in the corpus yet) and a real German AVV.
    for (const path of ['../written/pub-avtal.sv.md', 'dpa/fortrabbit-dpa.de.md']) {
      const report = analyze(readInput(fixture(path), 'markdown'));
      expect(report.docType, path).toBe('dpa');
      expect(report.clauses.length, path).toBeGreaterThan(10);
      expect(readingProblem(report), path).toBeNull();
    }
  });
});

describe('coverage: what was read against what the source had', () => {
  const para = (i: number) => `<p>Paragraph ${i} of the agreement: the Processor shall process personal data only on documented instructions from the Controller, and shall keep records of every processing activity it carries out on the Controller's behalf.</p>`;
  const long = Array.from({ length: 40 }, (_, i) => para(i)).join('\n');

  test('a <main> that wraps one line of a long page is not the page', () => {
    const plain = readHtml(`<html><body><header><main><h1>Data Processing Agreement</h1></main></header>${long}</body></html>`);
    expect(plain.text).toContain('Paragraph 39 of the agreement');
    const report = analyze(plain);
    expect(report.coverage.read).toBe(report.coverage.available);
  });

  test('a <main> that holds most of the page is read, and the rest is counted as available', () => {
    const plain = readHtml(`<html><body><nav>Home</nav><div>Site banner with a few words of chrome around it.</div><main>${long}</main><footer>Footer text, contact and links.</footer></body></html>`);
    expect(plain.text).not.toContain('Site banner');
    const report = analyze(plain);
    expect(report.coverage.read).toBe(plain.text.length);
    expect(report.coverage.available).toBeGreaterThan(report.coverage.read);
  });

  test('a page read in part, or one with too little text, is not judged', () => {
    const seed = readFileSync(join(FIXTURES, 'seeds', 'frostmoln-dpa.txt'), 'utf8');
    const whole = analyze(readInput(seed, 'text'));
    expect(readingProblem(whole)).toBeNull();
    const part = analyze({ ...readInput(seed, 'text'), available: seed.length * 4 });
    expect(part.coverage).toEqual({ read: part.coverage.read, available: seed.length * 4 });
    expect(readingProblem(part)?.kind).toBe('partial');
    const line = analyze({ text: 'The Processor shall notify the Controller of a personal data breach within 24 hours.', title: null, hints: null }, { force: true });
    expect(readingProblem(line)?.kind).toBe('too-little');
  });
});
