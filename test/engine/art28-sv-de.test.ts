// Art. 28 clauses in German and Swedish as AVVs and PUB-avtal write them (much of it the GDPR's own German and Swedish
// wording, written for this test), under a heading that names no topic: the category comes from the sentence alone.
import { expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { underHeading } from '../helpers/drafting';

const SECTION = { de: '§ 4 Allgemeines', sv: '4. Allmänt' } as const;

const categoriesOf = (lang: keyof typeof SECTION, sentence: string): string[] => {
  const { report } = analyzeText(readInput(underHeading(lang, SECTION[lang], sentence), 'markdown'), { source: 'art28.md', force: true });
  return report.clauses.find((c) => c.text.includes(sentence.slice(0, 25)))?.categories ?? [];
};

test.each([
  ["de", "breach-notification", "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich über Verletzungen des Schutzes personenbezogener Daten."],
  ["de", "breach-notification", "Der Auftragnehmer meldet dem Auftraggeber Datenschutzverletzungen innerhalb von 24 Stunden."],
  ["de", "breach-notification", "Der Auftragnehmer informiert den Auftraggeber unverzüglich, wenn ihm Störungen, Verstöße gegen datenschutzrechtliche Vorschriften oder Verletzungen des Schutzes personenbezogener Daten bekannt werden."],
  ["de", "breach-notification", "Der Auftragnehmer unterstützt den Auftraggeber bei der Einhaltung der in den Artikeln 32 bis 36 DSGVO genannten Pflichten."],
  ["de", "subprocessors", "Der Auftragnehmer darf Unterauftragsverarbeiter nur nach vorheriger schriftlicher Zustimmung des Auftraggebers beauftragen."],
  ["de", "subprocessors", "Die Beauftragung von Subunternehmern durch den Auftragnehmer ist nur mit Zustimmung des Auftraggebers zulässig."],
  ["de", "subprocessors", "Der Auftragnehmer nimmt keine weiteren Auftragsverarbeiter ohne vorherige gesonderte oder allgemeine schriftliche Genehmigung des Auftraggebers in Anspruch."],
  ["de", "subprocessors", "Der Auftraggeber stimmt der Beauftragung der in Anlage 3 aufgeführten Unterauftragnehmer zu."],
  ["de", "subprocessors", "Der Auftragnehmer informiert den Auftraggeber vorab über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung weiterer Auftragsverarbeiter."],
  ["de", "audit", "Der Auftraggeber ist berechtigt, die Einhaltung der Vorschriften über den Datenschutz und der vertraglichen Vereinbarungen durch Kontrollen vor Ort zu überprüfen."],
  ["de", "audit", "Der Auftragnehmer ermöglicht Überprüfungen – einschließlich Inspektionen –, die vom Auftraggeber oder einem anderen von diesem beauftragten Prüfer durchgeführt werden, und trägt dazu bei."],
  ["de", "audit", "Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis der Einhaltung der in Art. 28 DSGVO niedergelegten Pflichten zur Verfügung."],
  ["de", "security-measures", "Der Auftragnehmer trifft alle gemäß Art. 32 DSGVO erforderlichen technischen und organisatorischen Maßnahmen."],
  ["de", "security-measures", "Der Auftragnehmer gewährleistet ein dem Risiko angemessenes Schutzniveau, insbesondere durch Verschlüsselung und Pseudonymisierung."],
  ["de", "data-subject-rights", "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen auf Wahrnehmung der in Kapitel III DSGVO genannten Rechte der betroffenen Person."],
  ["de", "data-subject-rights", "Wendet sich eine betroffene Person mit Forderungen zur Berichtigung, Löschung oder Auskunft an den Auftragnehmer, wird er die betroffene Person an den Auftraggeber verweisen."],
  ["de", "retention-deletion", "Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers alle personenbezogenen Daten oder gibt sie zurück."],
  ["de", "retention-deletion", "Nach Beendigung des Vertrages hat der Auftragnehmer sämtliche in seinen Besitz gelangten Unterlagen und Daten dem Auftraggeber auszuhändigen oder datenschutzgerecht zu vernichten."],
  ["de", "confidentiality", "Der Auftragnehmer gewährleistet, dass sich die zur Verarbeitung der personenbezogenen Daten befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen."],
  ["de", "confidentiality", "Der Auftragnehmer setzt bei der Durchführung der Arbeiten nur Beschäftigte ein, die auf die Vertraulichkeit verpflichtet wurden."],
  ["de", "international-transfer", "Eine Übermittlung personenbezogener Daten in ein Drittland erfolgt nur auf dokumentierte Weisung des Auftraggebers."],
  ["de", "international-transfer", "Die Verarbeitung der Daten findet ausschließlich in einem Mitgliedstaat der Europäischen Union oder in einem Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum statt."],
  ["de", "international-transfer", "Jede Verlagerung in ein Drittland bedarf der vorherigen Zustimmung des Auftraggebers und darf nur erfolgen, wenn die besonderen Voraussetzungen der Art. 44 ff. DSGVO erfüllt sind."],
  ["de", "liability", "Für den Ersatz von Schäden, die eine Person wegen einer unzulässigen Datenverarbeitung erleidet, haften Auftraggeber und Auftragnehmer gemäß Art. 82 DSGVO."],
  ["de", "governing-law", "Es gilt deutsches Recht."],
  ["de", "governing-law", "Dieser Vertrag unterliegt dem Recht der Bundesrepublik Deutschland."],
  ["sv", "breach-notification", "Personuppgiftsbiträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om en personuppgiftsincident."],
  ["sv", "breach-notification", "Leverantören ska meddela Kunden inom 24 timmar efter att ha fått kännedom om en personuppgiftsincident."],
  ["sv", "breach-notification", "Personuppgiftsbiträdet ska bistå den personuppgiftsansvarige med att fullgöra skyldigheterna enligt artiklarna 32–36 i dataskyddsförordningen."],
  ["sv", "subprocessors", "Personuppgiftsbiträdet får inte anlita underbiträden utan föregående skriftligt godkännande från den personuppgiftsansvarige."],
  ["sv", "subprocessors", "Leverantören har rätt att anlita underbiträden för behandlingen av personuppgifter."],
  ["sv", "subprocessors", "Leverantören ska informera Kunden om eventuella planer på att anlita nya eller ersätta underbiträden."],
  ["sv", "audit", "Den personuppgiftsansvarige har rätt att genomföra granskningar, inklusive inspektioner, av personuppgiftsbiträdets behandling."],
  ["sv", "audit", "Personuppgiftsbiträdet ska ge den personuppgiftsansvarige tillgång till all information som krävs för att visa att skyldigheterna i artikel 28 har fullgjorts."],
  ["sv", "security-measures", "Personuppgiftsbiträdet ska vidta lämpliga tekniska och organisatoriska åtgärder för att skydda personuppgifterna."],
  ["sv", "security-measures", "Leverantören ska säkerställa en säkerhetsnivå som är lämplig i förhållande till risken, exempelvis genom kryptering."],
  ["sv", "data-subject-rights", "Personuppgiftsbiträdet ska bistå den personuppgiftsansvarige med att fullgöra dennes skyldighet att svara på begäran om utövande av den registrerades rättigheter."],
  ["sv", "data-subject-rights", "Om en registrerad begär information eller rättelse från Leverantören ska Leverantören vidarebefordra begäran till Kunden."],
  ["sv", "retention-deletion", "Efter att tjänsterna har upphört ska personuppgiftsbiträdet radera eller återlämna alla personuppgifter till den personuppgiftsansvarige."],
  ["sv", "retention-deletion", "Vid avtalets upphörande ska Leverantören återlämna och därefter radera samtliga personuppgifter."],
  ["sv", "confidentiality", "Personuppgiftsbiträdet ska säkerställa att personer med behörighet att behandla personuppgifterna har åtagit sig att iaktta konfidentialitet."],
  ["sv", "confidentiality", "Leverantören och dess personal ska iaktta tystnadsplikt avseende personuppgifterna."],
  ["sv", "international-transfer", "Personuppgifter får inte överföras till ett land utanför EU/EES utan den personuppgiftsansvariges skriftliga godkännande."],
  ["sv", "international-transfer", "Personuppgifterna behandlas och lagras endast inom EU/EES."],
  ["sv", "international-transfer", "Vid överföring till tredjeland ska EU-kommissionens standardavtalsklausuler tillämpas."],
  ["sv", "liability", "Leverantörens ansvar enligt detta avtal är begränsat till det belopp som anges i Huvudavtalet."],
  ["sv", "governing-law", "Detta avtal ska tolkas och tillämpas i enlighet med svensk lag."],
  ["sv", "governing-law", "Tvister ska avgöras av allmän domstol med Stockholms tingsrätt som första instans."],
] as const)('%s %s: "%s"', (lang, category, sentence) => {
  expect(categoriesOf(lang, sentence)).toContain(category);
});

// A data subject's request for erasure is a right, not a retention rule; the authority told is the controller's notice.
test('"Wendet sich eine betroffene Person mit Forderungen zur ... Löschung" is no retention clause', () => {
  expect(categoriesOf('de', 'Wendet sich eine betroffene Person mit Forderungen zur Berichtigung, Löschung oder Auskunft an den Auftragnehmer, wird er die betroffene Person an den Auftraggeber verweisen.')).not.toContain('retention-deletion');
});
test('"Meddela den behöriga tillsynsmyndigheten inom 72 timmar" is no breach notice to the customer', () => {
  const { report } = analyzeText(readInput(underHeading('sv', SECTION.sv, `Vid en personuppgiftsincident gäller följande enligt artiklarna 33 och 34:\n\n- Meddela den behöriga tillsynsmyndigheten inom 72 timmar.`), 'markdown'), { source: 'art28.md', force: true });
  expect(report.terms.breachNotice?.maxHours ?? null).toBeNull();
});
