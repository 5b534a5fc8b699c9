// Ways contracts and notices write three things the rules read: a period as a bound ("in less than seven days", "for a
// minimum of two years", "drei Monate nach dem letzten Kontakt"), a place that is any place ("globally", "to any country
// or territory", "in Drittländer übermittelt"), and a request in the passive ("Request that your information be
// corrected"). Sentences written for these tests in the style of Let's Encrypt's and the HPI app's notices and of US SaaS
// DPAs (test/fixtures/sources/batch-12.md), with counter-examples.
import { describe, expect, test } from 'vitest';
import { readBlocks as force, retentionDays as days, taggedAlone as tagged } from '../helpers/drafting';

const policy = (...blocks: string[]) => force('Privacy Policy', 'This privacy policy explains how Acme collects and uses your personal data.', 'How long we keep data', ...blocks);
const dePolicy = (...blocks: string[]) => force('Datenschutzerklärung', 'Wir verarbeiten Ihre personenbezogenen Daten, wenn Sie unsere App nutzen.', 'Speicherdauer', ...blocks);

describe('a period as a bound', () => {
  test.each<[string, number[]]>([
    ['Temporary server logs are normally deleted in less than seven days.', [7]],
    ['Support tickets are deleted in under 90 days.', [90]],
    ['We will store this information for a minimum of two years per root program requirements.', [730]],
    ['We retain invoices for at least 7 years.', [2555]],
  ])('%s', (sentence, expected) => expect(days(policy(sentence))).toEqual(expected));
  test('a minimum that is a notice, not a keeping, is no retention period', () =>
    expect(days(policy('We will give you at least 30 days notice before we delete your account.'))).toEqual([]));
  test('the deletion word first, the period counted from an event after it (German)', () => {
    expect(days(dePolicy('Wir löschen Ihre Daten, sobald sie nicht mehr benötigt werden, also in der Regel drei Monate nach dem letzten Kontakt mit Ihnen.'))).toEqual([90]);
    expect(days(dePolicy('Die Löschung der Anfragen erfolgt zwölf Monate nach Abschluss des Vorgangs.'))).toEqual([365]);
  });
  test('a period with no deletion before it is not one', () => expect(days(dePolicy('Bitte melden Sie sich drei Monate nach dem Kauf erneut.'))).toEqual([]));
});

describe('any place at all is a transfer permitted', () => {
  test.each([
    'Provider may Process and transfer Customer Personal Data globally as necessary to provide the Service.',
    'Vendor may transfer Personal Data to any country or territory as necessary for the provision of the Services.',
    'We may store and process data anywhere that we or our sub-processors maintain facilities.',
    'Your personal data may be transferred to jurisdictions where our service providers store or process data.',
  ])('%s', (sentence) => {
    expect(tagged('international-transfer', sentence, 'base')).toBe(true);
    expect(force('Data Processing Agreement', 'This DPA is between Customer (the controller) and Vendor (the processor).', 'Transfers', sentence).terms.transfers?.outsideEEA).toBe('yes');
  });
  test.each(['You can access your account from anywhere.', 'Automattic is the controller for processing across all of our Services worldwide.'])('not a transfer: %s', (s) =>
    expect(tagged('international-transfer', s, 'base')).toBe(false));
  test('German: data sent to third countries in the verb', () => {
    const r = dePolicy('Sollen in besonderen Fällen Ihre Daten in Drittländer übermittelt werden, informieren wir Sie gesondert.');
    expect(r.terms.transfers?.outsideEEA).toBe('yes');
  });
});

describe('requests and disclosures in their other forms', () => {
  test.each(['Request that your information be corrected or deleted by contacting us.', 'You may request that your personal data is erased.'])('a request: %s', (s) =>
    expect(tagged('data-subject-rights', s)).toBe(true));
  test.each([
    'Ihre Daten werden von uns nicht an Dritte weitergegeben.',
    'In bestimmten Fällen müssen wir Ihre personenbezogenen Daten Dritten offenlegen.',
  ])('German sharing: %s', (s) => expect(tagged('sharing', s)).toBe(true));
  test('German: exercising the rights by another verb', () =>
    expect(tagged('data-subject-rights', 'Wenn Sie diese Rechte nutzen wollen, schreiben Sie uns.')).toBe(true));
});

describe('an adequacy decision named by its absence', () => {
  const mechanisms = (...sentences: string[]) =>
    force('Privacy Policy', 'This privacy policy explains how Acme collects and uses your personal data.', 'International transfers', ...sentences).terms.transfers?.mechanisms ?? [];
  test('the destination has none: the SCCs are the mechanism, adequacy is not', () =>
    expect(mechanisms('Our mail provider is located in the US, so your data is transferred to a country without an adequacy decision. We use Standard Contractual Clauses to provide appropriate safeguards.')).toEqual(['scc']));
  test.each([
    'Where a transfer is made to a country without an adequacy decision, we rely on Standard Contractual Clauses.',
    'For transfers of personal data from the EEA to countries without an adequacy decision, the Standard Contractual Clauses apply.',
    'For some of the countries your data goes to the Commission did not issue an adequacy decision: those transfers are based on Standard Contractual Clauses.',
  ])('a condition relies on adequacy for the other countries: %s', (sentence) => expect(mechanisms('Your data will be transferred outside the EU.', sentence).sort()).toEqual(['adequacy', 'scc']));
});

describe('keeping forever, and recipients by other words', () => {
  test('stored permanently is a retention statement; permanently deleted is not', () => {
    expect(tagged('retention-deletion', 'Your wallet address and name are stored permanently on our metadata cache.')).toBe(true);
    expect(tagged('retention-deletion', 'You control what is shared publicly, kept private, or permanently deleted.')).toBe(false);
  });
  test.each([
    'We use a subprocessor called Exoscale to help analyse survey data.',
    'Your payment details are held by the payment processor Stripe.',
  ])('sharing: %s', (s) => expect(tagged('sharing', s)).toBe(true));
});

describe('DPA drafting: a hyphenated assessment, a law named as "those of", Art. 28(2) quoted then run', () => {
  const dpa = (...blocks: string[]) => force('Data Processing Agreement', 'This DPA is between Customer (the controller) and Vendor (the processor).', ...blocks);
  test('a transfer-impact assessment is the tia mechanism', () =>
    expect(dpa('Transfers', 'Where personal data is transferred to the United States, the Standard Contractual Clauses apply.', 'Vendor will make available information reasonably necessary for a transfer-impact assessment.').terms.transfers?.mechanisms).toContain('tia'));
  test.each<[string, string | null]>([
    ['The governing law and courts are those of Ireland unless the Customer requires another Member State.', 'Ireland'],
    ['The governing law is that of Sweden.', 'Sweden'],
    ['The governing law is that of the Main Agreement.', null],
  ])('%s', (sentence, country) => expect(dpa('Governing law', sentence).terms.governingLaw?.country ?? null).toBe(country));
  test("quoting Art. 28(2)'s 'specific or general' and then running notice and objection is a general authorization", () => {
    const r = dpa(
      'Sub-processors',
      'The Processor shall not engage another processor without prior specific or general written authorization of the Controller.',
      'The Processor shall notify the Controller at least 30 days before adding or replacing a sub-processor, giving the Controller the opportunity to object.',
    );
    expect(r.terms.subprocessors?.authorization).toBe('general');
  });
  test('quoting it alone authorizes nothing', () =>
    expect(dpa('Sub-processors', 'The Processor shall not engage another processor without prior specific or general written authorization of the Controller.').terms.subprocessors?.authorization ?? null).toBe(null));
});

describe('German deadlines in ordinal calendar years, and a day before its month', () => {
  test('"bis zum 31. März des siebten Kalenderjahrs nach Entstehen" is seven years, the date no sentence end', () =>
    expect(days(dePolicy('Steuerrelevante Unterlagen müssen wir aufbewahren; wir löschen sie bis zum 31. März des siebten Kalenderjahrs nach Entstehen, bei Buchungsbelegen des elften Kalenderjahrs nach Entstehen.'))).toEqual([2555, 4015]));
  test('an ordinal year in a clause that deletes nothing is no deadline', () =>
    expect(days(dePolicy('Im zweiten Jahr nach dem Start bieten wir neue Funktionen an.'))).toEqual([]));
  test('a day before its month does not split the sentence', () => {
    const r = dePolicy('Seit dem 1. Januar 2025 löschen wir Protokolle nach 30 Tagen.');
    expect(r.clauses.some((c) => c.text === 'Seit dem 1. Januar 2025 löschen wir Protokolle nach 30 Tagen.')).toBe(true);
    expect(days(r)).toEqual([30]);
  });
});

describe('German notices: one lifecycle said twice, a US company, the request by its name', () => {
  test('"für eine Woche gespeichert und nach 7 Tagen gelöscht" is one period', () =>
    expect(days(dePolicy('Die IP-Adressen werden temporär für eine Woche gespeichert und nach 7 Tagen gelöscht.'))).toEqual([7]));
  test('two data kept for different periods stay two', () =>
    expect(days(dePolicy('Protokolle werden für 14 Tage gespeichert und Sicherungen nach 30 Tagen gelöscht.'))).toEqual([14, 30]));
  test('a US company receiving the data is a transfer', () =>
    expect(dePolicy('Für die Karten nutzen wir die API des amerikanischen Softwareunternehmens Mapbox Inc., das dabei Ortsdaten erfasst.').terms.transfers?.outsideEEA).toBe('yes'));
  test('an answer within a month of the request is the response time', () =>
    expect(dePolicy('Ihnen steht eine Antwort innerhalb einer Frist von einem Monat nach Eingang des Auskunftsersuchens zu.').terms.dsrResponseDays).toBe(30));
  test('a service provider engaged, in the passive, is sharing', () =>
    expect(tagged('sharing', 'Für die Datenerhebung wird ein Dienstleister eingesetzt, der vertraglich an uns gebunden ist.')).toBe(true));
});
