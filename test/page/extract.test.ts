// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { createTextExtractor, extractPageText, type PageText } from '../../lib/page/extract';
import { piecesFromOffsets, rangeFromOffsets } from '../../lib/page/ranges';
import { readInput } from '../../lib/engine/text/input';
import { documentHtml, pageHtml } from '../e2e/pages';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const seed = (name: string) => readFileSync(resolve('test/fixtures/seeds', `${name}.txt`), 'utf8');
const gold = (name: string) =>
  JSON.parse(readFileSync(resolve('test/fixtures/gold', `${name}.json`), 'utf8')) as { mustTag: [string, string][] };

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

/** Every mapped character of the text is the character at its DOM position (spaces may stand for any white space). */
function expectMapConsistent(page: PageText): void {
  for (let i = 0; i < page.text.length; i++) {
    const n = page.nodeIndex[i];
    if (n < 0) {
      expect(page.text[i]).toBe('\n');
      continue;
    }
    const source = page.nodes[n].data[page.nodeOffset[i]];
    if (page.text[i] === ' ') expect(source).toMatch(/\s/);
    else expect(source).toBe(page.text[i]);
  }
}

describe('extractPageText', () => {
  beforeEach(() => load('<!doctype html><html><head><title>t</title></head><body></body></html>'));

  test('keeps visible prose in reading order and leaves out scripts, styles, navigation and hidden elements', () => {
    document.body.innerHTML = `
      <nav><a href="/">Home</a> <a href="/x">Pricing</a></nav>
      <div role="navigation">Skip to content</div>
      <style>.gone{display:none}</style>
      <h1>Data Processing Agreement</h1>
      <p>The Processor shall   notify the Controller
        <b>without undue delay</b>.</p>
      <script>var secret = "script text";</script>
      <p hidden>Hidden attribute text.</p>
      <p aria-hidden="true">Aria hidden text.</p>
      <p style="display:none">Inline hidden text.</p>
      <p class="gone">Class hidden text.</p>
      <p style="visibility:hidden">Invisible text.</p>
      <details><summary>Read more</summary><p>Collapsed text.</p></details>
      <button>Accept cookies</button>
      <ul><li>First item</li><li>Second <i>item</i></li></ul>`;
    const page = extractPageText(document.body);
    expect(page.text).toBe(
      'Data Processing Agreement\n\nThe Processor shall notify the Controller without undue delay.\n\nRead more\n\nFirst item\nSecond item',
    );
    expectMapConsistent(page);
  });

  test('opened <details> content is included', () => {
    document.body.innerHTML = '<details open><summary>More</summary><p>Now shown.</p></details>';
    expect(extractPageText(document.body).text).toBe('More\n\nNow shown.');
  });

  test('hints mark headings with their level, list items with their depth, and paragraphs', () => {
    document.body.innerHTML = '<h2>8. Breach</h2><p>Notice within 24 hours.</p><ul><li>One<ul><li>Nested</li></ul></li></ul>';
    const page = extractPageText(document.body);
    const hints = page.hints.map((h) => [h.kind, h.level ?? null, page.text.slice(h.start, h.end)]);
    expect(hints).toEqual([
      ['heading', 2, '8. Breach'],
      ['paragraph', null, 'Notice within 24 hours.'],
      ['list-item', 1, 'One'],
      ['list-item', 2, 'Nested'],
    ]);
  });

  test('pre-formatted text keeps its line breaks', () => {
    document.body.innerHTML = '<pre>Clause 1\n  indented</pre><p>after</p>';
    const page = extractPageText(document.body);
    expect(page.text).toBe('Clause 1\n  indented\n\nafter');
    expectMapConsistent(page);
  });

  test('slicing gives the same result as one pass', () => {
    load(pageHtml('DPA', documentHtml(readInput(seed('infracom-dpa'), 'text'))));
    const whole = extractPageText(document.body);
    const extractor = createTextExtractor(document.body);
    let slices = 0;
    let result = null;
    while (!(result = extractor.run(() => true))) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(result.text).toBe(whole.text);
    expect([...result.nodeOffset]).toEqual([...whole.nodeOffset]);
  });
});

describe.each(['frostmoln-dpa', 'infracom-dpa', 'cloudmqtt-dpa', 'connectel-dpa', 'infrasec-privacy-policy'])('seed %s as a web page', (name) => {
  test('offsets map back to the DOM: every gold quote becomes a Range with that text', () => {
    load(pageHtml(name, documentHtml(readInput(seed(name), 'text'))));
    const page = extractPageText(document.body);
    expect(page.text).not.toContain('Hidden promotional text');
    expect(page.text).not.toContain('pageScriptRan');
    expect(page.text.startsWith('Home')).toBe(false);
    expectMapConsistent(page);
    const folded = page.text.toLowerCase();
    const quotes = gold(name).mustTag;
    let found = 0;
    for (const [, quote] of quotes) {
      const q = fold(quote).replace(/[’‘]/g, "'");
      const at = folded.replace(/[’‘]/g, "'").indexOf(q);
      if (at < 0) continue; // quotes that span a page break in the seed are checked by the e2e suite
      found++;
      const range = rangeFromOffsets(page, at, at + q.length);
      expect(fold(range!.toString()).replace(/[’‘]/g, "'")).toBe(q);
      const pieces = piecesFromOffsets(page, at, at + q.length);
      expect(fold(pieces.map((p) => p.node.data.slice(p.start, p.end)).join(' '))).toBe(fold(range!.toString()));
    }
    expect(found).toBeGreaterThanOrEqual(quotes.length * 0.8);
  });
});

test('a span of separators alone has no range', () => {
  document.body.innerHTML = '<p>a</p><p>b</p>';
  const page = extractPageText(document.body);
  expect(page.text).toBe('a\n\nb');
  expect(rangeFromOffsets(page, 1, 3)).toBeNull();
  expect(rangeFromOffsets(page, 0, 4)!.toString()).toBe('ab');
});
