// The paragraph as a unit of reading. A sentence that carries on an act named earlier in its paragraph ("The notification must be made within 24 hours")
// takes that act's category (vocabulary tags.followOn, lib/engine/tag/tag.ts). Real paragraphs of the fixtures:
// fortrabbit (translated AVV), Spacelift and GitHub DPAs.
import { describe, expect, test } from 'vitest';
import { analyzeDoc, analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';

const categoriesOf = (text: string, start: string) => {
  const { report } = analyzeText({ text, title: null, hints: null }, { source: 'follow-on.txt', force: true });
  return report.clauses.find((c) => c.text.startsWith(start))?.categories ?? [];
};

describe('a sentence carrying on the act of its paragraph', () => {
  test('"The notification must be made ... within 24 hours" after the breach sentence, across an untagged one', () => {
    const p = 'The contractor immediately informs the client of personal data protection breaches. Also justified suspicions on this are to be communicated. The notification must be made at the latest within 24 hours after the contractor\'s knowledge of the relevant event to an address specified by the client.';
    expect(categoriesOf(p, 'The notification must be made')).toContain('breach-notification');
  });
  test('"Such notices will describe ..."', () => {
    const p = 'Spacelift shall notify Customer without undue delay after becoming aware of a Personal Data Breach. Such notices will describe, to the extent possible, details of the Personal Data Breach.';
    expect(categoriesOf(p, 'Such notices will describe')).toContain('breach-notification');
  });
  test('the reading has read the terms: the 24 hours are the breach notice', () => {
    const p = '## Notification requirements\n\nThe contractor immediately informs the client of personal data protection breaches. Also justified suspicions on this are to be communicated. The notification must be made at the latest within 24 hours after the contractor\'s knowledge of the relevant event to an address specified by the client.';
    const { report } = analyzeText({ text: p, title: null, hints: null }, { source: 'follow-on.txt', force: true });
    expect(report.terms.breachNotice?.maxHours).toBe(24);
  });
});

describe('a later request in a paragraph about data subjects\' requests is one of them', () => {
  const p = 'If Courier receives a request from a data subject to exercise a right, Courier will inform Customer. Courier will respond to any such request without Customer\'s prior written authorization. Customer shall provide Courier with the information necessary to comply with the request.';
  test.each(['Courier will respond to any such request', 'Customer shall provide Courier'])('"%s"', (start) => {
    expect(categoriesOf(p, start)).toContain('data-subject-rights');
  });
  test('an authority\'s request in the same paragraph is not', () => {
    const q = 'If Courier receives a request from a data subject to exercise a right, Courier will inform Customer. Courier will also inform Customer of any legally binding request by a law enforcement authority.';
    expect(categoriesOf(q, 'Courier will also inform')).not.toContain('data-subject-rights');
  });
});

describe('what does not carry on', () => {
  test('the same words in the next paragraph', () => {
    const p = 'Spacelift shall notify Customer without undue delay after becoming aware of a Personal Data Breach.\n\nThe notice period for changes to these terms is 30 days.';
    expect(categoriesOf(p, 'The notice period')).not.toContain('breach-notification');
  });
  test('a sentence that opens with another noun', () => {
    const p = 'Spacelift shall notify Customer without undue delay after becoming aware of a Personal Data Breach. Customer shall pay all fees within 30 days.';
    expect(categoriesOf(p, 'Customer shall pay')).not.toContain('breach-notification');
  });
});

describe('a paragraph that opens by defining a term is that definition', () => {
  test('the EU/EEA in a definition of the applicable law is no transfer clause (EMBL)', () => {
    const p = '1.1 "Applicable Data Protection Laws" means: for EMBL, its internal data protection legal framework; and for You and/or Your Institution (a) if You and/or Your Institution are located in the EU/EEA, the General Data Protection Regulation (Regulation (EU) 2016/679) and any national data protection legislation; (b) if You are located in the UK, the UK GDPR.';
    expect(categoriesOf(p, 'and for You')).not.toContain('international-transfer');
  });
  test('"as a means of spam protection" defines nothing: the sentences after it are read (Basecamp)', () => {
    const p = 'We use CAPTCHA services with HEY as a means of spam protection. We have a legitimate interest in protecting our app and the broader Internet community from spam. We retain these data via our subprocessor forever because they are used for anti-spam mitigation.';
    expect(categoriesOf(p, 'We retain these data')).toContain('retention-deletion');
  });
  test('"a means of contacting you" is not a definition either (HashiCorp)', () => {
    const p = 'If you have provided us with a means of contacting you, we may use such means to communicate with you.';
    const { doc } = analyzeText({ text: p, title: null, hints: null }, { force: true });
    const clause = analyzeDoc(doc, 'privacy-policy').clauses.find((c) => c.text.startsWith('If you have provided us'));
    expect(clause?.categories).toContain('purposes-legal-basis');
  });
});

test('"All such requests ... may only be made once a year" carries on the audit requests of its paragraph (Common Paper)', () => {
  const p = 'In addition to the Report, Provider will respond to reasonable requests for information made by Customer to confirm Provider’s compliance with this DPA, including responses to information security and audit questionnaires. All such requests must be in writing and made to the Provider Security Contact and may only be made once a year.';
  const { report } = analyzeText({ text: `## Audit & Reports\n\n${p}`, title: null, hints: null }, { source: 'follow-on.txt', force: true });
  expect(report.clauses.find((c) => c.text.startsWith('All such requests'))?.categories).toEqual(['audit']);
  expect(report.terms.audit?.maxPerYear).toBe(1);
});

describe('confidentiality of the persons who process the data, and the audit\'s own', () => {
  test.each([
    ['the reliability of personnel (the Salesforce-family "Reliability" clause)', '37signals shall take commercially reasonable steps to ensure the reliability of any 37signals personnel engaged in the Processing of Personal Data.'],
    ['personnel bound in writing (Travis CI)', 'Travis-CI will bind its personnel accordingly in writing;'],
  ])('%s is Art. 28(3)(b)', (_, s) => expect(categoriesOf(s, s.slice(0, 12))).toContain('confidentiality'));
  test('an audit under its heading restricting access to protect secrets is the audit, not personnel confidentiality', () => {
    const p = '## Audit Rights\n\nHowever, Provider may restrict access to data or information if Customer’s access to the information would negatively impact Provider’s intellectual property rights, contractual obligations, or confidentiality obligations.';
    const { report } = analyzeText(readInput(p, 'markdown'), { source: 'audit.md', force: true });
    const cats = report.clauses.find((c) => c.text.startsWith('However'))?.categories ?? [];
    expect(cats).toContain('audit');
    expect(cats).not.toContain('confidentiality');
  });
});

test('in a paragraph about sub-processors, objecting is objecting to one (Embrace)', () => {
  const p = 'Embrace may hire other companies to provide limited services on its behalf. Any such subcontractors will be permitted to process personal data only to deliver the services. Embrace will update the list within thirty (30) days of any such notification if Customer does not legitimately object within that time frame.';
  expect(categoriesOf(p, 'Embrace will update the list')).toContain('subprocessors');
  const { report } = analyzeText({ text: p, title: null, hints: null }, { source: 'carry.txt', force: true });
  expect(report.terms.subprocessors?.objectionDays).toBe(30);
});

// Where two topics meet in one DPA sentence, one may only name the other's object (tag.ts PRECEDENCE). Each row: the
// sentence keeps its own topic and drops the one it only names. Real sentences of the fixtures.
describe('where two topics meet, the one only named is dropped', () => {
  test.each([
    ['audited against a security policy (Common Paper)', 'Customer acknowledges that Provider is regularly audited against the standards defined in the Security Policy by independent third-party auditors.', 'audit', 'security-measures'],
    ['audit reports of a certification (GitHub)', 'GitHub will provide security compliance reporting such as external SOC1, type 2 and SOC2, type2 audit reports upon Customer request.', 'audit', 'security-measures'],
    ['sub-processors beside the party a transfer clause binds (Spacelift)', 'Customer authorizes Spacelift and its Sub-processors to make international data transfers of Customer Personal Data in accordance with this DPA so long as Applicable Data Protection Law for such transfers is respected.', 'international-transfer', 'subprocessors'],
    ['sub-processors beside the personnel a confidentiality clause binds (Courier)', 'Courier will ensure that its employees, authorized agents, and any Subprocessors are required to comply with and acknowledge and respect the confidentiality of the Customer Personal Data.', 'confidentiality', 'subprocessors'],
    ['a liability clause that names the SCCs (Common Paper)', 'In addition, this DPA does not limit any liability between the parties for violations of the EEA SCCs or UK Addendum.', 'liability', 'international-transfer'],
    ["a data subject's request to delete (Common Paper)", 'If a data subject makes a valid request under Applicable Data Protection Laws to delete or opt out of Customer’s giving of Customer Personal Data to Provider, Provider will comply with the request.', 'data-subject-rights', 'retention-deletion'],
  ] as const)('%s', (_, sentence, keeps, drops) => {
    const cats = categoriesOf(sentence, sentence.slice(0, 20));
    expect(cats).toContain(keeps);
    expect(cats).not.toContain(drops);
  });

  test('a role: "Provider will be deemed a Subprocessor" (Common Paper)', () => {
    const s = 'In situations where Customer is a Processor of the Customer Personal Data, Provider will be deemed a Subprocessor of the Customer Personal Data.';
    expect(categoriesOf(s, 'In situations where')).not.toContain('subprocessors');
  });

  // What each entry must leave alone.
  test.each([
    ['an audit sentence that names a measure itself keeps it', 'Customer may audit the technical and organisational measures taken by Courier, including encryption of data at rest.', ['audit', 'security-measures']],
    ['engaging sub-processors is their clause, whatever else it says', 'Customer authorizes Spacelift to engage Sub-processors and to transfer Customer Personal Data to them under the SCCs.', ['subprocessors']],
    ["completing the SCCs' Clause 17 stays a transfer term (Spacelift)", '1.3.6. In Clause 17, Option 1 will apply, and the EU SCCs will be governed by Polish law;', ['international-transfer', 'governing-law']],
    ["the controller's instruction to erase stays deletion", 'The Personal Data shall be erased at the request of the Data Controller pursuant to the Data Controller’s instructions.', ['retention-deletion']],
  ])('%s', (_, sentence, keeps) => {
    expect(categoriesOf(sentence, sentence.slice(0, 12))).toEqual(expect.arrayContaining(keeps));
  });
});
