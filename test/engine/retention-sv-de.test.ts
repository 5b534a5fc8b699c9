// Swedish and German retention periods, read through the vocabulary's retention and list tables
// (lib/engine/vocabulary/sv.ts and de.ts, lib/engine/text/lists.ts), from real sentences of the
// fixtures (sources/sv-de.md, sources/sv-de-2.md): the period, in whole days, and the rule that read it.
import { describe, expect, test } from 'vitest';
import { analyzeDoc, analyzeText } from '../../lib/engine/analyze';
import { findDurations } from '../../lib/engine/terms/durations';

/** A policy section under its heading, read as a privacy policy (a snippet this short reads as no page type of its own). */
const retentionOf = (heading: string, ...blocks: string[]) => {
  const { doc } = analyzeText({ text: [`## ${heading}`, ...blocks].join('\n\n'), title: null, hints: null }, { force: true });
  return analyzeDoc(doc, 'privacy-policy').terms.retention.map((x) => [x.days, x.why?.[0]?.rule]);
};

describe('retention periods in Swedish and German', () => {
  test.each<[string, string, [number, string][]]>([
    ['erased after, Swedish', 'SMS-verifieringstoken som ännu inte har använts raderas efter högst en timme.', [[1, 'retention-erase-after']]],
    ['erased after, German', 'Noch nicht verbrauchte SMS-Verifizierungs-Token werden nach maximal einer Stunde gelöscht.', [[1, 'retention-erase-after']]],
    ['inactivity, Swedish', 'En extern användares konto kommer att raderas efter två års inaktivitet.', [[730, 'retention-erase-after']]],
    ['kept for, German separable verb', 'Die von uns erfassten technischen, Einstellungs- und Interaktionsdaten bewahren wir im Allgemeinen für 25 Monate auf.', [[750, 'retention-period']]],
    ['no longer than, German', 'Diese Daten werden nicht länger als 25 Monate gespeichert.', [[750, 'retention-period']]],
    ['"lang" after the period', 'Die gespeicherten Unterlagen werden ab dem Datum der letzten Zahlung zehn Jahre lang aufbewahrt.', [[3650, 'retention-period']]],
    ['deleted within, on a policy', 'Die Systemprotokolle Ihrer DNS-Anfragen werden innerhalb von 24 Stunden aus dem Dienst gelöscht.', [[1, 'retention-erase-within']]],
  ])('%s', (_, sentence, expected) => {
    expect(retentionOf('Lagring / Speicherdauer', sentence)).toEqual(expected);
  });

  test('a nested list inherits its lead: "lagras ... under följande perioder." over "Logg: 3 månader"', () => {
    const got = retentionOf(
      'Artikel 3 (Lagrings- och Användningsperiod)',
      '1. Företaget lagrar Användarnas personuppgifter tills medlemskap avslutas i princip.\n2. Om lagring krävs enligt relevanta lagar, lagras dock informationen under följande perioder.\n   - Register om avtal eller återkallande av prenumeration: 5 år (E-handelslag)\n   - Åtkomstloggregister: 3 månader (Lag om skydd av kommunikationshemligheter)',
    );
    expect(got).toEqual([
      [1825, 'retention-list-item'],
      [90, 'retention-list-item'],
    ]);
  });

  test('the same in German: "werden die Daten für folgende Zeiträume aufbewahrt."', () => {
    const got = retentionOf(
      'Artikel 3 (Aufbewahrungs- und Nutzungsdauer)',
      '2. Wenn jedoch eine Aufbewahrung gemäß einschlägiger Gesetze erforderlich ist, werden die Daten für folgende Zeiträume aufbewahrt.\n   - Aufzeichnungen über Verbraucherbeschwerden oder Streitbeilegung: 3 Jahre (E-Commerce-Gesetz)\n   - Zugriffsprotokolle: 3 Monate (Gesetz zum Schutz des Kommunikationsgeheimnisses)',
    );
    expect(got).toEqual([
      [1095, 'retention-list-item'],
      [90, 'retention-list-item'],
    ]);
  });

  // A table of the shape PUB-avtal annexes use (type of data, period, reason), written for this test: the corpus has
  // no permissively licensed Swedish annex with one.
  test('a table under a heading of retention periods: each row with a period states one', () => {
    const table = [
      '| Kategori av uppgifter | Lagringstid | Skäl |',
      '|---|---|---|',
      '| Kontouppgifter | Så länge kontot finns | För att tillhandahålla tjänsten |',
      '| Inloggningsloggar | 12 månader | Säkerhet och felsökning |',
      '| Supportärenden | 6 månader | Uppföljning av ärendet |',
    ].join('\n');
    expect(retentionOf('3.2 Lagringstider', table)).toEqual([
      [365, 'retention-table-row'],
      [180, 'retention-table-row'],
    ]);
    // The same rows under another heading are not read as periods of retention.
    expect(retentionOf('3.2 Inloggning', table)).toEqual([]);
  });

  test('"children under 13 years" is no period: a bare "under" is not a Swedish retention lead', () => {
    expect(retentionOf('Children', 'We do not knowingly collect or store personal data of children under 13 years.')).toEqual([]);
  });
});

describe('month arithmetic (report contract: 1 month = 30 days, whole years written in months are years)', () => {
  test.each<[string, number]>([
    ['25 monate', 750],
    ['14 monate', 420],
    ['36 months', 1095],
    ['24 månader', 730],
  ])('%s = %i days', (phrase, days) => {
    expect(findDurations(phrase)[0].days).toBe(days);
  });
});
