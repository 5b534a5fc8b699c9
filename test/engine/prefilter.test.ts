import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyDocType } from '../../lib/engine/detect/pagetype';
import { mightBePolicy, NAME_CUES, NAME_LITERALS, TEXT_CUES, TEXT_LITERALS, type PageSample } from '../../lib/engine/detect/prefilter';
import { CORPUS, detectionCases, fixturesIn, readCrudely } from '../helpers/read-fixture';

/** What the content script samples: the first 5 KB of a corpus document, read crudely. */
function sampleOf(folder: string, name: string, url: string, title?: string): PageSample {
  const path = join(CORPUS, folder, name);
  const input = readCrudely(path, readFileSync(path, 'utf8').slice(0, 5000));
  return { url, title: title ?? input.title ?? '', headings: input.headings, text: input.text };
}

// Ordinary pages have no corpus; these samples are written in the shape of the real pages.
const NEWS_TEXT = `The European Union's lead privacy regulator fined Meta 1.2 billion euros on Monday, a record
for a breach of the bloc's data protection rules, and gave the company five months to stop moving
the information of Facebook users in Europe to servers in the United States. Ireland's Data
Protection Commission said the standard contractual clauses Meta relied on did not answer the risks
to Europeans' rights that the EU's top court identified in 2020, when it struck down the Privacy
Shield arrangement. Meta said it would appeal and that there was no immediate disruption to Facebook
in Europe. Negotiators in Brussels and Washington have agreed in principle on a new framework for
transatlantic data flows, which businesses hope will be in place before the deadline. Analysts said
thousands of companies that send personal data across the Atlantic under the GDPR were watching the
case closely. The fine is the largest since the rules took effect in 2018, surpassing a penalty
imposed on Amazon by Luxembourg's regulator in 2021.`;

const WIKIPEDIA_TEXT = `Alan Turing was an English mathematician and computer scientist, born in London in 1912. He is
widely considered one of the founders of theoretical computer science and artificial intelligence.
During the Second World War he worked at Bletchley Park, where he led the section responsible for
German naval cryptanalysis and devised techniques for breaking German ciphers. After the war he
designed the Automatic Computing Engine at the National Physical Laboratory and later worked at the
University of Manchester, where he turned to mathematical biology and the chemical basis of
morphogenesis. His 1950 paper on computing machinery and intelligence proposed what became known as
the Turing test. Contents: Early life and education; Career and research; Personal life; Legacy.`;

const SHOP_TEXT = `Merino Wool Sweater. 89.00 EUR. Colour: Navy. Size: S M L XL. Add to cart. Free shipping on orders
over 50 EUR and free returns within 30 days. Knitted from soft extra-fine merino wool, this crew-neck
sweater keeps you warm without bulk. Machine washable at 30 degrees. Customers also bought: wool socks,
a scarf and a beanie. Reviews (128): "Warm and soft, true to size." We use cookies to improve your
experience. By continuing to browse you accept our cookie policy. Accept all. Settings.`;

const SEARCH_TEXT = `About 2,140,000,000 results. Free Privacy Policy Generator - create a privacy policy for your
website in minutes. Privacy Policy Template - what to include: what personal information you collect,
how you use it, cookies. What is a privacy policy? A privacy policy is a statement that discloses how a
party gathers, uses and manages a customer's data. People also ask. Images. Videos. News. Next page.`;

describe('mightBePolicy on pages as the content script sees them', () => {
  // [case, sample, likely, kind]
  const pages: [string, PageSample, boolean, 'dpa' | 'privacy-policy' | null][] = [
    [
      'the GitHub DPA at its customer-terms URL',
      sampleOf('dpa', 'github-dpa.md', 'https://github.com/customer-terms/github-data-protection-agreement', 'GitHub Data Protection Agreement · GitHub'),
      true,
      'dpa',
    ],
    [
      'the 37signals DPA PDF',
      sampleOf('dpa', '37signals-dpa.pdf.txt', 'https://basecamp.com/about/policies/privacy/regulations/basecamp-gdpr-dpa.pdf', ''),
      true,
      'dpa',
    ],
    [
      'Mozilla websites privacy notice',
      sampleOf('privacy-policy', 'mozilla-websites_privacy_notice.md', 'https://www.mozilla.org/en-US/privacy/websites/'),
      true,
      'privacy-policy',
    ],
    [
      'the 37signals privacy policy',
      sampleOf('privacy-policy', '37signals-privacy.md', 'https://basecamp.com/about/policies/privacy', 'Privacy policy | 37signals'),
      true,
      'privacy-policy',
    ],
    [
      'a German privacy policy under /datenschutz',
      sampleOf('privacy-policy', 'mozilla-pocket_privacy_policy_eu.de.md', 'https://getpocket.com/de/datenschutz'),
      true,
      'privacy-policy',
    ],
    [
      'a DPA under /legal/data-processing with an unhelpful title',
      sampleOf('dpa', 'usdr-model-dpa.md', 'https://example.org/legal/data-processing', 'Legal'),
      true,
      'dpa',
    ],
    [
      'a Wikipedia article',
      {
        url: 'https://en.wikipedia.org/wiki/Alan_Turing',
        title: 'Alan Turing - Wikipedia',
        headings: ['Alan Turing', 'Early life and education', 'Career and research', 'Personal life', 'Legacy'],
        text: WIKIPEDIA_TEXT,
      },
      false,
      null,
    ],
    [
      'a news article about a GDPR fine for data transfers',
      {
        url: 'https://www.example-news.com/technology/2023/05/22/eu-fines-meta-over-data-transfers/',
        title: 'EU fines Meta over data transfers',
        headings: ['EU fines Meta over data transfers'],
        text: NEWS_TEXT,
      },
      false,
      null,
    ],
    [
      'a shop page with a cookie banner',
      {
        url: 'https://shop.example.com/products/merino-wool-sweater',
        title: 'Merino Wool Sweater – Example Shop',
        headings: ['Merino Wool Sweater', 'Description', 'Reviews', 'Shipping & returns'],
        text: SHOP_TEXT,
      },
      false,
      null,
    ],
    [
      'a search page for "privacy policy"',
      {
        url: 'https://www.google.com/search?q=privacy+policy',
        title: 'privacy policy - Google Search',
        headings: ['Search Results', 'People also ask'],
        text: SEARCH_TEXT,
      },
      false,
      null,
    ],
    [
      'a repository README that lists policies',
      sampleOf('other', 'github-site-policy-readme.md', 'https://github.com/github/site-policy', 'GitHub - github/site-policy: Collection of site policies'),
      false,
      null,
    ],
    [
      'a job offer letter',
      sampleOf('other', 'automattic-offer-letter.md', 'https://example.com/offer', 'Your offer from Automattic'),
      false,
      null,
    ],
    [
      'a security-response page',
      sampleOf('other', '37signals-security-response.md', 'https://37signals.com/security-response'),
      false,
      null,
    ],
  ];

  test.each(pages)('%s', (_case, sample, likely, kind) => {
    const result = mightBePolicy(sample);
    expect(result.likely).toBe(likely);
    expect(result.kind).toBe(kind);
    expect(result.why.length).toBeGreaterThan(0);
  });

  test('a news story that does pass is still read as other by the full classifier', () => {
    expect(classifyDocType({ text: NEWS_TEXT, title: 'EU fines Meta over data transfers', headings: [] }).docType).toBe('other');
  });
});

describe('mightBePolicy on the first 5 KB of corpus policies, at an uninformative URL', () => {
  const policies = (['dpa', 'privacy-policy'] as const).flatMap((folder) =>
    detectionCases(folder).map(([name]): [string, 'dpa' | 'privacy-policy'] => [name, folder]),
  );

  test.each(policies)('%s', (name, kind) => {
    const result = mightBePolicy(sampleOf(kind, name, 'https://example.com/page'));
    expect(result.likely).toBe(true);
    expect(result.kind).toBe(kind);
  });

  test('text alone carries a dense policy past the gate', () => {
    const sample = sampleOf('privacy-policy', 'mozilla-mozilla_privacy_policy.md', 'https://example.com/page');
    const result = mightBePolicy({ ...sample, title: '', headings: [] });
    expect(result.likely).toBe(true);
    expect(result.why).toMatch(/policy words per 1000/);
  });

  test('a short ordinary page is rejected with no cues', () => {
    expect(mightBePolicy({ url: 'https://example.com/', title: 'Example Domain', headings: [], text: 'This domain is for use in documentation examples.' })).toEqual({
      likely: false,
      kind: null,
      score: 0,
      why: 'no policy cues',
    });
  });
});

describe('the literal pre-checks are exact', () => {
  // The pre-checks skip a pattern only when it cannot match (names) or cannot reach the density bar (text):
  // every match must contain one of the literals. Checked on every match in the corpus samples and on text
  // built from the patterns' own pieces, in all letter cases.
  const pieces = [
    'sub-processors', 'Subprocessor', 'processors', 'controller', 'on behalf of the Customer', "Controller's documented instructions",
    'customers instructions', 'Standard Contractual Clauses', 'Article 28', 'this DPA', 'THIS ADDENDUM', 'the Parties', 'Auftragsverarbeitung',
    'Auftragnehmers', 'Weisungen', 'We may collect', 'we also use', 'We Share', 'we process', 'we disclose', 'we retain', 'we store', 'we receive',
    'your personal data', 'Your information', 'cookies', 'Opt-out', 'opt out', 'your privacy rights', 'Your rights', 'this Privacy Policy',
    'this notice', 'this statement', 'Wir erheben', 'wir verarbeiten', 'wir erfassen', 'wir nutzen', 'wir speichern', 'Ihre Daten', 'ihre Rechte',
    'Personal Information', 'personal data', 'personenbezogenen', 'Data Subjects', 'data protection', 'GDPR', 'DSGVO', 'privacy notice',
    'data-processing-addendum', 'DPA', 'avv', 'datenschutz', 'notice at collection', 'CCPA', 'cookie', 'Legal', 'policies', 'terms',
    'the', 'and', 'we', 'your', 'this', 'data', 'of', 'bread', '-', "'", '  ',
  ];
  const every = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => m[0]);

  test('every TEXT_CUES match holds a text literal, every NAME_CUES match a name literal', () => {
    const texts: string[] = [];
    for (let i = 0; i < 400; i++) {
      let t = '';
      for (let j = 0; j < 12; j++) t += pieces[(i * 7919 + j * 104729) % pieces.length] + (j % 3 ? ' ' : '');
      texts.push(t, t.toUpperCase());
    }
    for (const folder of ['dpa', 'privacy-policy', 'other']) {
      for (const [, path] of fixturesIn(folder)) texts.push(readFileSync(path, 'utf8').slice(0, 10_000));
    }
    let matches = 0;
    for (const text of texts) {
      for (const m of every(TEXT_CUES, text)) {
        matches++;
        expect(TEXT_LITERALS.some((l) => m.toLowerCase().includes(l)), m).toBe(true);
      }
      for (const [re] of NAME_CUES) {
        for (const m of every(re, text)) expect(NAME_LITERALS.some((l) => m.toLowerCase().includes(l)), m).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
