// A list and the sentence that introduces it, read as one (lib/engine/tag/tag.ts, vocabulary `lists`). Two ways lawyers
// write it: a lead announcing the contents of a notice ("Notification will include:"), whose items are the notice's
// contents whatever their words; and a lead whose items finish its sentence ("... shall notify the Client if:" over
// "- it becomes aware of a personal data breach"), where only the whole says what it is about. Real lists of the
// fixtures: F7 (MIT), Travis CI, Frostmoln (seed), and the 2010 SCCs embedded in the GitHub DPA.
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';

const report = (text: string) => analyzeText({ text, title: null, hints: null }, { source: 'lists.md', force: true }).report;
const categoriesOf = (text: string, start: string) => report(text).clauses.find((c) => c.text.replace(/^(?:[•*-]|\d+\.)\s*/, '').startsWith(start))?.categories ?? [];

const F7 = `## 7. Data Breach Notification

F7 will notify Customer without undue delay (and in any event within 72 hours) upon becoming aware of a Personal Data breach. Notification will include:
- Nature of the breach
- Categories and approximate number of affected individuals
- Likely consequences
- Measures taken or proposed to address the breach
`;

const TRAVIS = `### Notifications

1. Travis-CI shall, without undue delay, notify the Client if:
-  it becomes aware of a personal data breach; or
- it receives a request from or on behalf of a data subject of Client’s Personal Data to exercise any of the rights given to data subjects by Data Protection Legislation; or
- it receives a request from the Press, a Data Protection authority or another public authority.
2. Travis-CI shall (at the Client’s expense) provide such further information and assistance as the Client reasonably requires.
`;

const SCC = `### Clause 5

The data importer agrees and warrants:

(d) that it will promptly notify the data exporter about:

    (i) any legally binding request for disclosure of the personal data by a law enforcement authority unless otherwise prohibited;

    (ii) any accidental or unauthorised access, and

    (iii) any request received directly from the data subjects without responding to that request, unless it has been otherwise authorised to do so;
`;

describe('a lead announcing what a notice contains', () => {
  test.each(['Nature of the breach', 'Categories and approximate number of affected individuals', 'Likely consequences', 'Measures taken or proposed'])(
    'F7: "%s" is part of the breach notice',
    (item) => expect(categoriesOf(F7, item)).toContain('breach-notification'),
  );
  // Under a heading that names no topic: under "Data Breach Notification" the section's topic carries on to its items.
  test('the same items under a lead that announces nothing stay untagged', () => {
    const plain = F7.replace('Notification will include:', 'Other points:').replace('## 7. Data Breach Notification', '## 7. General');
    expect(categoriesOf(plain, 'Likely consequences')).not.toContain('breach-notification');
  });
  test('a lead about no topic passes none on ("The parties will include:")', () => {
    const text = 'The annual report will include:\n- Likely consequences\n- Nature of the work\n';
    expect(categoriesOf(text, 'Likely consequences')).toEqual([]);
  });
});

describe('a lead whose items finish its sentence', () => {
  test('Travis CI: "notify the Client if:" + "it becomes aware of a personal data breach" is the breach notice', () => {
    expect(categoriesOf(TRAVIS, 'it becomes aware of a personal data breach')).toContain('breach-notification');
    expect(categoriesOf(TRAVIS, 'Travis-CI shall, without undue delay')).toContain('breach-notification');
  });
  test('Travis CI: the breach deadline of the lead is read ("without undue delay")', () => {
    expect(report(TRAVIS).terms.breachNotice?.qualifier).toBe('without-undue-delay');
  });
  test('Travis CI: the next numbered item in capitals is not one of them', () => {
    expect(categoriesOf(TRAVIS, 'Travis-CI shall (at the Client')).not.toContain('breach-notification');
  });
  test('SCC 2010 Clause 5(d)(ii): "notify ... about: any accidental or unauthorised access" is a breach notice', () => {
    expect(categoriesOf(SCC, '(ii) any accidental or unauthorised access')).toContain('breach-notification');
  });
  test('a lead that ends on a full sentence is not finished by its items', () => {
    const text = 'Travis-CI shall notify the Client of changes to this Agreement. The changes include:\n- it becomes aware of a personal data breach in the wording\n';
    expect(categoriesOf(text, 'Travis-CI shall notify the Client of changes')).not.toContain('breach-notification');
  });
});

describe('a list of sub-processors: every entry names one', () => {
  test('the rows of an annex titled "Sub-Processors" (Tigris)', () => {
    const text = '# DPA\n\nVendor processes Customer Personal Data.\n\n## Appendix C – Sub-Processors\n\nThis Appendix C provides information about the sub-processors used by Vendor.\n\n| Sub-Processor Name | Location | Sub-Processing Activities |\n| --- | --- | --- |\n| Equinix | United States | Hosting provider |\n| Stripe | United States | Payment processing |\n';
    const r = analyzeText(readInput(text, 'markdown'), { source: 'x.md', force: true }).report;
    expect(r.clauses.filter((c) => /Equinix|Stripe/.test(c.text)).map((c) => c.categories.includes('subprocessors'))).toEqual([true, true]);
  });
  test('the items under "uses the following subprocessors:" (Location Science)', () => {
    expect(categoriesOf('The Processor uses the following subprocessors:\n- Keycloak (for authentication)\n- GitHub (for code hosting)\n', 'Keycloak')).toContain('subprocessors');
  });
  test('rows of a table that is no sub-processor list stay untagged', () => {
    const text = '# DPA\n\n## Appendix A – Processing details\n\n| Item | Value |\n| --- | --- |\n| Equinix | United States |\n';
    const r = analyzeText(readInput(text, 'markdown'), { source: 'x.md', force: true }).report;
    expect(r.clauses.filter((c) => c.text.includes('Equinix')).flatMap((c) => c.categories)).not.toContain('subprocessors');
  });
});
