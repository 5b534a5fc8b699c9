// What changed between two versions, in the reader's language: the comparison view's term labels, values and
// change lines (lib/report/changes.ts) in English, Swedish and German, on an edited copy of a Swedish
// PUB-avtal written for the tests (test/fixtures/written/pub-avtal.sv.md; no permissively licensed one is in the corpus yet).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { compareVersions, versionBlocks, type VersionSide } from '../../lib/engine/compare';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { clauseCountsText, comparisonLines, tableCsv, tableMarkdown, tableRow, termValueText } from '../../lib/report/changes';
import { createI18n, EN } from '../../lib/report/i18n';

const path = join(__dirname, '..', 'fixtures', 'written', 'pub-avtal.sv.md');
const before = readFileSync(path, 'utf8');
// The vendor's next version: a 72-hour breach notice instead of 24, 14 days' sub-processor notice instead of 30.
const after = before.replace('senast inom 24 timmar', 'senast inom 72 timmar').replace('minst 30 dagar innan', 'minst 14 dagar innan');

function side(raw: string): VersionSide {
  const { report, doc } = analyzeText(readInput(raw, detectFormat(path, raw) ?? 'text'));
  return { blocks: versionBlocks(doc), terms: report.terms, deviations: report.deviations };
}
const comparison = compareVersions(side(before), side(after));

describe('change lines in the reader language', () => {
  test('the edit is seen', () => {
    expect(comparison.changed).toBe(true);
    expect(comparison.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['breachNotice.maxHours', 'subprocessors.noticeDays']));
  });
  test.each([
    ['en', 'Breach notice: 24 hours → 72 hours', 'Sub-processor notice: 30 days → 14 days', 'New deviation: Breach notice', 'Clauses: '],
    ['sv', 'Anmälan av personuppgiftsincident: 24 timmar → 72 timmar', 'Besked om underbiträden: 30 dagar → 14 dagar', 'Ny avvikelse: ', 'Klausuler: '],
    ['de', 'Meldung von Datenschutzverletzungen: 24 Stunden → 72 Stunden', 'Ankündigung von Unterauftragsverarbeitern: 30 Tage → 14 Tage', 'Neue Abweichung: ', 'Klauseln: '],
  ] as const)('%s', (locale, breach, notice, deviation, clauses) => {
    const lines = comparisonLines(comparison, createI18n(locale));
    expect(lines).toContain(breach);
    expect(lines).toContain(notice);
    expect(lines.some((l) => l.startsWith(deviation))).toBe(true);
    expect(lines.at(-1)!.startsWith(clauses)).toBe(true);
    expect(comparisonLines(comparison, createI18n(locale), { clauses: false }).some((l) => l.startsWith(clauses))).toBe(false);
  });
  test('English is the default, as the CLI prints it', () => {
    expect(comparisonLines(comparison)).toEqual(comparisonLines(comparison, EN));
    expect(clauseCountsText({ added: 0, removed: 0, changed: 0, moved: 0, changes: [] } as never)).toBe('Clauses: none added, removed or changed');
  });
});

describe('term values in words', () => {
  test.each([
    ['breachNotice.qualifier', 'without-undue-delay', 'without undue delay', 'utan onödigt dröjsmål', 'unverzüglich'],
    ['transfers.outsideEEA', 'no', 'EU/EEA only', 'endast inom EU/EES', 'nur EU/EWR'],
    ['transfers.mechanisms', ['scc', 'adequacy'], 'SCCs, adequacy', 'standardavtalsklausuler, adekvansbeslut', 'Standardvertragsklauseln, Angemessenheitsbeschluss'],
    ['liability.capped', true, 'capped', 'begränsat', 'begrenzt'],
    ['governingLaw.country', 'Germany', 'Germany', 'Tyskland', 'Deutschland'],
    ['retention', [], 'none', 'ingen', 'keine'],
  ] as const)('%s %j', (term, value, en, sv, de) => {
    expect(termValueText(term, value as never)).toBe(en);
    expect(termValueText(term, value as never, createI18n('sv'))).toBe(sv);
    expect(termValueText(term, value as never, createI18n('de'))).toBe(de);
  });
});

describe('the comparison table and its exports in the reader language', () => {
  const { report } = analyzeText(readInput(before, detectFormat(path, before) ?? 'text'));
  const sv = createI18n('sv');
  const row = tableRow(report, 'Leverantören', '2026-12-02', '', sv);
  test('row values and type in Swedish', () => {
    expect(row.type).toBe('Personuppgiftsbiträdesavtal');
    expect(row.cells.breachNotice.value).toContain('24 timmar');
    expect(row.cells.governingLaw.value).toBe('Sverige');
  });
  test('CSV and Markdown headers from the catalog; English stays the default', () => {
    expect(tableCsv([row], sv).split('\r\n')[0]).toBe(
      ['Leverantör', 'Typ', 'Läst', 'Senast uppdaterad', 'Personuppgiftsincident', 'Underbiträden', 'Radering', 'Lagringstid', 'Tredjelandsöverföring', 'Revision', 'Ansvar', 'Tillämplig lag', 'Svar till registrerade', 'Avvikelser', 'Källa'].map((h) => `"${h}"`).join(','),
    );
    expect(tableMarkdown([row], sv).split('\n')[0]).toMatch(/^\| Leverantör \| Typ \|/);
    expect(tableCsv([tableRow(report, 'Leverantören')]).split('\r\n')[0]).toMatch(/^"Vendor","Type","Date read",/);
  });
});
