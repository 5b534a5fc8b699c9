// The analyzePage reply leaves out the clauses' texts the page already has; the page gets the same report back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { analysisFrom, replyFor, type PageAnalysis } from '../../lib/extension/protocol';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (rel: string) => {
  const raw = readFileSync(join(FIXTURES, rel), 'utf8');
  return readInput(raw, detectFormat(rel, raw) ?? 'text');
};
const analysisOf = (text: string, report: PageAnalysis['report']): PageAnalysis => ({
  report,
  siteHighlighting: true,
  cards: report.clauses.map(() => null),
  saved: { placed: [], reveal: null },
  changed: [],
});

describe('the reply to a page', () => {
  test.each(['seeds/infracom-dpa.txt', 'seeds/frostmoln-dpa.txt', 'corpus/dpa/bonterms-dpa.md'])('%s: the page rebuilds the very report', (rel) => {
    const plain = read(rel);
    const report = analyze(plain, { source: rel });
    const reply = replyFor(analysisOf(plain.text, report), plain.text);
    // Sent as JSON, as runtime messaging does.
    const sent = JSON.stringify(reply);
    expect(sent.length).toBeLessThan(JSON.stringify(analysisOf(plain.text, report)).length * 0.8);
    expect(reply.report.clauses.every((c) => c.text === undefined)).toBe(true);
    expect(analysisFrom(JSON.parse(sent), plain.text).report).toEqual(report);
  });

  test('a clause whose text is not the slice of the page text keeps it', () => {
    const text = 'The Processor shall notify the Controller within 48 hours.';
    const report = analyze({ text, title: null, hints: null }, { force: true });
    const edited = { ...report, clauses: [{ categories: [], start: 0, end: 13, heading: null, text: 'The  Processor', why: [] }] };
    const reply = replyFor(analysisOf(text, edited), text);
    expect(reply.report.clauses[0].text).toBe('The  Processor');
    expect(analysisFrom(reply, text).report).toEqual(edited);
  });
});
