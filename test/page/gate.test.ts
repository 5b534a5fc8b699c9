// @vitest-environment happy-dom
// The gate that runs on every page: what it reads, when it looks again, and that it asks for the in-page code once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startGate, type GateDeps } from '../../lib/page/gate';
import { createRechecker, MAX_WAIT_MS, QUICK_CHECKS, QUICK_MS, textMayHaveChanged } from '../../lib/page/recheck';
import { mightBePolicy, type PrefilterResult } from '../../lib/engine/detect/prefilter';
import { readInput } from '../../lib/engine/text/input';
import { documentHtml, pageHtml } from '../e2e/pages';

const seed = (name: string) => readFileSync(resolve('test/fixtures/seeds', `${name}.txt`), 'utf8');
const article = readFileSync(resolve('test/fixtures/dom/article.html'), 'utf8');

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

let controller: AbortController;
let found: PrefilterResult[];
const deps = (over: Partial<GateDeps> = {}): GateDeps => ({
  doc: document,
  mightBePolicy,
  found: (r) => found.push(r),
  now: () => performance.now(),
  signal: controller.signal,
  debounceMs: 20,
  ...over,
});

beforeEach(() => {
  controller = new AbortController();
  found = [];
});
afterEach(() => controller.abort());

describe('the gate', () => {
  test('an ordinary article is looked at once and nothing is asked for', async () => {
    load(article);
    const gate = startGate(deps());
    expect(gate.checks).toBe(1);
    expect(gate.verdict?.likely).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(found).toEqual([]);
  });

  test('a DPA asks for the in-page code at once, and only once', async () => {
    load(pageHtml('Data Processing Agreement', documentHtml(readInput(seed('frostmoln-dpa'), 'text'))));
    const gate = startGate(deps());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ likely: true, kind: 'dpa' });
    // Later changes are the in-page code's business: the gate has stopped watching.
    document.body.append(document.createElement('p'));
    document.body.lastElementChild!.textContent = 'More text.';
    await new Promise((r) => setTimeout(r, 100));
    expect(found).toHaveLength(1);
    expect(gate.checks).toBe(1);
  });

  test('a privacy policy whose text arrives after load is found by a quick re-check', async () => {
    load(pageHtml('Loading…', '<div id="app"></div>'));
    const gate = startGate(deps({ debounceMs: 500 }));
    expect(found).toEqual([]);
    const t = performance.now();
    document.getElementById('app')!.innerHTML = documentHtml(readInput(seed('infrasec-privacy-policy'), 'text'));
    await vi.waitFor(() => expect(found).toHaveLength(1), { timeout: 2000 });
    // Quick (about 50 ms), not the 500 ms debounce.
    expect(performance.now() - t).toBeLessThan(400);
    expect(found[0].kind).toBe('privacy-policy');
    expect(gate.checks).toBe(2);
  });

  test('whitespace-only changes do not make it look again', async () => {
    load(article);
    const gate = startGate(deps());
    document.body.append(document.createTextNode('\n  '));
    await new Promise((r) => setTimeout(r, 150));
    expect(gate.checks).toBe(1);
  });

  test('once stopped it neither looks again nor asks', async () => {
    load(pageHtml('Loading…', '<div id="app"></div>'));
    const gate = startGate(deps());
    controller.abort();
    document.getElementById('app')!.innerHTML = documentHtml(readInput(seed('frostmoln-dpa'), 'text'));
    await new Promise((r) => setTimeout(r, 150));
    expect(gate.checks).toBe(1);
    expect(found).toEqual([]);
  });
});

describe('re-check timing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const rechecker = (quick: boolean) => {
    const runs: number[] = [];
    const r = createRechecker({ run: () => runs.push(Date.now()), now: () => Date.now(), signal: controller.signal, debounceMs: 500, quick: () => quick });
    return { r, runs };
  };

  test('the first checks of a page not yet recognised are quick, then the debounce applies', () => {
    const { r, runs } = rechecker(true);
    for (let i = 0; i < QUICK_CHECKS; i++) {
      r.schedule();
      vi.advanceTimersByTime(QUICK_MS);
      expect(runs).toHaveLength(i + 1);
    }
    r.schedule();
    vi.advanceTimersByTime(QUICK_MS);
    expect(runs).toHaveLength(QUICK_CHECKS);
    vi.advanceTimersByTime(500 - QUICK_MS);
    expect(runs).toHaveLength(QUICK_CHECKS + 1);
  });

  test('a page that never goes quiet is still checked by the deadline, and ever less often', () => {
    const { r, runs } = rechecker(false);
    const start = Date.now();
    // A change every 100 ms, for 20 s: the debounce alone would never fire.
    for (let t = 0; t < 20_000; t += 100) {
      r.schedule();
      vi.advanceTimersByTime(100);
    }
    const gaps = runs.map((t, i) => t - (i ? runs[i - 1] : start));
    expect(gaps[0]).toBe(MAX_WAIT_MS);
    expect(gaps[1]).toBe(2 * MAX_WAIT_MS);
    expect(gaps[2]).toBe(4 * MAX_WAIT_MS);
    expect(runs.length).toBe(3);
  });

  test('cancelled by the abort signal', () => {
    const { r, runs } = rechecker(true);
    r.schedule();
    controller.abort();
    vi.advanceTimersByTime(5000);
    expect(runs).toEqual([]);
  });
});

describe('which mutations count', () => {
  test('whitespace text and ignored nodes do not; other nodes, text edits and attributes do', () => {
    const text = (data: string) => document.createTextNode(data);
    const el = document.createElement('p');
    const childList = (added: Node[]) => ({ type: 'childList', target: document.body, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(textMayHaveChanged([childList([text(' \n ')])])).toBe(false);
    expect(textMayHaveChanged([childList([text('Hello')])])).toBe(true);
    expect(textMayHaveChanged([childList([el])])).toBe(true);
    expect(textMayHaveChanged([childList([el])], (n) => n === el)).toBe(false);
    expect(textMayHaveChanged([{ type: 'attributes', target: el } as unknown as MutationRecord])).toBe(true);
    expect(textMayHaveChanged([{ type: 'characterData', target: text('x') } as unknown as MutationRecord])).toBe(true);
  });
});
