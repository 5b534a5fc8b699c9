// How Swedish and Finland-Swedish privacy notices write retention, requests, transfers, recipients and analytics.
// Sentences written for these tests from Swedish drafting (integritetspolicyer, dataskyddsbeskrivningar); those marked
// "new" failed on the rules before this change (main 77bb0c6), the rest guard what already read. Each reads through a
// table of the language: the period that "has run" ("när det har gått 18 månader"), the verb before "inte" (Swedish word
// order: "överförs inte"), a denial under a heading that names the outside, the processors engaged, analytics tools.
import { describe, expect, test } from 'vitest';
import { categoriesOf, readUnder, retentionDays } from '../helpers/drafting';

const read = (heading: string, sentence: string) => readUnder('policySv', heading, sentence);

describe('Swedish retention periods', () => {
  test.each<[string, number[]]>([
    ['Uppgifterna sparas i 24 månader.', [730]],
    ['Loggfiler raderas efter 30 dagar.', [30]],
    ['Uppgifterna gallras efter två år.', [730]],
    // new: the period that has run
    ['Dina uppgifter sparas tills det har gått 18 månader sedan din senaste inloggning.', [540]],
    ['Uppgifterna raderas automatiskt när det har gått tolv månader från den senaste inloggningen.', [365]],
    ['Lagringstiden är 12 månader.', [365]],
    ['Uppgifterna sparas i minst fem år.', [1825]],
    ['Inspelningar raderas senast 72 timmar efter att de gjorts.', [3]],
  ])('%s', (sentence, days) => expect(retentionDays(read('Lagring', sentence))).toEqual(days));
  test('kept while a membership lasts is retention with no period', () => {
    const s = 'Personuppgifterna sparas så länge du är medlem.';
    const r = read('Lagring', s);
    expect(categoriesOf(r, s)).toContain('retention-deletion');
    expect(retentionDays(r)).toEqual([]);
  });
});

describe('Swedish transfers', () => {
  test.each<[string, string, 'yes' | 'no']>([
    // new: the verb before "inte"
    ['Tredje land', 'Dina personuppgifter överförs inte till tredje land.', 'no'],
    ['Tredje land', 'Vi överför inte dina personuppgifter utanför EU/EES.', 'no'],
    // new: a denial under a heading that names the outside
    ['Överföring av uppgifter utanför EU eller EES', 'Uppgifter överförs inte.', 'no'],
    ['Tredje land', 'Uppgifterna behandlas endast inom EU/EES.', 'no'],
    // new: processed in the USA
    ['Tredje land', 'Vissa av våra leverantörer behandlar uppgifter i USA.', 'yes'],
    ['Tredje land', 'När uppgifter överförs till USA använder vi EU-kommissionens standardavtalsklausuler.', 'yes'],
  ])('%s: %s', (heading, sentence, stance) => expect(read(heading, sentence).terms.transfers?.outsideEEA).toBe(stance));
  test('a denial under a heading that names no place is no stance', () =>
    expect(read('Om tjänsten', 'Uppgifter överförs inte.').terms.transfers?.outsideEEA ?? null).toBeNull());
});

describe('Swedish requests, recipients, measures and analytics', () => {
  test.each<[string, string, string]>([
    ['Dina rättigheter', 'Vi besvarar din begäran inom en månad.', 'data-subject-rights'],
    // new
    ['Dina rättigheter', 'Du kan begära information om behandlingen av dina personuppgifter genom att kontakta oss.', 'data-subject-rights'],
    ['Dina rättigheter', 'Du har rätt att kontrollera och korrigera dina uppgifter.', 'data-subject-rights'],
    ['Mottagare', 'Personuppgifterna förmedlas till bibliotekssystemet.', 'sharing'],
    ['Mottagare', 'Vi anlitar personuppgiftsbiträden som behandlar uppgifter för vår räkning.', 'sharing'],
    ['Dataskyddsprinciper', 'Endast systemets administratörer har åtkomst till uppgifterna.', 'security-measures'],
    ['Kakor', 'Vi använder analysverktyget Matomo för att följa upp hur webbplatsen används.', 'cookies-tracking'],
    ['Vilka uppgifter', 'Vid inloggning sparas ditt användar-ID, namn och e-postadress.', 'data-collection'],
  ])('%s: %s', (heading, sentence, category) => expect(categoriesOf(read(heading, sentence), sentence)).toContain(category));
  test('the answer time', () => expect(read('Dina rättigheter', 'Vi svarar på din begäran utan onödigt dröjsmål och senast inom en månad.').terms.dsrResponseDays).toBe(30));
  test('passed on to the reader is no sharing', () =>
    expect(categoriesOf(read('Om tjänsten', 'Inloggningslänken förmedlas till dig per e-post.'), 'Inloggningslänken')).not.toContain('sharing'));
});
