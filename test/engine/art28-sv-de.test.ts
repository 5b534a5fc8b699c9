// Art. 28 clauses in German and Swedish as AVVs and PUB-avtal write them (much of it the GDPR's own German and Swedish
// wording, written for this test), under a heading that names no topic: the category comes from the sentence alone.
import { expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { categoriesOf, readUnder, underHeading } from '../helpers/drafting';

const SECTION = { de: '§ 4 Allgemeines', sv: '4. Allmänt' } as const;

const categoriesIn = (lang: keyof typeof SECTION, sentence: string): string[] => categoriesOf(readUnder(lang, SECTION[lang], sentence), sentence);

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
  // The common AVV template (toppmoeller-avv.de.html): the control right, the request forwarded, the transfer chapter.
  ["de", "audit", "Der Auftraggeber ist berechtigt, die Einhaltung der gesetzlichen und vertraglichen Vorschriften zum Datenschutz und zur Datensicherheit vor Beginn der Datenverarbeitung und während der Vertragslaufzeit regelmäßig im erforderlichen Umfang zu kontrollieren oder durch Dritte kontrollieren zu lassen."],
  ["de", "data-subject-rights", "Ersucht ein Betroffener, eine Behörde oder ein sonstiger Dritter den Auftragsverarbeiter um Auskunft, Berichtigung, Sperrung oder Löschung, wird der Auftragsverarbeiter die Anfrage unverzüglich an den Auftraggeber weiterleiten."],
  // The separable verb (tale-avv.de.md 8.2).
  ["de", "data-subject-rights", "Erhält Tale eine Anfrage direkt von einer betroffenen Person zu Daten, die im Auftrag des Kunden verarbeitet werden, leitet Tale die Anfrage unverzüglich an den Kunden weiter und antwortet nicht direkt."],
  ["de", "international-transfer", "Die Verarbeitung außerhalb dieser Staaten erfolgt nur unter den Voraussetzungen von Kapitel 5 der DSGVO (Art. 44 ff.) und mit vorheriger Zustimmung des Auftraggebers."],
  ["de", "international-transfer", "Die Beauftragung von Subunternehmern in Drittstaaten ist nur zulässig, wenn die gesetzlichen Voraussetzungen der Art. 44 ff. DSGVO gegeben sind und der Auftraggeber zugestimmt hat."],
  ["de", "international-transfer", "Die Verarbeitung der Daten durch den Auftragsverarbeiter findet ausschließlich auf dem Gebiet der Bundesrepublik Deutschland, einem Mitgliedsstaat der Europäischen Union oder einem Vertragsstaat des EWR-Abkommens statt."],
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
  // The standard AVV templates' wording (GDD, Bitkom and the supervisory authorities' samples), the control objectives of
  // a German TOM annex, Art. 32(1)(d) and 33(3).
  ["de", "breach-notification", "Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich, spätestens jedoch innerhalb von 24 Stunden, nachdem ihm eine Verletzung des Schutzes personenbezogener Daten bekannt geworden ist."],
  ["de", "breach-notification", "Der Auftragnehmer teilt dem Auftraggeber Störungen, Verstöße gegen datenschutzrechtliche Vorschriften oder gegen die getroffenen Festlegungen sowie den Verdacht auf Datenschutzverletzungen unverzüglich mit."],
  ["de", "breach-notification", "Die Meldung enthält mindestens eine Beschreibung der Art der Verletzung, soweit möglich mit Angabe der Kategorien und der ungefähren Zahl der betroffenen Personen."],
  ["de", "breach-notification", "Der Auftragnehmer unterstützt den Auftraggeber bei der Erfüllung seiner Melde- und Benachrichtigungspflichten nach Art. 33 und 34 DSGVO."],
  ["de", "breach-notification", "Im Falle einer Datenpanne informiert der Auftragnehmer den Auftraggeber ohne schuldhaftes Zögern."],
  ["de", "breach-notification", "Der Auftragnehmer trifft unverzüglich die erforderlichen Maßnahmen zur Sicherung der Daten und zur Minderung möglicher nachteiliger Folgen für die Betroffenen."],
  ["de", "security-measures", "Der Auftragnehmer trifft die in Anlage 2 beschriebenen technischen und organisatorischen Maßnahmen zur Gewährleistung eines dem Risiko angemessenen Schutzniveaus."],
  ["de", "security-measures", "Die technischen und organisatorischen Maßnahmen unterliegen dem technischen Fortschritt und der Weiterentwicklung."],
  ["de", "security-measures", "Insoweit ist es dem Auftragnehmer gestattet, alternative adäquate Maßnahmen umzusetzen, sofern das Sicherheitsniveau der festgelegten Maßnahmen nicht unterschritten wird."],
  ["de", "security-measures", "Zutrittskontrolle: Kein unbefugter Zutritt zu Datenverarbeitungsanlagen, z. B. durch Magnet- oder Chipkarten, Schlüssel, Alarmanlagen und Videoanlagen."],
  ["de", "security-measures", "Zugangskontrolle: Keine unbefugte Systembenutzung durch sichere Kennwörter und automatische Sperrmechanismen."],
  ["de", "security-measures", "Weitergabekontrolle: Kein unbefugtes Lesen, Kopieren, Verändern oder Entfernen bei elektronischer Übertragung oder Transport, z. B. durch Verschlüsselung und Virtual Private Networks."],
  ["de", "security-measures", "Verfügbarkeitskontrolle: Schutz gegen zufällige oder mutwillige Zerstörung bzw. Verlust, z. B. durch Backup-Strategie, unterbrechungsfreie Stromversorgung und Virenschutz."],
  ["de", "security-measures", "Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung der Wirksamkeit der Maßnahmen."],
  ["de", "data-subject-rights", "Der Auftragnehmer unterstützt den Auftraggeber mit geeigneten technischen und organisatorischen Maßnahmen bei der Erfüllung der Anträge betroffener Personen auf Wahrnehmung ihrer in Kapitel III DSGVO genannten Rechte."],
  ["de", "data-subject-rights", "Soweit sich eine betroffene Person unmittelbar an den Auftragnehmer wendet, leitet der Auftragnehmer dieses Ersuchen unverzüglich an den Auftraggeber weiter."],
  ["de", "data-subject-rights", "Der Auftragnehmer darf Auskünfte an Betroffene nur nach vorheriger Weisung des Auftraggebers erteilen."],
  ["de", "data-subject-rights", "Der Auftragnehmer darf die Daten nicht eigenmächtig berichtigen, löschen oder deren Verarbeitung einschränken, sondern nur nach dokumentierter Weisung des Auftraggebers."],
  ["de", "international-transfer", "Die Verarbeitung der Daten findet ausschließlich im Gebiet der Bundesrepublik Deutschland, in einem Mitgliedstaat der Europäischen Union oder in einem anderen Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum statt."],
  ["de", "international-transfer", "Jede Verlagerung in ein Drittland bedarf der vorherigen Zustimmung des Auftraggebers und darf nur erfolgen, wenn die besonderen Voraussetzungen der Art. 44 ff. DSGVO erfüllt sind."],
  ["de", "international-transfer", "Die Übermittlung in ein Drittland erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission."],
  ["de", "international-transfer", "Eine Datenübermittlung in die USA erfolgt nur an Unternehmen, die nach dem EU-US Data Privacy Framework zertifiziert sind."],
  ["de", "subprocessors", "Der Auftraggeber stimmt der Beauftragung der in Anlage 3 aufgeführten Unterauftragsverarbeiter zu."],
  ["de", "subprocessors", "Der Auftragnehmer informiert den Auftraggeber mindestens 30 Tage im Voraus über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung weiterer Auftragsverarbeiter."],
  ["de", "subprocessors", "Die Einschaltung von Subunternehmern ist nur mit vorheriger schriftlicher Zustimmung des Auftraggebers zulässig."],
  ["de", "subprocessors", "Der Auftragnehmer hat vertraglich sicherzustellen, dass die vereinbarten Regelungen zwischen Auftraggeber und Auftragnehmer auch gegenüber Subunternehmern gelten."],
  ["de", "subprocessors", "Nicht als Unterauftragsverhältnisse im Sinne dieser Regelung sind solche Dienstleistungen zu verstehen, die der Auftragnehmer bei Dritten als Nebenleistung zur Unterstützung bei der Auftragsdurchführung in Anspruch nimmt, etwa Telekommunikationsleistungen."],
  ["de", "audit", "Der Auftraggeber hat das Recht, im Benehmen mit dem Auftragnehmer Überprüfungen durchzuführen oder durch im Einzelfall zu benennende Prüfer durchführen zu lassen."],
  ["de", "audit", "Er hat das Recht, sich durch Stichprobenkontrollen, die in der Regel rechtzeitig anzumelden sind, von der Einhaltung dieser Vereinbarung durch den Auftragnehmer in dessen Geschäftsbetrieb zu überzeugen."],
  ["de", "audit", "Der Nachweis solcher Maßnahmen kann auch durch aktuelle Testate, Berichte oder Berichtsauszüge unabhängiger Instanzen wie Wirtschaftsprüfer, Revision oder Datenschutzbeauftragter erfolgen."],
  ["de", "audit", "Vor-Ort-Kontrollen sind mit einer Frist von mindestens 14 Tagen anzukündigen und finden höchstens einmal pro Kalenderjahr statt."],
  ["de", "audit", "Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis der Einhaltung der in Art. 28 DSGVO niedergelegten Pflichten zur Verfügung."],
  ["de", "retention-deletion", "Nach Abschluss der Erbringung der Verarbeitungsleistungen hat der Auftragnehmer sämtliche in seinen Besitz gelangten Unterlagen und Daten nach Wahl des Auftraggebers zu löschen oder zurückzugeben."],
  ["de", "retention-deletion", "Kopien oder Duplikate der Daten werden ohne Wissen des Auftraggebers nicht erstellt."],
  ["de", "retention-deletion", "Das Protokoll der Löschung ist auf Anforderung vorzulegen."],
  ["de", "retention-deletion", "Dokumentationen, die dem Nachweis der auftrags- und ordnungsgemäßen Datenverarbeitung dienen, sind durch den Auftragnehmer entsprechend den jeweiligen Aufbewahrungsfristen über das Vertragsende hinaus aufzubewahren."],
  ["de", "retention-deletion", "Die Löschung erfolgt spätestens 30 Tage nach Beendigung des Vertrages."],
  ["de", "confidentiality", "Der Auftragnehmer setzt bei der Durchführung der Arbeiten nur Beschäftigte ein, die auf die Vertraulichkeit verpflichtet und zuvor mit den für sie relevanten Bestimmungen zum Datenschutz vertraut gemacht wurden."],
  ["de", "confidentiality", "Die Verpflichtung zur Vertraulichkeit besteht auch nach Beendigung des Beschäftigungsverhältnisses fort."],
  ["de", "liability", "Für den Ersatz von Schäden, die ein Betroffener wegen einer nach der DSGVO unzulässigen Verarbeitung erleidet, haften Auftraggeber und Auftragnehmer im Außenverhältnis gemeinsam."],
  ["de", "liability", "Die Haftung des Auftragnehmers ist auf die im Hauptvertrag vereinbarte Höhe begrenzt."],
  ["de", "governing-law", "Es gilt deutsches Recht."],
  ["de", "governing-law", "Gerichtsstand ist der Sitz des Auftragnehmers."],
  // The Swedish PUB-avtal templates' wording (the GDPR's Swedish text, Art. 33(3)(d) mitigation, Art. 28(2)'s "annat
  // personuppgiftsbiträde", processing kept in the EU/EES, Art. 82 liability).
  ["sv", "breach-notification", "Personuppgiftsbiträdet ska utan onödigt dröjsmål, dock senast inom 24 timmar, underrätta den personuppgiftsansvarige efter att ha fått vetskap om en personuppgiftsincident."],
  ["sv", "breach-notification", "Anmälan ska åtminstone beskriva personuppgiftsincidentens art, de kategorier av och det ungefärliga antalet registrerade som berörs."],
  ["sv", "breach-notification", "Biträdet ska bistå den personuppgiftsansvarige med att fullgöra skyldigheterna enligt artiklarna 33 och 34 i dataskyddsförordningen."],
  ["sv", "breach-notification", "Leverantören ska vidta åtgärder för att mildra de potentiella negativa effekterna av incidenten."],
  ["sv", "security-measures", "Personuppgiftsbiträdet ska vidta lämpliga tekniska och organisatoriska åtgärder för att säkerställa en säkerhetsnivå som är lämplig i förhållande till risken."],
  ["sv", "security-measures", "Behörighetskontroll: endast behörig personal har åtkomst till personuppgifterna."],
  ["sv", "security-measures", "Personuppgifterna krypteras vid överföring och lagring."],
  ["sv", "security-measures", "Ett förfarande för att regelbundet testa, undersöka och utvärdera effektiviteten hos de tekniska och organisatoriska åtgärderna."],
  ["sv", "data-subject-rights", "Biträdet ska med hjälp av lämpliga tekniska och organisatoriska åtgärder bistå den personuppgiftsansvarige så att denne kan fullgöra sin skyldighet att svara på begäran om utövande av den registrerades rättigheter."],
  ["sv", "data-subject-rights", "Om en registrerad vänder sig direkt till Leverantören ska Leverantören utan dröjsmål vidarebefordra begäran till Kunden."],
  ["sv", "data-subject-rights", "Biträdet får inte lämna ut information till registrerade utan den personuppgiftsansvariges skriftliga instruktion."],
  ["sv", "international-transfer", "Personuppgifterna får inte överföras till ett land utanför EU/EES utan den personuppgiftsansvariges skriftliga godkännande."],
  ["sv", "international-transfer", "Behandlingen av personuppgifter ska ske inom EU/EES."],
  ["sv", "international-transfer", "Vid överföring till tredjeland ska EU-kommissionens standardavtalsklausuler användas."],
  ["sv", "subprocessors", "Personuppgiftsbiträdet får inte anlita ett annat personuppgiftsbiträde utan föregående särskilt eller allmänt skriftligt förhandstillstånd av den personuppgiftsansvarige."],
  ["sv", "subprocessors", "Leverantören ska informera Kunden om planer på att anlita nya underbiträden minst 30 dagar i förväg."],
  ["sv", "subprocessors", "Kunden har rätt att invända mot anlitandet av ett nytt underbiträde inom 14 dagar."],
  ["sv", "subprocessors", "Leverantören ansvarar gentemot Kunden för underbiträdets fullgörande av sina skyldigheter."],
  ["sv", "audit", "Den personuppgiftsansvarige har rätt att genomföra granskningar, inbegripet inspektioner, hos personuppgiftsbiträdet."],
  ["sv", "audit", "Biträdet ska ge den personuppgiftsansvarige tillgång till all information som krävs för att visa att skyldigheterna i artikel 28 har fullgjorts."],
  ["sv", "audit", "Revision får ske högst en gång per år med minst 30 dagars varsel."],
  ["sv", "retention-deletion", "Vid avtalets upphörande ska biträdet, beroende på vad den personuppgiftsansvarige väljer, radera eller återlämna alla personuppgifter."],
  ["sv", "retention-deletion", "Personuppgifterna ska raderas senast 30 dagar efter avtalets upphörande."],
  ["sv", "retention-deletion", "Biträdet ska på begäran skriftligen intyga att radering har skett."],
  ["sv", "confidentiality", "Biträdet ska säkerställa att personer med behörighet att behandla personuppgifterna har åtagit sig att iaktta konfidentialitet eller omfattas av en lämplig lagstadgad tystnadsplikt."],
  ["sv", "liability", "Vardera parten ansvarar för skada som parten orsakat genom brott mot dataskyddsförordningen."],
  ["sv", "governing-law", "Svensk lag ska tillämpas på detta avtal."],
  ["sv", "governing-law", "Tvist ska slutligt avgöras genom skiljedom enligt Stockholms Handelskammares Skiljedomsinstituts regler."],
] as const)('%s %s: "%s"', (lang, category, sentence) => {
  expect(categoriesIn(lang, sentence)).toContain(category);
});

// A data subject's request for erasure is a right, not a retention rule; the authority told is the controller's notice.
test('"Wendet sich eine betroffene Person mit Forderungen zur ... Löschung" is no retention clause', () => {
  expect(categoriesIn('de', 'Wendet sich eine betroffene Person mit Forderungen zur Berichtigung, Löschung oder Auskunft an den Auftragnehmer, wird er die betroffene Person an den Auftraggeber verweisen.')).not.toContain('retention-deletion');
});
test('"Meddela den behöriga tillsynsmyndigheten inom 72 timmar" is no breach notice to the customer', () => {
  const { report } = analyzeText(readInput(underHeading('sv', SECTION.sv, `Vid en personuppgiftsincident gäller följande enligt artiklarna 33 och 34:\n\n- Meddela den behöriga tillsynsmyndigheten inom 72 timmar.`), 'markdown'), { source: 'art28.md', force: true });
  expect(report.terms.breachNotice?.maxHours ?? null).toBeNull();
});

// Art. 32(1)(d)'s own testing is a measure, not an audit right; Art. 28(3)(e)'s measures are how the processor assists,
// not its security; "nicht eigenmächtig berichtigen, löschen" is the controller's say over the rights, not a deletion rule.
test.each([
  ['audit', 'Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung der Wirksamkeit der Maßnahmen.'],
  // The processor reviewing its own measures is no audit right (toppmoeller-avv.de.html § 6(2)).
  ['audit', 'Der Auftragsverarbeiter wird die technischen und organisatorischen Maßnahmen bei Bedarf und / oder anlassbezogen überprüfen und anpassen.'],
  // Art. 32(1)(d) in another order (tale-avv.de.md 6.1 e).
  ['audit', 'Regelmäßige Tests, Bewertungen und Überprüfungen der Wirksamkeit der Maßnahmen.'],
  ['security-measures', 'Der Auftragnehmer unterstützt den Auftraggeber mit geeigneten technischen und organisatorischen Maßnahmen bei der Erfüllung der Anträge betroffener Personen auf Wahrnehmung ihrer in Kapitel III DSGVO genannten Rechte.'],
  ['retention-deletion', 'Der Auftragnehmer darf die Daten nicht eigenmächtig berichtigen, löschen oder deren Verarbeitung einschränken, sondern nur nach dokumentierter Weisung des Auftraggebers.'],
] as const)('not %s: "%s"', (category, sentence) => {
  expect(categoriesIn('de', sentence)).not.toContain(category);
});
