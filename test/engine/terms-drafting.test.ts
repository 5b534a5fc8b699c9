// Drafting variants read sentence by sentence (ordinary DPA wording, not from any one fixture).
import { expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { underHeading, valueAt } from '../helpers/drafting';

const terms = (md: string) => analyzeText(readInput(md, 'markdown'), { source: 'drafting.md', force: true }).report.terms;

// A refusal to transfer outside the EEA, and the conditions that make it a permission (drafting written for this test).
test.each([
  ['Processor shall not transfer Personal Data outside the EEA unless it has taken such measures as are necessary to ensure the transfer complies with Data Protection Laws, such as the Standard Contractual Clauses.', 'yes'],
  ['Processor shall not transfer Personal Data outside the EEA except in accordance with Chapter V of the GDPR.', 'yes'],
  ['Processor shall not transfer Personal Data outside the EEA unless the Controller has given its prior written consent.', 'consent'],
  ['Processor shall not transfer Personal Data outside the EEA.', 'no'],
  // "without the prior written consent": a transfer the controller may allow, not EU-only.
  ['Processor shall not transfer Personal Data outside the EEA without the prior written consent of the Controller.', 'consent'],
  // Processing kept to the member states, exceptions only with consent: EU-only (the report contract's "no"); the German
  // template's English (weblate-dpa.html). A consent gate alone is "consent".
  ['The provision of the contractually agreed upon data processing shall occur exclusively in a member state of the European Union or in another member state party to the Agreement on the European Economic Area. Any transfer to a third country shall require the prior consent of the Client.', 'no'],
  ['The Processor shall process the personal data solely within the territory of a Member State of the European Union.', 'no'],
  ["Transfers to third countries require the Customer's prior written consent.", 'consent'],
  // A stay-in-the-EU promise on a condition is a fallback, not the stance (courier-dpa.md).
  ['Vendor relies on the Standard Contractual Clauses for transfers to the United States. If Vendor is unable to comply with these requirements, then EU Personal Data will be processed exclusively within the territory of a member state of the European Union.', 'yes'],
])('"%s" -> outsideEEA %s', (sentence, stance) => {
  expect(terms(`# DPA\n\n## International transfers\n\n${sentence}`).transfers?.outsideEEA).toBe(stance);
});

// Adequacy as the law recognises it, in other words than "adequacy decision" (cttornado-dpa.md); a bare promise of
// "adequate protection" names no mechanism.
test.each([
  ['CTT will only transfer European Data to countries or entities that provide adequate data protection, as recognized by European Data Protection Laws.', ['adequacy']],
  ['Vendor shall ensure that the recipient provides adequate protection for the data.', []],
])('"%s" -> mechanisms %j', (sentence, mechanisms) => {
  expect(terms(`# DPA\n\n## International transfers\n\n${sentence}`).transfers?.mechanisms ?? []).toEqual(mechanisms);
});

// Sentences of the Tigris and F7 Platform DPAs (test/fixtures/corpus/dpa), found by the dpa5 batch.
test('"to any country deemed adequate by the European Commission" names adequacy', () => {
  const t = terms('# DPA\n\n## International transfers\n\nVendor may transfer Customer Personal Data to any country deemed adequate by the European Commission or the competent authorities.');
  expect(t.transfers?.mechanisms).toContain('adequacy');
});

test('"the right to monitor ... through ... audits ... not more than once every 12 months" and "cooperate fully with any audit" are an audit right', () => {
  const t = terms('# DPA\n\n## Audits\n\nCustomer has the right to monitor Vendor’s compliance with this DPA through measures, including ongoing manual reviews, regular assessments, audits, or other annual testing not more than once every 12 months. Vendor shall cooperate fully with any audit initiated by Customer.');
  expect(t.audit).toMatchObject({ maxPerYear: 1 });
});

test('a deletion deadline counted from a request is no retention period', () => {
  const t = terms('# DPA\n\n## Deletion\n\n7.1 Upon direction by Customer, and in any event no later than 180 days after receipt of a request from Customer, Vendor shall promptly delete or anonymize Customer Personal Data, unless Vendor is required by law to retain such data.');
  expect(t.retention).toEqual([]);
});

test('the end named by the list lead: "Upon termination of the service agreement:" over "- F7 will delete ... within 30 days"', () => {
  const t = terms('# DPA\n\n## Termination\n\nUpon termination of the service agreement:\n\n- F7 will delete all Customer Personal Data within 30 days\n- F7 will provide a copy of the data on request');
  expect(t.deletion?.deleteWithinDays).toBe(30);
});

test('"Remain liable for sub-processor compliance" says for whom, not how much', () => {
  const t = terms('# DPA\n\n## Sub-processors\n\nF7 will:\n\n- Notify Customer before engaging new sub-processors\n- Remain liable for sub-processor compliance');
  expect(t.liability).toBeNull();
});

test('"Option 2 of Clause 9(a) is implemented and the time period therein is 30 calendar days" is the sub-processor notice (Tigris)', () => {
  const t = terms('# DPA\n\n## Transfers\n\nThe SCCs are hereby incorporated and completed as follows: the optional docking clause in Clause 7 is implemented; Option 2 of Clause 9(a) is implemented and the time period therein is 30 calendar days; the optional redress clause in Clause 11(a) is struck.');
  expect(t.subprocessors?.noticeDays).toBe(30);
});

// Art. 28(2): a general authorization is the one under which new sub-processors are notified and may be objected to.
test('"F7 uses sub-processors ... Notify Customer before engaging new sub-processors" is a general authorization', () => {
  const t = terms('# DPA\n\n## 5. Sub-processors\n\nF7 uses sub-processors to provide the Service. The current list is available at our website.\n\nF7 will:\n- Notify Customer before engaging new sub-processors\n- Ensure sub-processors are bound by data protection obligations no less protective than this DPA\n');
  expect(t.subprocessors?.authorization).toBe('general');
});

test('a notice of new sub-processors beside a specific approval stays specific', () => {
  const t = terms('# DPA\n\n## Sub-processors\n\nProcessor shall not engage any sub-processor without the prior specific written authorization of the Controller. Processor shall notify the Controller of any new sub-processor it proposes.');
  expect(t.subprocessors?.authorization).toBe('specific');
});

test('quoting the GDPR\'s "specific or general written authorisation" decides neither, notice or not', () => {
  const t = terms('# DPA\n\n## Sub-processors\n\nThe Processor shall not engage another processor without prior specific or general written authorisation of the Controller. The Processor shall inform the Controller of any intended changes concerning the addition or replacement of other processors.');
  expect(t.subprocessors?.authorization ?? null).toBeNull();
});

test('sub-processors used with no word of new ones or objecting: no authorization read', () => {
  const t = terms('# DPA\n\n## Sub-processors\n\nProcessor uses sub-processors listed in Annex 3 to provide the Service.');
  expect(t.subprocessors?.authorization ?? null).toBeNull();
});

test('"promptly, but in no less than 72 hours" is read as the latest (USDR model DPA): a floor beside haste means the cap', () => {
  const t = terms('# DPA\n\n## Breach\n\nConsultant shall promptly, but in no less than 72 hours, notify Client upon becoming aware of a data security breach.');
  expect(t.breachNotice?.maxHours).toBe(72);
});

test('"at least 24 hours" with no word of haste stays a floor, not a deadline', () => {
  const t = terms('# DPA\n\n## Breach\n\nProcessor shall notify Controller of a personal data breach, giving at least 24 hours before any public statement.');
  expect(t.breachNotice?.maxHours ?? null).toBeNull();
});

// Ordinary drafting variants, written for this test (not from a fixture).

test('"without Customer\'s prior written consent" is a specific authorization', () => {
  expect(terms('# DPA\n\n## Subcontracting\n\nVendor shall not subcontract any Processing without Customer\'s prior written consent.').subprocessors?.authorization).toBe('specific');
});

test('"once every twelve months with 4 weeks\' notice": 28 days\' notice, once a year', () => {
  const a = terms('# DPA\n\n## Audits\n\nCustomer may request an audit once every twelve months with 4 weeks\' notice.').audit;
  expect(a?.noticeDays).toBe(28);
  expect(a?.maxPerYear).toBe(1);
});

// Parties read from the document's own words (Langfuse DPA, test/fixtures/corpus/dpa/langfuse-dpa.md).
test('"Langfuse is the Processor" names the processor whatever the case of the role word', async () => {
  const { resolveParties } = await import('../../lib/engine/terms/parties');
  const { buildDoc } = await import('../../lib/engine/text/structure');
  const p = resolveParties(buildDoc({ text: 'Client is the Controller of Client Personal Data and Langfuse is the Processor.', title: null, hints: null } as never));
  expect(p.defined.map((d) => `${d.name}:${d.role}`)).toEqual(['client:controller', 'langfuse:processor']);
});

test('"(collectively \'Client Personal Data\')" is a defined thing, not a party: the breach notice stays the processor\'s', () => {
  const t = terms("# DPA\n\nThis DPA describes how Langfuse GmbH ('Langfuse', 'we') processes Personal Data on behalf of the Client ('you').\n\nThe personal data are prompts, traces, logs and identifiers provided by Client (collectively 'Client Personal Data').\n\n## Security Incidents\n\nUpon becoming aware of a Security Incident affecting Client Personal Data, Langfuse will notify Client without undue delay (and in no event later than 72 hours).");
  expect(t.breachNotice?.maxHours).toBe(72);
});

test.each([
  ['Customer may audit Vendor, subject to a limit of one on-site audit in any rolling 12-month period.', 1],
  ['Customer may conduct no more than two audits per calendar year.', 2],
])('audits counted per period: "%s" -> %s a year', (sentence, perYear) => {
  expect(terms(`# DPA\n\n## Section 7\n\n${sentence}`).audit?.maxPerYear).toBe(perYear);
});

test('"one audit report will be shared" counts no audits per period', () => {
  expect(terms('# DPA\n\n## Audits\n\nCustomer may audit Vendor on 30 days\' notice; one audit report will be shared.').audit?.maxPerYear ?? null).toBeNull();
});

test('a body that defers its law to the main contract is not replaced by the SCCs\' Clause 17 (Langfuse)', () => {
  const t = terms('# DPA\n\n## General\n\n**Governing Law:** The governing law and forum/venue for any dispute arising out of or relating to this DPA are the same as those specified in the Main Contract (currently either California, San Francisco courts, or Berlin, Germany courts, as applicable under the Main Contract), excluding its conflict-of-laws rules.\n\n# Annex 2 Standard Contractual Clauses\n\n- **Clause 17 (Governing law):** German law.');
  expect(t.governingLaw?.country ?? null).toBeNull();
});

test('"upon Customer\'s written request made within 30 days, Provider shall make available ... a copy" is a 30-day return window (Runtara)', () => {
  const t = terms('# DPA\n\n## 9. Return\n\nUpon termination of Customer\'s use of the Service, and upon Customer\'s written request made within 30 days, Provider shall make available to Customer a copy of any Personal Data processed under this DPA in Provider\'s standard export format.');
  expect(t.deletion?.returnWindowDays).toBe(30);
});

// More ordinary drafting, written for this test.
test('"We will let you know without undue delay, and at the latest within 36 hours" is a breach notice of 36 hours', () => {
  const t = terms('# DPA\n\n## Data Breach\n\nWe will let you know without undue delay, and at the latest within 36 hours, if we become aware of a breach affecting your personal data.');
  expect(t.breachNotice?.maxHours).toBe(36);
});
test('"may only engage subcontractors with the Customer\'s prior approval" is a specific authorization', () => {
  expect(terms('# DPA\n\n## Subcontractors\n\nThe Supplier may only engage subcontractors with the Customer\'s prior approval.').subprocessors?.authorization).toBe('specific');
});
test('"Customer may inspect Vendor\'s facilities once annually" on 14 days\' notice is an audit right', () => {
  const a = terms('# DPA\n\n## Audits\n\nUpon reasonable prior written notice of at least 14 days, Customer may inspect Vendor\'s facilities once annually.').audit;
  expect([a?.noticeDays, a?.maxPerYear]).toEqual([14, 1]);
});
test('"the public can collaboratively inspect" the code is no audit right', () => {
  expect(terms('# DPA\n\n## Security\n\nSoftware source code shall be available under an open license so that the public can collaboratively inspect and address security shortcomings.').audit ?? null).toBeNull();
});
test.each(['English law governs this DPA.', 'The laws of England and Wales govern this DPA.'])('"%s" -> United Kingdom', (s) => {
  expect(terms(`# DPA\n\n## Governing law\n\n${s}`).governingLaw?.country).toBe('United Kingdom');
});

// Wording in the manner of the large vendors' DPAs and ordinary drafting variants (written for this test): heading,
// sentence, the term read, its expected value. Each row was read wrong or not at all before it was added.
test.each([
  ['Security', 'Vendor will notify affected customers within 72 hours of a confirmed breach.', 'breachNotice.maxHours', 72],
  ['Sub-processors', 'Customer consents to Vendor engaging third party Sub-processors to process Customer Data.', 'subprocessors.authorization', 'general'],
  ['Governing Law', 'This DPA shall be governed by the laws of the Federal Republic of Germany.', 'governingLaw.country', 'Germany'],
  ['Governing Law', 'This DPA shall be governed by the laws of the Kingdom of Sweden.', 'governingLaw.country', 'Sweden'],
  ['Governing Law', 'This Agreement shall be governed by New York law.', 'governingLaw.region', 'New York'],
  ['Governing Law', 'This DPA is governed by Delaware law.', 'governingLaw.region', 'Delaware'],
  ['Governing Law', 'The laws of Sweden apply to this DPA.', 'governingLaw.country', 'Sweden'],
  ['Governing Law', 'This DPA is governed by the laws of the jurisdiction specified in the Agreement.', 'governingLaw', null],
  ['Transfers', 'Vendor may transfer and process Customer Personal Data anywhere in the world where Vendor, its Affiliates or its Sub-processors maintain data processing operations.', 'transfers.outsideEEA', 'yes'],
  ['Hosting', 'Vendor will store and process Customer Data in the United States or any other country in which Vendor or any of its Sub-processors maintains facilities.', 'transfers.outsideEEA', 'yes'],
  ['Transfers', 'For restricted transfers from the UK, the parties agree to the International Data Transfer Addendum issued by the ICO.', 'transfers.mechanisms', ['scc']],
  ['Transfers', "Vendor shall not transfer Personal Data outside the EEA without Customer's prior written consent.", 'transfers.outsideEEA', 'consent'],
  ['Liability', "Vendor's liability under this DPA shall not be limited.", 'liability.capped', false],
  ['Liability', 'Any claims brought under this DPA will be subject to the terms and conditions, including the exclusions and limitations, of the Agreement.', 'liability.capped', true],
  ['Audit', 'Audits are limited to one per year.', 'audit.maxPerYear', 1],
  // Business days count as ceil(N x 7 / 5) calendar days (the report contract): 2 business days are 72 hours.
  ['Breach', 'Vendor shall inform Customer in writing within two (2) business days of becoming aware of a Security Breach.', 'breachNotice.maxHours', 72],
  ['Breach', 'Such notification shall be made within 24 hours of discovery of the Personal Data Breach.', 'breachNotice.maxHours', 24],
  ['General', 'Vendor will alert Customer within 24 hours of discovering any unauthorized access to Customer Data.', 'breachNotice.maxHours', 24],
  ['General', 'Vendor will let Customer know within 48 hours if Customer Data has been compromised.', 'breachNotice.maxHours', 48],
  ['Subprocessors', 'Vendor will provide Customer with notice of any new Subprocessor at least 6 months in advance of providing that Subprocessor with access to Customer Data.', 'subprocessors.noticeDays', 180],
  ['Deletion', 'Vendor will delete all Customer Data within a maximum period of 180 days after the end of the Term.', 'deletion.deleteWithinDays', 180],
  ['Return and Deletion', 'For 30 days following termination, Customer may export its data; Vendor will then delete the data within 90 days.', 'deletion.returnWindowDays', 30],
  // A sentence carrying on the one before: its clock is the end that sentence names, and it is no retention period.
  ['Return and deletion of data', 'Upon termination of the Agreement, Vendor shall delete all Customer Personal Data. Such deletion shall take place within 30 days.', 'deletion.deleteWithinDays', 30],
  ['Return and deletion of data', 'Upon termination of the Agreement, Vendor shall delete all Customer Personal Data. Such deletion shall take place within 30 days.', 'retention', []],
  // The backups' clock read in its own clause: the data's deadline first, the backup copies' after it.
  ['Retention, deletion and return', 'On termination, Vendor deletes Customer Personal Data within 30 days, and its backup copies expire within a further 30 days, unless the law requires Vendor to keep it.', 'deletion.deleteWithinDays', 30],
  ['Retention, deletion and return', 'On termination, Vendor deletes Customer Personal Data within 30 days; backup copies are overwritten within 90 days.', 'deletion.deleteWithinDays', 30],
  // The objection right as a noun, with no window: a right without a time limit (subprocessor-objection-days stays quiet).
  ['Subprocessors', 'Vendor may engage the subprocessors listed in Annex B. Vendor will notify Customer of updates and allow reasonable objections.', 'subprocessors.objectionRight', true],
  ['Subprocessors', 'Vendor will inform Customer of any new Subprocessor, and Customer may raise a reasonable objection in writing.', 'subprocessors.objectionRight', true],
  ['Subprocessors', 'Vendor will inform Customer of any new Subprocessor.', 'subprocessors.objectionRight', null],
  // A template's blank offers an example and states nothing.
  ['Audits', 'The Customer may audit the Vendor once a year. Notice period: [TODO: e.g. 14 days]', 'audit.noticeDays', null],
  ['Audits', 'The Customer may audit the Vendor once a year on [SPECIFY: 30 days] prior notice.', 'audit.noticeDays', null],
  ['Audits', 'The Customer may audit the Vendor once a year on 30 days [prior written] notice.', 'audit.noticeDays', 30],
  ['International transfers', 'Customer Personal Data is stored in data centres located in Ireland and Germany.', 'transfers.outsideEEA', 'no'],
  ['International transfers', 'Customer Personal Data is stored in data centres located in Ireland and the United States.', 'transfers.outsideEEA', null],
  // A summary table of key terms: the period alone in its cell is the row's limit.
  ['Key terms', '| Term | Commitment |\n|---|---|\n| Breach notification | 48 hours |\n| Notice of new sub-processors | 30 days |', 'breachNotice.maxHours', 48],
  ['Key terms', '| Term | Commitment |\n|---|---|\n| Breach notification | 48 hours |\n| Notice of new sub-processors | 30 days |', 'subprocessors.noticeDays', 30],
  // "shall be notified", "shall be made": the passive contracts write most (compromise reads "shall be" + participle as a past tense).
  ['Breach', 'Customer shall be notified of any Personal Data Breach within 72 hours.', 'breachNotice.maxHours', 72],
  ['Breach', 'The Controller shall be informed of any Personal Data Breach within 24 hours.', 'breachNotice.maxHours', 24],
  ['Breach', "Vendor's notification of a Security Incident to Customer shall be made within 48 hours.", 'breachNotice.maxHours', 48],
  ['Audits', "Audits shall be conducted no more frequently than annually and upon at least three (3) weeks' prior written notice.", 'audit.maxPerYear', 1],
  ['Sub-processors', "The Processor may engage sub-processors subject to the Controller's prior written authorisation for each sub-processor.", 'subprocessors.authorization', 'specific'],
  ['Governing law', 'Any disputes under this DPA shall be resolved under the laws of the State of Delaware.', 'governingLaw.region', 'Delaware'],
  ['Transfers', 'Vendor shall ensure that any transfer of Personal Data to a Third Country is subject to appropriate safeguards in accordance with Article 46 GDPR.', 'transfers.outsideEEA', 'yes'],
  ['Transfers', 'Personal Data will not be transferred outside the United Kingdom or the EEA.', 'transfers.outsideEEA', 'no'],
  ['Transfers', 'The Processor shall only process Personal Data within the EU/EEA, unless otherwise agreed in writing with the Controller.', 'transfers.outsideEEA', 'consent'],
] as const)('%s: "%s" -> %s = %j', (heading, sentence, path, want) => {
  const t = terms(underHeading('en', heading, sentence));
  expect(valueAt(t, path) ?? null).toEqual(want);
});
