// The Markdown summary (copied or downloaded): quotes as blockquotes, cut at word boundaries, page text escaped.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { vendorName } from '../../lib/report/format';
import { cutAtWord, markdownSummary, summaryFileName } from '../../lib/report/summary';
import { readInput } from '../../lib/engine/text/input';

const connectel = analyze({ text: readFileSync('test/fixtures/seeds/connectel-dpa.txt', 'utf8'), title: null, hints: null }, { source: 'https://vendor.example/dpa' });
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('markdownSummary', () => {
  test("another layer's governing law is listed under the main one (Logfire's SCCs: Ireland; its UK Addendum: England and Wales)", () => {
    const logfire = analyze(readInput(readFileSync('test/fixtures/corpus/dpa/logfire-scc.md', 'utf8'), 'markdown'), { source: 'https://vendor.example/scc' });
    const lines = markdownSummary(logfire).split('\n');
    const law = lines.findIndex((l) => l.startsWith('- **Governing law:** Ireland'));
    expect(law).toBeGreaterThan(-1);
    expect(lines.slice(law + 1).find((l) => l.startsWith('- ') || l.startsWith('  - '))).toBe('  - UK Addendum: United Kingdom');
  });

  const md = markdownSummary(connectel);
  const quotes = md.split('\n').filter((l) => l.trimStart().startsWith('>'));

  test('every quote is a blockquote of its own, indented under its list item; none is inline', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(connectel.deviations.filter((d) => d.clause !== null).length);
    for (const q of quotes) expect(q.startsWith('  > ')).toBe(true);
    expect(md).not.toMatch(/\. > "/);
    // A blank line before and after each quote, so Markdown renderers keep it out of the item's paragraph.
    const lines = md.split('\n');
    lines.forEach((l, i) => {
      if (l.startsWith('  > ')) expect([lines[i - 1], lines[i + 1] ?? '']).toEqual(['', '']);
    });
  });

  test('a cut quote ends at a word boundary of the source, with an ellipsis', () => {
    const source = flat(connectel.clauses.map((c) => c.text).join(' '));
    const cut = quotes.filter((q) => q.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const q of cut) {
      const text = q.slice(4, -1).replace(/\\([\\`*_[\]<>#|])/g, '$1');
      const at = source.indexOf(text);
      expect(at, text).toBeGreaterThanOrEqual(0);
      // The next source character is not a letter or digit: no word was cut in half.
      expect(source[at + text.length] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
    }
  });

  test('clause numbers name where each deviation and term is', () => {
    expect(md).toContain('(Clause 3.1(x) · Service Provider’s obligations)');
  });

  test('the vendor and the date the document states head the summary, escaped; absent when unknown', () => {
    const named = markdownSummary({ ...connectel, vendor: { name: 'Acme *Cloud*', source: 'document' }, updated: '2024-05-01' });
    expect(named).toContain('- **Vendor:** Acme \\*Cloud\\*\n- **Source:** https://vendor.example/dpa\n- **Last updated:** 2024-05-01 (as the document states)\n');
    expect(markdownSummary({ ...connectel, vendor: null, updated: null })).not.toMatch(/Vendor:|Last updated:/);
  });

  test('page text cannot inject Markdown: emphasis, links and HTML in a title are escaped', () => {
    const hostile = markdownSummary({ ...connectel, title: 'Evil **bold** [link](http://x) <img src=x>' });
    // The bare address goes into a code span, where no renderer autolinks it (issue 17, item 8).
    expect(hostile.split('\n')[0]).toBe('## Evil \\*\\*bold\\*\\* \\[link\\](`http://x)` \\<img src=x\\>');
  });
});

test.each([
  ['a short text is kept whole', 'Notice within 72 hours.', 40, 'Notice within 72 hours.'],
  ['a long one is cut after the last whole word', 'The processor shall notify the controller without undue delay', 30, 'The processor shall notify the…'],
  ['trailing punctuation goes before the ellipsis', 'Sub-processors, affiliates, and agents of the processor', 28, 'Sub-processors, affiliates…'],
  ['one very long word is cut where it must be', 'https://example.com/' + 'a'.repeat(60), 30, 'https://example.com/aaaaaaaaaa…'],
])('cutAtWord: %s', (_name, text, max, expected) => {
  expect(cutAtWord(text, max)).toBe(expected);
});

test.each([
  ['Data Processing Addendum', null, 'data-processing-addendum-clauselens.md'],
  [null, 'https://acme.example/legal/dpa', 'https-acme-example-legal-dpa-clauselens.md'],
  ['Auftragsverarbeitung (AVV) – Müller GmbH', null, 'auftragsverarbeitung-avv-muller-gmbh-clauselens.md'],
])('summaryFileName(%s, %s)', (title, url, expected) => {
  expect(summaryFileName(title, url)).toBe(expected);
});

test.each([
  ['the name the document gives itself', { name: 'Connectel', source: 'document' as const }, 'https://connectel.se/dpa', 'Connectel'],
  ["the site's own name (og:site_name)", { name: 'GitHub', source: 'site' as const }, 'https://docs.github.com/privacy', 'GitHub'],
  ['not a copy of the host the address shows (with a port)', { name: '127.0.0.1', source: 'site' as const }, 'http://127.0.0.1:40413/dpa', null],
  ['not a copy of the host without www.', { name: 'example.com', source: 'site' as const }, 'https://www.example.com/privacy', null],
  ['none when the report has none', null, 'https://example.com/', null],
])('vendorName: %s', (_what, vendor, url, expected) => {
  expect(vendorName({ vendor, source: url }, url)).toBe(expected);
});
