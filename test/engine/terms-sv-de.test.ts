// Swedish and German key terms read from real clauses of the corpus fixtures (the fortrabbit and ParkHub AVVs,
// the vibecoding and datenanfragen policies; see test/fixtures/sources/sv-de.md), normalized to the same values as
// English ones. The Swedish DPA clauses ("PUB-avtal 4.1" ...) are from test/fixtures/written/pub-avtal.sv.md, a short
// PUB-avtal written for the tests: no permissively licensed Swedish processor agreement is in the corpus yet.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { findDurations } from '../../lib/engine/terms/durations';
import type { Terms } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';
import { buildDoc } from '../../lib/engine/text/structure';
import { underHeading, valueAt } from '../helpers/drafting';

/** A clause under its heading, analyzed as a DPA would be. */
const termsOf = (heading: string, ...sentences: string[]): Terms =>
  analyze({ text: [heading, '', ...sentences].join('\n\n'), title: null, hints: null }, { force: true }).terms;

describe('number words and written forms', () => {
  test.each<[string, number, string]>([
    ['tjugofyra (24) timmar', 24, 'hour'],
    ['trettio (30) dagar', 30, 'day'],
    ['inom en månad', 1, 'month'],
    ['fyrtioåtta timmar', 48, 'hour'],
    ['sjuttiotvå timmar', 72, 'hour'],
    ['zweiundsiebzig Stunden', 72, 'hour'],
    ['vierundzwanzig Stunden', 24, 'hour'],
    ['vier Wochen', 4, 'week'],
    ['spätestens innerhalb von 24 Stunden', 24, 'hour'],
    ['zwölf Monate', 12, 'month'],
    ['efter två års inaktivitet', 2, 'year'],
    ['fem arbetsdagar', 5, 'business-day'],
  ])('%s', (phrase, amount, unit) => {
    expect(findDurations(phrase.toLowerCase())[0]).toMatchObject({ amount, unit });
  });

  test('bounds: "inom", "senast", "spätestens" are deadlines, "minst", "mindestens" floors', () => {
    expect(findDurations('senast inom 24 timmar')[0].bound).toBe('max');
    expect(findDurations('spätestens innerhalb von 24 stunden')[0].bound).toBe('max');
    expect(findDurations('minst 30 dagar innan')[0].bound).toBe('min');
    expect(findDurations('mindestens 7 tage vor')[0].bound).toBe('min');
  });
});

describe('breach notice', () => {
  test.each<[string, string, string[], number | null, string | null]>([
    ['PUB-avtal 4.1', '4. Personuppgiftsincident', ['Personuppgiftsbiträdet ska underrätta den Personuppgiftsansvarige utan onödigt dröjsmål, och senast inom 24 timmar, efter att ha fått kännedom om en personuppgiftsincident.'], 24, 'without-undue-delay'],
    ['fortrabbit 9.1', '9. Mitteilungspflichten', ['Der Auftragnehmer teilt dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich mit.', 'Die Mitteilung hat spätestens innerhalb von 24 Stunden ab Kenntnis des Auftragnehmers vom relevanten Ereignis an eine vom Auftraggeber benannte Adresse zu erfolgen.'], 24, 'without-undue-delay'],
  ])('%s', (_doc, heading, sentences, maxHours, qualifier) => {
    expect(termsOf(heading, ...sentences).breachNotice).toMatchObject({ maxHours, qualifier });
  });

  test('"unverzüglich" is without undue delay in German law, "sofort" is immediately', () => {
    expect(termsOf('Datenpanne', 'Der Auftragsverarbeiter meldet Datenschutzverletzungen unverzüglich an den Verantwortlichen.').breachNotice?.qualifier).toBe('without-undue-delay');
  });
});

describe('transfers', () => {
  test.each<[string, string, string[], string, string[]]>([
    ['PUB-avtal 6.1', '6. Överföring till tredjeland', ['Personuppgifterna behandlas endast inom EU/EES.'], 'no', []],
    ['fortrabbit 4.9', '4. Pflichten des Auftragnehmers', ['Die Auftragsverarbeitung erfolgt innerhalb der EU oder des EWR sowie auf Datenverarbeitungsanlagen des Unternehmens Amazon Web Services, teilweise in den USA.'], 'yes', []],
    ['PUB-avtal 6.2', '6. Överföring till tredjeland', ['6.2 Om personuppgifter ändå ska överföras till ett tredjeland ska överföringen ske med stöd av ett beslut om adekvat skyddsnivå, EU-kommissionens standardavtalsklausuler eller bindande företagsbestämmelser.'], 'yes', ['adequacy', 'bcr', 'scc']],
  ])('%s', (_doc, heading, sentences, stance, mechanisms) => {
    const t = termsOf(heading, ...sentences);
    expect(t.transfers?.outsideEEA).toBe(stance);
    for (const m of mechanisms) expect(t.transfers?.mechanisms).toContain(m);
  });
});

describe('a transfer named as a topic another document covers is no transfer', () => {
  test.each<[string, string, string, boolean]>([
    ['vibecoding cookie policy (sv) 3', '3. Tredjeparts tjänstepartners', 'Vilka typer av personuppgifter som behandlas, lagringsperioder och detaljer om internationell överföring av varje tredjeparts tjänsteleverantör omfattas av deras respektive integritetspolicyer.', false],
    ['vibecoding integritetspolicy (sv) 4', 'Artikel 4 (Tillhandahållande till Tredje Part och Internationell Överföring)', 'Dessutom överlåter Företaget behandling av personuppgifter till externa specialister (inklusive internationell överföring) för drift av tjänsten enligt följande.', true],
  ])('%s', (_doc, heading, sentence, transfers) => {
    const stance = termsOf(heading, sentence).transfers?.outsideEEA;
    if (transfers) expect(stance).toBe('yes');
    else expect(stance).not.toBe('yes');
  });
});

describe('sub-processors, deletion, audits, liability, law and requests', () => {
  test('PUB-avtal 5: general authorization, 30 days\' notice and an objection right without a window', () => {
    const t = termsOf('5. Underbiträden', 'Personuppgiftsbiträdet har den Personuppgiftsansvariges allmänna skriftliga godkännande att anlita underbiträden.', 'Personuppgiftsbiträdet ska skriftligen informera den Personuppgiftsansvarige minst 30 dagar innan ett nytt underbiträde anlitas.', 'Den Personuppgiftsansvarige har rätt att invända mot att ett nytt underbiträde anlitas.');
    expect(t.subprocessors).toMatchObject({ authorization: 'general', noticeDays: 30, objectionDays: null, objectionRight: true });
  });

  test('ParkHub: Unterauftragsverarbeiter only with prior written approval is specific', () => {
    const t = termsOf('§ 5 Unterauftragsverarbeiter', 'Der Auftragsverarbeiter darf Unterauftragsverarbeiter nur mit vorheriger schriftlicher Genehmigung des Verantwortlichen einsetzen.');
    expect(t.subprocessors?.authorization).toBe('specific');
  });

  test('PUB-avtal 8.1: deletion or return within 30 days of the end of the agreement', () => {
    expect(termsOf('8. Radering och återlämnande', 'När Avtalet upphör ska Personuppgiftsbiträdet radera eller återlämna samtliga personuppgifter inom 30 dagar, enligt den Personuppgiftsansvariges val.').deletion?.deleteWithinDays).toBe(30);
  });

  test('PUB-avtal 7.2: audits announced 14 days ahead', () => {
    expect(termsOf('7. Granskning', 'Den Personuppgiftsansvarige har rätt att genomföra granskning av Personuppgiftsbiträdets behandling av personuppgifter.', 'Granskning ska aviseras minst 14 dagar i förväg.').audit?.noticeDays).toBe(14);
  });

  test('fortrabbit 8.7: audits at most every 12 months', () => {
    const t = termsOf(
      '8. Kontrollrechte des Auftraggebers',
      'Der Auftraggeber ist berechtigt, die Einhaltung der Vorschriften über den Datenschutz und der vertraglichen Vereinbarungen beim Auftragnehmer in angemessenem Umfang selbst oder durch Dritte zu kontrollieren.',
      'Soweit nicht aus vom Auftraggeber zu dokumentierenden, dringlichen Gründen anders angezeigt, finden Kontrollen nach angemessener Vorankündigung und zu Geschäftszeiten des Auftragnehmers, sowie nicht häufiger als alle 12 Monate statt.',
    );
    expect(t.audit?.maxPerYear).toBe(1);
  });

  test.each<[string, string, string, boolean]>([
    ['PUB-avtal 9.1', '9. Ansvar', 'Ansvarsbegränsningen i huvudavtalet gäller även för detta Avtal.', true],
    ['fortrabbit 12.2', '12. Haftung', 'Eine Haftung des Auftragnehmers für leicht fahrlässige Pflichtverletzungen ist ausgeschlossen.', true],
    // Written for the test (no real copyable clause in the corpus says it this way): a cap stated as a ceiling.
    ['written sv', '9. Ansvar', 'Leverantörens sammanlagda skadeståndsansvar enligt detta Avtal ska inte överstiga ett belopp motsvarande avgifterna under de senaste tolv månaderna.', true],
    ['written de', '12. Haftung', 'Die Haftung des Auftragnehmers aus diesem Vertrag übersteigt in keinem Fall die in den letzten zwölf Monaten gezahlte Vergütung.', true],
    // The compound's head is the liability ("Gesamthaftung"); "haftet unbeschränkt" is no cap.
    ['written de', '12. Haftung', 'Die Gesamthaftung des Auftragnehmers ist auf den Auftragswert begrenzt.', true],
    ['written de', '12. Haftung', 'Der Auftragnehmer haftet unbeschränkt nach den gesetzlichen Vorschriften.', false],
    // Liability left to the main contract, whose limitations apply (written for the test); Art. 82 alone is no cap.
    ['written de', '12. Haftung', 'Die Haftung der Parteien richtet sich nach den Bestimmungen des Hauptvertrags.', true],
    ['written de', '12. Haftung', 'Für die Haftung gelten die Regelungen des Hauptvertrags.', true],
    ['written de', '12. Haftung', 'Es gelten die Haftungsregelungen des Leistungsvertrags.', true],
    ['written de', '12. Haftung', 'Für die Haftung gilt Art. 82 DSGVO.', false],
    ['written sv', '9. Skadestånd', 'För skadeståndsansvar gäller vad som anges i Huvudavtalet.', true],
  ])('liability: %s', (_doc, heading, sentence, capped) => {
    expect(termsOf(heading, sentence).liability?.capped).toBe(capped);
  });

  test.each<[string, string, string, string]>([
    ['PUB-avtal 10.1', '10. Tillämplig lag och tvister', 'Detta Avtal ska tolkas och tillämpas enligt svensk rätt.', 'Sweden'],
    ['ParkHub', '§ 10 Schlussbestimmungen', 'Dieser AVV unterliegt dem Recht der Bundesrepublik Deutschland.', 'Germany'],
  ])('governing law: %s', (_doc, heading, sentence, country) => {
    expect(termsOf(heading, sentence).governingLaw?.country).toBe(country);
  });

  test('a template\'s placeholder chooses no law ("Es gilt das Recht der [TODO: ...]")', () => {
    expect(termsOf('§ 12 Schlussbestimmungen', 'Es gilt das Recht der [TODO: z.B. Bundesrepublik Deutschland].').governingLaw).toBeNull();
  });

  test('vibecoding: requests answered within 10 days', () => {
    expect(termsOf('Artikel 5 (Rättigheter)', 'Ovanstående rättigheter kan utövas via e-post, och Företaget kommer i princip att informera om behandlingsresultaten inom 10 dagar.').dsrResponseDays).toBe(10);
  });
});

// A period after "Abs." or "t.ex." does not end the sentence: the clause keeps its legal basis and its example
// (abbreviations per language in the vocabulary tables, read by text/structure.ts).
describe('sentences across sv/de abbreviations', () => {
  const sentencesOf = (text: string) => {
    const doc = buildDoc(readInput(text, 'text'));
    return doc.sentences.map((x) => doc.text.slice(x.start, x.end));
  };
  test.each([
    ['Rechtsgrundlage: Die flüchtige Verarbeitung dieser Daten ist erforderlich, damit wir Dir unsere Webseite bereitstellen können, sie erfolgt auf Basis des Art. 6 Abs. 1 lit. b DSGVO.', 1],
    ['Eine weitere Subbeauftragung durch den Subunternehmer ist zulässig. Es gelten die Abs. 2 bis 5 sinngemäß.', 2],
    ['Företaget kan använda analysverktyg (t.ex. Google Analytics) för tjänsteförbättring, varvid tredjepartscookies kan samlas in.', 1],
    // "Art. 44 ff. DSGVO": the following articles, not the end (toppmoeller-avv.de.html § 8(8)).
    ['Die Beauftragung von Subunternehmern in Drittstaaten ist nur zulässig, wenn die gesetzlichen Voraussetzungen der Art. 44 ff. DSGVO gegeben sind und der Auftraggeber zugestimmt hat.', 1],
  ] as const)('%s', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
  });
});

describe('deletion at the end of the contract, with no deadline, in the document language', () => {
  test.each<[string, string, string]>([
    // test/fixtures/corpus/dpa/fortrabbit-dpa.de.md, § 2
    ['2. Dauer', 'Die Verarbeitung beginnt ab dem Zeitpunkt, an dem der Auftraggeber von den Leistungen Gebrauch macht und erfolgt auf unbestimmte Zeit bis zur Kündigung des Hauptvertrags durch eine Partei und die anschließende endgültige Löschung jeglicher personenbezogener Daten.', 'de'],
    // test/fixtures/corpus/privacy-policy/vibecoding-privacy.sv.md
    ['Lagring och radering', 'Företaget lagrar Användarnas personuppgifter tills medlemskap avslutas i princip, och förstör informationen utan dröjsmål vid avslutande.', 'sv'],
  ])('%s (%s)', (heading, sentence) => {
    expect(termsOf(heading, sentence).deletion).toMatchObject({ deleteWithinDays: null, returnWindowDays: null, why: [{ rule: 'deletion-no-deadline' }] });
  });
});

// Drafting variants of AVVs and PUB-avtal (written for this test), each read under its section heading.
test.each([
  ["de", "Meldepflicht", "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener Daten unverzüglich, spätestens jedoch innerhalb von 24 Stunden nach Kenntniserlangung.", "breachNotice.maxHours", 24],
  ["de", "Meldepflicht", "Der Auftragnehmer informiert den Auftraggeber binnen 48 Stunden über jede Datenschutzverletzung.", "breachNotice.maxHours", 48],
  ["de", "Meldepflicht", "Der Auftragnehmer teilt dem Auftraggeber eine Verletzung des Schutzes personenbezogener Daten unverzüglich mit.", "breachNotice.qualifier", "without-undue-delay"],
  ["de", "Meldepflicht", "Eine Datenpanne ist dem Auftraggeber innerhalb von 36 Stunden anzuzeigen.", "breachNotice.maxHours", 36],
  ["de", "Unterauftragsverhältnisse", "Der Auftragnehmer informiert den Auftraggeber mindestens 30 Tage vor der Beauftragung eines neuen Unterauftragsverarbeiters.", "subprocessors.noticeDays", 30],
  ["de", "Unterauftragsverhältnisse", "Der Auftraggeber kann der Änderung innerhalb von 14 Tagen nach Zugang der Mitteilung widersprechen.", "subprocessors.objectionDays", 14],
  ["de", "Unterauftragsverhältnisse", "Der Auftraggeber erteilt dem Auftragnehmer die allgemeine Genehmigung, weitere Auftragsverarbeiter zu beauftragen.", "subprocessors.authorization", "general"],
  ["de", "Unterauftragsverhältnisse", "Die Beauftragung von Unterauftragnehmern bedarf der vorherigen schriftlichen Zustimmung des Auftraggebers.", "subprocessors.authorization", "specific"],
  // The notice ahead of a change by its period's lead or tail, a general authorisation as consent or entitlement.
  ["de", "Unterauftragsverhältnisse", "Über beabsichtigte Änderungen wird der Auftragnehmer den Auftraggeber mit einer Frist von 30 Tagen in Textform informieren.", "subprocessors.noticeDays", 30],
  ["de", "Unterauftragsverhältnisse", "Der Auftragnehmer wird den Auftraggeber einen Monat im Voraus über jede Änderung informieren.", "subprocessors.noticeDays", 30],
  ["de", "Unterauftragsverhältnisse", "Der Auftraggeber stimmt zu, dass der Auftragnehmer Unterauftragnehmer hinzuziehen darf.", "subprocessors.authorization", "general"],
  ["de", "Unterauftragsverhältnisse", "Der Auftragnehmer ist berechtigt, weitere Unterauftragsverarbeiter einzusetzen.", "subprocessors.authorization", "general"],
  ["de", "Unterauftragsverhältnisse", "Der Auftragsverarbeiter ist nur mit Zustimmung des Auftraggebers zum Einsatz von Unterauftragsverarbeitern (Subunternehmer) berechtigt.", "subprocessors.authorization", "specific"],
  ["sv", "Underbiträden", "Personuppgiftsbiträdet ska informera den personuppgiftsansvarige om planerade förändringar senast 30 dagar i förväg.", "subprocessors.noticeDays", 30],
  ["sv", "Underbiträden", "Personuppgiftsbiträdet får endast anlita underbiträden efter skriftligt godkännande av den personuppgiftsansvarige.", "subprocessors.authorization", "specific"],
  ["de", "Löschung und Rückgabe", "Nach Beendigung des Vertrages löscht der Auftragnehmer sämtliche personenbezogenen Daten innerhalb von 30 Tagen.", "deletion.deleteWithinDays", 30],
  ["de", "Löschung und Rückgabe", "Der Auftragnehmer hat die Daten spätestens vier Wochen nach Vertragsende zu löschen.", "deletion.deleteWithinDays", 28],
  ["de", "Kontrollrechte", "Der Auftraggeber ist berechtigt, einmal jährlich nach vorheriger Ankündigung mit einer Frist von 14 Tagen Kontrollen vor Ort durchzuführen.", "audit.noticeDays", 14],
  ["de", "Kontrollrechte", "Der Auftraggeber ist berechtigt, einmal jährlich nach vorheriger Ankündigung mit einer Frist von 14 Tagen Kontrollen vor Ort durchzuführen.", "audit.maxPerYear", 1],
  ["de", "Schlussbestimmungen", "Es gilt das Recht der Bundesrepublik Deutschland.", "governingLaw.country", "Germany"],
  ["de", "Schlussbestimmungen", "Dieser Vertrag unterliegt österreichischem Recht.", "governingLaw.country", "Austria"],
  ["de", "Anwendbares Recht und Gerichtsstand", "Diese AVV unterliegt dem materiellen Recht der Schweiz, unter Ausschluss der Kollisionsnormen.", "governingLaw.country", "Switzerland"],
  ["de", "Haftung", "Die Haftung des Auftragnehmers ist auf den Auftragswert der letzten 12 Monate begrenzt.", "liability.capped", true],
  ["sv", "Personuppgiftsincidenter", "Leverantören ska utan onödigt dröjsmål, dock senast inom 24 timmar, underrätta Kunden om en personuppgiftsincident.", "breachNotice.maxHours", 24],
  ["sv", "Personuppgiftsincidenter", "Personuppgiftsbiträdet ska meddela den personuppgiftsansvarige inom 48 timmar efter att ha fått kännedom om incidenten.", "breachNotice.maxHours", 48],
  ["sv", "Personuppgiftsincidenter", "Personuppgiftsbiträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om en personuppgiftsincident.", "breachNotice.qualifier", "without-undue-delay"],
  ["sv", "Underbiträden", "Leverantören ska informera Kunden minst 30 dagar innan ett nytt underbiträde anlitas.", "subprocessors.noticeDays", 30],
  ["sv", "Underbiträden", "Kunden har rätt att invända mot ett nytt underbiträde inom 14 dagar från meddelandet.", "subprocessors.objectionDays", 14],
  ["sv", "Underbiträden", "Personuppgiftsbiträdet får inte anlita underbiträden utan föregående skriftligt godkännande från den personuppgiftsansvarige.", "subprocessors.authorization", "specific"],
  ["sv", "Underbiträden", "Kunden ger Leverantören ett allmänt skriftligt förhandstillstånd att anlita underbiträden.", "subprocessors.authorization", "general"],
  ["sv", "Radering", "Efter avtalets upphörande ska Leverantören radera samtliga personuppgifter inom 30 dagar.", "deletion.deleteWithinDays", 30],
  ["sv", "Radering", "Senast 60 dagar efter att avtalet har upphört ska personuppgiftsbiträdet radera alla personuppgifter.", "deletion.deleteWithinDays", 60],
  ["sv", "Granskning", "Kunden har rätt att genomföra en granskning per år, med 30 dagars varsel.", "audit.noticeDays", 30],
  ["sv", "Granskning", "Kunden har rätt att genomföra en granskning per år, med 30 dagars varsel.", "audit.maxPerYear", 1],
  ["sv", "Tillämplig lag", "Detta avtal ska tolkas och tillämpas i enlighet med svensk lag.", "governingLaw.country", "Sweden"],
  ["sv", "Ansvar", "Leverantörens ansvar enligt detta avtal är begränsat till ett belopp motsvarande avgifterna under de senaste tolv månaderna.", "liability.capped", true],
  ["de", "Allgemeines", "Die Verarbeitung der Daten durch den Auftragsverarbeiter findet ausschließlich auf dem Gebiet der Bundesrepublik Deutschland, einem Mitgliedsstaat der Europäischen Union oder einem Vertragsstaat des EWR-Abkommens statt.", "transfers.outsideEEA", "no"],
  ["de", "Subunternehmer", "Die Beauftragung von Subunternehmern in Drittstaaten ist nur zulässig, wenn die gesetzlichen Voraussetzungen der Art. 44 ff. DSGVO gegeben sind und der Auftraggeber zugestimmt hat.", "transfers.outsideEEA", "consent"],
  ["sv", "Överföring", "Personuppgifterna behandlas och lagras endast inom EU/EES.", "transfers.outsideEEA", "no"],
  ["sv", "Överföring", "Personuppgifter får inte överföras till ett land utanför EU/EES utan den personuppgiftsansvariges skriftliga godkännande.", "transfers.outsideEEA", "consent"],
  ["de", "Drittlandübermittlung", "Eine Übermittlung in ein Drittland erfolgt nur mit vorheriger Zustimmung des Auftraggebers.", "transfers.outsideEEA", "consent"],
  ["de", "Ort der Verarbeitung", "Die Verarbeitung findet ausschließlich innerhalb der EU statt.", "transfers.outsideEEA", "no"],
] as const)('%s %s: "%s" -> %s = %j', (lang, heading, sentence, path, want) => {
  const t = analyze(readInput(underHeading(lang, heading, sentence), 'markdown'), { force: true }).terms;
  expect(valueAt(t, path) ?? null).toEqual(want);
});

// The controller's window to ask for its data back is not the deletion deadline (tale-avv.de.md 12.2).
test('"Stellt der Kunde innerhalb von 30 Tagen ... keinen Antrag, löscht Tale ... innerhalb von 90 Tagen": return window 30, deletion 90', () => {
  const t = termsOf(
    '12. Aufbewahrung und Löschung',
    'Bei Beendigung der Vereinbarung wird Tale auf schriftlichen Wunsch des Kunden alle personenbezogenen Daten zurückgeben oder sicher löschen.',
    'Stellt der Kunde innerhalb von 30 Tagen nach Beendigung keinen schriftlichen Antrag, löscht Tale alle personenbezogenen Daten innerhalb von 90 Tagen nach Beendigung.',
  );
  expect(t.deletion).toMatchObject({ deleteWithinDays: 90, returnWindowDays: 30 });
});
