import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasSavedHighlights, loadNotebook, saveNotebook, setAsideItem } from '../../lib/extension/notebook-store';
import { parseNotebookJson, type Notebook } from '../../lib/notebook/notebook';

const good = (() => {
  const parsed = parseNotebookJson(readFileSync('test/fixtures/notebook/good-export.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.notebook;
})();

describe('notebook storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('an empty browser reads as an empty notebook', async () => {
    expect(await loadNotebook()).toEqual({ documents: [] });
  });

  test('a saved notebook reads back, with its version and the page index content scripts read', async () => {
    await saveNotebook(good);
    expect(await loadNotebook()).toEqual(good);
    expect(await fakeBrowser.storage.local.get('notebook$')).toEqual({ notebook$: { v: 1 } });
    const { notebookPages } = await fakeBrowser.storage.local.get('notebookPages');
    expect(notebookPages).toEqual(good.documents.map((d) => d.key));
    expect(await hasSavedHighlights(`${good.documents[0].url}#section-8`)).toBe(true);
    expect(await hasSavedHighlights('https://elsewhere.example/privacy')).toBe(false);
  });

  test('a value stored before versioning (no version record) is read as version 1', async () => {
    await fakeBrowser.storage.local.set({ notebook: JSON.parse(JSON.stringify(good)) });
    expect(await loadNotebook()).toEqual(good);
  });

  test.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['documents not a list', { documents: 'nope' }],
  ])('a corrupted notebook (%s) is set aside and reads as empty, without throwing', async (_name, value) => {
    await fakeBrowser.storage.local.set({ notebook: value });
    expect(await loadNotebook()).toEqual({ documents: [] });
    const aside = await setAsideItem.getValue();
    expect(aside).toHaveLength(1);
    expect(aside[0].value).toEqual(value);
    expect(aside[0].reason).toBeTruthy();
  });

  test('one damaged highlight is set aside; the rest of the notebook is kept, written back repaired, and not set aside twice', async () => {
    const damaged = JSON.parse(JSON.stringify(good)) as Notebook & { documents: { highlights: unknown[] }[] };
    damaged.documents[0].highlights.push({ id: 'broken', selectors: { quote: {} } });
    await fakeBrowser.storage.local.set({ notebook: damaged });
    expect(await loadNotebook()).toEqual(good);
    expect(await setAsideItem.getValue()).toHaveLength(1);
    expect(((await fakeBrowser.storage.local.get('notebook')).notebook as Notebook).documents[0].highlights).toHaveLength(good.documents[0].highlights.length);
    await loadNotebook();
    expect(await setAsideItem.getValue()).toHaveLength(1);
  });
});
