// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_TERMS } from '../../lib/engine/analyze';
import { describeClause } from '../../lib/report/describe';
import { paintReport, startPainting } from '../../lib/page/highlight';
import { rangesFromOffsets } from '../../lib/page/ranges';
import { extractPageText } from '../../lib/page/extract';
import { createPageController, type NotebookDeps, type PageDeps } from '../../lib/page/page';
import { pageReport, replyFor } from '../../lib/extension/protocol';
import type { SavedHighlight } from '../../lib/notebook/notebook';
import { mightBePolicy } from '../../lib/engine/detect/prefilter';
import type { Category, Clause, Report } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';
import type { PlainText } from '../../lib/engine/text/types';
import { documentHtml, pageHtml } from '../e2e/pages';

const seed = (name: string) => readFileSync(resolve('test/fixtures/seeds', `${name}.txt`), 'utf8');
const mustTag = (name: string) =>
  (JSON.parse(readFileSync(resolve('test/fixtures/gold', `${name}.json`), 'utf8')) as { mustTag: [Category, string][] }).mustTag;
const fold = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** A report whose clauses are exactly the gold quotes found in the text: the painter's input, independent of the engine. */
function goldReport(plain: PlainText, name: string, docType: Report['docType'] = 'dpa'): Report {
  const text = fold(plain.text);
  const clauses: Clause[] = [];
  for (const [category, quote] of mustTag(name)) {
    const start = text.indexOf(fold(quote));
    if (start < 0 || clauses.some((c) => c.start < start + quote.length && c.end > start)) continue;
    clauses.push({ categories: [category], start, end: start + quote.length, heading: null, text: plain.text.slice(start, start + quote.length), why: [{ category, rule: 'test', reason: 'gold quote' }] });
  }
  clauses.sort((a, b) => a.start - b.start);
  const deviations = clauses.length ? [{ rule: 'test-rule', severity: 'high' as const, title: 'Test rule', expected: 'x', found: 'y', clause: 0 }] : [];
  return { schema: 1, source: '', docType, confidence: 1, title: null, baseline: 'test', clauses, terms: EMPTY_TERMS, deviations, docTypeWhy: [], truncated: false, language: 'en', coverage: { read: plain.text.length, available: plain.text.length } };
}

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

const dpaBody = () => documentHtml(readInput(seed('frostmoln-dpa'), 'text'));
const article = `<h1>How to bake sourdough bread at home</h1><p>Mix flour and water, rest the dough for an hour, then add the starter and salt.</p>
<p>Fold the dough every thirty minutes for three hours, shape it, and let it rise overnight in the fridge.</p>`;

let controller: AbortController;
let analyzeCalls: PlainText[];

function deps(over: Partial<PageDeps> = {}): PageDeps {
  return {
    doc: document,
    mightBePolicy,
    analyze: async ({ plain }) => {
      analyzeCalls.push(plain);
      const isDpa = /data processing agreement/i.test(plain.text);
      const report = goldReport(plain, 'frostmoln-dpa', isDpa ? 'dpa' : 'other');
      return { ok: true, value: replyFor({ report, siteHighlighting: true, cards: report.clauses.map((_, i) => describeClause(report, i)), saved: { placed: [], reveal: null } }) };
    },
    cleared: () => undefined,
    highlightingShown: () => undefined,
    yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
    now: () => performance.now(),
    signal: controller.signal,
    paintMode: 'mark',
    debounceMs: 20,
    ...over,
  };
}

const marks = () => [...document.querySelectorAll('mark[data-clauselens-category]')];

beforeEach(() => {
  controller = new AbortController();
  analyzeCalls = [];
});
afterEach(() => controller.abort());


/** happy-dom has neither Highlight nor CSS.highlights: stand-ins that record what the painter registers; `restore` puts the window back. */
function fakeHighlightApi(): { registry: Map<string, { ranges: Range[] }>; restore: () => void } {
  const registry = new Map<string, { ranges: Range[] }>();
  const view = document.defaultView as unknown as { Highlight?: unknown };
  const css = Object.getOwnPropertyDescriptor(view, 'CSS');
  view.Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range) {
      this.ranges.push(range);
      return this;
    }
  };
  Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
  return {
    registry,
    restore() {
      delete view.Highlight;
      if (css) Object.defineProperty(view, 'CSS', css);
      else delete (view as { CSS?: unknown }).CSS;
    },
  };
}

describe('page controller', () => {
  test('an ordinary article is never extracted or analysed', async () => {
    load(pageHtml('Sourdough', article));
    const outcome = await createPageController(deps()).start();
    expect(outcome.detected).toBe(false);
    expect(analyzeCalls).toHaveLength(0);
    expect(marks()).toHaveLength(0);
  });

  test('a DPA is analysed once and its clauses marked with their categories', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const before = document.body.textContent;
    const outcome = await createPageController(deps()).start();
    expect(outcome.detected).toBe(true);
    expect(analyzeCalls).toHaveLength(1);
    const categories = new Set(marks().map((m) => m.getAttribute('data-clauselens-category')));
    const report = goldReport(analyzeCalls[0], 'frostmoln-dpa');
    expect(report.clauses.length).toBeGreaterThanOrEqual(6);
    expect([...categories].sort()).toEqual([...new Set(report.clauses.map((c) => c.categories[0]))].sort());
    // Marks wrap text; they add none.
    expect(document.body.textContent).toBe(before);
    const breach = marks().filter((m) => m.getAttribute('data-clauselens-category') === 'breach-notification');
    expect(fold(breach.map((m) => m.textContent).join(''))).toContain('within 24 hours');
  });

  test('the changed clauses come after the highlights, in their own message: marked for this analysis only', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const { registry, restore } = fakeHighlightApi();
    try {
      let recording = 40;
      const base = deps({ paintMode: 'highlight-api' });
      const page = createPageController({ ...base, analyze: async (request) => {
        const answer = await base.analyze(request);
        return answer.ok ? { ok: true, value: { ...answer.value, recording: ++recording } } : answer;
      } });
      await page.start();
      const categories = () => [...registry.keys()].filter((k) => k !== 'clauselens-changed');
      const changed = () => (registry.get('clauselens-changed')?.ranges ?? []).map((r) => r.toString());
      expect(categories().length).toBeGreaterThan(0);
      expect(changed()).toEqual([]);
      const text = analyzeCalls[0].text;
      const start = text.indexOf('within 24 hours');
      expect(start).toBeGreaterThan(0);
      const span = { start, end: start + 'within 24 hours'.length };
      // An older analysis's spans (offsets in another text) are not drawn.
      expect(page.changedSpans(40, [span])).toEqual({ shown: false });
      expect(changed()).toEqual([]);
      const before = new Map(registry);
      expect(page.changedSpans(41, [span])).toEqual({ shown: true });
      expect(changed()).toEqual(['within 24 hours']);
      // Only the changed layer was drawn: the category highlights are the very ones painted before.
      expect(categories().every((k) => registry.get(k) === before.get(k))).toBe(true);
      // Spans that arrive before their reply are kept for it: the next analysis (the page grew) shows them when its reply comes.
      const more = document.createElement('p');
      more.textContent = 'Annex 3. Contact details of the data protection officer.';
      document.body.append(more);
      expect(page.changedSpans(42, [span])).toEqual({ shown: false });
      expect(changed()).toEqual(['within 24 hours']);
      await page.analyzeNow();
      expect(analyzeCalls).toHaveLength(2);
      expect(changed()).toEqual(['within 24 hours']);
      // The same analysis told again that nothing changed: the mark goes.
      expect(page.changedSpans(42, [])).toEqual({ shown: false });
      expect(changed()).toEqual([]);
    } finally {
      controller.abort();
      restore();
    }
  });

  test('text that arrives after load is picked up by the debounced re-check', async () => {
    load(pageHtml('Loading…', '<div id="app"></div>'));
    await createPageController(deps()).start();
    expect(analyzeCalls).toHaveLength(0);
    document.title = 'Data Processing Agreement';
    document.getElementById('app')!.innerHTML = dpaBody();
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0), { timeout: 3000 });
    expect(analyzeCalls).toHaveLength(1);
  });

  test('a page changing every 10 ms (a ticking clock) is painted after its first analysis (issue 17, item 11)', async () => {
    load(pageHtml('Data Processing Agreement', `${dpaBody()}<p id="clock">0</p>`));
    let tick = 0;
    const clock = setInterval(() => {
      document.getElementById('clock')!.textContent = String(++tick);
    }, 10);
    try {
      const slow = deps().analyze;
      const page = createPageController(deps({ analyze: async (request) => {
        await new Promise((r) => setTimeout(r, 40));
        return slow(request);
      } }));
      void page.start();
      await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0), { timeout: 1500 });
    } finally {
      clearInterval(clock);
    }
  });

  test('turning highlighting off for the page restores the DOM; on paints again without re-analysing', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const pristine = document.body.innerHTML;
    const page = createPageController(deps());
    await page.start();
    expect(marks().length).toBeGreaterThan(0);
    expect(page.setHighlighting('page', false)).toEqual({ highlighting: false });
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(pristine);
    page.setHighlighting('page', true);
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0), { timeout: 3000 });
    expect(analyzeCalls).toHaveLength(1);
  });

  test('"analyze anyway" runs on a page the cheap check passed over', async () => {
    load(pageHtml('Sourdough', article));
    const page = createPageController(deps());
    await page.start();
    const outcome = await page.analyzeNow();
    expect(analyzeCalls).toHaveLength(1);
    expect(outcome.detected).toBe(true);
  });

  test('an engine error leaves the page untouched', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const pristine = document.body.innerHTML;
    const outcome = await createPageController(deps({ analyze: async () => ({ ok: false, error: 'boom' }) })).start();
    expect(outcome.detected).toBe(false);
    expect(document.body.innerHTML).toBe(pristine);
  });

  test('invalidation removes every mark', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    await createPageController(deps()).start();
    expect(marks().length).toBeGreaterThan(0);
    controller.abort();
    expect(marks()).toHaveLength(0);
  });
});

describe('painting', () => {
  test('the Highlight API path registers one clauselens- highlight per category', () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const { registry, restore } = fakeHighlightApi();
    const page = extractPageText(document.body);
    const report = goldReport(page, 'frostmoln-dpa');
    const painting = paintReport(document, page, report);
    expect(painting.mode).toBe('highlight-api');
    expect([...registry.keys()].sort()).toEqual([...new Set(report.clauses.map((c) => `clauselens-${c.categories[0]}`))].sort());
    expect(fold(registry.get('clauselens-audit')!.ranges[0].toString())).toContain('at least 30 days');
    painting.clear();
    expect(registry.size).toBe(0);
    restore();
  });

  test('the clauses near the view are painted first; the painting keeps them in text order', () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const added: Range[] = [];
    class FakeHighlight {
      priority = 0;
      add(range: Range) {
        added.push(range);
        return this;
      }
    }
    const view = document.defaultView as unknown as { Highlight?: unknown; innerHeight: number };
    const css = Object.getOwnPropertyDescriptor(view, 'CSS');
    view.Highlight = FakeHighlight;
    Object.defineProperty(view, 'CSS', { value: { highlights: new Map() }, configurable: true });
    const page = extractPageText(document.body);
    const report = goldReport(page, 'frostmoln-dpa');
    expect(report.clauses.length).toBeGreaterThan(4);
    // A layout: each Text node 1000 px below the one before, the view scrolled to the fourth clause's node.
    const nodeOf = (i: number) => rangesFromOffsets(page, report.clauses[i].start, report.clauses[i].end)[0].startContainer;
    const row = (node: Node) => page.nodes.indexOf(node as Text);
    const scroll = row(nodeOf(3)) * 1000;
    const rect = vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = row(this.startContainer) * 1000 - scroll;
      return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
    try {
      const job = startPainting(document, page, report);
      expect(job.step(() => false)).toBe(true);
      // The first clause drawn is the first one not above the screen over the view, not the document's first.
      const drawn = added.map((r) => row(r.startContainer));
      const firstNear = report.clauses.findIndex((_, i) => row(nodeOf(i)) * 1000 - scroll + 20 >= -view.innerHeight);
      expect(firstNear).toBeGreaterThan(0);
      expect(drawn[0]).toBe(row(nodeOf(firstNear)));
      expect(job.painting.clauses.map((c) => c.index)).toEqual(report.clauses.map((_, i) => i));
      // The pointer finds a clause drawn late (above the view) and one drawn first.
      for (const i of [0, firstNear]) {
        const { range } = job.painting.clauses[i];
        expect(job.painting.clauseAt(range.startContainer, range.startOffset)).toBe(i);
      }
    } finally {
      rect.mockRestore();
      delete view.Highlight;
      if (css) Object.defineProperty(view, 'CSS', css);
      else delete (view as { CSS?: unknown }).CSS;
    }
  });

  test('the card names the category, the rule and the deviation of a clause', () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const page = extractPageText(document.body);
    const card = describeClause(goldReport(page, 'frostmoln-dpa'), 0);
    expect(card.categories[0].label).toMatch(/\w/);
    expect(card.reasons[0]).toContain('gold quote');
    expect(card.deviations[0].text).toContain('Test rule');
  });
});

describe('saved highlights in the page', () => {
  const savedMarks = () => [...document.querySelectorAll('mark[data-clauselens-saved]')];

  /** A notebook that keeps what the page saves and places it back by exact quote. */
  function fakeNotebook(initial: SavedHighlight[] = []) {
    const stored = [...initial];
    const notebook: NotebookDeps & { stored: SavedHighlight[]; placeCalls: number } = {
      stored,
      placeCalls: 0,
      hasSaved: async () => stored.length > 0,
      place: async (_url, text) => {
        notebook.placeCalls++;
        const placed = stored.map((h) => {
          const at = text.indexOf(h.selectors.quote.exact);
          return { highlight: h, at: at < 0 ? null : { start: at, end: at + h.selectors.quote.exact.length, method: 'exact' as const } };
        });
        return { ok: true, value: { placed, reveal: null } };
      },
      save: async (_url, _title, items) => {
        const highlights = items.map((item, i) => ({
          id: `h${stored.length + i}`, selectors: item.selectors, category: item.category, note: '', origin: item.origin,
          savedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
        }));
        stored.push(...highlights);
        return { ok: true, value: { highlights, added: highlights.length } };
      },
      update: async (id) => ({ ok: true, value: stored.find((h) => h.id === id)! }),
    };
    return notebook;
  }

  test('an ordinary page with a saved passage is read (not analysed) and the passage drawn', async () => {
    load(pageHtml('Sourdough', article));
    const quote = 'rest the dough for an hour';
    const notebook = fakeNotebook([
      { id: 'a', selectors: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
        category: null, note: 'n', origin: 'selection', savedAt: '', updatedAt: '' },
    ]);
    await createPageController(deps({ notebook })).start();
    expect(analyzeCalls).toHaveLength(0);
    expect(notebook.placeCalls).toBe(1);
    expect(savedMarks().map((m) => m.textContent).join('')).toBe(quote);
  });

  test('a selection is saved with its quote and context, and drawn at once', async () => {
    load(pageHtml('Sourdough', article));
    const notebook = fakeNotebook();
    const page = createPageController(deps({ notebook }));
    await page.start();
    const text = [...document.querySelectorAll('p')][1].firstChild as Text;
    const at = text.data.indexOf('shape it');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 'shape it'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const result = await page.saveSelection();
    expect(result).toMatchObject({ saved: true, reason: null });
    expect(notebook.stored).toHaveLength(1);
    const { quote } = notebook.stored[0].selectors;
    expect(quote.exact).toBe('shape it');
    expect(quote.prefix.endsWith('for three hours, ')).toBe(true);
    expect(quote.suffix.startsWith(', and let it rise')).toBe(true);
    expect(savedMarks().map((m) => m.textContent).join('')).toBe('shape it');
  });

  test('with nothing selected, saving says so and stores nothing', async () => {
    load(pageHtml('Sourdough', article));
    const notebook = fakeNotebook();
    const page = createPageController(deps({ notebook }));
    await page.start();
    getSelection()!.removeAllRanges();
    expect((await page.saveSelection()).saved).toBe(false);
    expect(notebook.stored).toHaveLength(0);
  });

  test('"save all" saves each tagged clause once; a second time adds none', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const notebook = fakeNotebook();
    const page = createPageController(deps({ notebook }));
    await page.start();
    const tagged = goldReport(analyzeCalls[0], 'frostmoln-dpa').clauses.filter((c) => c.categories.length).length;
    expect(await page.saveClauses()).toEqual({ saved: tagged, added: tagged });
    expect(notebook.stored.every((h) => h.origin === 'clause' && h.category !== null)).toBe(true);
    expect(await page.saveClauses()).toEqual({ saved: tagged, added: 0 });
    expect(notebook.stored).toHaveLength(tagged);
  });

  test('a new baseline replaces the report of the same clauses; a report of other text is refused', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const page = createPageController(deps());
    await page.start();
    const report = goldReport(analyzeCalls[0], 'frostmoln-dpa');
    const cards = report.clauses.map((_, i) => describeClause(report, i));
    expect(page.reportChanged({ ...pageReport(report), deviations: 0 }, cards)).toEqual({ updated: true });
    expect(page.reportChanged(pageReport({ ...report, clauses: report.clauses.slice(1) }), cards.slice(1))).toEqual({ updated: false });
  });
});

describe('focus, legend and keyboard', () => {
  /** The analysis answers with a category choice, as the background does with the legend's stored choice. */
  const focusDeps = (shown: Category[]) =>
    deps({
      analyze: async ({ plain }) => {
        analyzeCalls.push(plain);
        const report = goldReport(plain, 'frostmoln-dpa');
        return { ok: true, value: replyFor({ report, siteHighlighting: true, cards: report.clauses.map((_, i) => describeClause(report, i)), saved: { placed: [], reveal: null }, shown }) };
      },
    });

  test('only the shown categories are painted; the legend changes them without re-analysing', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const page = createPageController(focusDeps(['breach-notification']));
    await page.start();
    const painted = new Set(marks().map((m) => m.getAttribute('data-clauselens-category')));
    expect([...painted]).toEqual(['breach-notification']);
    const report = goldReport(analyzeCalls[0], 'frostmoln-dpa');
    const all = new Set(report.clauses.flatMap((c) => c.categories));
    expect(all.size).toBeGreaterThan(2);
    const answer = await page.setCategories([...all]);
    expect(answer.painted).toBe(report.clauses.length);
    expect(new Set(marks().map((m) => m.getAttribute('data-clauselens-category')))).toEqual(all);
    expect((await page.setCategories([])).painted).toBe(0);
    expect(marks()).toHaveLength(0);
    expect(analyzeCalls).toHaveLength(1);
  });

  test('a clause in two categories gets one tint: its first shown category', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    let shownOne: Category | null = null;
    const page = createPageController(
      deps({
        analyze: async ({ plain }) => {
          const base = goldReport(plain, 'frostmoln-dpa');
          const first = base.clauses[0].categories[0];
          const other: Category = first === 'audit' ? 'liability' : 'audit';
          const clauses = base.clauses.map((c, i) => (i === 0 ? { ...c, categories: [first, other] } : c));
          const report = { ...base, clauses };
          shownOne = other;
          return { ok: true, value: replyFor({ report, siteHighlighting: true, cards: [], saved: { placed: [], reveal: null }, shown: [other] }) };
        },
      }),
    );
    await page.start();
    const clause0 = document.querySelectorAll('mark[data-clauselens-clause="0"]');
    expect(clause0.length).toBeGreaterThan(0);
    for (const m of clause0) {
      expect(m.getAttribute('data-clauselens-category')).toBe(shownOne);
      expect(m.getAttribute('data-clauselens-categories')!.split(' ')).toHaveLength(2);
    }
    // One <mark> per piece of text: no second layer over the same words.
    expect(document.querySelectorAll('mark mark')).toHaveLength(0);
  });

  test('Alt+Shift+N and Alt+Shift+P walk the highlights in document order and open the card', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody()));
    const page = createPageController(deps());
    await page.start();
    const total = page.painting!.clauses.length;
    const press = (code: 'KeyN' | 'KeyP') => document.body.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true }));
    const focusedClause = () => document.querySelector('mark[data-clauselens-focus]')?.getAttribute('data-clauselens-clause');
    press('KeyN');
    const first = Number(focusedClause());
    press('KeyN');
    expect(Number(focusedClause())).toBeGreaterThan(first);
    press('KeyP');
    expect(Number(focusedClause())).toBe(first);
    // The card is on the page (in its closed shadow root, so only its host is visible from here).
    const host = document.querySelector('clauselens-card') as HTMLElement;
    expect(host.style.display).toBe('block');
    // From the last one, next wraps to the first.
    const moves = [...Array(total)].map(() => page.moveHighlight(1).position);
    expect(new Set(moves).size).toBe(total);
    // Escape closes the card and drops the outline.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.style.display).toBe('none');
    expect(focusedClause()).toBeUndefined();
  });

  test('the keys are left alone while the reader types in a field', async () => {
    load(pageHtml('Data Processing Agreement', dpaBody() + '<input id="q">'));
    const page = createPageController(deps());
    await page.start();
    const input = document.getElementById('q')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    expect(document.querySelector('mark[data-clauselens-focus]')).toBeNull();
    expect(page.painting!.clauses.length).toBeGreaterThan(0);
  });
});
