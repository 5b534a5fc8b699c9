// US and EU policy wording for the answer time and the place of the data. Sentences written for these tests; each
// failed on the rules before this change: the CCPA's two clocks ("confirm receipt within 10 business days and respond
// within 45 days": the answer is the second), data kept with a named provider at an EU place ("with Amazon Web
// Services in Frankfurt, Germany") and providers located in the US.
import { expect, test } from 'vitest';
import { readUnder } from '../helpers/drafting';

const terms = (heading: string, s: string) => readUnder('policy', heading, s).terms;

test('the CCPA acknowledgement is not the answer time', () =>
  expect(terms('Your California Privacy Rights', 'We will confirm receipt of your request within 10 business days and respond within 45 calendar days.').dsrResponseDays).toBe(45));
test('an answer time alone is still read', () => expect(terms('Your Rights', 'We will respond to your request within 30 days.').dsrResponseDays).toBe(30));
test('kept with a named provider at an EU place', () =>
  expect(terms('International Transfers', 'We store your data with Amazon Web Services in Frankfurt, Germany.').transfers?.outsideEEA).toBe('no'));
test('a provider at an EU place and another outside is no promise to stay', () =>
  expect(terms('International Transfers', 'We store your data with Amazon Web Services in Frankfurt, Germany, and in the United States.').transfers?.outsideEEA).not.toBe('no'));
test('providers located in the US', () =>
  expect(terms('International Transfers', 'Our service providers are located in the United States.').transfers?.outsideEEA).toBe('yes'));
