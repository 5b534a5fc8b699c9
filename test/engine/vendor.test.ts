// Who a document is from, read from real documents of the corpus: the processor of a DPA, the "we" of a policy,
// else the site's name. The table is what a reviewer would file each document under.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { readHtml } from '../../lib/engine/text/html';
import { buildDoc } from '../../lib/engine/text/structure';
import { documentVendor, findVendor, siteName } from '../../lib/engine/vendor';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const docOf = (file: string) => {
  const raw = readFileSync(join(CORPUS, file), 'utf8');
  return buildDoc(readInput(raw, detectFormat(file, raw)!));
};

describe('the vendor a document names', () => {
  test.each([
    // Titled "Data Processing Addendum/Agreement" only: the parties clause or the processor's definition names them.
    ['dpa/tailscale-dpa.md', 'Tailscale'],
    ['dpa/markprompt-dpa.md', 'Markprompt'],
    ['dpa/spacelift-dpa.md', 'Spacelift'],
    ['dpa/whereby-dpa.md', 'Whereby'],
    ['dpa/travis-ci-dpa.md', 'Travis-CI'],
    ['dpa/zitadel-dpa.md', 'CAOS'],
    // The title leads with the name; the body's spelling wins over the title's capitals.
    ['dpa/37signals-dpa.pdf.txt', '37signals'],
    ['dpa/github-dpa.md', 'GitHub'],
    ['dpa/logfire-dpa.md', 'Logfire'],
    ['dpa/parkhub-dpa.de.md', 'ParkHub'],
    ['privacy-policy/hashicorp-vmware-plugin-privacy.md', 'HashiCorp'],
    ['privacy-policy/github-privacy-statement.md', 'GitHub'],
    ['privacy-policy/mozilla-mozilla_privacy_policy.md', 'Mozilla'],
    // "At Automattic, we ...".
    ['privacy-policy/automattic-privacy.md', 'Automattic'],
  ])('%s: %s', (file, name) => {
    const type = file.startsWith('dpa/') ? 'dpa' : 'privacy-policy';
    expect(documentVendor(docOf(file), type)).toBe(name);
  });

  test.each([
    // Templates and documents that name no company: no guess (the site's name stands in on a page).
    ['dpa/handbookgenerator-dpa.de.md', 'dpa'],
    ['dpa/cloudtemple-dpa.md', 'dpa'],
    ['dpa/commonpaper-dpa.md', 'dpa'],
    ['privacy-policy/mozilla-websites_privacy_notice.md', 'privacy-policy'],
    ['privacy-policy/contraption-recruitment.md', 'privacy-policy'],
  ] as const)('%s names no vendor: role words, document parts and third parties are no one\'s name', (file, type) => {
    expect(documentVendor(docOf(file), type)).toBeNull();
  });
});

describe('the site name stands in', () => {
  test('og:site_name first, else the host without www., nothing for a file', () => {
    expect(siteName('https://www.example.com/legal/dpa', 'Example Cloud')).toBe('Example Cloud');
    expect(siteName('https://www.example.com/legal/dpa')).toBe('example.com');
    expect(siteName('test/fixtures/corpus/dpa/x.md')).toBeNull();
  });

  test('a document that names no one is filed under its site', () => {
    const doc = docOf('dpa/commonpaper-dpa.md');
    expect(findVendor(doc, 'dpa', 'https://commonpaper.com/standards/dpa/', null)).toEqual({ name: 'commonpaper.com', source: 'site' });
    expect(findVendor(docOf('dpa/tailscale-dpa.md'), 'dpa', 'https://tailscale.com/dpa', 'Tailscale Inc.')).toEqual({ name: 'Tailscale', source: 'document' });
  });

  test('the HTML reader passes og:site_name to the report', () => {
    const html = '<html><head><title>Data Processing Addendum</title><meta property="og:site_name" content="Acme Cloud"></head><body><h1>Data Processing Addendum</h1><p>The processor shall notify the controller of a personal data breach within 48 hours.</p></body></html>';
    expect(readHtml(html).siteName).toBe('Acme Cloud');
    const report = analyze(readHtml(html), { force: true });
    expect(report.vendor).toEqual({ name: 'Acme Cloud', source: 'site' });
  });
});

describe('the report', () => {
  test('carries the vendor and the stated "last updated" date', () => {
    const raw = readFileSync(join(CORPUS, 'dpa/tailscale-dpa.md'), 'utf8');
    const report = analyze(readInput(raw, 'markdown'), { source: 'https://tailscale.com/dpa' });
    expect(report.vendor).toEqual({ name: 'Tailscale', source: 'document' });
    expect(report.updated).toBe('2025-06-30');
  });

  test('a document that states no date has updated: null', () => {
    const raw = readFileSync(join(CORPUS, 'dpa/zitadel-dpa.md'), 'utf8');
    expect(analyze(readInput(raw, 'markdown')).updated).toBeNull();
  });
});
