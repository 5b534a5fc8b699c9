// Clause tagging on real sentences from the corpus (seeds and CC0 / CC BY / CC BY-SA documents), traps included.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import type { Category } from '../../lib/engine/report';
import { matchCategory } from '../../lib/engine/tag/tag';

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

describe('a sentence is tagged with what it is really about', () => {
  test.each<[string, Category, string]>([
    ['frostmoln', 'breach-notification', 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.'],
    ['connectel', 'breach-notification', 'The Service Provider shall, without undue delay and no later than seventy-two (72) hours thereafter, notify the Customer of the breach.'],
    ['37signals DPA', 'breach-notification', '37signals shall notify Customer without undue delay, and in compliance with Data Protection Laws and Regulations, after becoming aware of the accidental or unlawful destruction, loss, alteration, or unauthorized disclosure of, or access to, Personal Data.'],
    ['frostmoln', 'international-transfer', 'All processing of personal data under this DPA takes place exclusively within the EU/EEA.'],
    ['cloudmqtt', 'international-transfer', 'The Data Processor may only undertake transfer of Personal Data to a Third Country with prior written consent of the Data Controller.'],
    ['firefox notice', 'international-transfer', 'Mozilla (and our servers) are based in the United States.'],
    ['infracom', 'retention-deletion', 'Upon termination, all The Customer data shall be deleted within thirty (30) days, unless otherwise agreed upon in writing.'],
    ['infrasec', 'retention-deletion', 'After contract termination, we retain your data for 36 months.'],
    ['infracom', 'subprocessors', 'InfraCom Communications may engage a Sub-processor only if specific prior written authorization has been obtained from the Customer.'],
    ['connectel', 'audit', 'The audit shall be carried out maximum once (1) per calendar year unless the Customer demonstrates reasonable cause for further audits.'],
    ['infracom', 'security-measures', 'Sensitive data is encrypted using AES-256.'],
    ['connectel', 'security-measures', 'The Service Provider is certified under ISO/IEC 27001.'],
    ['connectel', 'liability', 'The Service Provider’s liability shall be limited in accordance with what is set out in the Agreement.'],
    ['cloudmqtt', 'governing-law', 'Swedish law applies in all aspects to the Data Processor’s Processing of Personal Data under this DPA.'],
    ['37signals DPA', 'governing-law', 'The Parties select the laws of Ireland;'],
    ['infracom', 'government-access', 'In the event that InfraCom Communications receives a request from a governmental authority or other law enforcement entity, it shall notify The Customer.'],
    ['infracom', 'confidentiality', 'InfraCom Communications shall ensure that persons authorized to process the personal data have committed themselves to confidentiality.'],
    ['infrasec', 'sharing', 'Your data may be shared with other companies within our corporate group for marketing and service purposes.'],
    ['infrasec', 'cookies-tracking', 'We also use cookies to ensure proper website functionality.'],
    ['infrasec', 'automated-decisions', 'We do not engage in automated decision-making or profiling that produces legal effects.'],
    ['infrasec', 'contact', 'If you are dissatisfied, you can file a complaint with the Swedish Authority for Privacy Protection.'],
    ['infrasec', 'purposes-legal-basis', 'The most common legal basis is the performance of a contract.'],
    ['infrasec', 'policy-changes', 'This policy may be updated to reflect changes in legislation or business practices.'],
    ['github statement', 'children', 'If you are under the age of 13, you may not have a GitHub account.'],
    // Drafting variants of issue 11, each from a tuning DPA:
    ['stakater', 'policy-changes', 'Any changes or additions to this DPA will become a binding part of the agreement unless the Customer objects within thirty (30) days of being informed of the amended provisions.'],
    ['tailscale', 'policy-changes', 'Continued use of the Services after the updated DPA goes into effect as set forth herein will constitute Customer’s acceptance of such updated version.'],
    ['common paper', 'data-subject-rights', 'If a data subject makes a valid request under Applicable Data Protection Laws to delete or opt out of Customer’s giving of Customer Personal Data to Provider, Provider will assist Customer in fulfilling the request'],
    ['common paper', 'government-access', 'Examples of these kinds of inquiries and requests include a judicial or administrative or regulatory agency order about Customer Personal Data where notifying Customer is not prohibited by Applicable Law'],
    ['travis-ci', 'breach-notification', 'Travis-CI shall document any personal data breaches, comprising the facts relating to the personal data breach, its effects and the remedial action taken and will supply the list to Client on request.'],
    ['travis-ci', 'governing-law', 'The sole place of jurisdiction for any and all disputes arising from and in connection with this agreement shall be Berlin, unless there is a sole statutory place of jurisdiction.'],
  ])('%s: %s', (_doc, category, sentence) => {
    expect(matchCategory(category, norm(sentence), '')).not.toBeNull();
  });
});

describe('traps: a keyword is not enough', () => {
  test.each<[string, Category, string]>([
    ['frostmoln: an audit clause mentioning a breach', 'breach-notification', 'Audits shall be conducted with reasonable prior notice (at least 30 days, except in the case of a suspected data breach) and shall be carried out during normal business hours.'],
    ['cloudmqtt: a notice period about contacts', 'breach-notification', 'The Data Controller shall be notified on beforehand (or at least 2 weeks before) of any changes of the contact partner.'],
    ['infracom: a session lock', 'retention-deletion', 'Workstations shall automatically lock after 5 minutes of inactivity.'],
    ['infracom: governing law is not a breach', 'breach-notification', 'This Agreement shall be interpreted and governed by Swedish law.'],
    ['github cookies: a cookie lifetime', 'retention-deletion', 'This cookie is used to remember your preferences and expires after 30 days.'],
    ['automattic: customer retention', 'retention-deletion', 'Inferences we make (such as likelihood of retention or attrition).'],
    ['firefox notice: audits as a purpose', 'audit', 'Performing internal compliance and security activities, such as audits and enterprise security management.'],
    ['a breach of contract', 'breach-notification', 'Either party may terminate this Agreement if the other party is in material breach and notifies it in writing.'],
    ['a definition', 'breach-notification', 'Personal Data Breach: means any unauthorized or unlawful breach of security leading to the notification duties of Article 33.'],
    ['"EU or Swedish law requires" is not a choice of law', 'governing-law', 'After this period, the Processor shall delete all personal data unless EU or Swedish law requires further storage.'],
  ])('%s', (_name, category, sentence) => {
    expect(matchCategory(category, norm(sentence), '')).toBeNull();
  });
});

describe('section context', () => {
  test('a sentence under a sub-processor heading with an objection window is a sub-processor clause (cloudmqtt)', () => {
    const s = norm('The Data Controller shall notify the Data Processor of such objection within ten (10) days of receiving the notice of the change.');
    expect(matchCategory('subprocessors', s, '')).toBeNull();
    expect(matchCategory('subprocessors', s, '8. subprocessing')?.rule).toBe('subprocessors-section');
  });

  test('a response time under "8.1 Right of Access" is a data-subject-rights clause (infrasec)', () => {
    const s = norm('We will respond within 1 month and send the data to your registered address.');
    expect(matchCategory('data-subject-rights', s, '8.1 right of access')?.rule).toBe('data-subject-rights-section');
  });

  test('list items inherit the topic of the sentence that introduces them (connectel schedule 2)', () => {
    const text = [
      'Data Processing Agreement',
      '',
      '1.1 The Customer agrees that the Service Provider engages certain sub-processors and authorizes the Service Provider to engage additional or replacement sub-processors, provided that:',
      '• The customer subscribes to such notifications and will be informed at least 30 (thirty) calendar days in advance of any proposed addition or replacement;',
    ].join('\n');
    const r = analyze({ text, title: null, hints: null }, { force: true });
    const item = r.clauses.find((c) => c.text.startsWith('• The customer subscribes'));
    expect(item?.categories).toContain('subprocessors');
    expect(item?.why.find((w) => w.category === 'subprocessors')?.rule).toBe('subprocessors-list');
  });

  test('every tag says which rule fired and why', () => {
    const r = analyze({ text: 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach.', title: null, hints: null }, { force: true });
    expect(r.clauses[0].why).toEqual([expect.objectContaining({ category: 'breach-notification', rule: 'breach-notify', reason: expect.stringMatching(/breach/) })]);
  });
});
