/** The side panel: the reviewer's notebook of saved highlights, grouped by document, searchable, exportable. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { categoryLabel } from '@/lib/report/format';
import { cutAtWord } from '@/lib/report/summary';
import { displayText } from '@/lib/report/display';
import { useI18n } from '../common/i18n';
import { documentNames, exportCsv, exportJson, exportMarkdown, filterNotebook, type Notebook } from '@/lib/notebook/notebook';
import { applyOperation, type NotebookOperation, type OperationOutcome, type Undo } from '@/lib/notebook/operations';
import type { Result } from '@/lib/extension/protocol';
import { CATEGORIES, type Category } from '@/lib/engine/report';
import SavedDocumentView from './SavedDocumentView';

/** Everything the panel asks of the browser, injected so tests drive it with real notebooks. */
export interface SidePanelDeps {
  load(): Promise<Notebook>;
  /** Calls back when the notebook changes elsewhere (a save in a page, another panel). */
  watch(callback: (notebook: Notebook) => void): () => void;
  /**
   * Asks the notebook's one writer (the background) to apply an operation to the notebook as stored then; the
   * answer carries the operation's undo. An error (storage full) leaves the notebook as it was.
   */
  change(operation: NotebookOperation): Promise<Result<OperationOutcome>>;
  open(id: string): Promise<Result<unknown>>;
  /** The active tab's page and the saved highlights not found on it. */
  activePage(): Promise<{ url: string; missing: string[] } | null>;
  onActivePageChange(callback: () => void): () => void;
  download(filename: string, mime: string, text: string): void;
  /** Opens the PDF reader in a new tab (to pick or drop a PDF). */
  openReader?(): void;
  /** Stored values that could not be read back and were set aside. */
  setAside(): Promise<{ value: unknown; reason: string; at: string }[]>;
  now(): Date;
}

type Status = { text: string; tone: 'info' | 'error'; undo?: Undo } | null;

export default function SidePanelApp({ deps }: { deps: SidePanelDeps }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [notebook, setNotebook] = useState<Notebook | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | 'none' | ''>('');
  const [docKey, setDocKey] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [setAside, setSetAside] = useState<{ value: unknown; reason: string; at: string }[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  async function refreshActive() {
    const page = await deps.activePage().catch(() => null);
    setMissing(new Set(page?.missing ?? []));
  }

  useEffect(() => {
    deps
      .load()
      .then(setNotebook)
      .catch((e) => setLoadError(e instanceof Error ? e.message : String(e)));
    void deps.setAside().then(setSetAside).catch(() => undefined);
    void refreshActive();
    const unwatch = deps.watch((nb) => {
      setNotebook(nb);
      void refreshActive();
    });
    const unactive = deps.onActivePageChange(() => void refreshActive());
    return () => {
      unwatch();
      unactive();
    };
  }, []);

  const visible = useMemo(
    () => (notebook ? filterNotebook(notebook, { query, category: category || null, key: docKey || null }) : []),
    [notebook, query, category, docKey],
  );
  // Documents with the same title ("Data Processing Addendum") are told apart by vendor, then by host.
  const names = useMemo(() => documentNames(notebook?.documents ?? []), [notebook]);

  if (loadError) return <p class="error" role="alert">{t('panel.readError', { error: loadError })}</p>;
  if (!notebook) return <p class="loading" role="status">{t('panel.loading')}</p>;

  const total = notebook.documents.reduce((n, d) => n + d.highlights.length, 0);
  const shown = visible.reduce((n, d) => n + d.highlights.length, 0);

  /**
   * Sends an operation to the writer. The list shows its effect at once (the same pure function the writer
   * runs); the writer's answer decides, and the stored notebook comes back through `watch`.
   */
  async function commit(operation: NotebookOperation, message: string, offerUndo = false): Promise<boolean> {
    const before = notebook!;
    if (operation.op !== 'import') setNotebook(applyOperation(before, operation, deps.now()).notebook);
    const answer = await deps.change(operation);
    if (!answer.ok) {
      setNotebook(before);
      const why = answer.error;
      setStatus({ text: t('panel.saveFailed', { error: /quota/i.test(why) && !/storage for ClauseLens is full/.test(why) ? t('panel.storageFull', { error: why }) : why }), tone: 'error' });
      return false;
    }
    const outcome = answer.value;
    if (outcome.refused !== undefined) {
      setStatus({ text: t('panel.importRefused', { error: outcome.refused }), tone: 'error' });
      return false;
    }
    if (outcome.imported) {
      const { documents, added, updated, unchanged, warnings } = outcome.imported;
      const warned = warnings.length ? ` (${warnings.join('; ')})` : '';
      message = `${t('panel.imported', { n: documents, added, updated, unchanged })}${warned}`;
      if (outcome.changed) setNotebook(await deps.load());
    }
    setStatus({ text: message, tone: 'info', undo: offerUndo && outcome.undo ? outcome.undo : undefined });
    return true;
  }

  const update = (id: string, patch: { note?: string; category?: Category | null }) =>
    commit({ op: 'update', id, ...patch }, t(patch.note !== undefined ? 'panel.noteSaved' : 'panel.categoryChanged'));
  const remove = (id: string) => void commit({ op: 'delete', id }, t('panel.highlightDeleted'), true);
  const removeDoc = (key: string) => {
    if (docKey === key) setDocKey('');
    void commit({ op: 'deleteDocument', key }, t('panel.documentDeleted'), true);
  };

  async function open(id: string) {
    const answer = await deps.open(id);
    if (!answer.ok) setStatus({ text: t('panel.showFailed', { error: answer.error }), tone: 'error' });
  }

  function stamp(): string {
    return deps.now().toISOString().slice(0, 10);
  }

  function exportAs(kind: 'md' | 'csv' | 'json') {
    // Exports follow the filters: what the reviewer sees is what goes into the memo.
    const subset: Notebook = { documents: visible };
    if (kind === 'md') deps.download(`clauselens-review-${stamp()}.md`, 'text/markdown', exportMarkdown(subset, deps.now(), i18n));
    else if (kind === 'csv') deps.download(`clauselens-highlights-${stamp()}.csv`, 'text/csv', exportCsv(subset, i18n));
    else deps.download(`clauselens-notebook-${stamp()}.json`, 'application/json', exportJson(subset, deps.now()));
    setStatus({ text: t('panel.exported', { n: shown, format: kind === 'md' ? 'Markdown' : kind.toUpperCase() }), tone: 'info' });
  }

  async function importFile(file: File) {
    // Read and checked by the background: a large file never freezes the panel.
    await commit({ op: 'import', text: await file.text() }, '', true);
  }

  function exportSetAside() {
    deps.download(`clauselens-set-aside-${stamp()}.json`, 'application/json', JSON.stringify(setAside, null, 2));
  }

  return (
    <main class="panel">
      <header class="panel-head">
        <h1>{t('panel.title')}</h1>
        {deps.openReader ? (
          <button type="button" class="link-button open-reader" onClick={deps.openReader}>
            {t('panel.openReader')}
          </button>
        ) : null}
        <p class="count" aria-live="polite">
          {total === 0
            ? t('panel.nothingSaved')
            : shown === total
              ? t('panel.count', { highlights: t('panel.highlights', { n: total }), documentsIn: t('panel.documentsIn', { n: notebook.documents.length }) })
              : t('panel.shownOf', { n: shown, total })}
        </p>
      </header>
      <div class="filters" role="search">
        <label class="visually-hidden" for="search">
          {t('panel.search')}
        </label>
        <input id="search" type="search" placeholder={t('panel.search')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <div class="row">
          <label class="visually-hidden" for="filter-category">
            {t('panel.category')}
          </label>
          <select id="filter-category" value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as Category | 'none' | '')}>
            <option value="">{t('panel.allCategories')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, i18n)}
              </option>
            ))}
            <option value="none">{t('panel.noCategory')}</option>
          </select>
          <label class="visually-hidden" for="filter-document">
            {t('panel.document')}
          </label>
          <select id="filter-document" value={docKey} onChange={(e) => setDocKey((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('panel.allDocuments')}</option>
            {notebook.documents.map((d) => (
              <option key={d.key} value={d.key}>
                {cutAtWord(displayText(names.get(d.key) ?? d.title), 80)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="transfer" role="group" aria-label={t('panel.exportImport')}>
        <span class="transfer-label">{t('panel.export')}</span>
        <button type="button" class="secondary small" disabled={shown === 0} onClick={() => exportAs('md')}>
          {t('panel.memo')}
        </button>
        <button type="button" class="secondary small" disabled={shown === 0} onClick={() => exportAs('csv')}>
          CSV
        </button>
        <button type="button" class="secondary small" disabled={shown === 0} onClick={() => exportAs('json')}>
          JSON
        </button>
        <button type="button" class="secondary small" onClick={() => fileInput.current?.click()}>
          {t('panel.importJson')}
        </button>
        <input
          ref={fileInput}
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label={t('panel.importLabel')}
          tabIndex={-1}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div class={`status ${status?.tone ?? ''}`} role={status?.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
        {status?.text}
        {status?.undo && (
          <>
            {' '}
            <button type="button" class="link small" onClick={() => void commit({ op: 'undo', undo: status.undo! }, t('panel.restored'))}>
              {t('panel.undo')}
            </button>
          </>
        )}
      </div>
      {setAside.length > 0 && (
        <p class="warning" role="alert">
          {t('panel.setAside', { n: setAside.length, reason: setAside[0].reason })}{' '}
          <button type="button" class="link small" onClick={exportSetAside}>
            {t('panel.exportSetAside')}
          </button>
        </p>
      )}
      {total === 0 ? (
        <div class="empty">
          <p>{t('panel.emptyIntro')}</p>
          <ul>
            <li>{t('panel.emptyHover')}</li>
            <li>{t('panel.emptySelect')}</li>
            <li>{t('panel.emptyPopup')}</li>
          </ul>
        </div>
      ) : visible.length === 0 ? (
        <p class="empty">{t('panel.noMatch')}</p>
      ) : (
        visible.map((d) => (
          <SavedDocumentView key={d.key} doc={d} missing={missing} onOpen={(id) => void open(id)} onUpdate={update} onDelete={remove} onDeleteDocument={removeDoc} />
        ))
      )}
    </main>
  );
}
