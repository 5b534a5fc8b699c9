import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { findDurations, parseNumberWords, type Duration, type TimeUnit } from '../../lib/engine/terms/durations';
import { findFrequencies } from '../../lib/engine/terms/frequencies';

type Want = [amount: number, unit: TimeUnit, days: number, hours: number, bound: Duration['bound'], text: string];

const brief = (d: Duration): Want => [d.amount, d.unit, d.days, d.hours, d.bound, d.text];

/** Sentences quoted from /work/shared/corpus (seeds and CC0 / CC BY / CC BY-SA documents). */
const REAL_SENTENCES: [source: string, sentence: string, want: Want[]][] = [
  [
    'seeds/connectel',
    'the Service Provider shall, without undue delay and in any event no later than seventy-two (72) hours thereafter, notify the Customer of the breach.',
    [[72, 'hour', 3, 72, 'max', 'no later than seventy-two (72) hours']],
  ],
  [
    'seeds/connectel',
    'Unless the Customer makes such written request for the return of all personal data within fourteen (14) days from the Agreement’s termination or expiration, the Service Provider assumes that the Customer wishes that the Service Provider shall delete the personal data',
    [[14, 'day', 14, 336, 'max', 'within fourteen (14) days']],
  ],
  [
    'seeds/connectel',
    'The audit shall be carried out maximum once (1) per calendar year unless the Customer demonstrates reasonable cause for further audits, and a written notice shall in all cases be sent to the Service Provider with a notice period of at least sixty (60) days before the audit commences',
    [[60, 'day', 60, 1440, 'min', 'at least sixty (60) days']],
  ],
  [
    'seeds/connectel',
    'The customer subscribes to such notifications and will be informed at least 30 (thirty) calendar days in advance of any proposed addition or replacement;',
    [[30, 'day', 30, 720, 'min', 'at least 30 (thirty) calendar days']],
  ],
  [
    'seeds/connectel',
    'If the customer does not object within that 30-day period, the change will be deemed accepted;',
    [[30, 'day', 30, 720, null, '30-day']],
  ],
  [
    'seeds/connectel',
    'If no resolution is reached within (60) days, either party may terminate the affected services without liability for damages resulting solely from such termination',
    [[60, 'day', 60, 1440, 'max', 'within (60) days']],
  ],
  [
    'seeds/connectel',
    'Such assistance shall be provided within reasonable timelines, typically no more than ten (10) business days, unless otherwise agreed;',
    [[10, 'business-day', 14, 336, 'approx', 'typically no more than ten (10) business days']],
  ],
  [
    'seeds/infrasec',
    'After contract termination, we retain your data for 36 months.',
    [[36, 'month', 1095, 1095 * 24, null, '36 months']],
  ],
  [
    'seeds/infrasec',
    'Some data is retained longer due to legal obligations, such as accounting laws (up to 7 years).',
    [[7, 'year', 2555, 2555 * 24, 'max', 'up to 7 years']],
  ],
  [
    'seeds/infrasec',
    'We will respond within 1 month and send the data to your registered address.',
    [[1, 'month', 30, 720, 'max', 'within 1 month']],
  ],
  [
    'seeds/infracom',
    'InfraCom Communications must immediately, but under no circumstances later than 24 hours after such suspicion or knowledge has arisen, notify The Customer',
    [[24, 'hour', 1, 24, 'max', 'later than 24 hours']],
  ],
  [
    'seeds/infracom',
    'submit a detailed audit plan to InfraCom Communications at least ten (10) business days in advance of the proposed audit.',
    [[10, 'business-day', 14, 336, 'min', 'at least ten (10) business days']],
  ],
  [
    'seeds/infracom',
    'Upon termination, all The Customer data shall be deleted within thirty (30) days, unless otherwise agreed',
    [[30, 'day', 30, 720, 'max', 'within thirty (30) days']],
  ],
  [
    'seeds/infracom',
    'Personal data is saved for 12 months by default.',
    [[12, 'month', 365, 365 * 24, null, '12 months']],
  ],
  [
    'seeds/infracom',
    'Device Security: Workstations shall automatically lock after 5 minutes of inactivity.',
    [[5, 'minute', 5 / 1440, 5 / 60, null, '5 minutes']],
  ],
  [
    'seeds/frostmoln',
    'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.',
    [[24, 'hour', 1, 24, 'max', 'within 24 hours']],
  ],
  [
    'seeds/frostmoln',
    'The Controller may object to a new sub-processor on reasonable grounds related to data protection within 30 days of notification.',
    [[30, 'day', 30, 720, 'max', 'within 30 days']],
  ],
  [
    'seeds/cloudmqtt',
    'The Data Controller shall be notified on beforehand (or at least 2 weeks before) of any changes of the contact partner.',
    [[2, 'week', 14, 336, 'min', 'at least 2 weeks']],
  ],
  [
    'seeds/cloudmqtt',
    'The Data Controller shall notify the Data Processor of such objection within ten (10) days of receiving the notice of the change',
    [[10, 'day', 10, 240, 'max', 'within ten (10) days']],
  ],
  [
    'seeds/cloudmqtt',
    'The Data Processor shall confirm at the latest 30 days after the request of the Data Controller the return, destruction, erasure, and blocking of all information and records.',
    [[30, 'day', 30, 720, 'max', 'at the latest 30 days']],
  ],
  [
    'dpa/fortrabbit (German original, "innerhalb von 24 Stunden")',
    'Die Mitteilung hat spätestens innerhalb von 24 Stunden ab Kenntnis des Auftragnehmers',
    [[24, 'hour', 1, 24, 'max', 'spätestens innerhalb von 24 Stunden']],
  ],
  [
    'dpa/fortrabbit',
    'The notification must be made at the latest within 24 hours after the contractor\'s knowledge',
    [[24, 'hour', 1, 24, 'max', 'at the latest within 24 hours']],
  ],
  [
    'dpa/usdr-model-dpa (CC0)',
    'Consultant shall promptly, but in no less than 72 hours, notify Client upon becoming aware of a Data Security Incident',
    [[72, 'hour', 3, 72, 'min', 'no less than 72 hours']],
  ],
  [
    'dpa/processor-addendum-form',
    '_Controller_ may give _Processor_ notice within fourteen calendar days of the _End of Services_',
    [[14, 'day', 14, 336, 'max', 'within fourteen calendar days']],
  ],
  [
    'dpa/37signals-dpa (CC BY)',
    'by notifying 37signals promptly in writing within ten (10) business days after receipt of',
    [[10, 'business-day', 14, 336, 'max', 'within ten (10) business days']],
  ],
  [
    'other/37signals-security-response (CC BY)',
    'We’ll review your report and get back to you as soon as we can, usually within 72 hours.',
    [[72, 'hour', 3, 72, 'approx', 'usually within 72 hours']],
  ],
  [
    'other/37signals-security-response (CC BY)',
    'We will respond within two hours and work with you to counter the attack',
    [[2, 'hour', 2 / 24, 2, 'max', 'within two hours']],
  ],
  [
    'privacy-policy/automattic-privacy (CC BY-SA)',
    "like the visitor's IP address, browser type, and operating system, for approximately 30 days.",
    [[30, 'day', 30, 720, 'approx', 'approximately 30 days']],
  ],
  [
    'privacy-policy/37signals-privacy (CC BY)',
    'will be kept in an accessible trash can for about 25 days (it varies a little by product).',
    [[25, 'day', 25, 600, 'approx', 'about 25 days']],
  ],
  [
    'privacy-policy/mozilla-firefox (CC BY-SA)',
    'System logs of your DNS requests are deleted from the service within 24 hours and are only used for the purpose of DNS resolution',
    [[24, 'hour', 1, 24, 'max', 'within 24 hours']],
  ],
  [
    'other/automattic-offer-letter (CC BY-SA)',
    'The payment in lieu will be made within one (1) month of the date that notice is given',
    [[1, 'month', 30, 720, 'max', 'within one (1) month']],
  ],
  [
    'other/automattic-offer-letter (CC BY-SA)',
    'You shall ordinarily be entitled to four weeks (20 days) paid annual leave',
    [
      [4, 'week', 28, 672, null, 'four weeks'],
      [20, 'day', 20, 480, null, '20 days'],
    ],
  ],
  [
    'other/automattic-offer-letter (CC BY-SA)',
    '(a) if You have less than two (2) complete years of service: two weeks’ notice;',
    [
      [2, 'year', 730, 730 * 24, 'max', 'less than two (2) complete years'],
      [2, 'week', 14, 336, null, 'two weeks'],
    ],
  ],
  [
    'related/github-cookies (CC0)',
    'GitHub | `_octo` | This cookie is used for session management including caching of dynamic content, conditional feature access, support request metadata, and first party analytics. | One year',
    [[1, 'year', 365, 8760, null, 'One year']],
  ],
  [
    'other/37signals-terms (CC BY)',
    'Within 60 days, all content will be permanently deleted from our backups.',
    [[60, 'day', 60, 1440, 'max', 'Within 60 days']],
  ],
  [
    'other/github-terms (CC0)',
    'we will delete your full profile and the Content of your repositories within 90 days of cancellation or termination',
    [[90, 'day', 90, 2160, 'max', 'within 90 days']],
  ],
];

/** Real sentences whose numbers are not time periods. */
const TRAPS: [source: string, sentence: string][] = [
  ['seeds/connectel', 'make available all information necessary to demonstrate Service Provider’s compliance with the obligations laid down in Article 28 in the GDPR'],
  ['dpa/github-dpa (CC0)', 'These Clauses shall be read and interpreted in the light of the provisions of Regulation (EU) 2016/679'],
  ['dpa/github-dpa (CC0)', 'Beginning May 25, 2018 and thereafter, references to various Articles from the Directive 95/46/EC in the Standard Contractual Clauses below will be treated as references to the relevant and appropriate Articles in the GDPR'],
  ['seeds', 'SOC 2, ISO 27001 certifications) where they cover the relevant processing activities'],
  ['seeds', 'All data centers that run the Service are secured and monitored 24/7'],
  ['seeds', 'We secure all data transmitted over our networks using TLS 1.2/1.3'],
  ['other/github-terms (CC0)', 'A User must be at least 13 years of age.'],
  ['other/automattic-offer-letter (CC BY-SA)', 'All employees are expected to retire upon attaining the age of 65 years'],
  ['other/automattic-offer-letter (CC BY-SA)', 'which we expect will be approximately 40 hours per week'],
  ['other/automattic-offer-letter (CC BY-SA)', 'For the purposes of this Clause, “business day” means a day on which banks are open for business in the place of both the posting'],
  ['privacy-policy/automattic-privacy (CC BY-SA)', 'While no online service is 100% secure, we work very hard to protect information about you'],
  ['other/automattic-offer-letter (CC BY-SA)', 'of which Automattic or any other Associated Company owns or has a beneficial interest in 20% or more of the issued share capital'],
  ['other/automattic-legal-guidelines (CC BY-SA)', 'Please note that we charge an administrative fee of USD $125/hour for compliance with validly issued and served civil subpoenas and court orders.'],
  ['invented (dates)', 'The GDPR has applied since 25th May 2018; the fee is $500, section 30 applies.'],
  ['seeds/cloudmqtt', 'Once the Data Controller has made its choice, the Data Processor will not transfer the Personal Data'],
];

/** Written forms the analyzer must read, each alone and inside a sentence. */
const FORMS: [text: string, amount: number, unit: TimeUnit, hours: number][] = [
  ['72 hours', 72, 'hour', 72],
  ['seventy-two (72) hours', 72, 'hour', 72],
  ['thirty (30) days', 30, 'day', 720],
  ['30 (thirty) calendar days', 30, 'day', 720],
  ['ten (10) business days', 10, 'business-day', 14 * 24],
  ['10 working days', 10, 'business-day', 14 * 24],
  ['1 month', 1, 'month', 720],
  ['one month', 1, 'month', 720],
  ['fourteen (14) days', 14, 'day', 336],
  ['two weeks', 2, 'week', 336],
  ['2 weeks', 2, 'week', 336],
  ['48h', 48, 'hour', 48],
  ['24-hour', 24, 'hour', 24],
  ['thirty-day', 30, 'day', 720],
  ['twelve (12) months', 12, 'month', 365 * 24],
  ['six months', 6, 'month', 180 * 24],
  ['a year', 1, 'year', 365 * 24],
  ['1.5 years', 1.5, 'year', 547.5 * 24],
  ['3 years', 3, 'year', 1095 * 24],
  ['ten years', 10, 'year', 3650 * 24],
  ['half a year', 0.5, 'year', 182.5 * 24],
  ['90 minutes', 90, 'minute', 1.5],
  ['one hundred and eighty days', 180, 'day', 180 * 24],
  ['seventy two hours', 72, 'hour', 72],
  ['72\u00a0hours', 72, 'hour', 72],
  ['seventy\u2011two\u00a0(72)\u00a0hours', 72, 'hour', 72],
  ['24\u2013hour', 24, 'hour', 24],
  ['thirty\u2014day', 30, 'day', 720],
  ['1,000 days', 1000, 'day', 24000],
  ['an hour', 1, 'hour', 1],
  ['a business day', 1, 'business-day', 48],
];

describe('findDurations on real sentences', () => {
  test.each(REAL_SENTENCES)('%s: %s', (_source, sentence, want) => {
    const got = findDurations(sentence);
    expect(got.map((d) => [d.amount, d.unit, d.bound, d.text])).toEqual(want.map((w) => [w[0], w[1], w[4], w[5]]));
    got.forEach((d, i) => {
      expect(d.days).toBeCloseTo(want[i][2], 6);
      expect(d.hours).toBeCloseTo(want[i][3], 6);
      expect(sentence.slice(d.start, d.end)).toBe(d.text);
    });
  });

  test.each(TRAPS)('%s: no period in "%s"', (_source, sentence) => {
    expect(findDurations(sentence).map(brief)).toEqual([]);
  });
});

describe('findDurations on written forms', () => {
  test.each(FORMS)('%s', (text, amount, unit, hours) => {
    for (const [prefix, s] of [['', text], ['The period is ', `The period is ${text}, as agreed.`]] as const) {
      const got = findDurations(s);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ amount, unit, start: prefix.length, text });
      expect(got[0].hours).toBeCloseTo(hours, 6);
    }
  });

  test.each([
    ['within 24 hours', 'max'],
    ['no later than seventy-two (72) hours', 'max'],
    ['at the latest within 24 hours', 'max'],
    ['within one (1) business day', 'max'],
    ['not exceeding 30 days', 'max'],
    ['a maximum of 90 days', 'max'],
    ['72 hours at the latest', 'max'],
    ['at least 30 days', 'min'],
    ['no less than 14 days', 'min'],
    ['not less than two weeks', 'min'],
    ['a minimum of 6 months', 'min'],
    ['about 25 days', 'approx'],
    ['approximately 30 days', 'approx'],
    ['typically 5 business days', 'approx'],
    ['for 30 days', null],
  ] as const)('bound of "%s" is %s', (phrase, bound) => {
    const [d] = findDurations(`Data is deleted ${phrase} after termination.`);
    expect(d.bound).toBe(bound);
    expect(d.text.endsWith(phrase.replace(/^for /, ''))).toBe(true);
  });

  test('business days are converted with ceil(N*7/5); hours stay exact for small units', () => {
    const [one, ten] = findDurations('within one (1) business day and within 10 working days');
    expect([one.days, one.hours, ten.days]).toEqual([2, 48, 14]);
    const [h2] = findDurations('2 hours');
    expect(h2.days).toBeCloseTo(0.0833, 4);
    expect(h2.hours).toBe(2);
  });

  test('a rate or an age is not a period', () => {
    expect(findDurations('available 24 hours a day, 7 days a week, 365 days per year')).toEqual([]);
    expect(findDurations('users under 16 years old')).toEqual([]);
  });

  test('finds every period in order, with offsets into the input', () => {
    const s = 'Trash is kept for 30 days; backups are purged within 60 days, logs after 2 weeks.';
    const got = findDurations(s);
    expect(got.map((d) => d.text)).toEqual(['30 days', 'within 60 days', '2 weeks']);
    for (const d of got) expect(s.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('parseNumberWords', () => {
  test.each([
    ['seventy-two', 72],
    ['thirty', 30],
    ['one hundred and eighty', 180],
    ['twelve', 12],
    ['a', 1],
    ['an', 1],
    ['once', 1],
    ['twice', 2],
    ['Twenty\u2011Four', 24],
    ['two thousand five hundred and one', 2501],
    ['a hundred', 100],
    ['72', 72],
  ] as const)('%s → %d', (words, n) => {
    expect(parseNumberWords(words)).toBe(n);
  });

  test.each(['one one', 'twenty thirty', 'five twenty', 'hundred', 'and', 'one and', 'thirty seventeen', 'days', ''])(
    'rejects "%s"',
    (words) => {
      expect(parseNumberWords(words)).toBeNull();
    },
  );

  test('agrees with compromise on every number from 0 to 200 written out', () => {
    for (let n = 0; n <= 200; n++) {
      const words = nlp(String(n)).numbers().toText().text();
      expect([words, parseNumberWords(words)]).toEqual([words, n]);
      expect(parseNumberWords(words.replace(/(ty) /, '$1-'))).toBe(n);
    }
  });
});

describe('findFrequencies', () => {
  test.each([
    ['seeds/connectel', 'The audit shall be carried out maximum once (1) per calendar year unless the Customer demonstrates reasonable cause', 1, 'max', 'maximum once (1) per calendar year'],
    ['dpa/fortrabbit', 'controls shall take place after reasonable advance notice and during business hours of the contractor, and not more frequently than every 12 months.', 1, 'max', 'not more frequently than every 12 months'],
    ['dpa/processor-addendum-form', 'more than once per calendar year, not counting audits or inspections', 1, null, 'once per calendar year'],
    ['dpa/github-dpa (CC0)', 'which shall be updated at least once a year.', 1, 'min', 'at least once a year'],
    ['dpa/github-dpa (CC0)', 'On an ongoing basis, but in no case less frequently than once a week', 52, 'min', 'in no case less frequently than once a week'],
    ['invented', 'no more than once in any 12-month period', 1, 'max', 'no more than once in any 12-month period'],
    ['invented', 'once every 12 months', 1, null, 'once every 12 months'],
    ['invented', 'twice a year', 2, null, 'twice a year'],
    ['invented', 'at most once every twelve (12) months', 1, 'max', 'at most once every twelve (12) months'],
    ['invented', 'once annually', 1, null, 'once annually'],
    ['invented', 'two (2) times per contract year', 2, null, 'two (2) times per contract year'],
    ['invented', 'once every two years', 0.5, null, 'once every two years'],
    ['invented', 'once per quarter', 4, null, 'once per quarter'],
  ] as const)('%s: %s', (_source, sentence, perYear, bound, text) => {
    const got = findFrequencies(sentence);
    expect(got.map((f) => [f.perYear, f.bound, f.text])).toEqual([[perYear, bound, text]]);
    expect(sentence.slice(got[0].start, got[0].end)).toBe(text);
  });

  test.each([
    'Once the Data Controller has made its choice, the Data Processor will not transfer the Personal Data',
    "We'll continue to work hard every day to maintain that trust.",
    'Every once in a while, Mozilla may update these terms.',
    'If you select an annually renewing website subscription',
  ])('no frequency in "%s"', (sentence) => {
    expect(findFrequencies(sentence)).toEqual([]);
  });
});

describe('whole documents and hostile input', () => {
  test('infracom seed: every period, in order', () => {
    const doc = readFileSync(new URL('../fixtures/seeds/infracom-dpa.txt', import.meta.url), 'utf8');
    expect(findDurations(doc).map((d) => [d.amount, d.unit, d.bound])).toEqual([
      [30, 'day', 'min'],
      [24, 'hour', 'max'],
      [10, 'business-day', 'min'],
      [30, 'day', 'max'],
      [12, 'month', null],
      [5, 'minute', null],
    ]);
  });

  // No timing assertion: a quadratic scan would hang the test past its timeout instead.
  test.each([
    ['one '.repeat(50_000), []],
    ['one '.repeat(50_000) + 'day', [[1, 'day']]],
    ['1'.repeat(100_000), []],
    ['1'.repeat(100_000) + ' days', []],
    ['seventy-'.repeat(20_000), []],
    ['seventy-'.repeat(20_000) + 'two hours', []],
    ['within a '.repeat(30_000) + '30 days', [[30, 'day']]],
    ['(1 '.repeat(50_000), []],
    ['1 ' + ' '.repeat(100_000) + 'days', []],
  ] as const)('pathological input %#', (input, want) => {
    expect(findDurations(input).map((d) => [d.amount, d.unit])).toEqual(want);
  });

  test.each([
    ['once '.repeat(50_000), []],
    ['every '.repeat(50_000) + '12 months', [1]],
    ['one times per '.repeat(20_000), []],
  ] as const)('pathological frequency input %#', (input, want) => {
    expect(findFrequencies(input).map((f) => f.perYear)).toEqual(want);
  });
});
