// Message handlers check their sender and their payload; addresses are accepted only as web pages, files or the
// reader page, on save and on import (issue 17, items 4 and 5). The e2e side is test/e2e/trust.test.ts.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../lib/extension/background/context';
import { notebookHandlers } from '../../lib/extension/background/notebook-handlers';
import { pageHandlers } from '../../lib/extension/background/page-handlers';
import { readNotebook } from '../../lib/extension/notebook-store';
import { BACKGROUND_AUDIENCE, createHandler, refusal, type BackgroundProtocol, type Handlers, type RawSender, type Sender } from '../../lib/extension/protocol';
import { parseNotebookJson } from '../../lib/notebook/notebook';
import { addressProblem } from '../../lib/notebook/pagekey';

const SELF = { id: 'clauselens-id', origin: 'chrome-extension://clauselens-id/' };
const contentScript: RawSender = { id: SELF.id, url: 'https://vendor.example/dpa', frameId: 0, tab: { id: 7, url: 'https://vendor.example/dpa' } };
const subframe: RawSender = { ...contentScript, frameId: 3, url: 'https://ads.example/frame' };
const sidePanel: RawSender = { id: SELF.id, url: `${SELF.origin}sidepanel.html` };
const optionsInTab: RawSender = { id: SELF.id, url: `${SELF.origin}options.html`, frameId: 0, tab: { id: 9, url: `${SELF.origin}options.html` } };
const readerInTab: RawSender = { id: SELF.id, url: `${SELF.origin}reader.html?file=x`, frameId: 0, tab: { id: 11 } };
const otherExtension: RawSender = { ...sidePanel, id: 'someone-else' };

beforeEach(() => fakeBrowser.reset());

describe('who may send what', () => {
  test.each([
    ['a content script', contentScript, { page: null, surface: 'refused', both: null }],
    ['a subframe of a page', subframe, { page: 'refused', surface: 'refused', both: 'refused' }],
    ['the side panel', sidePanel, { page: 'refused', surface: null, both: null }],
    ['the options page open in a tab', optionsInTab, { page: null, surface: null, both: null }],
    ['the reader page in a tab', readerInTab, { page: null, surface: null, both: null }],
    ['another extension', otherExtension, { page: 'refused', surface: 'refused', both: 'refused' }],
  ] as const)('%s', (_name, sender, expected) => {
    for (const audience of ['page', 'surface', 'both'] as const) {
      expect(refusal(audience, sender, SELF) === null ? null : 'refused', audience).toBe(expected[audience]);
    }
  });

  test('every background message declares its audience, and popup / side-panel messages refuse content scripts', () => {
    const surface = Object.entries(BACKGROUND_AUDIENCE).filter(([, a]) => a === 'surface').map(([k]) => k);
    expect(surface).toEqual(expect.arrayContaining(['getTabState', 'setHighlighting', 'analyzeTab', 'saveAllClauses', 'changeNotebook', 'changeBaselines', 'openSaved']));
  });

  test('a refused message never reaches its handler', async () => {
    const getTabState = vi.fn(() => null);
    const listener = createHandler<BackgroundProtocol>({ getTabState }, { audience: BACKGROUND_AUDIENCE, self: () => SELF });
    const answer = await new Promise((resolve) => listener({ clauselens: 1, type: 'getTabState', data: { tabId: 1 } }, contentScript, resolve));
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^refused/) });
    expect(getTabState).not.toHaveBeenCalled();
  });

  test("an inherited name is no message (no handler for 'constructor' or 'toString')", () => {
    const listener = createHandler<BackgroundProtocol>({}, { audience: BACKGROUND_AUDIENCE, self: () => SELF });
    expect(listener({ clauselens: 1, type: 'constructor', data: {} }, sidePanel, () => undefined)).toBeUndefined();
  });
});

function handlers(): Handlers<BackgroundProtocol> {
  const bg = createBackground();
  return { ...pageHandlers(bg), ...notebookHandlers(bg) };
}
const page = (url: string, tabId = 7): Sender => ({ tabId, url, extensionPage: false });
const selectors = { quote: { type: 'TextQuoteSelector' as const, exact: 'within 72 hours', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 10, end: 25 } };

describe('what a page may do', () => {
  test('a save is filed under the address the browser gives, whatever the payload says', async () => {
    const h = handlers();
    const payload = { url: 'https://bank.example/account', title: 'DPA', items: [{ selectors, origin: 'clause', category: null }] };
    await h.saveHighlights!(payload as never, page('https://vendor.example/dpa'));
    expect((await readNotebook()).notebook.documents.map((d) => d.url)).toEqual(['https://vendor.example/dpa']);
  });

  test.each([
    ['selectors that are not selectors', [{ selectors: 'x', origin: 'clause', category: null }]],
    ['an unknown origin', [{ selectors, origin: 'script', category: null }]],
    ['an unknown category', [{ selectors, origin: 'clause', category: '__proto__' }]],
    ['a note that is not text', [{ selectors, origin: 'clause', category: null, note: { html: '<b>' } }]],
    ['items that are not a list', 'everything'],
  ])('a save with %s is refused and nothing is stored', async (_name, items) => {
    const h = handlers();
    await expect(h.saveHighlights!({ title: 'DPA', items } as never, page('https://vendor.example/dpa'))).rejects.toThrow();
    expect((await readNotebook()).notebook.documents).toEqual([]);
  });

  test('a page may change the note of its own highlights only', async () => {
    const h = handlers();
    const { highlights } = await h.saveHighlights!({ title: 'A', items: [{ selectors, origin: 'clause', category: null }] }, page('https://a.example/dpa'));
    const id = highlights[0].id;
    await expect(h.updateHighlight!({ id, note: 'pwned' }, page('https://b.example/dpa', 8))).rejects.toThrow(/not one of this page/);
    expect((await h.updateHighlight!({ id, note: 'mine' }, page('https://a.example/dpa#s2'))).note).toBe('mine');
    expect((await h.updateHighlight!({ id, note: 'from the panel' }, { tabId: null, url: 'chrome-extension://x/sidepanel.html', extensionPage: true })).note).toBe('from the panel');
  });
});

describe('addresses', () => {
  test.each([
    ['https://vendor.example/dpa', null],
    ['http://127.0.0.1:8080/privacy?lang=sv', null],
    ['file:///home/me/dpa.html', null],
    ['chrome-extension://abcdef/reader.html?file=https%3A%2F%2Fv.example%2Fdpa.pdf', null],
    ['moz-extension://6a1c4f0e/reader.html', null],
    ['javascript:alert(document.domain)', 'refused'],
    ['data:text/html,<script>alert(1)</script>', 'refused'],
    ['chrome://settings/', 'refused'],
    ['view-source:https://vendor.example/dpa', 'refused'],
    ['chrome-extension://abcdef/options.html', 'refused'],
    ['about:blank', 'refused'],
    ['vendor.example/dpa', 'refused'],
  ])('%s', (url, expected) => {
    expect(addressProblem(url) === null ? null : 'refused').toBe(expected);
  });

  test.each(['data:text/html,<script>alert(1)</script>', 'javascript:alert(1)', 'chrome://settings/', 'view-source:https://x.example/'])(
    'an import with a %s address is refused with its path',
    (url) => {
      const file = JSON.parse(readFileSync('test/fixtures/notebook/good-export.json', 'utf8'));
      file.documents[1].url = url;
      const parsed = parseNotebookJson(JSON.stringify(file));
      expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/^documents\[1\]\.url: /) });
    },
  );

  test('a page at a refused address cannot save', async () => {
    const h = handlers();
    await expect(h.saveHighlights!({ title: 'x', items: [{ selectors, origin: 'selection', category: null }] }, page('chrome-extension://abcdef/options.html'))).rejects.toThrow(/does not save/);
  });
});
