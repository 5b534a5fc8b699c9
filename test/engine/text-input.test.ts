import { buildDoc } from '../../lib/engine/text/structure';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectFormat, readInput, type InputFormat } from '../../lib/engine/text/input';
import { cleanPlainText, type CleanStats } from '../../lib/engine/text/pdftext';
import type { BlockHint, PlainText } from '../../lib/engine/text/types';

/** Every hint slices one non-empty block exactly; hints are ordered and do not overlap. */
function expectValidHints(r: PlainText): void {
  let prevEnd = 0;
  for (const h of r.hints ?? []) {
    const s = r.text.slice(h.start, h.end);
    expect(h.start).toBeGreaterThanOrEqual(prevEnd);
    expect(h.end).toBeLessThanOrEqual(r.text.length);
    expect(s.length).toBeGreaterThan(0);
    expect(s.trim()).toBe(s);
    expect(s).not.toContain('\n\n');
    if (h.start > 0) expect(r.text[h.start - 1]).toBe('\n');
    if (h.end < r.text.length) expect(r.text[h.end]).toBe('\n');
    prevEnd = h.end;
  }
}

/** The blocks as [kind, level, text] triples, for compact expectations. */
function blocks(r: PlainText): Array<[BlockHint['kind'], number | undefined, string]> {
  return (r.hints ?? []).map((h) => [h.kind, h.level, r.text.slice(h.start, h.end)]);
}

const md = (raw: string): PlainText => {
  const r = readInput(raw, 'markdown');
  expectValidHints(r);
  return r;
};
const html = (raw: string): PlainText => {
  const r = readInput(raw, 'html');
  expectValidHints(r);
  return r;
};

describe('plain text and PDF extraction', () => {
  // Excerpts of corpus/dpa/37signals-dpa.pdf.txt (37signals, CC BY 4.0), as pypdf extracted them.
  test.each([
    [
      'confl ict, with "conflict" elsewhere',
      'shall have the meaning set forth in the Agreement.  To the extent of any confl ict between this DPA, any \n' +
        'previously executed data processing addendum, and the Agreement, this DPA will govern.  In the event of any \n' +
        'conflict or inconsistency between the body of this DPA on the one hand, and the UK Addendum and/or Standard \n',
      'To the extent of any conflict between this DPA',
      'confl ict',
    ],
    [
      'Inc ident, with "INCIDENT" in a heading',
      '7. PERSONAL DATA INCIDENT MANAGEMENT AND NOTIFICATION \n' +
        'otherwise Processed by 37signals or its Subprocessors (a “ Personal Data Inc ident”). 37signals shall make \n',
      '(a “ Personal Data Incident”)',
      'Inc ident',
    ],
    [
      'th e, a very common word',
      '“Authorized Affiliate” means any of Customer’s Affiliate(s) which (a) is subject to th e data protection laws \n',
      'is subject to the data protection laws',
      'th e',
    ],
    [
      'Pr ocessing',
      '“Controller” means the entity which determines the purposes and means of the Pr ocessing of Personal Data , \n',
      'the purposes and means of the Processing of Personal Data ,',
      'Pr ocessing',
    ],
    [
      'exten t (a single letter is no word of its own)',
      'Personal Data under the Agreement , including, to the exten t applicable, laws and regulations of the European \n',
      'to the extent applicable',
      'exten t',
    ],
    [
      'a pply ("a" is a word, "pply" is not)',
      'Clauses and the UK Addendum,  which shall a pply to any transfers of Personal Data under this DPA \n',
      'which shall apply to any transfers',
      'a pply',
    ],
  ])('rejoins a word broken by extraction: %s', (_name, raw, expected, broken) => {
    // The text stays as extracted (quotes must match the source); the matching copy reads the whole word.
    const r = readInput(raw, 'text');
    expect(r.text).toContain(broken);
    expect(r.hints).toBeNull();
    const norm = buildDoc(r).norm;
    const squeeze = (x: string) => x.toLowerCase().replace(/[“”]/g, '"').replace(/\s+/g, '');
    expect(squeeze(norm)).toContain(squeeze(expected));
    expect(norm).not.toContain(broken.toLowerCase());
    expect(norm).toMatch(new RegExp(`\\b${broken.replace(' ', '').toLowerCase()}\\b`));
    expect(norm.length).toBe(r.text.length);
  });

  test.each([
    ['two words that also spell a word ("a part" / "apart")', 'forms a part of the 37signals Terms of Service\nkept apart from other data', 'forms a part of the'],
    ['"in the" is two words', 'In the course of providing the Services\nwithin the inthe', 'In the course'],
    ['capitalised second word ("Data Processor")', 'Data Processor and the DataProcessor', 'Data Processor and'],
    ['double space is not an extraction break', 'forms a  part of the 37signals Terms of Service', 'forms a  part of the'],
  ])('does not join legitimate word pairs: %s', (_name, raw, expected) => {
    const r = readInput(raw, 'text');
    expect(r.text).toContain(expected);
    expect(buildDoc(r).norm).toContain(expected.toLowerCase());
  });

  test('drops page-number lines and keeps the page text (37signals DPA page break)', () => {
    const raw =
      '1  \n37SIGNALS DATA PROCESSING ADDENDUM \n(Last updated April 20, 2023) \n' +
      'Basecamp, or others that Customer invites to use a 37signals Service via Customer’s account. \n \n\n' +
      '2  \n“Personal Data” means any information that is Customer Data and that relates to (i) an identified or identifiable \n' +
      'as personal data under applicable Data Protection Laws and Regulations). \n\n3  \n' +
      '“Processing” (including its various forms) means any operation or set of operations which is performed upon \n';
    const stats: CleanStats = { pageNumbers: 0, runningLines: 0, joinedWords: [], dehyphenated: [] };
    const r = cleanPlainText(raw, stats);
    expect(stats.pageNumbers).toBe(3);
    expect(r.text.split('\n').filter((l) => /^\s*\d+\s*$/.test(l))).toEqual([]);
    expect(r.text).toContain('“Personal Data” means any information');
    expect(r.title).toBe('37SIGNALS DATA PROCESSING ADDENDUM');
  });

  test('keeps a lone number line that is not part of a page sequence', () => {
    const r = readInput('Annual Leave\n\n25\n\nNotice Period\n\nfour weeks', 'text');
    expect(r.text).toContain('\n25\n');
  });

  test.each([
    ['Page N of M', 'Clause text one.\nPage 1 of 3\nClause text two.\nPage 2 of 3\nClause text three.'],
    ['dashed page numbers', 'Clause text one.\n- 1 -\nClause text two.\n- 2 -\nClause text three.'],
  ])('drops %s', (_name, raw) => {
    expect(readInput(raw, 'text').text).toBe('Clause text one.\nClause text two.\nClause text three.');
  });

  test('drops a running header repeated at page breaks, but not a heading repeated without pages', () => {
    // Page bodies from 37signals-dpa.pdf.txt (CC BY 4.0), with a header and page number added to each page.
    const bodies = [
      '“Data Subject” means the identified or identifiable person to whom Personal Data relates.\nDATA PROCESSING TERMS',
      '“Processor” means the entity that Processes Personal Data on behalf of the Controller.\n2. PROCESSING OF PERSONAL DATA',
      '“Subprocessor” means any Processor engaged by 37signals.\n3. RIGHTS OF DATA SUBJECTS',
      '“Supervisory Authority” means an independent public authority.\n4. 37SIGNALS PERSONNEL',
    ];
    const raw = bodies.map((b, i) => `37signals DPA – Confidential\n${b}\n\n${i + 1}\n`).join('');
    const r = readInput(raw, 'text');
    expect(r.text).not.toContain('37signals DPA – Confidential');
    expect(r.text).toContain('3. RIGHTS OF DATA SUBJECTS');
    expect(r.text.split('\n').filter((l) => l.trim()).length).toBe(8);
    // seeds/infracom-dpa.txt repeats "Appendix N to the DPA" as headings: no page breaks, nothing dropped.
    const headings = 'Appendix 1 to the DPA\nInstructions\n\nAppendix 2 to the DPA\nSub-processors\n\nAppendix 3 to the DPA\nMeasures\n';
    expect(readInput(headings, 'text').text).toBe(headings);
  });

  test('rejoins end-of-line hyphenation only into known words', () => {
    const raw =
      'Customer acknowledges and agrees that 37signals may engage third-\nparty Subprocessors in connection with the notifi-\n' +
      'cation duties. Each notification is sent by email.';
    const r = readInput(raw, 'text');
    expect(r.text).toContain('third-\nparty Subprocessors');
    expect(r.text).toContain('with the notifi-\ncation duties.');
    const norm = buildDoc(r).norm;
    // "third-" + "party": "thirdparty" is no word, so the compound keeps its hyphen and loses the line break.
    expect(norm).toMatch(/third-party\s+subprocessors/);
    expect(norm).toMatch(/with the notification\s+duties\./);
  });

  test('normalises line ends, odd spaces and invisible characters, and trims trailing spaces', () => {
    const raw = 'Data\u00a0Processing\u2009Agreement\u200b \r\nSection\u00001\rTerms\fApply  \t\n';
    expect(readInput(raw, 'text').text).toBe('Data Processing Agreement\nSection1\nTerms Apply\n');
  });

  test('title skips "updated" lines (seeds/connectel-dpa.txt opens with one)', () => {
    expect(readInput('updated: 2026-01-29\n\nData Processing Agreement\n\nConnectel Data Processing Agreement (DPA)', 'text').title).toBe(
      'Data Processing Agreement',
    );
  });
});

describe('markdown', () => {
  test('front matter gives the title; headings, links and list items become blocks (related/37signals-subprocessors.md, CC BY 4.0)', () => {
    const r = md(
      '---\ntitle: Basecamp Subprocessors\ndescription: All the third-party subprocessors that we use to run Basecamp.\n---\n\n' +
        '# Basecamp subprocessors\n\n*Last updated: June 8, 2023*\n\n' +
        'We use third party subprocessors, such as cloud computing providers and customer support software, to run Basecamp (the service). We establish GDPR-compliant data processing agreements with each subprocessor, extending [GDPR safeguards](../index.md) everywhere personal data is processed.\n\n' +
        '* [Amazon Web Services](https://aws.amazon.com/compliance/gdpr-center/). Cloud services provider.\n' +
        '* [Braintree](https://www.braintreepayments.com/legal/payment-services-agreement-us). Payment processing services.\n',
    );
    expect(r.title).toBe('Basecamp Subprocessors');
    expect(blocks(r)).toEqual([
      ['heading', 1, 'Basecamp subprocessors'],
      ['paragraph', undefined, 'Last updated: June 8, 2023'],
      ['paragraph', undefined, expect.stringContaining('agreements with each subprocessor, extending GDPR safeguards everywhere')],
      ['list-item', 1, 'Amazon Web Services. Cloud services provider.'],
      ['list-item', 1, 'Braintree. Payment processing services.'],
    ]);
    expect(r.text).not.toContain('description:');
    expect(r.text).toContain('Cloud services provider.\nBraintree.');
  });

  test('kramdown attribute lines and heading attributes disappear (mozilla-firefox_privacy_notice.md, CC BY-SA 3.0)', () => {
    const r = md(
      '# Firefox Privacy Notice\n\nEffective May 4, 2026\n{: datetime="2026-05-04" }\n\n' +
        '## At Mozilla, we believe that privacy is fundamental to a healthy internet\n\n### Mozilla VPN {: #vpn }\n',
    );
    expect(r.text).toBe(
      'Firefox Privacy Notice\n\nEffective May 4, 2026\n\nAt Mozilla, we believe that privacy is fundamental to a healthy internet\n\nMozilla VPN',
    );
    expect(blocks(r).map((b) => [b[0], b[1]])).toEqual([['heading', 1], ['paragraph', undefined], ['heading', 2], ['heading', 3]]);
    expect(r.title).toBe('Firefox Privacy Notice');
  });

  test('setext headings and padded list markers (automattic-privacy.md, CC BY-SA 4.0)', () => {
    const r = md(
      'Privacy Policy\n--------------\n\nYour privacy is critically important to us. At Automattic, we have a few fundamental principles:\n\n' +
        '-   We are thoughtful about the personal information we ask you to provide.\n' +
        '-   We store personal information for only as long as we have a reason to keep it.\n',
    );
    expect(blocks(r)).toEqual([
      ['heading', 2, 'Privacy Policy'],
      ['paragraph', undefined, 'Your privacy is critically important to us. At Automattic, we have a few fundamental principles:'],
      ['list-item', 1, 'We are thoughtful about the personal information we ask you to provide.'],
      ['list-item', 1, 'We store personal information for only as long as we have a reason to keep it.'],
    ]);
  });

  test('soft line breaks join a paragraph; emphasis markers go (github-dpa.md, CC0)', () => {
    const r = md(
      'The parties agree that this GitHub Data Protection Agreement (“**DPA**”) sets forth their obligations\n' +
        'with respect to the processing and security of Personal Data (“**GitHub**”). A `code` span, __strong__ and _emphasis_ and snake_case_name.\n',
    );
    expect(r.text).toBe(
      'The parties agree that this GitHub Data Protection Agreement (“DPA”) sets forth their obligations with respect to the processing and security of Personal Data (“GitHub”). A code span, strong and emphasis and snake_case_name.',
    );
  });

  test('a pipe table becomes one line per row, cells joined with " | " (37signals-ccpa.md, CC BY 4.0)', () => {
    const r = md(
      'The following chart details these activities:\n\n' +
        '| **Category of personal information** | **Purposes of use** |\n| --- | --- |\n' +
        '| Contact information (such as your full name, phone number, email address) | Provide the Services; Communicate with you |\n' +
        '| Product interaction information | Provide the Services |\n\nFor more information',
    );
    expect(r.text).toBe(
      'The following chart details these activities:\n\nCategory of personal information | Purposes of use\n' +
        'Contact information (such as your full name, phone number, email address) | Provide the Services; Communicate with you\n' +
        'Product interaction information | Provide the Services\n\nFor more information',
    );
    expect(blocks(r).filter((b) => b[2].includes(' | ')).length).toBe(3);
  });

  test('<br/> inside a table cell keeps the row on one line (github-dpa.md TOM table, CC0)', () => {
    const r = md(
      'Domain | Practices \n-------|---------|\n' +
        'Organization of Information Security | **Security Ownership**. GitHub has appointed one or more security officers. <br/><br/> **Risk Management Program**. GitHub performs an annual risk assessment. <br/> - GitHub retains its security documents.\n',
    );
    expect(r.text).toBe(
      'Domain | Practices\nOrganization of Information Security | Security Ownership. GitHub has appointed one or more security officers. Risk Management Program. GitHub performs an annual risk assessment. - GitHub retains its security documents.',
    );
  });

  test('embedded HTML lists and headings become list items and headings (github-dpa.md SCCs, CC0)', () => {
    const r = md(
      '##### Clause 1 \n\n**Purpose and scope**\n\n<ol style="list-style-type:lower-alpha" class="no-styling">\n' +
        '    <li>The purpose of these standard contractual clauses is to ensure compliance.</li>\n' +
        '    <li> The Parties: \n    <ol style="list-style-type:lower-roman" class="no-styling">\n' +
        '        <li>the natural or legal person(s) transferring the personal data (hereinafter each ‘data exporter’), and</li>\n' +
        '        <li>the entity/ies in a third country receiving the personal data (hereinafter each ‘data importer’)</li>\n' +
        '    </ol>\n    have agreed to these standard contractual clauses (hereinafter: ‘Clauses’).</li>\n</ol>\n\n' +
        '<p id="attachment1"><h1>Attachment 1 - The Standard Contractual Clauses (EU/EEA)</h1></p>\n',
    );
    expect(blocks(r)).toEqual([
      ['heading', 5, 'Clause 1'],
      ['paragraph', undefined, 'Purpose and scope'],
      ['list-item', 1, 'The purpose of these standard contractual clauses is to ensure compliance.'],
      ['list-item', 1, 'The Parties:'],
      ['list-item', 2, 'the natural or legal person(s) transferring the personal data (hereinafter each ‘data exporter’), and'],
      ['list-item', 2, 'the entity/ies in a third country receiving the personal data (hereinafter each ‘data importer’)'],
      ['list-item', 1, 'have agreed to these standard contractual clauses (hereinafter: ‘Clauses’).'],
      ['heading', 1, 'Attachment 1 - The Standard Contractual Clauses (EU/EEA)'],
    ]);
  });

  test('Liquid tags and variables are removed (github-legal-requests.md, CC0; 37signals-security-response.md, CC BY 4.0)', () => {
    const r = md(
      '{% raw %}\nDo you have other questions, comments or suggestions? Please contact {% data variables.contact.contact_support %}.\n\n' +
        '**For other urgent or sensitive reports**, please email our [Security team]({{ site.email_security }}). We’ll respond as soon as we can.\n',
    );
    expect(r.text).toBe(
      'Do you have other questions, comments or suggestions? Please contact .\n\nFor other urgent or sensitive reports, please email our Security team. We’ll respond as soon as we can.',
    );
  });

  test('Pandoc divs, heading ids, <details> and link attributes (utrecht-handbook-data-sharing.md, CC BY 4.0)', () => {
    const r = md(
      '# Sharing data with collaborators {#data-sharing-collaboration}\n\n:::keywords\nOn this page: share, transfer, collaborate\n:::\n\n' +
        '<details open="true"><summary><b>1. Make sure you have a legal basis and \ninform data subjects</b></summary>\n  <div><ul>\n' +
        '      <li>Make sure you have a [legal basis](#legal-basis) to \n      share the data, e.g., informed consent or public interest.</li>\n' +
        '      <li>Assess the risks in your \n      [Data Management Plan](https://www.uu.nl/en/research){target="_blank"}.</li>\n    </ul>\n  </div>\n</details>\n',
    );
    expect(blocks(r)).toEqual([
      ['heading', 1, 'Sharing data with collaborators'],
      ['paragraph', undefined, 'On this page: share, transfer, collaborate'],
      ['paragraph', undefined, '1. Make sure you have a legal basis and inform data subjects'],
      ['list-item', 1, 'Make sure you have a legal basis to share the data, e.g., informed consent or public interest.'],
      ['list-item', 1, 'Assess the risks in your Data Management Plan.'],
    ]);
  });

  test.each([
    ['autolinked e-mail (github-subprocessors.md, CC0)', 'please contact us at <privacy@github.com>.', 'please contact us at privacy@github.com.'],
    ['autolinked URL (automattic-privacy.md, CC BY-SA 4.0)', 'French: <https://automattic.com/fr/privacy>\\\nSpanish: <https://automattic.com/es/privacy>', 'French: https://automattic.com/fr/privacy\nSpanish: https://automattic.com/es/privacy'],
    ['image dropped', 'Above is a visual representation. ![personal data types](https://example.com/a.png)', 'Above is a visual representation.'],
    ['reference link', 'See the [Privacy Statement][ps] and [terms].\n\n[ps]: https://docs.github.com/privacy\n[terms]: https://docs.github.com/terms "Terms"', 'See the Privacy Statement and terms.'],
    ['placeholder brackets stay', 'This Addendum is between [Company Name] and the customer.', 'This Addendum is between [Company Name] and the customer.'],
    ['footnote', 'Transfers rely on SCCs.[^1]\n\n[^1]: Commission Decision 2021/914.', 'Transfers rely on SCCs.\n\nCommission Decision 2021/914.'],
    ['entities and escapes', 'Terms &amp; Conditions &mdash; 5 \\* 3 &#8217; &nbsp;ok', 'Terms & Conditions — 5 * 3 ’ ok'],
    ['unknown tag dropped (automattic-offer-letter.md, CC BY-SA 4.0)', '###### <Legalese>\n\nEmployment Agreement\n--------------------', 'Employment Agreement'],
    ['HTML comment spanning paragraphs', 'Kept.\n\n<!-- a note\n\nstill a note -->\n\nAlso kept.', 'Kept.\n\nAlso kept.'],
    ['R Markdown code chunk dropped', 'Before.\n\n```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\n```\n\nAfter.', 'Before.\n\nAfter.'],
    ['strikethrough', 'within ~~48~~ 72 hours', 'within 48 72 hours'],
  ])('inline: %s', (_name, raw, expected) => {
    expect(md(raw).text).toBe(expected);
  });

  test('ordered, lettered and nested lists get list-item hints with their depth', () => {
    const r = md('1. DEFINITIONS\n2. PROCESSING\n   a) on instructions\n   b) confidentially\n      - staff\n3. AUDITS\n\nClosing text.');
    expect(blocks(r)).toEqual([
      ['list-item', 1, 'DEFINITIONS'],
      ['list-item', 1, 'PROCESSING'],
      ['list-item', 2, 'on instructions'],
      ['list-item', 2, 'confidentially'],
      ['list-item', 3, 'staff'],
      ['list-item', 1, 'AUDITS'],
      ['paragraph', undefined, 'Closing text.'],
    ]);
  });

  test('title falls back to the first heading', () => {
    expect(md('Intro text.\n\n## Data Protection\n\nMore.').title).toBe('Data Protection');
  });
});

describe('html', () => {
  // Excerpt of corpus/privacy-policy/mozilla-mozilla_accounts_privacy_notice.html (Mozilla, CC BY-SA 3.0).
  const mozilla =
    '<h1 id="mozilla-accounts-privacy-notice">Mozilla Accounts Privacy Notice</h1>\n<p datetime="2026-02-10">Effective February 10, 2026</p>\n' +
    '<h2 id="how-mozilla-processes-your-data">How Mozilla processes your data</h2>\n' +
    '<p>Mozilla also collects <a href="#bookmark-how-we-use-data">certain data</a>, like technical and settings data, to provide the core functionality of Mozilla accounts.</p>\n' +
    '<ul>\n<li>Firefox Browser</li>\n<li>Smart Window</li>\n</ul>\n' +
    '<table>\n<thead>\n<tr>\n<th>Category</th>\n<th>Purpose</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Authorities</td>\n<td>Mozilla requires a valid Legal Process.</td>\n</tr>\n</tbody>\n</table>\n';

  test('headings, paragraphs, list items and table rows (mozilla accounts notice)', () => {
    const r = html(mozilla);
    expect(blocks(r)).toEqual([
      ['heading', 1, 'Mozilla Accounts Privacy Notice'],
      ['paragraph', undefined, 'Effective February 10, 2026'],
      ['heading', 2, 'How Mozilla processes your data'],
      ['paragraph', undefined, 'Mozilla also collects certain data, like technical and settings data, to provide the core functionality of Mozilla accounts.'],
      ['list-item', 1, 'Firefox Browser'],
      ['list-item', 1, 'Smart Window'],
      ['paragraph', undefined, 'Category | Purpose'],
      ['paragraph', undefined, 'Authorities | Mozilla requires a valid Legal Process.'],
    ]);
    expect(r.title).toBe('Mozilla Accounts Privacy Notice');
    expect(r.text).toContain('Firefox Browser\nSmart Window');
  });

  test('skips scripts, navigation, hidden elements and comments; reads only <main>', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Mozilla Accounts Privacy Notice — Mozilla</title><style>p { color: red }</style>' +
      '<script>var x = "<p>not text</p>";</script></head><body>' +
      '<header><a href="/">Home</a></header><nav><ul><li>Products</li></ul></nav>' +
      '<main><header><h1>Mozilla Accounts Privacy Notice</h1></header><!-- <p>commented out</p> -->' +
      '<p>Mozilla accounts allow you to access Mozilla services across devices with a single login.</p>' +
      '<div hidden><p>Hidden by attribute</p></div><div aria-hidden="true">Hidden from readers</div>' +
      '<p style="display: none">Hidden by style</p><aside>Related links</aside>' +
      '<form><label>Email</label><input name="e"></form><noscript>Enable JavaScript</noscript>' +
      '<svg><text>Logo</text></svg><template><p>Template</p></template>' +
      '<p>We only retain your personal data for as long as necessary.</p></main>' +
      '<footer>Copyright Mozilla</footer><p>Outside main</p></body></html>';
    const r = html(page);
    expect(r.text).toBe(
      'Mozilla Accounts Privacy Notice\n\nMozilla accounts allow you to access Mozilla services across devices with a single login.\n\nWe only retain your personal data for as long as necessary.',
    );
    expect(r.title).toBe('Mozilla Accounts Privacy Notice — Mozilla');
  });

  test('without <main>, an <article> is the document', () => {
    const r = html('<body><p>Cookie banner</p><article><h1>Privacy Notice</h1><p>We collect account data.</p></article><p>Related posts</p></body>');
    expect(r.text).toBe('Privacy Notice\n\nWe collect account data.');
  });

  test('without <main>, navigation chrome is still skipped', () => {
    const r = html('<body><nav>Menu</nav><header>Site</header><h2>Your rights</h2><p>You have the right to:</p><footer>© Mozilla</footer></body>');
    expect(r.text).toBe('Your rights\n\nYou have the right to:');
  });

  test.each([
    ['&amp; &lt; &gt; &quot; &#39;', '& < > " \''],
    ['That&rsquo;s &ldquo;this Notice&rdquo; &mdash; &ndash; &hellip;', 'That’s “this Notice” — – …'],
    ['a&nbsp;b &#8217; &#x2019; &#X2019; &#150;', 'a b ’ ’ ’ –'],
    ['&sect; 1798.100 &euro;5 &copy; &eacute;t&eacute; &uuml;ber', '§ 1798.100 €5 © été über'],
    ['AT&T &unknown; & co', 'AT&T &unknown; & co'],
  ])('decodes entities: %s', (raw, expected) => {
    expect(html(`<p>${raw}</p>`).text).toBe(expected);
  });

  test('<br> breaks a line inside its block; the hint spans the block', () => {
    const r = html('<p>GitHub Privacy<br/>GitHub, Inc.<br>88 Colin P. Kelly Jr. Street</p><p>Next</p>');
    expect(r.text).toBe('GitHub Privacy\nGitHub, Inc.\n88 Colin P. Kelly Jr. Street\n\nNext');
    expect(blocks(r)[0]).toEqual(['paragraph', undefined, 'GitHub Privacy\nGitHub, Inc.\n88 Colin P. Kelly Jr. Street']);
  });

  test('implied end tags, nested lists, definition lists and <pre>', () => {
    const r = html('<ol><li>One<li>Two<ul><li>Two a</ul><li>Three</ol><dl><dt>Term<dd>Meaning</dl><pre>line 1\nline 2</pre>');
    expect(blocks(r)).toEqual([
      ['list-item', 1, 'One'],
      ['list-item', 1, 'Two'],
      ['list-item', 2, 'Two a'],
      ['list-item', 1, 'Three'],
      ['paragraph', undefined, 'Term'],
      ['paragraph', undefined, 'Meaning'],
      ['paragraph', undefined, 'line 1\nline 2'],
    ]);
  });

  test('stray "<" and unterminated markup stay text', () => {
    expect(html('<p>if a < b and 3<4 then <a href="x</p>').text).toBe('if a < b and 3<4 then <a href="x');
  });
});

describe('detectFormat', () => {
  test.each<[string, string, InputFormat | null]>([
    ['policy.txt', 'Data Processing Agreement', 'text'],
    ['notes.TEXT', '# not markdown by extension', 'text'],
    ['dpa.md', 'plain words', 'markdown'],
    ['chapter.Rmd', 'plain words', 'markdown'],
    ['x.markdown', 'plain words', 'markdown'],
    ['page.htm', 'plain words', 'html'],
    ['page.html', 'plain words', 'html'],
    ['download', '<!DOCTYPE html><html><body><p>Privacy</p></body></html>', 'html'],
    ['notice', '<h1 id="a">Mozilla Accounts Privacy Notice</h1>\n<p>Effective</p>\n<h2>How</h2>\n<p>x</p>\n<ul>\n<li>a</li>\n</ul>', 'html'],
    ['README', '---\ntitle: GitHub Cookies\n---\n\n## GitHub Cookies\n\nSee [our statement](https://docs.github.com).', 'markdown'],
    ['clip', '## Introduction\n\nThe parties agree that this **DPA** applies.', 'markdown'],
    // github-dpa.md (CC0): Markdown headings around embedded HTML lists.
    ['scc', '##### Clause 1\n\n<ol>\n<li>The purpose of these Clauses</li>\n<li>The Parties:</li>\n<li>These Clauses apply</li>\n</ol>\n\n##### Clause 2\n', 'markdown'],
    ['clip.dat', 'DATA PROCESSING AGREEMENT\n\n1. DEFINITIONS\n\n1.1. To the extent that the Regulation', 'text'],
    ['dpa.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj', null],
    ['dpa.txt', 'Data\u0000Processing', null],
    // A PDF extraction with a stray NUL in five pages of text is still text; the NUL is not read.
    ['extracted.txt', `DATA PROCESSING AGREEMENT\n\n${'The Processor shall notify the Controller without undue delay. '.repeat(60)}\u0000 ${'Annex 1. '.repeat(20)}`, 'text'],
    ['file.bin', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', null],
    ['broken.txt', 'Da\ufffd\ufffdta \ufffd\ufffd\ufffd Pro\ufffdcessing \ufffd\ufffd', null],
  ])('%s', (path, raw, expected) => {
    expect(detectFormat(path, raw)).toBe(expected);
  });
});

// Whatever corpus-like fixtures exist (populated separately); none is required.
const fixtureRoot = fileURLToPath(new URL('../fixtures', import.meta.url));
function listFixtures(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listFixtures(p);
    return /\.(txt|md|markdown|rmd|html?)$/i.test(name) ? [p] : [];
  });
}
const fixtures = ['corpus', 'seeds'].flatMap((d) => listFixtures(join(fixtureRoot, d)));

describe.skipIf(fixtures.length === 0)('every corpus fixture reads cleanly', () => {
  test.each(fixtures.map((p) => [p.slice(fixtureRoot.length + 1), p]))('%s', (_name, path) => {
    const raw = readFileSync(path, 'utf8');
    const format = detectFormat(path, raw);
    expect(format).not.toBeNull();
    const r = readInput(raw, format as InputFormat);
    expect(r.text.length).toBeGreaterThan(raw.length / 5);
    expect(r.text).not.toMatch(/\r|\u00a0|\u200b|[ \t]\n/);
    if (format === 'text') {
      expect(r.hints).toBeNull();
      return;
    }
    expect(r.text).not.toMatch(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/);
    expect(r.text).not.toContain('**');
    expect(r.text).not.toContain('](');
    // Liquid/Kramdown markup never reaches the text; a template's own fill-in fields ({{CONTROLLER}}, {{48}}; Liquid writes {{ x }}) are its content.
    expect(r.text.replace(/\{\{(?!\s)[^{}%\n]{1,400}\}\}/g, '')).not.toMatch(/\{%|%\}|\{\{|\{:/);
    expect(r.hints?.length).toBeGreaterThan(0);
    expect(r.title).toBeTruthy();
    expectValidHints(r);
  });
});
