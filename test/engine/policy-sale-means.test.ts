// Two readings the US generator policy (Documenso's, tuning) showed: the CCPA's right-to-know list names "the business or
// commercial purpose for collecting or selling your personal information" as something a business may report, not as a
// sale, and the company's own "We don't sell or rent" decides; "means" after its adjective ("commercially acceptable
// means to protect") is a noun, not a definition. Sentences written for these tests.
import { expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { categoriesOf, readUnder } from '../helpers/drafting';

const policy = (...blocks: string[]) =>
  analyze({ text: ['Privacy Policy', 'This privacy policy explains how Acme collects and uses your personal data when you use our website.', ...blocks].join('\n\n'), title: null, hints: null }, { force: true });

test("the right to know's list is no sale; the company's own denial decides", () => {
  const r = policy('California Privacy Rights', 'If you make this request, we will return to you:', '- The business or commercial purpose for collecting or selling your personal information.', '- A list of categories of personal information that we have sold.', 'To stop selling your personal information', "We don't sell or rent your personal information to any third parties for any purpose.");
  expect(r.terms.sale?.sells).toBe(false);
});
test('a sale stated by the company is still one', () => expect(policy('Sale', 'We sell your browsing data to our advertising partners.').terms.sale?.sells).toBe(true));
test('"commercially acceptable means to protect" is a measure, not a definition', () => {
  const s = 'While we strive to use commercially acceptable means to protect your Personal Data, we cannot guarantee its absolute security.';
  expect(categoriesOf(readUnder('policy', 'Security of Data', s), s)).toContain('security-measures');
});
test('a defined term with "means" is still a definition', () => {
  const s = 'Personal Data means data about a living individual who can be identified from those data.';
  expect(categoriesOf(readUnder('policy', 'Definitions', s), s)).not.toContain('security-measures');
});
