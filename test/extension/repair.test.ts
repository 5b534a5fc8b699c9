// A damaged document is moved aside in the same storage write that repairs the notebook: the repair never needs more
// room than the damaged entry takes, so a nearly full storage stays usable (issue 17, item 2).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotebookWriter } from '../../lib/extension/background/writer';
import { loadNotebook, readNotebook, readSetAside, setAsideItem } from '../../lib/extension/notebook-store';
import { addHighlight, snapshotOf, type Notebook } from '../../lib/notebook/notebook';

/** The browser's quota rule: a write is refused when storage would hold more than `quota` bytes after it. */
function enforceQuota(quota: number) {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  local.set = async (items: Record<string, unknown>) => {
    const after = { ...(await local.get(null)), ...items };
    const bytes = Object.entries(after).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
    if (bytes > quota) throw new Error(`Resource::kQuotaBytes quota exceeded (${bytes} > ${quota})`);
    return set(items);
  };
}

/** A notebook of `docs` documents, each with `perDoc` long highlights (real-sized clauses). */
function bigNotebook(docs: number, perDoc: number): Notebook {
  let nb: Notebook = { documents: [] };
  const clause = 'The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach. ';
  for (let d = 0; d < docs; d++) {
    for (let h = 0; h < perDoc; h++) {
      const exact = `${clause.repeat(8)}(${d}.${h})`;
      nb = addHighlight(nb, snapshotOf(`https://vendor${d}.example/dpa`, `Vendor ${d} DPA`, null), {
        selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: h * 1000, end: h * 1000 + exact.length } },
        category: null, note: '', origin: 'clause',
      }, new Date('2026-01-01T00:00:00Z')).notebook;
    }
  }
  return nb;
}

beforeEach(() => fakeBrowser.reset());

describe('repairing a nearly full notebook', () => {
  test('one large document with a damaged url is set aside without running out of room; reads and saves go on', async () => {
    // Like the report: a 5.8 MB notebook in 10 MB, one document of 5.7 MB damaged (here scaled by 1/10).
    const nb = bigNotebook(2, 1);
    const big = bigNotebook(1, 600).documents[0];
    const stored = JSON.parse(JSON.stringify({ documents: [{ ...big, url: 12345 }, ...nb.documents] }));
    await fakeBrowser.storage.local.set({ notebook: stored });
    const size = JSON.stringify(stored).length;
    expect(size).toBeGreaterThan(550_000);
    enforceQuota(1_000_000);

    // The side panel reads (nothing written) and sees the good documents and the damaged one offered for export.
    expect((await readNotebook()).notebook.documents).toHaveLength(2);
    expect(await readSetAside()).toHaveLength(1);

    // The background repairs: the damaged document moves to the set-aside list in one write.
    expect((await loadNotebook()).documents).toHaveLength(2);
    const raw = await fakeBrowser.storage.local.get(null);
    expect((raw.notebook as Notebook).documents).toHaveLength(2);
    const aside = await setAsideItem.getValue();
    expect(aside).toHaveLength(1);
    expect(aside[0].reason).toMatch(/url/);
    expect((aside[0].value as { highlights: unknown[] }).highlights).toHaveLength(600);

    // And the next save works.
    const mutate = createNotebookWriter();
    const added = await mutate((current) => {
      const r = addHighlight(current, snapshotOf('https://new.example/privacy', 'New', null), {
        selectors: { quote: { type: 'TextQuoteSelector', exact: 'We keep logs for 30 days.', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 25 } },
        category: null, note: '', origin: 'selection',
      }, new Date());
      return { notebook: r.notebook, value: r.added };
    });
    expect(added).toBe(true);
    expect((await readNotebook()).notebook.documents).toHaveLength(3);
  });

  test('when the browser refuses even the repair, reading still works and the damaged entry is not lost by the next write', async () => {
    const nb = bigNotebook(1, 1);
    await fakeBrowser.storage.local.set({ notebook: JSON.parse(JSON.stringify({ documents: [{ ...nb.documents[0], url: 7 }, ...bigNotebook(1, 2).documents] })) });
    let refuse = true;
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    local.set = async (items: Record<string, unknown>) => {
      if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    // The refused repair is reported on the console (said here, so a passing run prints no stack trace).
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await loadNotebook()).documents).toHaveLength(1);
    expect(logged).toHaveBeenCalledWith('ClauseLens: could not write the repaired notebook yet', expect.objectContaining({ message: 'QUOTA_BYTES quota exceeded' }));
    logged.mockRestore();
    refuse = false;
    const mutate = createNotebookWriter();
    await mutate((current) => ({ notebook: { documents: current.documents.slice(0, 0) }, value: null }));
    expect(await setAsideItem.getValue()).toHaveLength(1);
  });
});

describe('damaged small keys (issue 17, item 7)', () => {
  test.each([
    ['the saved-pages index', { notebookPages: {} }],
    ['the highlight-off sites', { highlightOffSites: {} }],
    ['both, as strings', { notebookPages: 'x', highlightOffSites: 'example.com' }],
  ])('%s stored as a non-list: pages are still analyzed, and the keys are repaired', async (_name, damage) => {
    const { createBackground } = await import('../../lib/extension/background/context');
    const { pageHandlers } = await import('../../lib/extension/background/page-handlers');
    const { repairStores } = await import('../../lib/extension/background/repair');
    const bg = createBackground();
    const handlers = pageHandlers(bg);
    const selectors = { quote: { type: 'TextQuoteSelector' as const, exact: 'within 72 hours', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 3, end: 18 } };
    const sender = { tabId: 4, url: 'https://vendor.example/dpa', extensionPage: false };
    await handlers.saveHighlights!({ title: 'DPA', items: [{ selectors, origin: 'clause', category: null }] }, sender);
    await fakeBrowser.storage.local.set(damage);

    const plain = { text: 'We notify within 72 hours of a personal data breach.', title: 'DPA', hints: null };
    const analysis = await handlers.analyzePage!({ plain, forced: true }, sender);
    // Analysis goes on; with the index damaged the page's highlights wait for the repair, which rebuilds it.
    const indexDamaged = 'notebookPages' in damage;
    expect(analysis.report.clauses.length).toBeGreaterThan(0);
    expect(analysis.saved.placed).toHaveLength(indexDamaged ? 0 : 1);
    expect(await handlers.hasSaved!({}, sender)).toBe(!indexDamaged);

    const repaired = await repairStores(bg.mutate);
    expect(repaired.sort()).toEqual(Object.keys(damage).sort());
    const raw = await fakeBrowser.storage.local.get(['notebookPages', 'highlightOffSites']);
    expect(raw.notebookPages).toEqual(['https://vendor.example/dpa']);
    if ('highlightOffSites' in damage) expect(raw.highlightOffSites).toEqual([]);
    expect(await handlers.hasSaved!({}, sender)).toBe(true);
    expect((await handlers.analyzePage!({ plain, forced: true }, sender)).saved.placed).toHaveLength(1);
  });
});
