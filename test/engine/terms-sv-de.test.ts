// Swedish and German key terms read from real clauses of the corpus fixtures (Stimma's PUB-avtal,
// the fortrabbit and ParkHub AVVs, the vibecoding and datenanfragen policies; see
// test/fixtures/sources/sv-de.md), normalized to the same values as English ones.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { findDurations } from '../../lib/engine/terms/durations';
import type { Terms } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';
import { buildDoc } from '../../lib/engine/text/structure';

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
    ['Stimma 9.1', '9. Personuppgiftsincident', ['Personuppgiftsbiträdet ska utan onödigt dröjsmål, och senast inom 24 timmar efter att ha fått kännedom om en personuppgiftsincident, underrätta den Personuppgiftsansvarige om incidenten.'], 24, 'without-undue-delay'],
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
    ['Stimma 12', '12. Överföring till tredje land', ['Personuppgiftsbiträdet får inte överföra personuppgifter till ett land utanför EU/EES ("tredjeland") eller till en internationell organisation utan föregående skriftligt godkännande från den Personuppgiftsansvarige.', 'Vid tidpunkten för detta Avtals ingående behandlas personuppgifter endast inom EU/EES.'], 'no', []],
    ['fortrabbit 4.9', '4. Pflichten des Auftragnehmers', ['Die Auftragsverarbeitung erfolgt innerhalb der EU oder des EWR sowie auf Datenverarbeitungsanlagen des Unternehmens Amazon Web Services, teilweise in den USA.'], 'yes', []],
    ['Stimma 12.2', '12. Överföring till tredjeland', ['12.2 Om överföring till tredjeland ska ske ska Personuppgiftsbiträdet säkerställa att lämpliga skyddsåtgärder vidtas i enlighet med kapitel V i Dataskyddsförordningen, såsom: a) beslut av EU-kommissionen om adekvat skyddsnivå; b) standardavtalsklausuler antagna av EU-kommissionen; c) bindande företagsbestämmelser; eller d) annat godkänt överföringsverktyg.'], 'yes', ['adequacy', 'bcr', 'scc']],
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
  test('Stimma 11: 30 days\' notice and an objection right without a window', () => {
    const t = termsOf('11. Underbiträden', 'Personuppgiftsbiträdet informera den Personuppgiftsansvarige skriftligen minst 30 dagar innan det nya Underbiträdet anlitas.', 'Den Personuppgiftsansvarige har rätt att invända mot anlitandet av ett nytt Underbiträde.');
    expect(t.subprocessors).toMatchObject({ noticeDays: 30, objectionDays: null, objectionRight: true });
  });

  test('ParkHub: Unterauftragsverarbeiter only with prior written approval is specific', () => {
    const t = termsOf('§ 5 Unterauftragsverarbeiter', 'Der Auftragsverarbeiter darf Unterauftragsverarbeiter nur mit vorheriger schriftlicher Genehmigung des Verantwortlichen einsetzen.');
    expect(t.subprocessors?.authorization).toBe('specific');
  });

  test('Stimma 16.2: deletion confirmed within 30 days of termination', () => {
    expect(termsOf('16. Radering och återlämnande', 'Personuppgiftsbiträdet ska skriftligen bekräfta att radering har skett inom 30 dagar från Avtalets upphörande.').deletion?.deleteWithinDays).toBe(30);
  });

  test('Stimma 13.3: audits announced 14 days ahead', () => {
    expect(termsOf('13. Granskning', 'Granskning ska, om inte annat krävs på grund av misstänkt personuppgiftsincident eller annan brådskande omständighet, aviseras minst 14 dagar i förväg.').audit?.noticeDays).toBe(14);
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
    ['Stimma 14.3', '14. Skadestånd och ansvarsbegränsning', 'Ansvarsbegränsningar som följer av Huvudavtalet gäller även för detta Avtal, såvida inte tvingande lagstiftning föreskriver annat.', true],
    ['fortrabbit 12.2', '12. Haftung', 'Eine Haftung des Auftragnehmers für leicht fahrlässige Pflichtverletzungen ist ausgeschlossen.', true],
  ])('liability: %s', (_doc, heading, sentence, capped) => {
    expect(termsOf(heading, sentence).liability?.capped).toBe(capped);
  });

  test.each<[string, string, string, string]>([
    ['Stimma 20.1', '20. Tillämplig lag och tvistelösning', 'Detta Avtal ska tolkas och tillämpas i enlighet med svensk rätt.', 'Sweden'],
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
