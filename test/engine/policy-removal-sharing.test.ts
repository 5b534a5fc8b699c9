// A policy's deletion written as removal from a place ("removed from our database after two years of inactivity"),
// data passed on with what it is about ("we pass on your details, and details of the issue, to the council"), and
// access asked for without "us" ("ask to see what personal data we hold about you"). Sentences in the style of civic
// and charity notices (FixMyStreet.com's among them, test/fixtures/sources/batch-11.md), with counter-examples.
import { describe, expect, test } from 'vitest';
import { readBlocks, retentionDays, taggedAlone as tagged } from '../helpers/drafting';

const policy = (...blocks: string[]) => readBlocks('Privacy Policy', 'We collect your name and email address when you use the service.', ...blocks);

describe('removal from a place is deletion', () => {
  test.each<[string, number[]]>([
    ['Personal details will automatically be removed from our database after two years of inactivity of the associated account.', [730]],
    ['Your details are removed from our systems after 12 months.', [365]],
    ['Inactive accounts are deleted from our servers after 24 months.', [730]],
  ])('%s', (sentence, days) => {
    expect(tagged('retention-deletion', sentence)).toBe(true);
    expect(retentionDays(policy('How long we keep your data', sentence))).toEqual(days);
  });
  test.each([
    'You can remove a device from your account at any time.',
    'We may remove content that violates these rules.',
  ])('not a deletion of data: %s', (sentence) => expect(tagged('retention-deletion', sentence)).toBe(false));
});

describe('data passed on, with what it is about', () => {
  test.each([
    'When you submit a report, we pass on your details, and details of the issue, to the council responsible for the area.',
    'We send your details to the body responsible for fixing your issue.',
  ])('%s', (sentence) => expect(tagged('sharing', sentence)).toBe(true));
});

describe('access asked for', () => {
  test.each([
    'You may contact us at any time to ask to see what personal data we hold about you.',
    'You can request to access the personal information we hold.',
  ])('%s', (sentence) => expect(tagged('data-subject-rights', sentence)).toBe(true));
  test('asking to see a page is not a right', () => expect(tagged('data-subject-rights', 'Ask to see the menu before you order.')).toBe(false));
});

describe('a named third-party service collecting on the site is third-party collection (sharing)', () => {
  test.each([
    'Google remarketing sets a cookie on the information technology system of the data subject.',
    'We embed videos from YouTube, which sets its own cookies when you play a video.',
    'Our forms use reCAPTCHA to tell people from bots, which collects hardware and software information.',
    'We use Hotjar to record how visitors scroll through our pages.',
  ])('%s', (sentence) => expect(tagged('sharing', sentence)).toBe(true));
  test('naming the service without anything it does is not', () => expect(tagged('sharing', 'Our channel on YouTube has 20 videos.')).toBe(false));
});

describe('what is not a collection practice', () => {
  test.each([
    // The GDPR's Art. 4 definitions, as generated policies repeat them.
    'The data subject is any identified or identifiable natural person, whose personal data is processed by the controller.',
    'Processing is any operation or set of operations which is performed on personal data, such as collection, recording, organisation or storage.',
    'b) Recipient is a natural or legal person, public authority, agency or another body, to which the personal data are disclosed.',
    // An audience statement.
    'GitHub does not knowingly collect information from children under 13.',
    'We do not knowingly collect or solicit personal information from anyone under the age of 13.',
  ])('%s', (sentence) => expect(tagged('data-collection', sentence)).toBe(false));
  test.each([
    'We collect your name and email address when you register.',
    'When you sign up, we collect your email address, which is any address you choose.',
  ])('still collection: %s', (sentence) => expect(tagged('data-collection', sentence)).toBe(true));
});

describe('changes to the document itself', () => {
  test.each(['We will post any changes to these terms to this page.', 'If these Terms change, you will be asked to accept the new version.'])('%s', (s) =>
    expect(tagged('policy-changes', s)).toBe(true));
  test('the terms of an annex that apply in a region are not a change', () =>
    expect(tagged('policy-changes', 'To the extent that Provider processes personal data protected by the laws of a region listed in Schedule 4, the terms of Schedule 4 apply in addition to the terms of this DPA.')).toBe(false));
});

describe('where the data is processed, Europe named as a place', () => {
  const transfer = (s: string) => tagged('international-transfer', s, 'base');
  test('processed in Europe and the United States', () =>
    expect(transfer('Customer acknowledges that Spacelift Processes Customer Personal Data primarily in Europe and the United States.')).toBe(true));
  test('countries located in Europe are a definition of places, not a processing location', () =>
    expect(transfer('We use the term "Designated Countries" to refer to Australia, Canada, Japan, Mexico, New Zealand, Russia, and all countries located in Europe.')).toBe(false));
});

describe('a right written as an entitlement', () => {
  test("California's Shine the Light", () =>
    expect(tagged('data-subject-rights', 'Under California Civil Code Sections 1798.83-1798.84, California residents are entitled to ask us for a notice identifying the categories of Personal Information which we share with our affiliates.')).toBe(true));
  test('an entitlement to a refund is not', () => expect(tagged('data-subject-rights', 'Customers are entitled to a refund within 14 days.')).toBe(false));
});
