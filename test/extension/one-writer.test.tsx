// @vitest-environment happy-dom
// The background is the notebook's one writer: the side panel sends operations, and Undo puts back only what its
// operation removed, in the notebook as it is when the undo runs (issue 17, item 1).
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import SidePanelApp, { type SidePanelDeps } from '../../components/sidepanel/SidePanelApp';
import { createBackground } from '../../lib/extension/background/context';
import { notebookHandlers } from '../../lib/extension/background/notebook-handlers';
import { pageHandlers } from '../../lib/extension/background/page-handlers';
import { readNotebook, readSetAside, watchNotebook } from '../../lib/extension/notebook-store';
import type { BackgroundProtocol, Handlers, SaveRequest } from '../../lib/extension/protocol';
import { exportJson } from '../../lib/notebook/notebook';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** "Save all" on a page: one save request per sentence of a real DPA (the way the page sends its clauses). */
function clausesOf(file: string, count: number): SaveRequest[] {
  const text = readFileSync(`test/fixtures/seeds/${file}`, 'utf8');
  const sentences = [...text.matchAll(/[A-Z][^.\n]{40,200}\./g)].slice(0, count);
  return sentences.map((m) => ({
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: m[0], prefix: text.slice(Math.max(0, m.index - 32), m.index), suffix: text.slice(m.index + m[0].length, m.index + m[0].length + 32) },
      position: { type: 'TextPositionSelector', start: m.index, end: m.index + m[0].length },
    },
    origin: 'clause',
    category: null,
  }));
}

function background() {
  const bg = createBackground();
  const handlers: Handlers<BackgroundProtocol> = { ...pageHandlers(bg), ...notebookHandlers(bg) };
  return {
    saveAll: (tabId: number, url: string, items: SaveRequest[]) => handlers.saveHighlights!({ title: url, items }, { tabId, url, extensionPage: false }),
    deps: {
      load: async () => (await readNotebook()).notebook,
      watch: watchNotebook,
      change: async (operation) => {
        try {
          return { ok: true, value: await handlers.changeNotebook!(operation, { tabId: null, url: 'chrome-extension://clauselens/sidepanel.html', extensionPage: true }) };
        } catch (e) {
          return { ok: false, error: String(e) };
        }
      },
      open: async () => ({ ok: true, value: null }),
      activePage: async () => null,
      onActivePageChange: () => () => undefined,
      download: () => undefined,
      setAside: readSetAside,
      now: () => new Date(),
    } satisfies SidePanelDeps,
  };
}

const stored = async () => (await readNotebook()).notebook.documents.flatMap((d) => d.highlights.map((h) => `${d.key} ${h.selectors.quote.exact}`));
const items = () => document.querySelectorAll('.saved-item');

describe('undo in the side panel', () => {
  test('save all on A, delete one in the panel, save all on B, undo: B is kept and A is whole again', async () => {
    const bg = background();
    const pageA = clausesOf('frostmoln-dpa.txt', 6);
    const pageB = clausesOf('infracom-dpa.txt', 8);
    await bg.saveAll(1, 'https://frostmoln.example/dpa', pageA);
    const afterA = await stored();
    render(<SidePanelApp deps={bg.deps} />);
    await waitFor(() => expect(items()).toHaveLength(pageA.length));

    fireEvent.click(within(items()[0] as HTMLElement).getByRole('button', { name: /^Delete highlight/ }));
    await screen.findByText('Highlight deleted.');
    await waitFor(async () => expect(await stored()).toHaveLength(pageA.length - 1));

    // Another tab saves meanwhile; the panel hears of it through storage.
    await bg.saveAll(2, 'https://infracom.example/dpa', pageB);
    await waitFor(() => expect(items()).toHaveLength(pageA.length - 1 + pageB.length));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored.');
    const after = await stored();
    expect(after).toHaveLength(pageA.length + pageB.length);
    expect(after).toEqual(expect.arrayContaining(afterA));
    await waitFor(() => expect(items()).toHaveLength(pageA.length + pageB.length));
  });

  test('undo of a deleted document and of an import act on the current notebook too', async () => {
    const bg = background();
    await bg.saveAll(1, 'https://frostmoln.example/dpa', clausesOf('frostmoln-dpa.txt', 3));
    const first = await readNotebook();
    const file = exportJson(first.notebook, new Date());
    await fakeBrowser.storage.local.clear();
    await bg.saveAll(1, 'https://infracom.example/dpa', clausesOf('infracom-dpa.txt', 4));

    const imported = await bg.deps.change({ op: 'import', text: file });
    expect(imported.ok && imported.value.imported?.added).toBe(3);
    await bg.saveAll(2, 'https://cloudmqtt.example/dpa', clausesOf('cloudmqtt-dpa.txt', 2));
    if (!imported.ok || !imported.value.undo) throw new Error('the import has no undo');
    await bg.deps.change({ op: 'undo', undo: imported.value.undo });
    // The import is gone; what was there before it and what was saved after it stay.
    expect((await readNotebook()).notebook.documents.map((d) => [d.key, d.highlights.length])).toEqual([
      ['https://infracom.example/dpa', 4],
      ['https://cloudmqtt.example/dpa', 2],
    ]);

    const deleted = await bg.deps.change({ op: 'deleteDocument', key: 'https://infracom.example/dpa' });
    await bg.saveAll(3, 'https://frostmoln.example/dpa', clausesOf('frostmoln-dpa.txt', 1));
    if (!deleted.ok || !deleted.value.undo) throw new Error('the delete has no undo');
    await bg.deps.change({ op: 'undo', undo: deleted.value.undo });
    expect((await readNotebook()).notebook.documents.map((d) => [d.key, d.highlights.length])).toEqual([
      ['https://cloudmqtt.example/dpa', 2],
      ['https://frostmoln.example/dpa', 1],
      ['https://infracom.example/dpa', 4],
    ]);
  });

  test('an undo the panel forged is checked like an import: a damaged document is refused', async () => {
    const bg = background();
    const answer = await bg.deps.change({ op: 'undo', undo: { restore: [{ url: 42 } as never], remove: [], revert: [] } });
    expect(answer.ok).toBe(false);
    expect((await readNotebook()).notebook.documents).toEqual([]);
  });
});
