// Drafting variants of the Art. 28(3) requirements, as real DPAs word them (source after each sentence):
// the sentence is tagged with the category, or (traps) not.
import { describe, expect, test } from 'vitest';
import { matchCategory } from '../../lib/engine/tag/tag';
import type { Category } from '../../lib/engine/report';

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

describe('Art. 28(3) cues by verb and object class', () => {
  test.each<[Category, string, string]>([
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
