// Saving from a page whose report is known files the highlight under its clause's name, and the document under
// its vendor and stated date (issue 19): what the side panel, the memo and the CSV then show.
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../lib/extension/background/context';
import { pageHandlers } from '../../lib/extension/background/page-handlers';
import { readNotebook } from '../../lib/extension/notebook-store';
import { describeSpan } from '../../lib/notebook/anchor';

beforeEach(() => fakeBrowser.reset());

const FROSTMOLN = readFileSync('test/fixtures/seeds/frostmoln-dpa.txt', 'utf8');
const sender = { tabId: 7, url: 'https://frostmoln.example/legal/dpa', extensionPage: false };
const span = (exact: string) => {
  const start = FROSTMOLN.indexOf(exact);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeSpan(FROSTMOLN, start, start + exact.length);
};

test('a selection and a clause saved from an analyzed page carry their clause; the document its vendor and date', async () => {
  const bg = createBackground();
  const handlers = pageHandlers(bg);
  await handlers.analyzePage!({ plain: { text: FROSTMOLN, title: 'Frostmoln DPA', hints: null }, forced: false }, sender);
  // The page's title leads with the vendor's name, which wins over the parties clause (the tab's report, which the popup reads).
  expect((await bg.tabs.load(sender.tabId))?.report?.vendor).toEqual({ name: 'Frostmoln', source: 'document' });
  const items = [
    { selectors: span('within 24 hours, after becoming aware of a personal data breach'), origin: 'selection' as const, category: null },
    { selectors: span('at least 30 days before adding or replacing a sub-processor'), origin: 'clause' as const, category: null },
  ];
  await handlers.saveHighlights!({ title: 'Frostmoln DPA', items }, sender);
  const [doc] = (await readNotebook()).notebook.documents;
  expect(doc).toMatchObject({ vendor: 'Frostmoln', stated: '2026-03-18' });
  expect(doc.highlights.map((h) => h.clauseRef)).toEqual(['Clause 8 · Personal Data Breach Notification', 'Clause 5 · Sub-processors']);
});

test('a save from a page that was never analyzed has no clause name rather than a guessed one', async () => {
  const handlers = pageHandlers(createBackground());
  await handlers.saveHighlights!({ title: 'Frostmoln DPA', items: [{ selectors: span('at least 30 days before adding'), origin: 'selection', category: null }] }, sender);
  const [doc] = (await readNotebook()).notebook.documents;
  expect(doc.highlights[0].clauseRef).toBeUndefined();
  expect(doc.vendor).toBeUndefined();
});

test('a highlight saved without a clause name gets it on the next visit that reads the page; a named one keeps its own', async () => {
  const handlers = pageHandlers(createBackground());
  // Saved before the page was analyzed (so with no name), and one named by the reader's earlier version.
  await handlers.saveHighlights!({ title: 'Frostmoln DPA', items: [{ selectors: span('at least 30 days before adding'), origin: 'selection', category: null }] }, sender);
  const before = (await readNotebook()).notebook.documents[0].highlights[0];
  expect(before.clauseRef).toBeUndefined();
  const analysis = await handlers.analyzePage!({ plain: { text: FROSTMOLN, title: 'Frostmoln DPA', hints: null }, forced: false }, sender);
  const after = (await readNotebook()).notebook.documents[0].highlights[0];
  expect(after.clauseRef).toBe('Clause 5 · Sub-processors');
  // Nothing the reader wrote changes, not even the dates; the page is told the name at once.
  expect({ ...after, clauseRef: undefined }).toEqual({ ...before, clauseRef: undefined });
  expect(analysis.saved.placed[0].highlight.clauseRef).toBe('Clause 5 · Sub-processors');
  // A second visit writes nothing more.
  const stored = JSON.stringify((await readNotebook()).notebook);
  await handlers.analyzePage!({ plain: { text: FROSTMOLN, title: 'Frostmoln DPA', hints: null }, forced: false }, sender);
  expect(JSON.stringify((await readNotebook()).notebook)).toBe(stored);
});
