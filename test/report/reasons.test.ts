// Why a key term was read so, in the reader's language: the rule's catalog entry with the values the engine
// named (Reason.args), from a Swedish PUB-avtal written for the tests (test/fixtures/written/, no permissively licensed one
// being in the corpus yet); the engine's English where no entry can hold them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { reasonWords, termLines } from '../../lib/report/format';
import { createI18n } from '../../lib/report/i18n';

const path = 'test/fixtures/written/pub-avtal.sv.md';
const report = analyze(readInput(readFileSync(path, 'utf8'), 'markdown'), { source: path });
const why = (locale: 'en' | 'sv' | 'de') => Object.fromEntries(termLines(report, createI18n(locale)).map((l) => [l.key, l.why]));

describe('term reasons', () => {
  test('in Swedish, with the numbers, the country and the mechanisms in Swedish', () => {
    const sv = why('sv');
    expect(sv.breachNotice).toBe('en frist på "senast inom 24 timmar" för att anmäla en incident');
    expect(sv.deletion).toBe('uppgifterna raderas inom 30 dagar');
    expect(sv.governingLaw).toBe('lagen i Sverige gäller');
    expect(sv.transfers).toContain('standardavtalsklausuler');
    expect(sv.audit).toBe('dokumentet ger rätt till granskning eller inspektion; varsel 14 dagar före en granskning');
  });

  test('in German', () => {
    expect(why('de').governingLaw).toBe('es gilt das Recht von Schweden');
    expect(why('de').deletion).toBe('Daten werden innerhalb von 30 Tagen gelöscht');
  });

  test('in English the engine\'s own words, unchanged', () => {
    expect(why('en').breachNotice).toBe('a deadline of "senast inom 24 timmar" for notifying a breach');
    expect(why('en').deletion).toBe('data deleted within 30 days');
  });

  test('a rule with no entry, or an entry whose values are missing, falls back to the English reason', () => {
    const sv = createI18n('sv');
    expect(reasonWords({ rule: 'breach-unclear', reason: 'another clause states 48 hours' }, sv)).toBe('another clause states 48 hours');
    expect(reasonWords({ rule: 'deletion-deadline', reason: 'data deleted within 30 days' }, sv)).toBe('data deleted within 30 days');
    expect(reasonWords({ reason: 'no rule named' }, sv)).toBe('no rule named');
  });
});
