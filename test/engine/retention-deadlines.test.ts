// A deadline to erase data, read from the data's side, is the longest it is kept: on a policy always, on a DPA when
// its clock is neither the end of the contract (that is `deletion`) nor a request. Real sentences of the fixtures
// (37signals, Matrix, Mozilla, Mastodon, Automattic, EMBL, infracom, Cloud Temple); lib/engine/terms/deletion.ts.
import { describe, expect, test } from 'vitest';
import { analyze, analyzeDoc, analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { underHeading } from '../helpers/drafting';

const read = (docType: 'privacy-policy' | 'dpa', heading: string, sentence: string) => {
  const { doc } = analyzeText({ text: `## ${heading}\n\n${sentence}`, title: null, hints: null }, { force: true });
  return analyzeDoc(doc, docType).terms;
};
const retentionOf = (docType: 'privacy-policy' | 'dpa', sentence: string) =>
  read(docType, 'Data retention and deletion', sentence).retention.map((x) => [x.days, x.why?.[0]?.rule]);

describe('a deadline to erase is a retention period', () => {
  test.each<[string, 'privacy-policy' | 'dpa', string, [number, string][]]>([
    ['after an account is deleted', 'privacy-policy', 'If you delete your account, we’ll delete the content within 60 days.', [[60, 'retention-erase-within']]],
    ['purged from every system', 'privacy-policy', 'Altogether, any content trashed in your product accounts should be purged from all of our systems and logs within 90 days.', [[90, 'retention-erase-within']]],
    ['after a deletion request, on a policy', 'privacy-policy', 'Please note that, when you request deletion of your Firefox data, it will be deleted within 30 days of the request.', [[30, 'retention-erase-within']]],
    ['hours are at least a day', 'privacy-policy', 'System logs of your DNS requests are deleted from the service within 24 hours and are only used for the purpose of DNS resolution.', [[1, 'retention-erase-within']]],
    ['"no more than" is a ceiling', 'privacy-policy', 'Retain the IP addresses associated with registered users no more than 12 months.', [[365, 'retention-period']]],
    ['"stays" keeps', 'privacy-policy', 'When you delete a post, page, or comment from your WordPress.com site, it stays in your Trash folder for thirty days in case you change your mind.', [[30, 'retention-period']]],
    ['on a DPA, counted from the upload', 'dpa', 'In any event, We will delete the Personal Data from the Service within 14 days from when the Personal Data is first uploaded to the Service.', [[14, 'retention-erase-within']]],
  ])('%s', (_, docType, sentence, expected) => {
    expect(retentionOf(docType, sentence)).toEqual(expected);
  });
});

describe('deadlines that are not how long data is kept', () => {
  test.each<[string, 'privacy-policy' | 'dpa', string]>([
    ['the answer to a deletion request', 'privacy-policy', 'We will respond to your deletion request within 30 days.'],
    ['a request handled within', 'privacy-policy', 'We process deletion requests within 30 days.'],
    ['another act after the erasing word', 'dpa', 'Confirmation of deletion: certificate of destruction provided within 5 business days following the physical deletion.'],
    ['on a DPA, the end named early in a long sentence', 'dpa', "Upon termination of the Agreement, Processor shall, at Controller's choice, return or delete all Personal Data within ninety (90) days, unless retention is required by law."],
    ['on a DPA, after termination: the deletion deadline', 'dpa', '12.1. Upon termination, all The Customer data shall be deleted within thirty (30) days, unless otherwise agreed upon in writing.'],
  ])('%s', (_, docType, sentence) => {
    expect(retentionOf(docType, sentence)).toEqual([]);
  });

  test('the DPA deadline after termination is still read as the deletion term', () => {
    const terms = read('dpa', 'Termination', '12.1. Upon termination, all The Customer data shall be deleted within thirty (30) days, unless otherwise agreed upon in writing.');
    expect(terms.deletion?.deleteWithinDays).toBe(30);
  });
});

// A policy's periods in its own words (written for this test): how long each kind of data is kept, in days (a month is 30
// days, a year 365); cookie lifetimes and open-ended periods are none.
test.each([
  ["Data retention", "We keep server logs for 30 days.", [30]],
  ["Data retention", "Logs are deleted after 14 days.", [14]],
  ["Data retention", "We will retain your information for 3 years after your last interaction with us.", [1095]],
  ["Data retention", "Backups are kept for up to 90 days.", [90]],
  ["Data retention", "Your data is retained for a period of six months.", [180]],
  ["Data retention", "Analytics data is stored for 26 months.", [780]],
  ["Data retention", "We delete inactive accounts after 24 months of inactivity.", [730]],
  ["Data retention", "Invoices are retained for seven (7) years for tax purposes.", [2555]],
  ["Data retention", "We retain your personal data for as long as your account is active.", []],
  ["How long we keep your data", "IP addresses are anonymized after 7 days.", [7]],
  ["How long we keep your data", "Support tickets are kept for 2 years and then deleted.", [730]],
  ["How long we keep your data", "We store your contact form submissions for no longer than 12 months.", [365]],
  ["How long we keep your data", "Your application data will be kept for 6 months after the recruitment process has ended.", [180]],
  ["How long we keep your data", "Recordings are automatically deleted 30 days after the meeting.", [30]],
  ["How long we keep your data", "Cookies set by us expire after 1 year.", []],
  ["Cookies", "The _ga cookie has a lifetime of 2 years.", []],
  ["How long we keep your data", "Data about your visit is held for a maximum of 14 months.", [420]],
  ["How long we keep your data", "We will delete your data within 30 days of your request to close your account.", [30]],
  ["How long we keep your data", "Personal data in our backup systems is purged within 35 days.", [35]],
] as const)('%s: "%s" -> %j', (heading, sentence, days) => {
  const report = analyze(readInput(underHeading('policy', heading, sentence), 'markdown'), { force: true });
  expect(report.terms.retention.map((r) => r.days)).toEqual(days);
});
