// The extension's words in English, Swedish and German: the catalogs agree, plural forms and units follow each
// language, and the words of real reports (terms, deviations, summaries, exports) come out in the reader's language.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, reevaluate } from '../../lib/engine/analyze';
import { PRESETS, phraseText } from '../../lib/engine/baseline/baseline';
import { readInput } from '../../lib/engine/text/input';
import type { Report } from '../../lib/engine/report';
import { CATALOGS, LOCALES, createI18n, matchLocale, placeholders, resolveLocale, type MessageKey } from '../../lib/report/i18n';
import { countryName, days, deviationLines, hours, phraseWords, termLines } from '../../lib/report/format';
import { markdownSummary } from '../../lib/report/summary';
import { describeClause } from '../../lib/report/describe';
import { exportCsv, exportMarkdown, type Notebook } from '../../lib/notebook/notebook';

const en = createI18n('en');
const sv = createI18n('sv');
const de = createI18n('de');
const KEYS = Object.keys(CATALOGS.en) as MessageKey[];

function report(path: string): Report {
  const format = path.endsWith('.md') ? 'markdown' : 'text';
  return analyze(readInput(readFileSync(`test/fixtures/${path}`, 'utf8'), format), { source: `https://vendor.example/${path}` });
}

describe('the catalogs', () => {
  test.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key and no other', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...KEYS].sort());
  });

  test.each(['sv', 'de'] as const)('every %s message has the English one’s placeholders and plural forms, and words where English has them', (locale) => {
    const problems: string[] = [];
    for (const key of KEYS) {
      const ref = CATALOGS.en[key];
      const msg = CATALOGS[locale][key];
      if (typeof msg !== typeof ref) problems.push(`${key}: plural forms differ`);
      else if (JSON.stringify(placeholders(msg)) !== JSON.stringify(placeholders(ref))) problems.push(`${key}: {${placeholders(msg)}} vs {${placeholders(ref)}}`);
      else if (typeof ref !== 'string' && typeof msg !== 'string' && JSON.stringify(placeholders(msg.other)) !== JSON.stringify(placeholders(ref.other))) problems.push(`${key}: plural placeholders differ`);
      const text = typeof msg === 'string' ? msg : msg.other;
      const refText = typeof ref === 'string' ? ref : ref.other;
      if ((text.trim().length > 0) !== (refText.trim().length > 0)) problems.push(`${key}: empty where English is not, or the reverse`);
    }
    expect(problems).toEqual([]);
    expect(KEYS.length).toBeGreaterThan(300);
  });

  test('Swedish and German are translations, not copies of the English', () => {
    for (const locale of ['sv', 'de'] as const) {
      const same = KEYS.filter((k) => JSON.stringify(CATALOGS[locale][k]) === JSON.stringify(CATALOGS.en[k]) && JSON.stringify(CATALOGS.en[k]).length > 12);
      // What may stay: the product name, formats such as "{value} ({qualifier})", brand names of frameworks, and
      // German's loanword "Baseline" (as German privacy teams say it) with "in" shared by both languages.
      expect(same.filter((k) => !/^(summary\.baseline|memo\.baseline|options\.title|panel\.count|ext\.name|unit\.monthsInDays|term\.qualified|term\.law\.region|dev\.card|law\.privacy-shield|mechanism\.dpf|csv\.url|options\.active|options\.name|mechanism\.short|dev\.mechanism\.dpf|change\.line)/.test(k))).toEqual([]);
    }
  });

  test('the terms a Swedish or German privacy counsel expects', () => {
    expect(sv.t('popup.deviations')).toBe('Avvikelser från din baslinje');
    expect(sv.t('term.subprocessors')).toBe('Underbiträden');
    expect(sv.t('category.international-transfer')).toBe('Tredjelandsöverföring');
    expect(`${sv.t('term.breachNotice')}: ${sv.t('term.breach.within', { d: hours(24, sv, true) })}`).toBe('Personuppgiftsincident: anmälan inom 24 timmar');
    expect(de.t('popup.deviations')).toBe('Abweichungen von Ihrer Baseline');
    expect(de.t('category.breach-notification')).toBe('Meldung von Datenschutzverletzungen');
    expect(de.t('term.subprocessors')).toBe('Unterauftragsverarbeiter');
    expect(de.t('category.international-transfer')).toBe('Drittlandübermittlung');
  });
});

describe('numbers, units and plural forms', () => {
  test.each([
    ['en', 1, '1 hour', '1 day'], ['en', 24, '24 hours', '24 days'],
    ['sv', 1, '1 timme', '1 dag'], ['sv', 72, '72 timmar', '72 dagar'],
    ['de', 1, '1 Stunde', '1 Tag'], ['de', 72, '72 Stunden', '72 Tage'],
  ] as const)('%s: %i → %s, %s', (locale, n, h, d) => {
    expect(hours(n, createI18n(locale))).toBe(h);
    expect(days(n, createI18n(locale))).toBe(d);
  });

  test('German durations after "innerhalb von" take the dative; months and years are named', () => {
    expect(days(30, de, true)).toBe('30 Tagen');
    expect(days(30, de)).toBe('30 Tage');
    expect(days(60, de, true)).toBe('2 Monaten (60 Tagen)');
    expect(days(730, de, true)).toBe('2 Jahren');
    expect(days(60, sv)).toBe('2 månader (60 dagar)');
    expect(days(365, sv)).toBe('1 år');
    expect(days(1095, en)).toBe('3 years');
  });

  test('lists join with the language’s "or" and "and"', () => {
    expect(sv.or(['a', 'b', 'c'])).toBe('a, b eller c');
    expect(de.and(['a', 'b'])).toBe('a und b');
    expect(en.or(['a'])).toBe('a');
  });

  test('country names are the reader’s', () => {
    expect(countryName('Sweden', sv)).toBe('Sverige');
    expect(countryName('Germany', de)).toBe('Deutschland');
    expect(countryName('United States', de)).toBe('Vereinigte Staaten');
    expect(countryName('United Kingdom', sv)).toBe('Storbritannien');
    expect(countryName('Sweden', en)).toBe('Sweden');
    expect(countryName('Atlantis', de)).toBe('Atlantis');
  });
});

describe('the language shown', () => {
  test.each([
    ['auto', ['sv-SE', 'en-US'], 'sv'],
    ['auto', ['fr-FR', 'de-AT'], 'de'],
    ['auto', ['fr-FR'], 'en'],
    ['auto', [], 'en'],
    ['de', ['sv-SE'], 'de'],
    ['en', ['de-DE'], 'en'],
  ] as const)('setting %s with browser languages %j shows %s', (setting, langs, expected) => {
    expect(resolveLocale(setting, langs)).toBe(expected);
  });

  test('a damaged setting follows the browser', () => {
    expect(resolveLocale('xx' as never, ['de'])).toBe('de');
    expect(matchLocale('SV_se')).toBe('sv');
    expect(matchLocale(undefined)).toBeNull();
  });
});

describe('deviations in every language, from the engine’s phrases', () => {
  const reports = ['seeds/connectel-dpa.txt', 'seeds/frostmoln-dpa.txt', 'seeds/infracom-dpa.txt', 'seeds/cloudmqtt-dpa.txt', 'seeds/infrasec-privacy-policy.txt', 'corpus/dpa/github-dpa.md', 'corpus/dpa/fortrabbit-dpa.de.md', 'written/pub-avtal.sv.md', 'corpus/privacy-policy/vibecoding-privacy.sv.md']
    .map((p) => [p, report(p)] as const);

  test('English words of every phrase are exactly the report’s expected and found, under every preset', () => {
    let n = 0;
    for (const [, r] of reports)
      for (const preset of PRESETS)
        for (const d of reevaluate(r, preset).deviations) {
          expect(phraseWords(d.expectedPhrase!, en)).toBe(d.expected);
          expect(phraseWords(d.foundPhrase!, en)).toBe(d.found);
          expect(phraseText(d.foundPhrase!)).toBe(d.found);
          n++;
        }
    expect(n).toBeGreaterThan(30);
  });

  test.each(['sv', 'de'] as const)('in %s no deviation keeps an English word, and the numbers stay', (locale) => {
    const i18n = createI18n(locale);
    for (const [, r] of reports)
      for (const preset of PRESETS)
        for (const line of deviationLines(reevaluate(r, preset), i18n)) {
          const d = reevaluate(r, preset).deviations.find((x) => x.rule === line.rule)!;
          for (const [ours, english] of [[line.found, d.found], [line.expected, d.expected]]) {
            expect(ours).not.toBe(english);
            expect(ours).not.toMatch(/\b(days?|hours?|within|notice|stated|law of|at least|at most)\b/);
            expect(ours.match(/\d+/g) ?? []).toEqual(english.match(/\d+/g) ?? []);
          }
        }
  });

  test('connectel’s 72-hour breach notice against 48 hours, in Swedish and German', () => {
    const [, connectel] = reports[0];
    const breach = (i18n: typeof sv) => deviationLines(connectel, i18n).find((d) => d.rule === 'breach-notice-max-hours')!;
    expect(breach(sv)).toMatchObject({ title: 'Anmälan av personuppgiftsincident', found: 'anmälan inom 72 timmar', expected: 'anmälan inom högst 48 timmar' });
    expect(breach(sv).summary).toBe('anmälan inom 72 timmar; din baslinje kräver anmälan inom högst 48 timmar');
    expect(breach(de)).toMatchObject({ title: 'Meldung von Datenschutzverletzungen', found: 'Meldung innerhalb von 72 Stunden', expected: 'Meldung innerhalb von höchstens 48 Stunden' });
    expect(breach(de).why).toContain('Art. 33 DSGVO');
  });
});

describe('key terms, the card and the exports in the reader’s language', () => {
  const frostmoln = report('seeds/frostmoln-dpa.txt');

  test('every key term is labelled and worded in Swedish and German, with the same evidence', () => {
    const english = termLines(frostmoln);
    for (const i18n of [sv, de]) {
      const lines = termLines(frostmoln, i18n);
      expect(lines.map((l) => [l.key, l.stated, l.evidence])).toEqual(english.map((l) => [l.key, l.stated, l.evidence]));
      for (const l of lines) {
        expect(l.label).toBe(i18n.t(`term.${l.key}` as MessageKey));
        expect(l.value).not.toMatch(/\b(days|hours|within|notice|not stated|capped)\b/);
      }
    }
    const breach = termLines(frostmoln, sv).find((l) => l.key === 'breachNotice')!;
    expect(breach.value).toMatch(/^anmälan inom \d+ timm(e|ar)/);
  });

  test('the hover card of a tagged clause', () => {
    const index = frostmoln.clauses.findIndex((c) => c.categories.includes('subprocessors'));
    const card = describeClause(frostmoln, index, undefined, de);
    expect(card.categories.map((c) => c.label)).toContain('Unterauftragsverarbeiter');
  });

  test('the copied summary in German', () => {
    const md = markdownSummary(frostmoln, de, 'DSGVO-Auftragsverarbeiter, Kundensicht');
    expect(md).toContain('- **Art:** Auftragsverarbeitungsvertrag (Sicherheit ');
    expect(md).toContain('- **Baseline:** DSGVO-Auftragsverarbeiter, Kundensicht');
    expect(md).toMatch(/### Abweichungen \(\d+\)/);
    expect(md).toContain('### Kernbedingungen');
    expect(md).toContain('- **Meldung von Datenschutzverletzungen:** innerhalb von');
  });

  test('the memo and the CSV in Swedish', () => {
    const nb: Notebook = {
      documents: [{
        key: 'vendor.example/dpa', url: 'https://vendor.example/dpa', title: 'Frostmoln DPA', vendor: 'Svenska Moln', stated: '2026-03-18', docType: 'dpa', baseline: 'GDPR-biträde, kundens sida',
        terms: [], deviations: [], savedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
        highlights: [{ id: 'h1', selectors: { quote: { type: 'TextQuoteSelector', exact: 'Underbiträden anlitas', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 21 } }, category: 'subprocessors', note: '', origin: 'clause', clauseRef: 'Clause 5 · Sub-processors', savedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' }],
      }],
    } as unknown as Notebook;
    const memo = exportMarkdown(nb, new Date('2026-12-01T12:00:00Z'), sv);
    expect(memo).toContain('# Granskningsanteckningar från ClauseLens');
    expect(memo).toContain('1 dokument · 1 markering');
    expect(memo).toContain('- **Typ:** Personuppgiftsbiträdesavtal');
    expect(memo).toContain('### Avvikelser (0)');
    expect(memo).toContain('- **Leverantör:** Svenska Moln');
    expect(memo).toContain('- **Senast uppdaterad:** 2026-03-18 (enligt dokumentet)');
    expect(memo).toContain('*Underbiträden* · Clause 5 · Sub-processors · märkt klausul');
    expect(exportCsv(nb, sv).split('\r\n')[0]).toBe('"Dokument","Leverantör","URL","Dokumenttyp","Klausul","Kategori","Citat","Anteckning","Sparad"');
    expect(exportCsv(nb, de).split('\r\n')[0]).toContain('"Anbieter","URL","Dokumentart","Klausel"');
    expect(exportCsv(nb, de).split('\r\n')[1]).toContain('"Svenska Moln","https://vendor.example/dpa","Auftragsverarbeitungsvertrag","Clause 5 · Sub-processors","Unterauftragsverarbeiter"');
  });
});
