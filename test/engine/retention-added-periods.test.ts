// A period added after an event ("for three more years", "for an additional 12 months", "the contract plus three
// years") and a period that belongs to a condition, not to the keeping ("If delivery fails for a period of seven days,
// we keep ... for a further eight weeks"). Written for these tests after OpenCraft's policy (validation) showed the
// first form; each "new" case failed on the rules before this change.
import { expect, test } from 'vitest';
import { readUnder, retentionDays } from '../helpers/drafting';

const days = (s: string) => retentionDays(readUnder('policy', 'How long we keep data', s));

test.each<[string, number[]]>([
  // new
  ['We store support tickets for two more years in case you contact us again.', [730]],
  ['Records are retained for the duration of the contract plus three years.', [1095]],
  ['Account data is kept while your account is open and for an additional 12 months after it is closed.', [365]],
  ['We keep invoices for a further six years after the end of the financial year.', [2190]],
  ['Payment records are kept for at least 7 years to meet tax obligations.', [2555]],
])('%s', (sentence, want) => expect(days(sentence)).toEqual(want));

test("a condition's period is not the keeping", () =>
  expect(days('If delivery of a message fails for a period of seven days, we keep the message content for a further eight weeks.')).toEqual([56]));
test('a condition that keeps is still read', () => expect(days('If you close your account, we keep your invoices for 6 years.')).toEqual([2190]));
