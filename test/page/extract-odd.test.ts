// @vitest-environment happy-dom
// Odd pages in the extractor, the range mapper and the painter: shadow roots, frames, right-to-left text, caps, sliced <mark> painting.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_TERMS } from '../../lib/engine/analyze';
import { createTextExtractor, extractPageText, type PageText } from '../../lib/page/extract';
import { paintReport, startPainting } from '../../lib/page/highlight';
import { rangeFromOffsets, rangesFromOffsets } from '../../lib/page/ranges';
import { readSignals } from '../../lib/page/signals';
import { mightBePolicy } from '../../lib/engine/detect/prefilter';
import type { Category, Report } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';
import { documentHtml } from '../e2e/pages';

const fixture = (path: string) => readFileSync(resolve('test/fixtures', path), 'utf8');
const dpaHtml = () => documentHtml(readInput(fixture('seeds/frostmoln-dpa.txt'), 'text'));
const hebrew = () => documentHtml(readInput(fixture('odd/mozilla-privacy-policy.he.md'), 'markdown'));
const arabic = () => documentHtml(readInput(fixture('odd/mozilla-privacy-policy.ar.md'), 'markdown'));

/** Real sentences from the seed DPA and Mozilla's privacy policy (Hebrew, Arabic). */
const BREACH = 'The Processor shall notify the Controller without undue delay';
const HE = 'אנו מחויבים להגן על המידע האישי שלך כאשר הוא נמצא בידינו.';
const AR = 'نحن ملتزمون بحماية معلوماتك الشخصية بمجرد أن نحصل عليها.';

function load(html: string): void {
  document.open();
  document.write(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  document.close();
}

/** Every mapped character is the character at its DOM position. */
function expectMapConsistent(page: PageText): void {
  for (let i = 0; i < page.text.length; i++) {
    const n = page.nodeIndex[i];
    if (n < 0) continue;
    const source = page.nodes[n].data[page.nodeOffset[i]];
    if (page.text[i] === ' ') expect(source).toMatch(/\s/);
    else expect(source).toBe(page.text[i]);
  }
}

function report(page: PageText, quotes: [Category, string][]): Report {
  const clauses = quotes.map(([category, quote]) => {
    const start = page.text.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    return { categories: [category], start, end: start + quote.length, heading: null, text: quote, why: [] };
  });
  clauses.sort((a, b) => a.start - b.start);
  return { schema: 1, source: '', docType: 'dpa', confidence: 1, title: null, baseline: 't', clauses, terms: EMPTY_TERMS, deviations: [], docTypeWhy: [], truncated: false, language: 'en', coverage: { read: page.text.length, available: page.text.length } };
}

beforeEach(() => load(''));

describe('shadow roots', () => {
  test('an open shadow root is read in rendered order, slotted light children where their slot is; a closed one is skipped', () => {
    load('<p>Before the component.</p><div id="host"><p slot="lead">Slotted lead.</p><p>Unslotted light text.</p></div><div id="closed"></div><p>After.</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<h2>Breach</h2><slot name="lead"></slot><p>${BREACH} after becoming aware of a personal data breach.</p>`;
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed text.</p>';
    const page = extractPageText(document.body);
    expect(page.text).toBe(`Before the component.\n\nBreach\n\nSlotted lead.\n\n${BREACH} after becoming aware of a personal data breach.\n\nAfter.`);
    expectMapConsistent(page);
    expect(page.hints.find((h) => h.kind === 'heading')).toMatchObject({ level: 2 });
  });

  test('a clause crossing from the page into a shadow root becomes one range per tree', () => {
    load('<p id="a">Sub-processors are listed here.</p><div id="host"></div>');
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Processor shall inform Controller of any intended changes.</p>';
    const page = extractPageText(document.body);
    const ranges = rangesFromOffsets(page, 0, page.text.length);
    expect(ranges.map((r) => r.toString())).toEqual(['Sub-processors are listed here.', 'Processor shall inform Controller of any intended changes.']);
    expect(ranges[1].startContainer.getRootNode()).toBe(document.getElementById('host')!.shadowRoot);
    expect(rangeFromOffsets(page, 0, page.text.length)!.toString()).toBe('Sub-processors are listed here.');
  });

  test('marks painted in a shadow root get the style adopted there', () => {
    load('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${BREACH} after becoming aware of a Personal Data Breach.</p>`;
    const page = extractPageText(document.body);
    const painting = paintReport(document, page, report(page, [['breach-notification', BREACH]]), 'mark');
    expect(shadow.querySelector('mark')!.textContent).toBe(BREACH);
    const adopted = shadow.adoptedStyleSheets?.length ?? 0;
    const styleInside = shadow.querySelector('style[data-clauselens]') !== null;
    expect(adopted > 0 || styleInside).toBe(true);
    painting.clear();
    expect(shadow.querySelector('mark')).toBeNull();
    expect(shadow.querySelector('style[data-clauselens]')).toBeNull();
    expect(shadow.adoptedStyleSheets?.length ?? 0).toBe(0);
  });
});

describe('frames', () => {
  test('a same-origin iframe is read in place, as its own block; one the page may not read is skipped', () => {
    load('<p>Intro.</p><div id="frames"></div><p>Outro.</p>');
    // happy-dom loads no frame pages: a second document stands in for the frame's; a cross-origin frame answers null.
    const frameDoc = document.implementation.createHTMLDocument('frame');
    frameDoc.body.innerHTML = `<p>${BREACH}.</p>`;
    const holder = document.getElementById('frames')!;
    for (const content of [frameDoc, null]) {
      const frame = document.createElement('iframe');
      // An inline (srcdoc) frame: happy-dom then loads nothing from an address, and logs no "iframe loading disabled" trace.
      frame.setAttribute('srcdoc', '');
      Object.defineProperty(frame, 'contentDocument', { value: content });
      holder.appendChild(frame);
    }
    const page = extractPageText(document.body);
    expect(page.text).toBe(`Intro.\n\n${BREACH}.\n\nOutro.`);
    const at = page.text.indexOf(BREACH);
    const ranges = rangesFromOffsets(page, 0, page.text.length);
    expect(ranges.map((r) => r.startContainer.ownerDocument)).toEqual([document, frameDoc, document]);
    // happy-dom's Range misplaces offsets in a window-less document, so the map itself is checked here (the e2e suite checks real frames).
    expect(page.nodes[page.nodeIndex[at]]).toBe(frameDoc.body.firstChild!.firstChild);
    expect(page.nodeOffset[at]).toBe(0);
  });
});

describe('right-to-left text', () => {
  test.each([
    ['Hebrew', 'he', hebrew, HE],
    ['Arabic', 'ar', arabic, AR],
  ])('%s policy text extracts, maps and highlights', (_label, lang, html, sentence) => {
    load(`<main dir="rtl" lang="${lang}">${html()}</main><section dir="ltr">${dpaHtml()}</section>`);
    const page = extractPageText(document.body);
    expectMapConsistent(page);
    const at = page.text.indexOf(sentence);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(rangeFromOffsets(page, at, at + sentence.length)!.toString()).toBe(sentence);
    const painting = paintReport(document, page, report(page, [['security-measures', sentence], ['breach-notification', BREACH]]), 'mark');
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([sentence, BREACH]);
    painting.clear();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });
});

describe('caps', () => {
  test('extraction stops at maxChars and says the text is truncated', () => {
    load(dpaHtml());
    const whole = extractPageText(document.body);
    expect(whole.truncated).toBe(false);
    const capped = extractPageText(document.body, { maxChars: 2000 });
    expect(capped.truncated).toBe(true);
    expect(capped.text.length).toBeGreaterThanOrEqual(2000);
    expect(capped.text.length).toBeLessThan(2000 + 2000);
    expect(whole.text.startsWith(capped.text)).toBe(true);
    expect(capped.nodeIndex.length).toBe(capped.text.length);
  });

  test('a capped walk in slices gives the same text as in one go', () => {
    load(dpaHtml());
    const extractor = createTextExtractor(document.body, { maxChars: 5000 });
    let result = null;
    while (!(result = extractor.run(() => true)));
    expect(result.text).toBe(extractPageText(document.body, { maxChars: 5000 }).text);
  });
});

describe('<mark> painting in slices', () => {
  test('a job stepped with an always-expired clock ends as the one-go painting does, and changes no text', () => {
    load(dpaHtml());
    const before = document.body.textContent;
    const page = extractPageText(document.body);
    const quotes: [Category, string][] = [
      ['breach-notification', BREACH],
      ['audit', 'at least 30 days'],
      ['subprocessors', 'Sub-processor'],
    ];
    const job = startPainting(document, page, report(page, quotes), 'mark');
    let steps = 0;
    while (!job.step(() => true)) steps++;
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(job.painting.clauses.map((c) => c.range.toString())).toEqual(quotes.map(([, q]) => q).sort((a, b) => page.text.indexOf(a) - page.text.indexOf(b)));
    expect(document.body.textContent).toBe(before);
    job.painting.clear();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  test('clearing a job half way removes what it painted and stops it', () => {
    load(dpaHtml());
    const pristine = document.body.innerHTML;
    const page = extractPageText(document.body);
    const job = startPainting(document, page, report(page, [['breach-notification', BREACH]]), 'mark');
    job.step(() => true);
    job.painting.clear();
    expect(job.step(() => false)).toBe(true);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(pristine);
  });

  test('text directly in a flex container is left unpainted: a <mark> there would add a flex item', () => {
    load(`<div style="display:flex">${BREACH}</div><p>${BREACH}.</p>`);
    const page = extractPageText(document.body);
    const second = page.text.lastIndexOf(BREACH);
    const r = report(page, [['breach-notification', BREACH]]);
    r.clauses.push({ ...r.clauses[0], start: second, end: second + BREACH.length });
    paintReport(document, page, r, 'mark');
    expect([...document.querySelectorAll('mark')].map((m) => m.parentElement!.tagName)).toEqual(['P']);
  });
});

describe('readSignals: the cheap look at a page', () => {
  test.each([
    ['paragraphs', (html: string) => html],
    ['only <div>s', (html: string) => html.replace(/<(\/?)(p|li|ul)>/g, '<$1div>')],
  ])('a DPA at an uninformative address and title passes the gate from its text in %s', (_label, shape) => {
    load(shape(dpaHtml()));
    Object.defineProperty(document, 'URL', { value: 'https://acme.example/legal/terms-2', configurable: true });
    document.title = 'Acme';
    const sample = readSignals(document);
    expect(sample.text.length).toBeGreaterThan(3000);
    expect(sample.text).not.toMatch(/\s{2}/);
    expect(mightBePolicy(sample).likely).toBe(true);
  });

  test('an ordinary page does not pass', () => {
    load('<h1>How to bake sourdough bread at home</h1><p>Mix flour and water, rest the dough for an hour, then add the starter and salt.</p>');
    expect(mightBePolicy(readSignals(document)).likely).toBe(false);
  });

  test('navigation and hidden paragraphs stay out of the sample', () => {
    load('<nav><ul><li>Privacy policy</li></ul></nav><p hidden>Hidden personal data text</p><p>Visible text.</p>');
    expect(readSignals(document).text).toBe('Visible text.');
  });
});
