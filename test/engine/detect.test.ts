import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyDocType, scoreDocType } from '../../lib/engine/detect/pagetype';
import type { DocType } from '../../lib/engine/report';
import { CORPUS, cut, detectionCases, readCrudely, readFixture } from '../helpers/read-fixture';

const fixture = (folder: string, name: string) => join(CORPUS, folder, name);

describe('classifyDocType on whole corpus documents', () => {
  const cases: [string, string, DocType][] = (['dpa', 'privacy-policy', 'other'] as const).flatMap((folder) =>
    detectionCases(folder).map(([name, path]): [string, string, DocType] => [`${folder}/${name}`, path, folder]),
  );

  test('the fixture folders are populated', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  test.each(cases)('%s', (_name, path, expected) => {
    const result = classifyDocType(readFixture(path));
    expect(result.docType).toBe(expected);
    expect(result.confidence).toBeGreaterThan(0.6);
    expect(result.why.length).toBeGreaterThan(0);
  });

  // EMBL's click-through DPA says "these Terms" of itself; only its own name ("Data Processing Terms & Conditions")
  // tells that this is no terms of service, so without its headings it reads as other. Weblate's calls itself "this
  // Agreement" between "the Supplier" and "the Client" and translates the German template's "Einsatz" as "employment of
  // disk mirroring"; without its title and headings the employment words outweigh its Art. 28 citations.
  const TITLE_DEPENDENT = new Set(['dpa/embl-dpa.md', 'dpa/weblate-dpa.html']);
  test.each(cases.filter(([name]) => !TITLE_DEPENDENT.has(String(name))))('%s without a title', (_name, path, expected) => {
    const input = readFixture(path);
    expect(classifyDocType({ ...input, title: null, headings: [] }).docType).toBe(expected);
  });

  // The seeds are the product owner's documents; classify them when the project has them.
  const seedDir = join(CORPUS, '..', 'seeds');
  const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];
  test.runIf(seeds.length > 0).each(seeds.map((f) => [f]))('seed %s', (f) => {
    const expected: DocType = f.includes('privacy') ? 'privacy-policy' : 'dpa';
    expect(classifyDocType(readFixture(join(seedDir, f))).docType).toBe(expected);
  });
});

describe('classifyDocType on sections cut from real documents', () => {
  // [case, file, from, to, expected]
  const sections: [string, string, string, string | null, DocType][] = [
    [
      'a ToS section titled "Data Processing Agreement" that only points to a DPA',
      fixture('other', 'wordpress-com-terms.md'),
      '19\\. Data Processing Agreement',
      '20\\. Translation',
      'other',
    ],
    [
      'a ToS section on uptime, security and privacy',
      fixture('other', '37signals-terms.md'),
      '## Uptime, Security, and Privacy',
      '## Copyright and Content Ownership',
      'other',
    ],
    [
      'a handbook section explaining what a DPA is',
      fixture('other', 'utrecht-handbook-data-sharing.md'),
      '### Data processing agreement',
      '### Data Transfer Agreement',
      'other',
    ],
    [
      'a handbook section explaining third-country transfers',
      fixture('other', 'utrecht-handbook-data-sharing.md'),
      '## Third-country transfers',
      '## Data Transfer Impact Assessment',
      'other',
    ],
    [
      'a security-response page promising an answer "within 72 hours"',
      fixture('other', '37signals-security-response.md'),
      '# Security response',
      '## Thanks for working with us',
      'other',
    ],
    [
      'the opening of a PDF-extracted DPA',
      fixture('dpa', '37signals-dpa.pdf.txt'),
      '37SIGNALS DATA PROCESSING ADDENDUM',
      '2. PROCESSING OF PERSONAL DATA',
      'dpa',
    ],
    [
      'the Standard Contractual Clauses embedded in a DPA, alone',
      fixture('dpa', 'github-dpa.md'),
      '#### SECTION II',
      '#### SECTION III',
      'dpa',
    ],
    [
      'the rights section of a privacy statement',
      fixture('privacy-policy', 'github-privacy-statement.md'),
      '## Your Privacy Rights',
      '## International data transfers',
      'privacy-policy',
    ],
    [
      'the opening of a German privacy policy',
      fixture('privacy-policy', 'mozilla-pocket_privacy_policy_eu.de.md'),
      '# Datenschutzrichtlinie',
      '## Nutzung von Cookies und Analysedaten',
      'privacy-policy',
    ],
  ];

  test.each(sections)('%s', (_case, path, from, to, expected) => {
    const input = readCrudely(path, cut(path, from, to));
    expect(classifyDocType(input).docType).toBe(expected);
  });
});

describe('evidence', () => {
  test('a DPA title is named in why', () => {
    const input = readFixture(fixture('dpa', 'github-dpa.md'));
    const result = classifyDocType(input);
    expect(result.why.map((w) => w.rule)).toContain('title-dpa');
    expect(result.why.find((w) => w.rule === 'title-dpa')?.reason).toContain('GitHub Data Protection Agreement');
  });

  test('a title alone does not make a DPA: the body must back it', () => {
    const path = fixture('other', 'wordpress-com-terms.md');
    const input = readCrudely(path, cut(path, '19\\. Data Processing Agreement', '20\\. Translation'));
    expect(input.title).toMatch(/Data Processing Agreement/);
    const { contributions } = scoreDocType(input);
    const title = contributions.find((c) => c.rule === 'title-dpa');
    // A full title cue is worth 6 points; backed by one stray "processor" it keeps a quarter.
    expect(title?.points).toBeLessThan(2);
    expect(title?.reason).toContain('the body reads little like one');
  });

  test('an explainer wins on advice and audience vocabulary, not on its title', () => {
    const result = classifyDocType(readFixture(fixture('other', 'utrecht-handbook-data-sharing.md')));
    expect(result.docType).toBe('other');
    expect(result.why.map((w) => w.rule)).toEqual(expect.arrayContaining(['explainer-advice']));
  });

  test('confidence is lower for a short, mixed section than for a whole policy', () => {
    const whole = classifyDocType(readFixture(fixture('privacy-policy', 'mozilla-pocket_privacy_policy_eu.md')));
    const path = fixture('other', '37signals-terms.md');
    const section = classifyDocType(readCrudely(path, cut(path, '## Uptime, Security, and Privacy', '## Copyright')));
    expect(whole.confidence).toBeGreaterThan(section.confidence);
  });

  test('an empty page is other', () => {
    expect(classifyDocType({ text: '', title: null, headings: [] }).docType).toBe('other');
  });
});
