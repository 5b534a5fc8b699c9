// How German privacy notices write retention, third countries, requests and recipients, in the wording of the
// generators most German sites are built on (eRecht24, Dr. Schwenke's Datenschutz-Generator, the Weiß & Partner sample,
// mein-datenschutzbeauftragter.de) and of Art. 12(3) DSGVO ("innerhalb eines Monats"). Sentences written for these tests
// from that drafting, not copied from a gold document; each failed on the rules before this change (main 2a5db9d) and
// reads now through a table of the language, not a phrase: the genitive of the unit ("eines Monats"), the period by its
// name ("Die Speicherdauer beträgt"), the erasing verbs ("anonymisiert", "überschrieben"), the event that ends keeping
// ("bis zu Ihrer Abmeldung"), transfers denied ("findet nicht statt") and the processor as the agent.
import { describe, expect, test } from 'vitest';
import { categoriesOf, readUnder, retentionDays } from '../helpers/drafting';

const read = (heading: string, sentence: string) => readUnder('policyDe', heading, sentence);

describe('German retention periods', () => {
  test.each<[string, string, number[]]>([
    ['Server-Logfiles', 'Logfile-Informationen werden für die Dauer von maximal 30 Tagen gespeichert und danach gelöscht oder anonymisiert.', [30]],
    ['Aufbewahrung', 'Gemäß gesetzlichen Vorgaben in Deutschland erfolgt die Aufbewahrung insbesondere für 10 Jahre gemäß §§ 147 Abs. 1 AO, 257 Abs. 1 Nr. 1 und 4, Abs. 4 HGB und 6 Jahre gemäß § 257 Abs. 1 Nr. 2 und 3, Abs. 4 HGB (Handelsbriefe).', [3650, 2190]],
    ['Matomo', 'Die Speicherdauer der Daten beträgt 24 Monate.', [730]],
    ['Matomo', 'Die Speicherfrist beträgt sechs Monate.', [180]],
    ['Speicherdauer', 'Die Löschfrist beträgt 30 Tage.', [30]],
    ['Bewerbungen', 'Im Falle einer Absage werden Ihre Bewerbungsunterlagen sechs Monate nach Abschluss des Bewerbungsverfahrens gelöscht.', [180]],
    ['Speicherdauer', 'Die IP-Adresse wird nach 24 Stunden anonymisiert.', [1]],
    ['Speicherdauer', 'Wir löschen die Protokolldaten nach Ablauf von 90 Tagen.', [90]],
    ['Speicherdauer', 'Die Aufzeichnungen werden 72 Stunden nach der Aufnahme überschrieben.', [3]],
    ['Speicherdauer', 'Nach Beendigung des Vertrages werden Ihre Daten nach Ablauf einer Frist von 30 Tagen gelöscht.', [30]],
    ['Speicherdauer', 'Rechnungsdaten werden für mindestens zehn Jahre aufbewahrt.', [3650]],
  ])('%s: %s', (heading, sentence, days) => expect(retentionDays(read(heading, sentence))).toEqual(days));

  test('kept until an event ends it is a retention rule with no period', () => {
    const s = 'Ihre E-Mail-Adresse speichern wir bis zu Ihrer Abmeldung vom Newsletter.';
    const r = read('Newsletter', s);
    expect(categoriesOf(r, s)).toContain('retention-deletion');
    expect(retentionDays(r)).toEqual([]);
  });

  test('a lower bound that is no keeping stays no period', () =>
    expect(retentionDays(read('Kontakt', 'Bitte wenden Sie sich mindestens zwei Wochen vor der Veranstaltung an uns.'))).toEqual([]));
});

describe('German deletion at an event and rights by their articles', () => {
  test.each<[string, string, string]>([
    ['Verarbeitung', 'Bei der Erstellung werden die Daten unmittelbar nach der Bereitstellung des Zertifikats unwiderruflich gelöscht.', 'retention-deletion'],
    ['Prüfung', 'Nach Abschluss der Prüfung werden die angezeigten Daten verworfen.', 'retention-deletion'],
    ['Ihre Rechte', 'Ihnen stehen die Rechte aus den Artikeln 15, 16, 17, 18 und 21 DSGVO zu.', 'data-subject-rights'],
  ])('%s: %s', (heading, sentence, category) => expect(categoriesOf(read(heading, sentence), sentence)).toContain(category));
});

describe('German units in the genitive', () => {
  test('Art. 12(3): "innerhalb eines Monats" is the answer time', () =>
    expect(read('Ihre Rechte', 'Wir beantworten Ihre Anfrage unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang.').terms.dsrResponseDays).toBe(30));
  test('"binnen eines Jahres gelöscht"', () => expect(retentionDays(read('Speicherdauer', 'Die Daten werden binnen eines Jahres gelöscht.'))).toEqual([365]));
});

describe('German transfers denied', () => {
  test.each([
    'Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.',
    'Eine Verarbeitung außerhalb der EU bzw. des EWR findet nicht statt.',
    'Es findet keine Übermittlung Ihrer Daten in Drittstaaten statt.',
    'Ihre Daten werden nicht in Drittländer übermittelt.',
    'Ihre Daten werden ausschließlich auf Servern in Deutschland verarbeitet.',
  ])('%s', (sentence) => expect(read('Drittland', sentence).terms.transfers?.outsideEEA).toBe('no'));
  test('a transfer that does happen is still one', () =>
    expect(read('Drittland', 'Die Daten werden an einen Server von Google in den USA übertragen und dort gespeichert.').terms.transfers?.outsideEEA).toBe('yes'));
});

describe('German recipients', () => {
  test.each<[string, string]>([
    ['Empfänger', 'Wir geben Ihre Daten nur an Dritte weiter, wenn Sie eingewilligt haben.'],
    ['Hosting', 'Wir haben mit dem Hoster einen Vertrag über Auftragsverarbeitung (AVV) geschlossen.'],
    ['Newsletter', 'Die Daten werden von unserem Dienstleister Mailchimp verarbeitet.'],
  ])('%s: %s', (heading, sentence) => expect(categoriesOf(read(heading, sentence), sentence)).toContain('sharing'));
  test.each<[string, string]>([
    ['Empfänger', 'Mit dem Betrieb und der Wartung des Serversystems hat die Acme GmbH die Beispiel Service GmbH beauftragt.'],
    ['Empfänger', 'Bei der Prüfung werden Ihre Buchungsdaten an einen Prüfpartner des Anbieters übermittelt.'],
  ])('a provider engaged, a recipient in the passive: %s', (heading, sentence) => expect(categoriesOf(read(heading, sentence), sentence)).toContain('sharing'));
  test('sent to the company\'s own server is no sharing', () =>
    expect(categoriesOf(read('Server', 'Ihre Daten werden an unseren Server übermittelt.'), 'Ihre Daten werden an')).not.toContain('sharing'));
  test('processed by the company itself is no sharing', () =>
    expect(categoriesOf(read('Verarbeitung', 'Ihre Daten werden von uns ausschließlich zur Bearbeitung Ihrer Anfrage verarbeitet.'), 'Ihre Daten werden von uns')).not.toContain('sharing'));
});
