// Drafting variants of the Art. 28(3) requirements, as real DPAs word them (source after each sentence):
// the sentence is tagged with the category, or (traps) not.
import { describe, expect, test } from 'vitest';
import { matchCategory } from '../../lib/engine/tag/tag';
import type { Category } from '../../lib/engine/report';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { INTRO, categoriesOf, readUnder, underHeading } from '../helpers/drafting';

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

describe('Art. 28(3) cues by verb and object class', () => {
  test.each<[Category, string, string]>([
    ['data-subject-rights', 'The Data Processor shall support the Data Controller in accordance with Art. 28 para. 3 e) of the GDPR as far as possible using appropriate technical and organizational protective measures to enable the latter to fulfill its existing obligations towards the Data Subject, as per section III of the GDPR.', 'cloudmqtt-dpa.txt (seed)'],
    // The UK public-sector clauses (Procurement Policy Note 02/18: Data Loss Event, Protective Measures, Restricted Country,
    // Supplier Personnel), a US SaaS addendum's SOC 2 report, need-to-know access and corrections made for the customer.
    ["data-subject-rights", "The Supplier shall assist the Customer in responding to any request from a Data Subject and in ensuring compliance with its obligations under the Data Protection Legislation with respect to security, breach notifications, impact assessments and consultations with supervisory authorities or regulators.", "written: UK public-sector and US SaaS drafting"],
    ["data-subject-rights", "The Processor shall notify the Controller within five (5) Business Days if it receives a Subject Access Request.", "written: UK public-sector and US SaaS drafting"],
    ["data-subject-rights", "The Supplier shall provide the Customer with full co-operation and assistance in relation to any complaint, communication or request made by a Data Subject.", "written: UK public-sector and US SaaS drafting"],
    ["data-subject-rights", "Vendor will, at Customer's request, correct, block or delete Customer Personal Data where Customer cannot do so itself using the Services.", "written: UK public-sector and US SaaS drafting"],
    ["audit", "The Supplier shall permit the Customer or its third-party auditors to audit the Supplier's data processing activities and comply with all reasonable requests or directions by the Customer to enable the Customer to verify that the Supplier is in full compliance with its obligations.", "written: UK public-sector and US SaaS drafting"],
    ["audit", "Vendor shall maintain complete and accurate records and information to demonstrate its compliance with this clause.", "written: UK public-sector and US SaaS drafting"],
    ["audit", "Such audits shall take place no more than once in any twelve-month period, save where required by a Supervisory Authority.", "written: UK public-sector and US SaaS drafting"],
    ["audit", "Vendor undergoes an annual SOC 2 Type II examination and will provide a copy of its most recent report upon request.", "written: UK public-sector and US SaaS drafting"],
    ["security-measures", "The Supplier shall ensure that it has in place Protective Measures, which are appropriate to protect against a Data Loss Event.", "written: UK public-sector and US SaaS drafting"],
    ["security-measures", "Vendor maintains a comprehensive information security program that includes administrative, technical and physical safeguards.", "written: UK public-sector and US SaaS drafting"],
    ["security-measures", "Vendor will regularly test, assess and evaluate the effectiveness of its technical and organisational measures.", "written: UK public-sector and US SaaS drafting"],
    ["confidentiality", "The Supplier shall ensure that access to Personal Data is limited to those Supplier Personnel who need access to the Personal Data to meet the Supplier's obligations under this Agreement.", "written: UK public-sector and US SaaS drafting"],
    ["confidentiality", "Vendor shall take reasonable steps to ensure the reliability of any employee, agent or contractor who may have access to the Personal Data.", "written: UK public-sector and US SaaS drafting"],
    ["confidentiality", "All personnel are subject to a duty of confidence.", "written: UK public-sector and US SaaS drafting"],
    ["retention-deletion", "At the written direction of the Customer, the Supplier shall delete or return Personal Data and copies thereof to the Customer on termination of the Agreement unless required by Law to retain the Personal Data.", "written: UK public-sector and US SaaS drafting"],
    ["retention-deletion", "Vendor shall securely dispose of all Personal Data in its possession within ninety (90) days of the termination of the Agreement.", "written: UK public-sector and US SaaS drafting"],
    ["retention-deletion", "Customer Data will be purged from backups within 35 days.", "written: UK public-sector and US SaaS drafting"],
    ["international-transfer", "The Supplier shall not transfer Personal Data outside of the UK unless the prior written consent of the Customer has been obtained.", "written: UK public-sector and US SaaS drafting"],
    ["international-transfer", "The Processor shall not process Personal Data in a Restricted Country without the Controller's prior written consent.", "written: UK public-sector and US SaaS drafting"],
    ["international-transfer", "Customer acknowledges that Vendor may process Customer Personal Data in countries where Vendor or its Sub-processors maintain facilities.", "written: UK public-sector and US SaaS drafting"],
    ["breach-notification", "The Supplier shall notify the Customer immediately if it becomes aware of a Data Loss Event.", "written: UK public-sector and US SaaS drafting"],
    ["breach-notification", "The Processor shall notify the Controller without undue delay upon the Processor becoming aware of a Personal Data Breach, providing the Controller with sufficient information to allow the Controller to meet any obligations to report the Personal Data Breach.", "written: UK public-sector and US SaaS drafting"],
    ["subprocessors", "Before allowing any Sub-processor to process any Personal Data related to this Agreement, the Supplier must notify the Customer in writing of the intended Sub-processor and processing.", "written: UK public-sector and US SaaS drafting"],
    ["subprocessors", "The Supplier shall remain fully liable for all acts or omissions of any of its Sub-processors.", "written: UK public-sector and US SaaS drafting"],
    ["subprocessors", "Customer hereby consents to Vendor's use of the third parties listed at the URL below to process Customer Personal Data.", "written: UK public-sector and US SaaS drafting"],
    ['breach-notification', 'The contractor immediately informs the client of personal data protection breaches.', 'fortrabbit-dpa.md 9.1'],
    // Acting on a breach once it happened (Art. 33(3)(d)): investigating, containing, mitigating, remedying it.
    ['breach-notification', 'Embrace shall additionally take action to investigate the Incident and reasonably prevent or mitigate the effects of the Incident.', 'embrace-dpa.md'],
    ['breach-notification', "Actually Reliable will take commercially reasonable steps to identify the root cause of the incident and remediate it to the extent within Actually Reliable's reasonable control.", 'actuallyreliable-dpa.md'],
    ['breach-notification', 'The Service Provider shall cooperate with the Customer and provide reasonable assistance in relation to the investigation, mitigation, and remediation of the breach.', 'connectel-dpa.txt (seed)'],
    ['breach-notification', "The Processor will immediately notify the Controller if it discovers any breaches related to the protection of the Controller's Data.", 'stakater-dpa.md'],
    ['breach-notification', 'The Processor must assist the Controller in fulfilling requests and claims made by affected individuals in accordance with Chapter III of the GDPR and in fulfilling the obligations outlined in Articles 33 to 36 of the GDPR.', 'stakater-dpa.md'],
    ['data-subject-rights', 'The Processor must assist the Controller in fulfilling requests and claims made by affected individuals in accordance with Chapter III of the GDPR and in fulfilling the obligations outlined in Articles 33 to 36 of the GDPR.', 'stakater-dpa.md'],
    ['data-subject-rights', 'We shall not respond to Data Subjects exercising any right under Applicable Data Protection Laws but shall redirect them to You.', 'embl-dpa.md 3.8'],
    // Requests from data subjects in other word orders: a parenthesis before "received from", "such a request".
    ['data-subject-rights', 'Any complaint or request (in particular, requests for access to, rectification or blocking of Customer Personal Data) received directly from data subjects of Customer.', 'courier-dpa.md'],
    ['data-subject-rights', 'In the event that a data subject sends such a request directly to Courier, Courier will promptly send such request to Customer.', 'courier-dpa.md'],
    ['data-subject-rights', "it receives a request from or on behalf of a data subject of Client's Personal Data to exercise any of the rights given to data subjects by Data Protection Legislation; or", 'travis-ci-dpa.md'],
    ['audit', "PSI agrees to provide information reasonably necessary to demonstrate compliance with this Addendum upon Customer's reasonable request", 'logfire-dpa.md'],
    ['audit', 'give the Client such information as is reasonably necessary to verify that Travis-CI is in compliance with its obligations under Data Protection Legislation; and', 'travis-ci-dpa.md'],
    ['subprocessors', 'Data exporter consents to subprocessing by the subprocessors listed here.', 'courier-dpa.md Appendix 1'],
    ['confidentiality', 'Employees who are able to obtain knowledge of the data processing must undertake in writing to maintain confidentiality, insofar as they are not already subject to a relevant secrecy obligation by law.', 'fortrabbit-dpa.md 4.4'],
    // Completing the transfer clauses the DPA incorporates is part of the transfer mechanism.
    ['international-transfer', 'In Clause 17, "Option 1" and the law of the Republic of Ireland shall apply.', 'logfire-dpa.md'],
    ['international-transfer', 'The optional component of Clause 11 shall not apply.', 'logfire-dpa.md'],
    ['international-transfer', '1.3.3. In Clause 7, the optional docking clause will apply;', 'spacelift-dpa.md'],
    ['international-transfer', '1.3.1. Module Two will apply to the extent that Customer is a controller of the Personal Data, and Module Three will apply to the extent Customer is a processor.', 'spacelift-dpa.md'],
    ['international-transfer', '1.3.2. For both Modules Two and Three, Customer is the data exporter and Spacelift is the data importer.', 'spacelift-dpa.md'],
    ['international-transfer', 'b. Table 4 of the UK Addendum is modified as follows: neither party may end the UK Addendum as set out in Section 19.', 'commonpaper-dpa.md'],
    ['international-transfer', 'Frequency of Transfers: Continuous.', 'logfire-dpa.md'],
    ['subprocessors', 'In situations where Clause 9 applies, "Option 2" and the time period of seven days shall apply in Clause 9(a).', 'logfire-dpa.md'],
    ['subprocessors', '1.3.4. In Clause 9, Option 2 (General Authorization) will apply, and the period for prior notice of Sub-processor changes is set out in Section 5.', 'spacelift-dpa.md'],
  ])('%s: "%s" (%s)', (category, sentence) => {
    expect(matchCategory(category, norm(sentence), '')).not.toBeNull();
  });

  test.each<[Category, string, string]>([
    ['retention-deletion', "implement and maintain throughout the term of the TC appropriate technical and organisational measures, which are described in Annex 4, intended to protect Client's Personal Data against accidental, unauthorised or unlawful access, disclosure, alteration, loss, damage or destruction; and", 'travis-ci-dpa.md'],
    ['retention-deletion', '(b) if You and/or Your Institution are located in the UK, the retained version of the General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018', 'embl-dpa.md'],
    ['retention-deletion', '1.3 "Data Breach" means any breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, Personal Data', 'embl-dpa.md'],
    ['subprocessors', '"Subprocessor(s)" means any individual or organization that processes Customer Personal Data on PSI\'s behalf.', 'logfire-dpa.md'],
    ['confidentiality', "The Controller is obligated to maintain the confidentiality of any knowledge of the Processor's trade secrets obtained within the contractual relationship.", 'stakater-dpa.md'],
    ['international-transfer', 'Clause 9 of this DPA sets out how new sub-processors are notified.', 'a DPA\'s own clause numbering, no SCC option'],
    ['confidentiality', 'They must take appropriate technical and organizational measures to ensure the confidentiality, integrity, availability, and capacity of the systems and services', 'stakater-dpa.md'],
    ['confidentiality', 'The inspection must take into account any legitimate confidentiality interests and legal or contractual confidentiality obligations.', 'stakater-dpa.md'],
    // Keeping a right, not data.
    ['retention-deletion', 'Customer retains the right to take reasonable and appropriate steps to stop and remediate unauthorized Processing of Personal Data.', '37signals-dpa.pdf 6.3'],
    ['retention-deletion', 'As between the parties, Customer retains all right, title and interest in and to Customer Data.', 'github-dpa.md'],
    // Investigating something other than a breach, or a breach of contract remedied.
    ['breach-notification', 'The auditor shall investigate the records made available to it and report to the Customer.', 'an audit clause'],
    ['breach-notification', 'If either party commits a material breach of this Agreement and fails to remedy it within 30 days, the other may terminate.', 'a breach of contract'],
    // "information" is no notice: protecting information against unauthorised access is security (posthog-privacy.md).
    ['breach-notification', 'PostHog takes measures reasonably necessary to protect your personal information against any unauthorized access, use, alteration, or destruction.', 'posthog-privacy.md'],
  ])('not %s: "%s" (%s)', (category, sentence) => {
    expect(matchCategory(category, norm(sentence), '')).toBeNull();
  });
});

describe('a heading naming security incidents heads the breach clause, not the security measures', () => {
  test.each(['security incidents', 'security incidents & breach notification', 'security breach'])('under "%s" no sentence is a security measure by its heading', (heading) => {
    expect(matchCategory('security-measures', norm('Notifications will be delivered to one or more of Customer\'s administrators by email.'), heading)).toBeNull();
  });
  test('under "security" it still is', () => {
    expect(matchCategory('security-measures', norm('Access to production systems is reviewed quarterly.'), 'security')).not.toBeNull();
  });
});

// Ordinary English DPA drafting of each Art. 28 topic (written for this test, in the manner of the large vendors' DPAs),
// read in a DPA under a heading that names no topic: the category comes from the sentence alone.
test.each<[Category, string]>([
  ["subprocessors", "Vendor shall impose on each Sub-processor data protection obligations no less protective than those in this DPA."],
  ["subprocessors", "Vendor remains fully liable to Customer for the performance of each Sub-processor's obligations."],
  ["subprocessors", "A current list of the third parties Vendor uses to process Customer Data is available at vendor.com/legal/subprocessors."],
  ["subprocessors", "Vendor may engage third-party service providers to process Personal Data on its behalf."],
  ["subprocessors", "Before engaging any new third party to process Customer Data, Vendor will carry out due diligence on its data protection practices."],
  ["subprocessors", "Vendor shall enter into a written agreement with each Subcontractor imposing the same obligations as those set out in this DPA."],
  ["subprocessors", "Customer may object to the appointment of an additional processor on reasonable data protection grounds."],
  ["subprocessors", "Where a sub-processor fails to fulfil its data protection obligations, Vendor shall remain fully liable to Customer."],
  ["data-subject-rights", "Taking into account the nature of the processing, Vendor shall assist Customer by appropriate technical and organisational measures, insofar as this is possible, for the fulfilment of Customer's obligation to respond to requests for exercising the data subject's rights."],
  ["data-subject-rights", "If Vendor receives a request from an individual to access, correct or delete their Personal Data, Vendor will promptly redirect the individual to Customer."],
  ["data-subject-rights", "Vendor will forward to Customer any complaint it receives from a data subject without undue delay."],
  ["data-subject-rights", "Vendor shall assist Customer in responding to requests from individuals exercising their rights under the CCPA."],
  ["retention-deletion", "Upon termination of the Agreement, Vendor shall, at Customer's choice, return or destroy all Personal Data, unless Union or Member State law requires storage of the Personal Data."],
  ["retention-deletion", "Vendor will securely dispose of Customer Personal Data in accordance with its data disposal policy."],
  ["retention-deletion", "Vendor shall not retain Customer Personal Data longer than necessary to provide the Services."],
  ["retention-deletion", "Customer Personal Data stored in backups will be overwritten in the ordinary course within 30 days."],
  ["retention-deletion", "Vendor will provide a certificate of deletion upon Customer's request."],
  ["retention-deletion", "At the end of the provision of services, Vendor shall make the Personal Data available for export for 30 days."],
  ["confidentiality", "Vendor shall ensure that persons authorised to process the Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality."],
  ["confidentiality", "Vendor shall ensure that all employees with access to Customer Data have signed non-disclosure agreements."],
  ["confidentiality", "Vendor's personnel are subject to written duties of confidentiality that survive termination of their employment."],
  ["audit", "Vendor shall make available to Customer all information necessary to demonstrate compliance with the obligations laid down in Article 28 GDPR."],
  ["audit", "Upon request, Vendor will provide Customer with a copy of its most recent SOC 2 Type II report."],
  ["audit", "Vendor shall allow for and contribute to audits, including inspections, conducted by Customer or another auditor mandated by Customer."],
  ["audit", "Customer may, at its own expense, appoint an independent third-party auditor to verify Vendor's compliance with this DPA."],
  ["audit", "Vendor will respond to Customer's reasonable security questionnaires once per year."],
  ["security-measures", "Vendor shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk."],
  ["security-measures", "Vendor maintains a comprehensive information security program with administrative, physical and technical safeguards."],
  ["security-measures", "Customer Data is encrypted in transit and at rest."],
  ["security-measures", "Vendor will regularly test, assess and evaluate the effectiveness of its security measures."],
  ["breach-notification", "Vendor shall notify Customer without undue delay after becoming aware of any unauthorised access to Customer Data."],
  ["breach-notification", "Vendor shall provide Customer with information about the incident, including the nature of the breach, the categories and approximate number of data subjects concerned and the likely consequences."],
  ["breach-notification", "Vendor will take reasonable steps to contain, investigate and mitigate any Security Incident."],
  // The notice in plain words (alert, let know) and the breach described (access, data compromised).
  ["breach-notification", "Vendor will alert Customer within 24 hours of discovering any unauthorized access to Customer Data."],
  // The German template's English (weblate-dpa.html): "violations of personal data", an "Affected Person", Chapter V.
  ["breach-notification", "The obligation to immediately report violations of personal data to the Client."],
  ["data-subject-rights", "Insofar as an Affected Person contacts the Supplier directly in this respect, the Supplier will immediately forward this request to the Client without delay."],
  // Requests named by who makes them, sent on to the controller, or answered by the service's own tools (written).
  // Art. 28(3)(h) as records kept for it (kernel-dpa.md).
  ["audit", "Kernel shall maintain records sufficient to demonstrate its compliance with its obligations under this DPA."],
  ["data-subject-rights", "If a Data Subject contacts Vendor directly, Vendor will direct the Data Subject to Customer."],
  ["data-subject-rights", "Should a data subject apply directly to Vendor for the correction or deletion of his or her data, Vendor shall forward this request to Customer without delay."],
  ["data-subject-rights", "Provider shall promptly inform Customer of any inquiry by a data subject concerning their personal data."],
  ["data-subject-rights", "Where a Consumer submits a verifiable request directly to Vendor, Vendor will inform the Consumer that the request should be submitted to Customer."],
  ["data-subject-rights", "Vendor will redirect the individual to Customer and will not respond itself."],
  ["data-subject-rights", "Vendor will provide Customer with the ability to correct, delete, or block Customer Personal Data via the Services."],
  ["data-subject-rights", "The Service provides Customer with functionality to retrieve, correct, delete or restrict Personal Data."],
  ["data-subject-rights", "The Services equip the Client with functionalities to retrieve, correct, delete, or restrict Personal Data."],
  ["data-subject-rights", "Company will assist Customer in complying with Customer's obligations to respond to requests concerning Personal Data from individuals under applicable Data Protection Law."],
  ["international-transfer", "Transfers to sub-processors are made only in accordance with Chapter V of the GDPR."],
  ["breach-notification", "Vendor will let Customer know within 48 hours if Customer Data has been compromised."],
  ["breach-notification", "Vendor shall inform Customer of any compromise of Customer Personal Data without undue delay."],
  ["breach-notification", "Vendor shall cooperate with Customer in notifying the supervisory authority and affected data subjects of a Personal Data Breach."],
  ["international-transfer", "Vendor shall not process Personal Data outside the European Economic Area without Customer's prior written consent."],
  ["international-transfer", "The Standard Contractual Clauses are incorporated into this DPA by reference."],
  ["international-transfer", "Module Two of the SCCs applies where Customer is a controller and Vendor is a processor."],
  ["international-transfer", "Vendor's Sub-processors may access Personal Data from countries outside the EEA, including the United States and India."],
  ["international-transfer", "Where Personal Data is transferred to the United States, Vendor relies on its certification under the EU-U.S. Data Privacy Framework."],
  // The SCC form's parts as a DPA completes them (langfuse-dpa.md, Annex 4).
  ["international-transfer", "Clause 17 (Governing law): German law."],
  ["international-transfer", "(c) Modules selected."],
  ["international-transfer", "Table 1 (Parties): Exporter = the Client as identified in the Main Contract; Importer = Langfuse GmbH."],
])('%s: "%s"', (category, sentence) => {
  expect(categoriesOf(readUnder('en', '4. General', sentence), sentence)).toContain(category);
});

// What an Art. 28 category is not (real sentences of the fixtures): retention named among the operations of
// processing, the duration of the processing, the CCPA restriction, anonymised use, a data subject's erasure request;
// a breach notice under a "Security" heading; the measures by which the processor assists with requests; a table's
// header row; the data's confidentiality as the condition of another clause.
test.each<[Category, string, string, string]>([
  ['retention-deletion', 'General', 'the use, collection, retention, storage, security, disclosure, transfer, disposal, and other processing of any Personal Data.', 'courier-dpa.md'],
  ['retention-deletion', 'Definitions', 'Processing: Any operation performed on Personal Data, including collection, storage, analysis, and deletion.', 'f7-dpa.md'],
  ['retention-deletion', 'Annex 1', 'Duration of the Processing: For the duration of the Agreement and until Customer requests deletion of Personal Data.', 'embrace-dpa.md'],
  ['retention-deletion', 'Term', 'This DPA remains in effect for the duration of the service agreement and until all Personal Data has been deleted or returned.', 'f7-dpa.md'],
  ['retention-deletion', 'CCPA', 'Embrace shall not (a) retain, use or disclose Personal Data for any purpose, including a commercial purpose, other than to provide the Application Services.', 'embrace-dpa.md'],
  ['retention-deletion', 'Data protection', 'Company certifies that it will not (c) retain, use, combine or disclose the Personal Data for any purpose other than as permitted under this DPA.', 'electric-dpa.md'],
  ['retention-deletion', 'Purposes', 'Analysis in pseudonmized or anonymized form by Travis-CI for internal purposes and statistics', 'travis-ci-dpa.md'],
  ['retention-deletion', 'Assistance', "We shall rectify, update and/or erase the Personal Data at Your and/or Your Institution's request, where You and/or Your Institution are unable to do so through the Service.", 'embl-dpa.md'],
  ['security-measures', 'Security.', '8.2 Upon becoming aware of an actual unauthorized access, destruction, use, modification, or disclosure of Customer Personal Data ("Security Incident"), the Party experiencing the Security Incident shall notify other Party without undue delay.', 'tigris-dpa.md'],
  ['security-measures', 'Assistance', "Provider shall, taking into account the nature of processing, assist Customer by appropriate technical and organisational measures, insofar as possible, for the fulfilment of Customer's obligation to respond to requests for exercising data subject rights.", 'runtara-dpa.md'],
  ['security-measures', 'Annex 2', '| Category | Measures |', 'f7-dpa.md'],
  ['confidentiality', 'Security reports', "Upon written request, Provider will give Customer, on a confidential basis, a summary copy of its then-current security audit report.", 'commonpaper-dpa.md'],
  ['confidentiality', 'Deletion', 'Any Client Personal Data so retained will remain subject to this DPA and the confidentiality obligations of the Main Contract.', 'langfuse-dpa.md'],
])('not %s under "%s": "%s" (%s)', (category, heading, sentence) => {
  expect(categoriesOf(readUnder('en', heading, sentence), sentence, 2)).not.toContain(category);
});

// A sub-processor list is read as one wherever it stands: a body heading that names it starts it, and a row's
// description of the service ("backup storage") is no security measure.
test('the rows under "## Current Sub-processors" in the body are entries of the list, not measures', () => {
  const md = `${underHeading('en', '5. Sub-processors', 'Vendor may engage Sub-processors as set out below.')}\n### Current Sub-processors\n\n| Entity | Country | Purpose |\n|---|---|---|\n| AWS | United States | Account management, backup storage, engineering support |\n| Stripe | United States | Payments |\n`;
  const { report } = analyzeText(readInput(md, 'markdown'), { source: 'art28.md', force: true });
  for (const name of ['AWS', 'Stripe']) expect(report.clauses.find((c) => c.text.startsWith(name))?.categories).toEqual(['subprocessors']);
});

// The rest of a breach clause (written for this test, in the large vendors' words): its updates and its information
// in phases carry the notice of their paragraph (Art. 33(4)); the carve-out of unsuccessful attempts bounds it.
test('a breach paragraph\'s updates and information in phases, and the unsuccessful-attempts carve-out, are the breach clause', () => {
  const md = `${INTRO.en}\n\n## 7. Incidents\n\nVendor will notify Customer of a Personal Data Breach without undue delay. Vendor shall provide Customer with timely updates as additional information becomes available. Where it is not possible to provide the information at the same time, the information may be provided in phases without undue further delay.\n\nUnsuccessful attempts, such as pings, port scans and denial of service attacks, that do not result in unauthorized access to Customer Data are not Security Incidents.\n`;
  const { report } = analyzeText(readInput(md, 'markdown'), { source: 'art28.md', force: true });
  for (const start of ['Vendor shall provide Customer with timely updates', 'Where it is not possible', 'Unsuccessful attempts']) {
    expect(report.clauses.find((c) => c.text.startsWith(start))?.categories).toContain('breach-notification');
  }
});

// A sentence that names no topic of its own, in a paragraph that named one, under a heading about that topic, carries it
// on (written for this test, in the words of formhaus-dpa.md 8 and 6); under a heading about something else it does not.
test("a paragraph's topicless sentences under a heading about its topic carry it; under another heading they do not", () => {
  const breach = `${INTRO.en}\n\n## 8. Personal Data Breaches\n\nVendor will notify Customer of a Personal Data Breach without undue delay. We send the notice to the account email address. A notice is not an admission of fault.\n`;
  const sub = `${INTRO.en}\n\n## 6. Sub-processors\n\nCustomer may object to a new Sub-processor within 15 days of the notice. We will work with Customer in good faith to address the concern.\n`;
  const elsewhere = `${INTRO.en}\n\n## 8. General\n\nVendor will notify Customer of a Personal Data Breach without undue delay. We send the notice to the account email address.\n`;
  const categories = (md: string, start: string) =>
    analyzeText(readInput(md, 'markdown'), { source: 'art28.md', force: true }).report.clauses.find((c) => c.text.startsWith(start))?.categories ?? [];
  expect(categories(breach, 'We send the notice')).toEqual(['breach-notification']);
  expect(categories(breach, 'A notice is not')).toEqual(['breach-notification']);
  expect(categories(sub, 'We will work with')).toEqual(['subprocessors']);
  expect(categories(elsewhere, 'We send the notice')).toEqual([]);
});

// The same for a clause of its own right after one about the topic under the same section heading (numbered paragraphs
// as large vendors' DPAs number them; written for this test); a clause after one about nothing does not carry.
test('a numbered clause with no topic of its own, right after one about the section\'s topic, carries it', () => {
  const md = `${INTRO.en}\n\n## 5. Sub-processors\n\n5.3 If Customer objects to a new Sub-processor, Vendor will use reasonable efforts to make available a change in the Services.\n\n5.4 If Vendor is unable to make available such change within a reasonable period of time, which shall not exceed thirty (30) days, Customer may terminate the applicable Order Form.\n\n## 6. Miscellaneous\n\n6.1 Vendor may send notices by email.\n\n6.2 If Vendor is unable to make available such change, Customer may terminate the applicable Order Form.\n`;
  const clauses = analyzeText(readInput(md, 'markdown'), { source: 'art28.md', force: true }).report.clauses;
  expect(clauses.find((c) => c.text.startsWith('5.4'))?.categories).toEqual(['subprocessors']);
  expect(clauses.find((c) => c.text.startsWith('6.2'))?.categories ?? []).not.toContain('subprocessors');
});
