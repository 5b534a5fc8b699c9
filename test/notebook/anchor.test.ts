import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchorSelectors, describeSpan, selectorsError, type Selectors } from '../../lib/notebook/anchor';

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const frostmoln = read('seeds/frostmoln-dpa.txt');
const connectel = read('seeds/connectel-dpa.txt');
const infracom = read('seeds/infracom-dpa.txt');
const firefoxTerms = read('corpus/other/mozilla-firefox-terms.md');
const githubCookies = read('corpus/related/github-cookies.md');

/** Start of the `nth` occurrence of `phrase` in `doc`; fails the test when it is missing. */
function at(doc: string, phrase: string, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = doc.indexOf(phrase, index + 1);
    if (index === -1) throw new Error(`fixture lacks occurrence ${nth} of ${JSON.stringify(phrase)}`);
  }
  return index;
}

/** Selectors for the `nth` occurrence of `phrase` in `doc`. */
function select(doc: string, phrase: string, nth = 0): Selectors {
  const start = at(doc, phrase, nth);
  return describeSpan(doc, start, start + phrase.length);
}

/** `doc` with its `nth` occurrence of `from` replaced by `to`. */
function replace(doc: string, from: string, to: string, nth = 0): string {
  const start = at(doc, from, nth);
  return doc.slice(0, start) + to + doc.slice(start + from.length);
}

const breachSentence =
  'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.';
const transferSentence =
  'The Processor shall not transfer personal data to a country outside the EU/EEA without the prior written consent of the Controller';
const auditSentence = 'Audits may be conducted by the Controller or an independent third-party auditor appointed by the Controller, subject to reasonable confidentiality obligations.';

describe('describeSpan', () => {
  test('stores the quote, 32 characters of context on each side and the position', () => {
    const start = at(frostmoln, breachSentence);
    const selectors = describeSpan(frostmoln, start, start + breachSentence.length);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: breachSentence,
      prefix: frostmoln.slice(start - 32, start),
      suffix: frostmoln.slice(start + breachSentence.length, start + breachSentence.length + 32),
    });
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + breachSentence.length });
  });

  test('trims whitespace around the span and clips context at the document edges', () => {
    const selectors = describeSpan(frostmoln, 0, 'Data Processing Agreement\n\n'.length, 10);
    expect(selectors.quote.exact).toBe('Data Processing Agreement');
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe('\n\nLast upd');
    expect(selectors.position).toMatchObject({ start: 0, end: 'Data Processing Agreement'.length });
  });

  test.each([
    ['empty', 10, 10],
    ['reversed', 20, 10],
    ['negative start', -1, 5],
    ['past the end', 5, frostmoln.length + 1],
    ['not whole numbers', 1.5, 4],
    ['whitespace only', at(frostmoln, '\n\n'), at(frostmoln, '\n\n') + 2],
  ])('throws RangeError for a %s span', (_name, start, end) => {
    expect(() => describeSpan(frostmoln, start, end)).toThrow(RangeError);
  });
});

describe('anchorSelectors on an unchanged page', () => {
  test.each([breachSentence, transferSentence, 'Processor', '24 hours'])('finds %j at its saved position', (phrase) => {
    const selectors = select(frostmoln, phrase);
    const anchor = anchorSelectors(frostmoln, selectors);
    expect(anchor).toEqual({ start: selectors.position.start, end: selectors.position.end, method: 'position', score: 1 });
  });

  test('describeSpan then anchorSelectors returns the same span for any span of real text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: connectel.length - 1 }), fc.integer({ min: 1, max: 400 }), (start, length) => {
        const end = Math.min(connectel.length, start + length);
        if (connectel.slice(start, end).trim() === '') return;
        const selectors = describeSpan(connectel, start, end);
        const anchor = anchorSelectors(connectel, selectors);
        expect(anchor).toMatchObject({ start: selectors.position.start, end: selectors.position.end, method: 'position' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('anchorSelectors after the page changed', () => {
  const preamble = 'This English translation was revised on 1 April 2026 to correct several typographical errors.\n\n';

  test.each([breachSentence, auditSentence, 'Processor', 'without undue delay'])(
    'finds %j exactly after an edit before it shifted its position',
    (phrase) => {
      const selectors = select(frostmoln, phrase);
      const edited = preamble + frostmoln;
      const anchor = anchorSelectors(edited, selectors);
      expect(anchor).toMatchObject({ start: selectors.position.start + preamble.length, method: 'exact' });
      expect(anchor!.end - anchor!.start).toBe(phrase.length);
      expect(anchor!.score).toBeGreaterThan(0.99);
    },
  );

  // [quote, occurrence in frostmoln-dpa.txt]; every quote occurs several times, and the hint is stale.
  test.each([
    ['personal data', 3],
    ['personal data', 11],
    ['the Controller', 7],
    ['Processor', 20],
    ['of the GDPR', 4],
  ])('picks occurrence %#: %j #%i by its context among several', (phrase, nth) => {
    const selectors = select(frostmoln, phrase, nth);
    const edited = preamble + frostmoln;
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).toMatchObject({ start: at(frostmoln, phrase, nth) + preamble.length, method: 'exact' });
  });

  test('picks the copy whose context matches when a whole sentence occurs twice', () => {
    const repeated = 'Each party shall bear its own costs.';
    const doc = replace(replace(frostmoln, '12. Liability\n\n', `12. Liability\n\n${repeated} `), '13. Contact', `${repeated}\n\n13. Contact`);
    const second = at(doc, repeated, 1);
    const selectors = describeSpan(doc, second, second + repeated.length);
    const anchor = anchorSelectors(preamble + doc, selectors);
    expect(anchor).toMatchObject({ start: second + preamble.length, method: 'exact' });
  });

  // [what changed, quote, edited quote]: the anchor must cover the edited quote in the edited page.
  test.each([
    ['a word changed', breachSentence, breachSentence.replace('24 hours', '48 hours').replace('becoming aware', 'learning')],
    [
      'a sentence inserted',
      breachSentence,
      breachSentence.replace('24 hours, ', '24 hours (or 12 hours for customers on the Enterprise plan), '),
    ],
    ['punctuation changed', auditSentence, auditSentence.replace(/,/g, ';').replace('third-party', 'third party')],
    ['a word changed in a short quote', 'within 24 hours', 'within 72 hours'],
    ['typographic quotes and dashes', 'Articles 32–36 of the GDPR', 'Articles 32-36 of the GDPR'],
  ])('finds the quote after %s', (_what, phrase, editedPhrase) => {
    const selectors = select(frostmoln, phrase);
    const edited = preamble + replace(frostmoln, phrase, editedPhrase);
    const expected = at(edited, editedPhrase);
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).not.toBeNull();
    expect(Math.abs(anchor!.start - expected)).toBeLessThanOrEqual(3);
    expect(Math.abs(anchor!.end - (expected + editedPhrase.length))).toBeLessThanOrEqual(3);
    expect(anchor!.method).toBe(editedPhrase.includes('–') || !phrase.includes('–') ? 'fuzzy' : 'exact');
    expect(anchor!.score).toBeLessThan(1);
  });

  test('finds a long quote with a paragraph inserted in its middle (beyond the error cap)', () => {
    const start = at(infracom, '6.');
    const quote = infracom.slice(start, start + 3000);
    const middle = start + 1500;
    const inserted = ' '.concat(frostmoln.slice(at(frostmoln, 'The Controller has the right'), at(frostmoln, '11. Data Return')).trim(), ' ');
    const edited = infracom.slice(0, middle) + inserted + infracom.slice(middle);
    const selectors = describeSpan(infracom, start, start + quote.length);
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).toMatchObject({ method: 'fuzzy' });
    expect(Math.abs(anchor!.start - selectors.position.start)).toBeLessThanOrEqual(3);
    expect(Math.abs(anchor!.end - (selectors.position.end + inserted.length))).toBeLessThanOrEqual(3);
  });

  test.each([
    ['the whole paragraph', breachSentence.slice(0, 60)],
    ['a sentence inside it', 'The notification shall include:'],
  ])('follows %s when the paragraph moved to another part of the document', (_what, phrase) => {
    const paragraphStart = at(frostmoln, '8. Personal Data Breach Notification');
    const paragraphEnd = at(frostmoln, '9. Data Subject Requests');
    const paragraph = frostmoln.slice(paragraphStart, paragraphEnd);
    const selectors = select(frostmoln, phrase);
    const moved = frostmoln.slice(0, paragraphStart) + frostmoln.slice(paragraphEnd) + '\n\n' + paragraph;
    const anchor = anchorSelectors(moved, selectors);
    expect(anchor).toMatchObject({ start: at(moved, phrase), end: at(moved, phrase) + phrase.length });
  });

  test('an edited quote whose paragraph moved is still found by the quote alone', () => {
    const paragraphStart = at(frostmoln, '7. Security Measures');
    const paragraphEnd = at(frostmoln, '8. Personal Data Breach Notification');
    const paragraph = frostmoln.slice(paragraphStart, paragraphEnd);
    const quote = paragraph.slice(0, 400).trim();
    const selectors = select(frostmoln, quote);
    const editedParagraph = paragraph.replace('AES-256', 'AES-128').replace('TLS 1.2+', 'TLS 1.3');
    const moved = '\n\n' + editedParagraph + frostmoln.slice(0, paragraphStart) + frostmoln.slice(paragraphEnd);
    const anchor = anchorSelectors(moved, selectors);
    expect(anchor).toMatchObject({ method: 'fuzzy' });
    expect(Math.abs(anchor!.start - 2)).toBeLessThanOrEqual(3);
    expect(Math.abs(anchor!.end - (2 + quote.length))).toBeLessThanOrEqual(3);
  });

  test.each([
    ['blank lines rendered as spaces', (doc: string) => doc.replace(/\n\n/g, ' ')],
    ['double spaces and line breaks', (doc: string) => doc.replace(/ /g, '  ').replace(/\n\n/g, '\n \n')],
    ['non-breaking spaces', (doc: string) => doc.replace(/ (\d)/g, '\u00a0$1').replace(/\. /g, '.\u00a0 ')],
  ])('whitespace-only differences (%s) are not edits', (_what, reflow) => {
    const phrase = frostmoln.slice(at(frostmoln, '3. Controller’s Obligations'), at(frostmoln, '• Provide documented')).trim();
    expect(phrase).toContain('\n');
    const selectors = select(frostmoln, phrase);
    const edited = reflow(frostmoln);
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).toMatchObject({ method: 'exact', score: expect.closeTo(1, 2) });
    const found = edited.slice(anchor!.start, anchor!.end);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    expect(squash(found)).toBe(squash(phrase));
  });

  test('a quote deleted from the document is not found', () => {
    const selectors = select(frostmoln, auditSentence);
    const edited = preamble + replace(frostmoln, auditSentence, '');
    expect(anchorSelectors(edited, selectors)).toBeNull();
  });

  test.each([
    ['a sentence', breachSentence, firefoxTerms],
    ['a paragraph', frostmoln.slice(at(frostmoln, 'All processing'), at(frostmoln, '7. Security')).trim(), githubCookies],
    ['a phrase', 'after becoming aware of a personal data breach', firefoxTerms],
    ['a heading', '5. Sub-processors', githubCookies],
    ['a common word', 'Processor', connectel],
    ['a common phrase', 'personal data', githubCookies],
  ])('%s from a DPA is not found in an unrelated document', (_what, phrase, other) => {
    expect(anchorSelectors(other, select(frostmoln, phrase))).toBeNull();
  });

  // A one-word quote whose sentence was rewritten: other occurrences exist but nothing says which.
  test.each([
    ['Processor', 'The Processor shall notify the Controller', 'Notice of incidents is given to the customer'],
    ['personal data', 'All processing of personal data under this DPA', 'Everything we do under this agreement'],
    ['Controller', 'The Controller has the right to audit', 'Audits may be requested by you to check'],
  ])('a short quote (%j) whose context was rewritten is not guessed', (word, sentence, rewritten) => {
    const selectors = describeSpan(frostmoln, at(frostmoln, sentence) + sentence.indexOf(word), at(frostmoln, sentence) + sentence.indexOf(word) + word.length);
    const edited = replace(frostmoln, sentence, rewritten);
    expect(anchorSelectors(edited, selectors)).toBeNull();
  });

  test('a short quote with intact context but a stale hint is resolved by its context', () => {
    const sentence = 'The Processor shall notify the Controller';
    const start = at(frostmoln, sentence) + sentence.indexOf('Controller');
    const selectors = describeSpan(frostmoln, start, start + 'Controller'.length);
    const edited = replace(frostmoln, '5. Sub-processors', '5. Sub-processors and other vendors that assist the Processor');
    const anchor = anchorSelectors(edited, selectors);
    expect(anchor).toMatchObject({ start: start + edited.length - frostmoln.length, method: 'exact' });
  });
});

describe('selectorsError', () => {
  const valid = select(frostmoln, breachSentence);

  test('accepts selectors made by describeSpan, also after a JSON round trip', () => {
    expect(selectorsError(valid)).toBeNull();
    expect(selectorsError(JSON.parse(JSON.stringify(valid)))).toBeNull();
  });

  test.each([
    ['selectors', null],
    ['selectors', 'a string'],
    ['quote', { ...valid, quote: undefined }],
    ['quote.type', { ...valid, quote: { ...valid.quote, type: 'TextPositionSelector' } }],
    ['quote.exact', { ...valid, quote: { ...valid.quote, exact: 42 } }],
    ['quote.exact', { ...valid, quote: { ...valid.quote, exact: '  ' } }],
    ['quote.prefix', { ...valid, quote: { ...valid.quote, prefix: null } }],
    ['quote.suffix', { ...valid, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '' } }],
    ['position', { quote: valid.quote }],
    ['position.type', { ...valid, position: { ...valid.position, type: 'RangeSelector' } }],
    ['position.start', { ...valid, position: { ...valid.position, start: -1 } }],
    ['position.start', { ...valid, position: { ...valid.position, start: '12' } }],
    ['position.end', { ...valid, position: { ...valid.position, end: 1.5 } }],
    ['position.end', { ...valid, position: { ...valid.position, end: valid.position.start } }],
  ])('names %s when it is wrong', (field, value) => {
    const error = selectorsError(value);
    expect(error).not.toBeNull();
    expect(error!.startsWith(`${field}:`)).toBe(true);
  });
});
