// Run-in headings ("Demonstrable Compliance. PSI agrees…"): real sentences of the Logfire DPA (test/fixtures/corpus/dpa/logfire-dpa.md).
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { isRunInHeading } from '../../lib/engine/tag/tag';

describe('a run-in heading heads the clause it opens', () => {
  test.each(['Demonstrable Compliance.', 'Personal Data Inquiries and Requests.', 'Confidentiality.', '15.1 Notices.', 'Sale or Sharing of Customer Personal Data Prohibited.'])('"%s" is a run-in heading', (t) =>
    expect(isRunInHeading(t)).toBe(true),
  );
  test.each(['No back-ups will be kept.', 'Travis-CI shall:', 'Frequency of transfers: continuous.', 'PSI shall not sell or share Customer Personal Data.', 'Yes.'])('"%s" is not', (t) => expect(isRunInHeading(t)).toBe(false));

  const doc = [
    '* **Authorization to Use Subprocessors.** To the extent necessary to fulfill PSI\'s contractual obligations under the Logfire Terms, Customer hereby authorizes PSI to engage Subprocessors. We will update this list at least seven days before the addition of or replacement of any Subprocessor. Customer may terminate the Logfire Services if it does not agree to any such addition or replacement.',
    '',
    '* **Demonstrable Compliance.** PSI agrees to provide information reasonably necessary to demonstrate compliance with this Addendum upon Customer\'s reasonable request and to reasonably cooperate with Customer to remedy any unauthorized processing of Customer Personal Data.',
  ].join('\n');
  const { report } = analyzeText({ text: doc.replace(/\*\*/g, '').replace(/^\* /gm, ''), title: null, hints: null }, { source: 'run-in.txt' });
  const cats = (start: string) => report.clauses.find((c) => c.text.startsWith(start))?.categories ?? [];

  test('the heading carries what its clause is about', () => {
    expect(cats('Demonstrable Compliance.')).toContain('audit');
    expect(cats('Authorization to Use Subprocessors.')).toContain('subprocessors');
  });
  test('a sentence under it reads the run-in heading as its heading', () => {
    expect(cats('Customer may terminate the Logfire Services')).toContain('subprocessors');
  });
});

describe('the nearest heading decides (real sentences of the Spacelift DPA, test/fixtures/corpus/dpa/spacelift-dpa.md)', () => {
  const doc = [
    'DATA PROCESSING ADDENDUM',
    '',
    'This Data Processing Addendum forms part of the Services Agreement between Spacelift (the Processor) and Customer (the Controller) and governs the processing of Customer Personal Data.',
    '',
    '4. SECURITY',
    '',
    '4.1. Personnel. Spacelift will take reasonable steps to ensure the reliability of any Authorized Persons who may have access to Customer Personal Data. Spacelift will ensure that Authorized Persons are informed of the confidential nature of Customer Personal Data.',
    '',
    '4.4. Personal Data Breach. Upon becoming aware of a confirmed Personal Data Breach, Spacelift will notify Customer without undue delay about the Personal Data Breach. Such notices will describe, to the extent possible, details of the Personal Data Breach.',
    '',
    '11. MISCELLANEOUS',
    '',
    '11.3. Termination. This DPA will automatically terminate upon expiration or termination of the Services Agreement. However, for the avoidance of doubt, the provisions of the DPA will in all cases continue to apply for as long as the Spacelift Processes Customer Personal Data on behalf of Customer.',
  ].join('\n');
  const { report } = analyzeText({ text: doc, title: null, hints: null }, { source: 'spacelift.txt' });
  const cats = (start: string) => report.clauses.find((c) => c.text.startsWith(start))?.categories ?? [];

  test('a run-in heading that names its topic heads its clause alone: a breach notice under "Security" is no security measure', () => {
    expect(cats('4.4. Personal Data Breach.')).toEqual(['breach-notification']);
    expect(cats('Upon becoming aware of a confirmed')).toEqual(['breach-notification']);
    expect(cats('Such notices will describe')).not.toContain('security-measures');
  });
  test('"Personnel." under "Security" heads the duties of the staff: confidentiality, not a security measure', () => {
    expect(cats('Spacelift will take reasonable steps to ensure the reliability')).not.toContain('security-measures');
    expect(cats('Spacelift will ensure that Authorized Persons are informed')).toEqual(['confidentiality']);
  });
  test('under a "Termination" heading, the contract ending is no deletion of data', () => {
    expect(cats('This DPA will automatically terminate')).not.toContain('retention-deletion');
  });
});
