// A Swedish privacy notice written in the passive and the future ("personuppgifter behandlas och lagras", "Vi kommer
// inte att ge ut eller sälja din e-postadress"), its periods counted from inactivity ("Konton som inte använts på 12
// månader kommer att raderas") or after an event ("avidentifieras tre månader efter den senaste aktiviteten"), and a
// cookie table whose lifetime is no retention period. Sentences in the style of Swedish municipal and civic-tech
// notices (FixaMinGata's among them, test/fixtures/sources/batch-11.md).
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { readBlocks as force, retentionDays, taggedAlone as tagged } from '../helpers/drafting';

const read = (title: string | null, ...blocks: string[]) => analyze({ text: blocks.join('\n\n'), title, hints: null });
/** A German policy's opening, then `blocks` under its section on how long data is kept. */
const DE_RETENTION = ['Datenschutzerklärung', 'Wir verarbeiten Ihre personenbezogenen Daten, wenn Sie unsere Website besuchen.', 'Dauer der Speicherung'];

describe('a Swedish notice in the passive and the future is a privacy policy', () => {
  const body = [
    'Offentlighet och personuppgifter',
    'För att du ska kunna rapportera ärenden behandlas och lagras personuppgifter i samband med skapande av konto.',
    'Din e-postadress och namn lagras i vår databas. Du har rätt att begära att få ta del av de uppgifter som finns registrerade om dig.',
    'Vi kommer att skicka din information till den kommun som är ansvarig för området. Vi kommer inte att ge ut eller sälja din e-postadress till någon annan.',
    'Kakor',
    'Tjänsten använder kakor för att komma ihåg tidigare inloggning.',
  ];
  test('without a title', () => expect(read(null, ...body).docType).toBe('privacy-policy'));
  test.each(['Sekretess och kakor – Exempeltjänsten', 'Sekretesspolicy', 'Integritet och cookies'])('titled "%s"', (title) =>
    expect(read(title, ...body).docType).toBe('privacy-policy'));
  test('an agreement on confidentiality is not one', () =>
    expect(read('Sekretessavtal', 'Parterna förbinder sig att inte röja konfidentiell information.', 'Avtalet gäller i tre år.').docType).not.toBe('privacy-policy'));
});

describe('Swedish retention: inactivity, "efter", and cookie tables', () => {
  test.each<[string, number[]]>([
    ['Konton som inte använts på 12 månader kommer att raderas.', [365]],
    ['Konton som inte har använts under två år raderas.', [730]],
    ['Inrapporterade ärenden kommer avidentifieras tre månader efter den senaste aktiviteten i ärendet.', [90]],
    ['Lösta ärenden kommer att avidentifieras tre månader efter den senaste aktiviteten.', [90]],
    // The period first, the verb after it.
    ['Efter 24 månader utan inloggning kommer uppgifterna att raderas.', [730]],
  ])('%s', (sentence, days) => {
    const r = force('Integritetspolicy', 'Vi behandlar dina personuppgifter när du använder tjänsten.', 'Hur länge sparas uppgifterna?', sentence);
    expect(retentionDays(r)).toEqual(days);
  });

  test('a row of a cookie table gives a lifetime, not a retention period', () => {
    const r = force(
      'Integritetspolicy',
      'Vi behandlar dina personuppgifter när du använder tjänsten.',
      'Kakor',
      // The table as FixaMinGata's page renders it: the header row and its row in one block under "Kakor".
      'Namn | Innehåll | Giltighet\napp_session | En slumpvis sträng | Raderas när webbläsaren stängs, eller efter fyra veckor',
    );
    expect(r.terms.retention ?? []).toEqual([]);
  });

  test('a table row under a heading of retention periods still counts', () => {
    const r = force('Integritetspolicy', 'Vi behandlar dina personuppgifter när du använder tjänsten.', 'Lagringstider', 'Uppgift | Lagringstid', 'Aktivitetsloggar | 12 månader');
    expect(retentionDays(r)).toEqual([365]);
  });
});

describe('Swedish requests and recipients', () => {
  test.each(['Du kan begära att vi raderar data om dig.', 'Du kan begära att vi rättar felaktiga uppgifter.'])('a request: %s', (s) => expect(tagged('data-subject-rights', s)).toBe(true));
  test.each([
    'All information som du anger kring ett problem kommer att skickas till berörd kommun.',
    'Vi kommer att skicka din information och upplysning om problemet till den kommun som är ansvarig.',
  ])('passed on to a recipient: %s', (s) => expect(tagged('sharing', s)).toBe(true));
  test.each([
    'Vi skickar ett e-postmeddelande till dig när ärendet uppdateras.',
    'Information som lagras i kakor skickas till servern när du besöker webbplatsen igen.',
  ])('not a disclosure: %s', (s) => expect(tagged('sharing', s)).toBe(false));
});

describe('German retention written verb-last, as alternatives, after inactivity', () => {
  const de = (...blocks: string[]) => force(...DE_RETENTION, ...blocks);
  test.each<[string, number[]]>([
    ['Im Zuge der Anmeldung angegebene Daten werden 30 Tage nach Ende der jeweiligen Veranstaltung automatisch gelöscht.', [30]],
    ['Die Daten werden nach 6 bzw. 10 Jahren gelöscht, abhängig von den gesetzlichen Vorschriften.', [3650]],
    ['Das Auditlog hält Informationen zu Loginversuchen für 7 Tage vor.', [7]],
    ['Bei Löschung des Accounts werden alle Daten zwei Monate später entfernt.', [60]],
    ['Die Daten bleiben gespeichert bis zur Löschung durch die Betreiber oder wenn der Knoten mehr als 365 Tage inaktiv ist.', [365]],
  ])('%s', (sentence, days) => expect(retentionDays(de(sentence))).toEqual(days));
  test('a request for erasure with no period states none', () => expect(de('Sie können die Löschung Ihrer Daten verlangen.').terms.retention ?? []).toEqual([]));
});

// Swedish verbs in all their forms and the bases of Art. 6 inflected: the infinitive of a promise ("Vi kommer att
// behålla"), the definite adjective ("Vår rättsliga grund"), the verb before its subject after a clause naming the
// event ("När kontot avslutas raderar vi ..."), and the recipient after "med" whatever is shared. Sentences written
// for these tests in the style of Swedish notices; the gaps showed on a validation notice (sources/batch-12.md).
describe('Swedish verbs in every form, and the bases of processing inflected', () => {
  const policy = (...blocks: string[]) => force('Integritetspolicy', 'Vi behandlar dina personuppgifter när du använder tjänsten.', ...blocks);
  test.each<[string, number[]]>([
    ['Vi kommer att behålla dina uppgifter i två år efter att kontot avslutats.', [730]],
    ['Vi sparade tidigare loggar i 30 dagar.', [30]],
    ['Fakturaunderlag förvaras i sju år enligt bokföringslagen.', [2555]],
    ['Föreningen behöll medlemsregistret i högst ett år.', [365]],
  ])('%s', (sentence, days) => expect(retentionDays(policy('Hur länge sparas uppgifterna?', sentence))).toEqual(days));

  test.each([
    'När du avslutar ditt konto raderar vi dina personuppgifter.',
    'Därefter raderar vi kontaktuppgifterna.',
    'Vi raderar dina uppgifter automatiskt när ärendet är avslutat.',
    'Uppgifterna sparas inte längre än nödvändigt.',
  ])('a deletion or storage rule: %s', (s) => expect(tagged('retention-deletion', s)).toBe(true));
  test('the right to erasure is not a retention rule', () => expect(tagged('retention-deletion', 'Du har rätt att begära radering av dina uppgifter.')).toBe(false));

  test.each([
    'Den rättsliga grunden för behandlingen är ditt samtycke.',
    'Vår rättsliga grund är vårt berättigade intresse av att kunna svara på frågor.',
    'Behandlingen är nödvändig för att fullgöra avtalet med dig.',
    'Vi behandlar uppgifterna för att uppfylla en rättslig förpliktelse.',
  ])('a basis of processing: %s', (s) => expect(tagged('purposes-legal-basis', s)).toBe(true));

  test.each(['Vi delar uppgifterna med vår e-postleverantör.', 'Dina svar delas med kommunen.', 'Föreningen delade listan med distriktet.'])('shared with a recipient: %s', (s) =>
    expect(tagged('sharing', s)).toBe(true));
  test.each(['Tack för att du delar med dig av dina idéer.', 'Det du delar med oss i formuläret sparas i ett år.'])('not a disclosure: %s', (s) => expect(tagged('sharing', s)).toBe(false));

  test.each(['Om du vill utöva dina rättigheter kan du kontakta oss.', 'För att utöva någon av dessa rättigheter, mejla oss.', 'Du har även rätt att få ett registerutdrag.'])('a data-subject right: %s', (s) =>
    expect(tagged('data-subject-rights', s)).toBe(true));
});

describe('Swedish transfers: exports and the USA named, a third party is not a third country', () => {
  const policy = (...blocks: string[]) => force('Integritetspolicy', 'Vi behandlar dina personuppgifter när du använder tjänsten.', ...blocks);
  test.each(['Uppgifterna kan exporteras till länder utanför EU/EES.', 'Vår e-posttjänst lagrar uppgifterna i USA.'])('a transfer: %s', (s) => expect(tagged('international-transfer', s)).toBe(true));
  test('portability to a third party is a right, not a transfer', () =>
    expect(tagged('international-transfer', 'Du har rätt att överföra dina uppgifter till en tredje part.')).toBe(false));
  test('an export to countries outside the EU is a transfer made, and with no safeguard it is flagged', () => {
    const r = policy('Överföring', 'När vi delar uppgifter med forskare exporteras de ibland till länder som USA.');
    expect(r.terms.transfers?.outsideEEA).toBe('yes');
    expect(r.deviations.map((d) => d.rule)).toContain('transfer-safeguards');
  });
});
