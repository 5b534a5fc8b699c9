// The analyzePage reply carries the page's view of the report (each clause's offsets and categories, the type, the
// number of deviations), not the texts the page sent nor the terms and reasons the popup reads from the background.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { describeClausesOnce } from '../../lib/report/describe';
import { replyFor, type PageAnalysis } from '../../lib/extension/protocol';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const read = (rel: string) => {
  const raw = readFileSync(join(FIXTURES, rel), 'utf8');
  return readInput(raw, detectFormat(rel, raw) ?? 'text');
};
const analysisOf = (report: PageAnalysis['report']): PageAnalysis => ({
  report,
  siteHighlighting: true,
  cards: describeClausesOnce(report),
  saved: { placed: [], reveal: null },
});

describe('the reply to a page', () => {
  test.each(['seeds/infracom-dpa.txt', 'seeds/frostmoln-dpa.txt', 'corpus/dpa/bonterms-dpa.md'])('%s: every clause where it is, in its categories, and little else', (rel) => {
    const plain = read(rel);
    const report = analyze(plain, { source: rel });
    const analysis = analysisOf(report);
    // Sent as JSON, as runtime messaging does.
    const reply = JSON.parse(JSON.stringify(replyFor(analysis)));
    expect(JSON.stringify(reply).length).toBeLessThan(JSON.stringify(analysis).length * 0.7);
    expect(reply.report).toEqual({
      source: report.source,
      docType: report.docType,
      deviations: report.deviations.length,
      clauses: report.clauses.map((c) => ({ start: c.start, end: c.end, categories: c.categories })),
    });
    expect(report.deviations.length + report.clauses.filter((c) => c.categories.length).length).toBeGreaterThan(0);
    // The rest of the analysis goes as it is: the cards (one per clause, same index), saved highlights, changes.
    expect(reply.cards).toEqual(analysis.cards);
    expect(reply.cards).toHaveLength(reply.report.clauses.length);
    expect(reply.saved).toEqual(analysis.saved);
  });
});
