// The window to object to a new sub-processor, in German and Swedish word order: the window before a verb-last
// "widersprechen" / "Einspruch erheben" or after the noun ("Widerspruch ... binnen zwei Wochen"), and Swedish
// "invända inom 30 dagar" / "rätt att invända ... inom". The sentences are as published in public AVVs and
// PUB-avtal (found with the code search; short quotes, reworded by no one), and from the German text of the
// Commission's Art. 28(7) clauses (Implementing Decision (EU) 2021/915, Clause 7.7(a)).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';

const subprocessorsOf = (heading: string, ...sentences: string[]) =>
  analyze({ text: [heading, '', ...sentences].join('\n\n'), title: null, hints: null }, { force: true }).terms.subprocessors;

describe('German: the objection window in either order', () => {
  test.each<[string, string[], number | null, number]>([
    // verb last, window before it
    ['§ 5 Unterauftragsverhältnisse', ['Bei Beauftragung weiterer Unterauftragsverarbeiter informiert der Auftragsverarbeiter den Verantwortlichen mindestens 30 Tage im Voraus per E-Mail.', 'Der Verantwortliche kann innerhalb von 14 Tagen widersprechen.'], 30, 14],
    ['6 Unter-Auftragsverarbeiter', ['Beabsichtigte Änderungen hinsichtlich der Hinzuziehung oder der Ersetzung von Unter-Auftragsverarbeitern teilt der Auftragnehmer dem Auftraggeber mindestens 30 Tage vor Wirksamwerden in Textform mit.', 'Der Auftraggeber kann der Änderung innerhalb von 14 Tagen widersprechen; im Falle eines Widerspruchs sind Alternativen zu verhandeln.'], 30, 14],
    ['§ 6 Unterauftragsverarbeiter', ['Ein Wechsel oder die Hinzunahme weiterer Unterauftragsverarbeiter wird dem Verantwortlichen vorab in Textform mitgeteilt.', 'Der Verantwortliche kann einer Änderung aus wichtigem, datenschutzrechtlichem Grund innerhalb von 14 Tagen widersprechen.'], null, 14],
    ['§ 7 Unterauftragsverhältnisse', ['Der Auftragnehmer informiert über beabsichtigte Änderungen der Unterauftragsverarbeiter; der Auftraggeber kann ihnen nur aus einem wichtigen, datenschutzrechtlichen Grund innerhalb von 14 Tagen widersprechen.'], null, 14],
    // "Einspruch zu erheben" after "berechtigt, innerhalb von ..."
    ['§ 6 Unterauftragsverarbeiter', ['Der Auftragnehmer teilt dem Auftraggeber die Beauftragung eines neuen Unterauftragsverarbeiters mit.', 'Der Auftraggeber ist berechtigt, innerhalb von vier Wochen nach Zugang der Mitteilung Einspruch zu erheben.'], null, 28],
    // the noun first, the window after it
    ['§ 6 Unterauftragsverarbeiter', ['Über die Beauftragung neuer Unterauftragsverarbeiter wird der Auftraggeber informiert.', 'Ein Widerspruch des Auftraggebers ist binnen zwei Wochen nach der Information in Textform zu erklären.'], null, 14],
    // the verb first, as the English reader already read it
    ['§ 6 Unterauftragsverarbeiter', ['Der Auftraggeber kann der Beauftragung eines neuen Unterauftragsverarbeiters widersprechen, und zwar innerhalb von 30 Tagen nach der Mitteilung.'], null, 30],
  ])('%s: %s', (heading, sentences, noticeDays, objectionDays) => {
    const t = subprocessorsOf(heading, ...sentences);
    expect(t?.objectionDays).toBe(objectionDays);
    if (noticeDays !== null) expect(t?.noticeDays).toBe(noticeDays);
  });

  test('the Art. 28(7) clauses (7.7(a), OPTION 2) leave the notice period blank: general authorization, an objection right, no window', () => {
    const t = subprocessorsOf(
      'Klausel 7.7 Einsatz von Unterauftragsverarbeitern',
      'OPTION 2: ALLGEMEINE SCHRIFTLICHE GENEHMIGUNG: Der Auftragsverarbeiter besitzt die allgemeine Genehmigung des Verantwortlichen für die Beauftragung von Unterauftragsverarbeitern, die in einer vereinbarten Liste aufgeführt sind.',
      'Der Auftragsverarbeiter unterrichtet den Verantwortlichen mindestens [ZEITRAUM ANGEBEN] im Voraus ausdrücklich in schriftlicher Form über alle beabsichtigten Änderungen dieser Liste durch Hinzufügen oder Ersetzen von Unterauftragsverarbeitern und räumt dem Verantwortlichen damit ausreichend Zeit ein, um vor der Beauftragung des/der betreffenden Unterauftragsverarbeiter/s Einwände gegen diese Änderungen erheben zu können.',
      'Der Auftragsverarbeiter stellt dem Verantwortlichen die erforderlichen Informationen zur Verfügung, damit dieser sein Widerspruchsrecht ausüben kann.',
    );
    expect(t).toMatchObject({ authorization: 'general', noticeDays: null, objectionDays: null, objectionRight: true });
  });

  test('a deadline for something else in the sentence is no objection window', () => {
    // The notice itself is 30 days ahead; the objection has no window of its own here.
    const t = subprocessorsOf('§ 6 Unterauftragsverarbeiter', 'Der Auftragnehmer informiert den Auftraggeber mindestens 30 Tage im Voraus über neue Unterauftragsverarbeiter.', 'Der Auftraggeber kann der Änderung aus wichtigem Grund widersprechen.');
    expect(t).toMatchObject({ noticeDays: 30, objectionDays: null, objectionRight: true });
  });

  test('after an objection, a window to find a solution is not the window to object', () => {
    const t = subprocessorsOf('§ 6 Unterauftragsverarbeiter', 'Widerspricht der Auftraggeber, werden sich die Parteien innerhalb von 30 Tagen um eine einvernehmliche Lösung bemühen.');
    expect(t?.objectionDays ?? null).toBeNull();
  });
});

describe('Swedish: "invända inom", "rätt att invända ... inom"', () => {
  test.each<[string, string[], number]>([
    ['5. Underbiträden', ['Kunden godkänner att Biträdet använder underbiträden enligt listan under § 7 i Integritetspolicyn.', 'Biträdet ska underrätta Kunden vid byte av underbiträde, varvid Kunden har rätt att invända inom 30 dagar.'], 30],
    ['7. Underbiträden', ['Biträdet ska informera Kunden om väsentliga förändringar av underbiträden.', 'Kunden har rätt att invända inom 30 dagar efter meddelande.'], 30],
    ['6. Underbiträden', ['Biträdet underrättar Ansvarig innan ett nytt underbiträde anlitas; Ansvarig kan invända inom 30 dagar.'], 30],
    ['11. Underbiträden', ['Den Personuppgiftsansvarige har rätt att invända mot anlitandet av ett nytt Underbiträde inom fjorton (14) dagar från mottagandet av meddelandet.'], 14],
    // Written for the test: the window before the verb, as German puts it.
    ['5. Underbiträden', ['Kunden kan inom trettio (30) dagar från meddelandet skriftligen invända mot det nya underbiträdet.'], 30],
  ])('%s: %s', (heading, sentences, objectionDays) => {
    expect(subprocessorsOf(heading, ...sentences)?.objectionDays).toBe(objectionDays);
  });

  test('a window that runs from the objection, to find a solution, is no window to object (written for the test)', () => {
    const t = subprocessorsOf('5. Underbiträden', 'Biträdet ska informera Kunden innan ett nytt underbiträde anlitas.', 'Invänder Kunden ska parterna inom 30 dagar från invändningen försöka nå en lösning.');
    expect(t?.objectionDays ?? null).toBeNull();
  });
});
