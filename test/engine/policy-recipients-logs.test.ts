// Three ways US-style policies write what the rules missed: a recipient named by a relative clause ("handled by Stripe,
// which receives your card details"), a server log described by what it holds ("log each request, including the page
// requested and the referring URL") and correspondence kept on record. Sentences written for these tests (each failed
// before this change), with counter-examples.
import { expect, test } from 'vitest';
import { categoriesOf, readUnder } from '../helpers/drafting';

const cats = (heading: string, s: string) => categoriesOf(readUnder('policy', heading, s), s);

test.each<[string, string, string]>([
  ['Payments', 'Payment processing is handled by Stripe, which receives your card details.', 'sharing'],
  ['Information we collect', 'Our servers log each request, including the page requested and the referring URL.', 'data-collection'],
  ['Contact', 'When you contact us, we keep a record of your correspondence.', 'data-collection'],
])('%s: %s', (heading, sentence, category) => expect(cats(heading, sentence)).toContain(category));

test('a relative clause about the company itself is no recipient', () =>
  expect(cats('About us', 'Acme is a small team, which values your trust.')).not.toContain('sharing'));
