// What the reader must show on the real DPA PDFs, for Chromium and Firefox alike.

// Sentences of the gold (tuning half) with the category a reviewer expects, and the page of the PDF they are on
// (categories the reader highlights out of the box: the key-term ones, lib/report/focus.ts).
export const EXPECTED: Record<string, [category: string, fragment: string, page: number][]> = {
  '37signals-dpa.pdf': [
    ['breach-notification', '37signals shall notify Customer without undue delay', 5],
    ['subprocessors', 'Customer may object to 37signals', 5],
    ['international-transfer', 'Module 2 of the Standard Contractual Clauses applies', 6],
    ['governing-law', 'The Parties select the laws of Ireland', 7],
    ['retention-deletion', 'shall return Personal Data to Customer', 5],
    ['audit', 'most recent third', 5],
  ],
  'basecamp-dpa-2020.pdf': [
    ['subprocessors', 'Customer may object to Basecamp', 5],
    ['international-transfer', 'self-certify to and comply with the EU-U.S.', 10],
    ['audit', 'request an on-site', 11],
    ['governing-law', 'governed by the law of the Member State in which the data exporter', 20],
  ],
};
