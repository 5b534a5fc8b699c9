// How German AVVs write the breach deadline, audit notice and audit right, in the wording of the Bavarian (BayLDA) and
// Bitkom model contracts most German AVVs follow. Sentences written for these tests; the three marked "new" failed on the
// rules before this change: a deadline word before "nach" ("spätestens nach 72 Stunden"; the German and Swedish tables
// had no deadline slot), notice as "rechtzeitige Anmeldung mit einer Frist von", and the right as "zu kontrollieren".
import { describe, expect, test } from 'vitest';
import { readUnder, valueAt } from '../helpers/drafting';

const term = (heading: string, sentence: string, path: string) => valueAt(readUnder('de', heading, sentence).terms, path);

describe('German AVV terms', () => {
  test.each<[string, string, string, unknown]>([
    ['Meldepflichten', 'Der Auftragnehmer informiert den Auftraggeber unverzüglich, spätestens jedoch innerhalb von 24 Stunden, über Verletzungen des Schutzes personenbezogener Daten.', 'breachNotice.maxHours', 24],
    ['Meldepflichten', 'Der Auftragnehmer meldet dem Auftraggeber Datenschutzverletzungen binnen 48 Stunden nach Kenntniserlangung.', 'breachNotice.maxHours', 48],
    // new
    ['Meldepflichten', 'Der Auftragnehmer teilt dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten spätestens nach 72 Stunden mit.', 'breachNotice.maxHours', 72],
    ['Unterauftragsverhältnisse', 'Der Auftragnehmer informiert den Auftraggeber mindestens vier Wochen vorher über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung weiterer Auftragsverarbeiter.', 'subprocessors.noticeDays', 28],
    ['Unterauftragsverhältnisse', 'Der Auftraggeber kann der Hinzuziehung eines neuen Unterauftragnehmers innerhalb von zwei Wochen nach Zugang der Information widersprechen.', 'subprocessors.objectionDays', 14],
    ['Löschung und Rückgabe', 'Spätestens drei Monate nach Vertragsende werden alle personenbezogenen Daten gelöscht.', 'deletion.deleteWithinDays', 90],
    // new
    ['Kontrollrechte', 'Der Auftraggeber ist berechtigt, nach rechtzeitiger Anmeldung mit einer Frist von 14 Tagen Kontrollen beim Auftragnehmer durchzuführen.', 'audit.noticeDays', 14],
    ['Kontrollrechte', 'Der Auftraggeber ist berechtigt, die Einhaltung der Vorschriften höchstens einmal jährlich vor Ort zu kontrollieren.', 'audit.maxPerYear', 1],
    ['Schlussbestimmungen', 'Auf diesen Vertrag findet deutsches Recht Anwendung.', 'governingLaw.country', 'Germany'],
    // new (BayLDA model wording): adjectives joined by "bzw.", the separable "zeigt ... an", a German deadline before the end
    ['Unterauftragsverhältnisse', 'Der Auftragnehmer darf Unterauftragsverarbeiter nur nach vorheriger ausdrücklicher schriftlicher bzw. dokumentierter Zustimmung des Auftraggebers beauftragen.', 'subprocessors.authorization', 'specific'],
    ['Unterauftragsverhältnisse', 'Der Auftragnehmer zeigt dem Auftraggeber den Wechsel eines Unterauftragnehmers mindestens 14 Tage vorher an.', 'subprocessors.noticeDays', 14],
    ['Löschung', 'Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers alle personenbezogenen Daten oder gibt sie zurück, spätestens jedoch vier Wochen nach Vertragsende.', 'deletion.deleteWithinDays', 28],
    ['Ort der Verarbeitung', 'Jede Verlagerung in ein Drittland bedarf der vorherigen Zustimmung des Auftraggebers.', 'transfers.outsideEEA', 'consent'],
  ])('%s: %s', (heading, sentence, path, want) => expect(term(heading, sentence, path)).toEqual(want));

  test('a Swedish deadline word before "efter"', () =>
    expect(valueAt(readUnder('sv', 'Personuppgiftsincidenter', 'Personuppgiftsbiträdet ska underrätta den personuppgiftsansvarige om en personuppgiftsincident senast efter 36 timmar.').terms, 'breachNotice.maxHours')).toBe(36));
  test('the controller told to notify the authority is not the processor\'s deadline', () =>
    expect(term('Meldepflichten', 'Der Auftraggeber meldet Verletzungen des Schutzes personenbezogener Daten binnen 72 Stunden der Aufsichtsbehörde.', 'breachNotice.maxHours') ?? null).toBeNull());
  test('"von Mozilla kontrollierte Rechtsträger" is no audit right', () =>
    expect(readUnder('policyDe', 'Weitergabe', 'Wir geben Daten an von Mozilla kontrollierte Rechtsträger weiter.').terms.audit).toBeNull());
});
