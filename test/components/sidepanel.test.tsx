// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import SidePanelApp, { type SidePanelDeps } from '../../components/sidepanel/SidePanelApp';
import { parseNotebookJson, type Notebook } from '../../lib/notebook/notebook';
import { applyOperation, type NotebookOperation } from '../../lib/notebook/operations';

afterEach(cleanup);

const fixture = (name: string) => readFileSync(`test/fixtures/notebook/${name}`, 'utf8');
const stored = (() => {
  const parsed = parseNotebookJson(fixture('good-export.json'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.notebook;
})();
const allQuotes = stored.documents.flatMap((d) => d.highlights.map((h) => h.selectors.quote.exact));

/** The panel's browser, with `save` standing for the background writer's storage write (it applies each operation to `current`). */
function deps(notebook: Notebook, over: Partial<SidePanelDeps> & { save?: (nb: Notebook) => Promise<void> } = {}) {
  let current = notebook;
  const { save: overSave, ...rest } = over;
  const save = vi.fn(overSave ?? (async (nb: Notebook) => {
    current = nb;
  }));
  const d: SidePanelDeps & { save: typeof save; saved: () => Notebook; downloads: { name: string; mime: string; text: string }[] } = {
    load: vi.fn(async () => current),
    watch: () => () => undefined,
    save,
    change: async (operation: NotebookOperation) => {
      const { notebook: next, outcome } = applyOperation(current, operation, new Date('2026-01-02T10:00:00Z'));
      try {
        if (outcome.changed) await save(next);
      } catch (e) {
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
      return { ok: true as const, value: outcome };
    },
    open: vi.fn(async () => ({ ok: true as const, value: null })),
    activePage: async () => null,
    onActivePageChange: () => () => undefined,
    download: (name, mime, text) => d.downloads.push({ name, mime, text }),
    setAside: async () => [],
    now: () => new Date('2026-01-02T10:00:00Z'),
    saved: () => current,
    downloads: [],
    ...rest,
  };
  return d;
}

async function open(d: SidePanelDeps) {
  render(<SidePanelApp deps={d} />);
  await screen.findByRole('heading', { level: 1, name: 'Saved highlights' });
}

const items = () => document.querySelectorAll('.saved-item');

describe('side panel', () => {
  test('groups highlights under their documents, newest document first, with notes', async () => {
    await open(deps(stored));
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([...stored.documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((d) => d.title));
    expect(items()).toHaveLength(allQuotes.length);
    const notes = stored.documents.flatMap((d) => d.highlights.map((h) => h.note)).filter(Boolean);
    expect([...document.querySelectorAll('.note')].map((n) => n.textContent).sort()).toEqual(notes.sort());
  });

  test('search looks in quotes and notes; category and document filters narrow the list', async () => {
    await open(deps(stored));
    const first = stored.documents[0].highlights[0];
    const word = first.selectors.quote.exact.split(/\s+/).find((w) => w.length > 8)!.replace(/[^\p{L}]/gu, '');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: word.toUpperCase() } });
    await waitFor(() => expect(items().length).toBeLessThan(allQuotes.length));
    for (const item of items()) expect(item.textContent!.toLowerCase()).toContain(word.toLowerCase());
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzz-nothing-like-this' } });
    await screen.findByText('No saved highlight matches these filters.');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Category', { selector: '#filter-category' }), { target: { value: first.category } });
    await waitFor(() => expect(items().length).toBe(stored.documents.flatMap((d) => d.highlights).filter((h) => h.category === first.category).length));
    fireEvent.change(screen.getByLabelText('Category', { selector: '#filter-category' }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Document'), { target: { value: stored.documents[1].key } });
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([stored.documents[1].title]));
  });

  test('editing a note saves it; deleting a highlight can be undone', async () => {
    const d = deps(stored);
    await open(d);
    const item = items()[0] as HTMLElement;
    const id = item.dataset.highlightId!;
    fireEvent.click(within(item).getByRole('button', { name: /note/ }));
    fireEvent.input(within(item).getByLabelText('Note'), { target: { value: 'Ask legal: is 24 hours realistic?' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save note' }));
    await screen.findByText('Note saved.');
    expect(d.saved().documents.flatMap((x) => x.highlights).find((h) => h.id === id)!.note).toBe('Ask legal: is 24 hours realistic?');

    fireEvent.click(within(items()[0] as HTMLElement).getByRole('button', { name: /^Delete highlight/ }));
    await screen.findByText('Highlight deleted.');
    expect(items()).toHaveLength(allQuotes.length - 1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored.');
    expect(items()).toHaveLength(allQuotes.length);
  });

  test('deleting a document asks first', async () => {
    const d = deps(stored);
    await open(d);
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete this document…' })[0]);
    const confirm = await screen.findByRole('alert');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete document' }));
    await screen.findByText('Document deleted.');
    expect(d.saved().documents).toHaveLength(stored.documents.length - 1);
  });

  test('a storage failure (quota) is reported and the list is left as it was', async () => {
    const d = deps(stored, { save: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) });
    await open(d);
    fireEvent.click(within(items()[0] as HTMLElement).getByRole('button', { name: /^Delete highlight/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/storage for ClauseLens is full/);
    expect(items()).toHaveLength(allQuotes.length);
  });

  test.each([
    ['bad-not-json.json', /line \d+/],
    ['bad-newer-version.json', /version/],
    ['bad-missing-exact.json', /documents\[0\]\.highlights\[\d+\]\.selectors\.quote\.exact/],
  ])('importing %s is refused with where it is wrong, and nothing is stored', async (name, message) => {
    const d = deps(stored);
    await open(d);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([fixture(name)], name, { type: 'application/json' })] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Import refused, nothing was changed: /);
    expect(alert.textContent).toMatch(message);
    expect(d.save).not.toHaveBeenCalled();
  });

  test('importing the export into an empty notebook restores it; importing it again adds nothing', async () => {
    const d = deps({ documents: [] });
    await open(d);
    await screen.findByText('Nothing saved yet.');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = () => new File([fixture('good-export.json')], 'notebook.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file()] } });
    await screen.findByText(new RegExp(`${allQuotes.length} new, 0 updated, 0 already saved`));
    expect(d.saved().documents.flatMap((x) => x.highlights)).toHaveLength(allQuotes.length);
    fireEvent.change(input, { target: { files: [file()] } });
    await screen.findByText(new RegExp(`0 new, 0 updated, ${allQuotes.length} already saved`));
  });

  test('exports what the filters show as Markdown, CSV and JSON', async () => {
    const d = deps(stored);
    await open(d);
    fireEvent.click(screen.getByRole('button', { name: 'Markdown memo' }));
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(d.downloads.map((x) => x.name)).toEqual(['clauselens-review-2026-01-02.md', 'clauselens-highlights-2026-01-02.csv', 'clauselens-notebook-2026-01-02.json']);
    expect(d.downloads[0].text).toContain(stored.documents[0].title);
    expect(d.downloads[1].text.split('\r\n').filter(Boolean)).toHaveLength(allQuotes.length + 1);
    const again = parseNotebookJson(d.downloads[2].text);
    expect(again.ok && again.notebook.documents.flatMap((x) => x.highlights).length).toBe(allQuotes.length);
  });

  test('"Show on page" asks the background to open the highlight', async () => {
    const d = deps(stored);
    await open(d);
    const item = items()[0] as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: 'Show on page' }));
    expect(d.open).toHaveBeenCalledWith(item.dataset.highlightId);
  });

  test('highlights not found on the active page are marked, and set-aside entries are offered for export', async () => {
    const missingId = stored.documents[0].highlights[0].id;
    const d = deps(stored, {
      activePage: async () => ({ url: stored.documents[0].url, missing: [missingId] }),
      setAside: async () => [{ value: { broken: true }, reason: 'documents[3]: url missing', at: '2026-01-01T00:00:00Z' }],
    });
    await open(d);
    const item = await waitFor(() => document.querySelector(`[data-highlight-id="${missingId}"]`) as HTMLElement);
    await within(item).findByText('Not found on this page');
    expect(document.querySelectorAll('.missing-badge')).toHaveLength(1);
    await screen.findByText(/1 stored entry was damaged and set aside/);
    fireEvent.click(screen.getByRole('button', { name: 'Export them' }));
    expect(JSON.parse(d.downloads[0].text)[0].reason).toBe('documents[3]: url missing');
  });
});

describe('PDFs in the side panel', () => {
  test('the reader is one click away, and a PDF is listed by its address (not its hash), marked as a PDF', async () => {
    const hash = 'c'.repeat(64);
    const doc = stored.documents[0];
    const pdf: Notebook = { documents: [{ ...doc, url: `https://vendor.example/dpa.pdf#clauselens-sha256=${hash}`, key: `sha256:${hash}` }] };
    const openReader = vi.fn();
    render(<SidePanelApp deps={deps(pdf, { openReader })} />);
    const link = await screen.findByRole('link', { name: 'https://vendor.example/dpa.pdf' });
    expect(link.getAttribute('href')).toBe('https://vendor.example/dpa.pdf');
    expect(document.body.textContent).not.toContain(hash);
    expect(document.body.textContent).toContain('(PDF)');
    fireEvent.click(screen.getByRole('button', { name: 'Open a PDF…' }));
    expect(openReader).toHaveBeenCalled();
  });

  test('a dropped file is listed by its name, without a link', async () => {
    const doc = stored.documents[0];
    const pdf: Notebook = { documents: [{ ...doc, url: `chrome-extension://abc/reader.html?name=Vendor%20DPA.pdf#clauselens-sha256=${'d'.repeat(64)}`, key: `sha256:${'d'.repeat(64)}` }] };
    render(<SidePanelApp deps={deps(pdf)} />);
    await screen.findByText('Vendor DPA.pdf');
    expect(screen.queryByRole('link', { name: 'Vendor DPA.pdf' })).toBeNull();
  });
});

describe('vendors, stated dates and clause numbers (issue 19)', () => {
  // Three vendors' documents all called "Data Processing Addendum", as the reviewer met them.
  const same = (i: number, vendor: string | undefined, host: string) => {
    const doc = stored.documents[0];
    const url = `https://${host}/legal/dpa`;
    return { ...doc, url, key: `${host}/legal/dpa`, title: 'Data Processing Addendum', ...(vendor ? { vendor } : {}), updatedAt: `2026-01-0${i}T10:00:00.000Z` };
  };

  test('the document filter tells same-titled documents apart by vendor, then by host', async () => {
    const nb: Notebook = { documents: [same(1, 'Tailscale', 'tailscale.com'), same(2, 'Logfire', 'logfire.dev'), same(3, undefined, 'one.example'), same(4, undefined, 'two.example')] };
    await open(deps(nb));
    const options = [...document.querySelectorAll('#filter-document option')].map((o) => o.textContent);
    expect(options).toEqual([
      'All documents',
      'Tailscale — Data Processing Addendum',
      'Logfire — Data Processing Addendum',
      'Data Processing Addendum (one.example)',
      'Data Processing Addendum (two.example)',
    ]);
    // Each document's header names its vendor; a document without one shows none.
    expect([...document.querySelectorAll('.doc-vendor')].map((v) => v.textContent)).toEqual(['Vendor: Logfire', 'Vendor: Tailscale']);
    fireEvent.change(screen.getByLabelText('Document', { selector: '#filter-document' }), { target: { value: 'logfire.dev/legal/dpa' } });
    await waitFor(() => expect(document.querySelectorAll('.saved-doc')).toHaveLength(1));
    expect(document.querySelector('.doc-vendor')!.textContent).toBe('Vendor: Logfire');
  });

  test("each highlight names its clause, the header the document's own date; search finds the clause", async () => {
    const doc = stored.documents[0];
    const [first, ...rest] = doc.highlights;
    const nb: Notebook = { documents: [{ ...doc, stated: '2026-03-18', highlights: [{ ...first, clauseRef: 'Clause 8.2 · Personal Data Breach' }, ...rest] }] };
    await open(deps(nb));
    expect(document.querySelector('.doc-stated')!.textContent).toBe('Last updated Mar 18, 2026');
    const refs = [...items()].map((i) => i.querySelector('.clause-ref')?.textContent ?? null);
    expect(refs.filter(Boolean)).toEqual(['Clause 8.2 · Personal Data Breach']);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'clause 8.2' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0].textContent).toContain(first.selectors.quote.exact.slice(0, 40));
  });
});
