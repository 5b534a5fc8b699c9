// Key terms read from real clauses (seeds and CC0 / CC BY corpus documents), normalized as the report contract says.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import type { Terms } from '../../lib/engine/report';

/** A clause under its heading, analyzed as a DPA would be. */
const termsOf = (heading: string, ...sentences: string[]): Terms =>
  analyze({ text: [heading, '', ...sentences].join('\n\n'), title: null, hints: null }, { force: true }).terms;

describe('breach notice', () => {
  test.each<[string, string, number | null, string | null]>([
    ['frostmoln', 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.', 24, 'without-undue-delay'],
    ['connectel', 'The Service Provider shall, without undue delay and no later than seventy-two (72) hours thereafter, notify the Customer of the breach.', 72, 'without-undue-delay'],
    ['infracom', 'In the event of a suspected or discovered personal data breach, InfraCom Communications must immediately, but under no circumstances later than 24 hours after such suspicion or knowledge has arisen, notify The Customer of the breach.', 24, 'immediately'],
    ['cloudmqtt', 'In case of a Personal Data Breach, the Data Processor shall without undue delay notify the Data Controller of the Personal Data Breach.', null, 'without-undue-delay'],
    ['two days', 'The Processor shall notify the Controller of any personal data breach within two (2) days.', 48, null],
  ])('%s', (_doc, sentence, maxHours, qualifier) => {
    const t = termsOf('8. Personal Data Breach Notification', sentence);
    expect(t.breachNotice).toMatchObject({ maxHours, qualifier });
    expect(t.breachNotice?.evidence).toContain(sentence.slice(0, 40));
  });

  test('a bug-bounty triage time is not a breach deadline (37signals security response, CC BY 4.0)', () => {
    const t = termsOf('Reporting a vulnerability', 'We will respond to your report usually within 72 hours.');
    expect(t.breachNotice).toBeNull();
  });
});

describe('transfers', () => {
  test.each<[string, string[], Terms['transfers'] extends infer T ? (T extends { outsideEEA: infer S } ? S : never) : never, string[]]>([
    ['frostmoln', ['All processing of personal data under this DPA takes place exclusively within the EU/EEA.', 'The Processor shall not transfer personal data to a country outside the EU/EEA without the prior written consent of the Controller and only if appropriate safeguards are in place (such as Standard Contractual Clauses or an adequacy decision by the European Commission).'], 'no', ['scc', 'adequacy']],
    ['cloudmqtt', ['The Data Processor may only undertake transfer of Personal Data to a Third Country with prior written consent of the Data Controller.'], 'consent', []],
    ['github candidate notice', ['For example, because we are headquartered in the United States, personal data collected in other countries is routinely transferred to the United States for processing.', 'When we engage in such transfers, we use a variety of legal mechanisms, including contracts such as the standard contractual clauses published by the European Commission.'], 'yes', ['scc']],
  ])('%s', (_doc, sentences, stance, mechanisms) => {
    const t = termsOf('6. International Data Transfers', ...sentences);
    expect(t.transfers?.outsideEEA).toBe(stance);
    expect([...(t.transfers?.mechanisms ?? [])].sort()).toEqual([...mechanisms].sort());
  });
});

describe('sub-processors, deletion, audit, liability, law', () => {
  test('frostmoln: general authorization, 30 days notice, 30 days to object', () => {
    const t = termsOf(
      '5. Sub-processors',
      'The Controller grants general authorisation for the Processor to engage sub-processors, subject to the conditions set out in this section.',
      'The Processor shall notify the Controller in writing at least 30 days before adding or replacing a sub-processor, providing the name, location, and description of processing activities.',
      'The Controller may object to a new sub-processor on reasonable grounds related to data protection within 30 days of notification.',
    );
    expect(t.subprocessors).toMatchObject({ authorization: 'general', noticeDays: 30, objectionDays: 30 });
  });

  test('37signals DPA: ten business days to object is 14 calendar days', () => {
    const t = termsOf(
      '5. Subprocessors',
      'Customer may object to 37signals’s use of a new Subprocessor by notifying 37signals promptly in writing within ten (10) business days after receipt of 37signals’s notice of a new Subprocessor.',
    );
    expect(t.subprocessors?.objectionDays).toBe(14);
  });

  test('frostmoln: deletion within 30 days, 30 days to ask for the data back', () => {
    const t = termsOf(
      '11. Data Return and Deletion',
      'The Controller has 30 days after termination to request return of data.',
      'Deletion includes all copies, backups, and replicas, and shall be completed within 30 days of the deletion request or the end of the retention period.',
    );
    expect(t.deletion).toMatchObject({ deleteWithinDays: 30, returnWindowDays: 30 });
  });

  test('connectel: a return window without a deletion deadline', () => {
    const t = termsOf(
      '3. Obligations',
      'Unless the Customer makes such written request for the return of all personal data within fourteen (14) days from the Agreement’s termination or expiration, the Service Provider assumes that the Customer wishes that the Service Provider shall delete the personal data;',
    );
    expect(t.deletion).toMatchObject({ deleteWithinDays: null, returnWindowDays: 14 });
  });

  test('infrasec: retention periods, not deletion deadlines', () => {
    const t = termsOf(
      '7. Data Retention (Storage and Deletion)',
      'After contract termination, we retain your data for 36 months.',
      'Some data is retained longer due to legal obligations, such as accounting laws (up to 7 years).',
    );
    expect(t.retention.map((r) => r.days)).toEqual([1095, 2555]);
  });

  test('connectel: 60 days audit notice, once a year', () => {
    const t = termsOf(
      '9. Audit',
      'The audit shall be carried out maximum once (1) per calendar year unless the Customer demonstrates reasonable cause for further audits, and a written notice shall in all cases be sent to the Service Provider with a notice period of at least sixty (60) days before the audit commences.',
    );
    expect(t.audit).toMatchObject({ noticeDays: 60, maxPerYear: 1 });
  });

  test.each<[string, string, boolean]>([
    ['connectel', 'The Service Provider’s liability shall be limited in accordance with what is set out in the Agreement.', true],
    ['infracom', 'Any limitation of liability in any other agreement between the Parties shall not apply to this DPA.', false],
  ])('liability (%s)', (_doc, sentence, capped) => {
    expect(termsOf('10. Liability', sentence).liability?.capped).toBe(capped);
  });

  test.each<[string, string, string, string | null]>([
    ['cloudmqtt', 'Swedish law applies in all aspects to the Data Processor’s Processing of Personal Data under this DPA.', 'Sweden', null],
    ['37signals DPA', 'Under Clause 17 (Governing law), the Parties choose Option 1. The Parties select the laws of Ireland;', 'Ireland', null],
    ['github terms', 'This Agreement shall be governed by the laws of the State of California.', 'United States', 'California'],
  ])('governing law (%s)', (_doc, sentence, country, region) => {
    expect(termsOf('14. Governing Law', sentence).governingLaw).toMatchObject({ country, region });
  });

  test('outdated law: Directive 95/46/EC as applicable law, not as the law the GDPR repealed', () => {
    expect(termsOf('Definitions', 'Applicable Data Protection Law: means EU Data Protection Directive 95/46/EC, or other EU legislation.').outdatedLaw?.laws).toEqual(['directive-95-46']);
    expect(termsOf('Definitions', 'The GDPR repealing Directive 95/46/EC applies.').outdatedLaw).toBeNull();
  });
});
