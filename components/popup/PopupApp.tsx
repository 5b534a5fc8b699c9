/** The toolbar popup: loads the tab's stored report (never re-analyzes to open) and shows it against the active baseline. */
import { useEffect, useState } from 'preact/hooks';
import { reevaluate } from '@/lib/engine/analyze';
import type { Baseline } from '@/lib/engine/baseline/baseline';
import type { Category } from '@/lib/engine/report';
import { focusType, shownFor, type FocusType, type ShownCategories } from '@/lib/report/focus';
import { baselineName } from '@/lib/report/format';
import { markdownSummary, summaryFileName } from '@/lib/report/summary';
import type { HighlightScope, Result, TabState } from '@/lib/extension/protocol';
import ChangeSummary from './ChangeSummary';
import HighlightControls from './HighlightControls';
import NotRecognised from './NotRecognised';
import OpenInReader from './OpenInReader';
import ReportView from './ReportView';
import { useI18n } from '../common/i18n';

/** Everything the popup asks of the browser, injected so tests can drive it with real reports. */
export interface PopupDeps {
  tabState(): Promise<Result<TabState | null>>;
  analyzeAnyway(): Promise<Result<unknown>>;
  reveal(start: number, end: number): Promise<Result<{ shown: boolean }>>;
  activeBaseline(): Promise<Baseline>;
  copy(text: string): Promise<void>;
  openOptions(): void;
  /** Saves every tagged clause of the page to the notebook. */
  saveAll?(): Promise<Result<{ saved: number; added: number }>>;
  /** Opens the side panel; called straight from the click, since browsers only open it in answer to a gesture. */
  openSidebar?(): Promise<void>;
  /** The address of the PDF the tab shows (null: none), for "Open in ClauseLens". */
  pdfAddress?(): Promise<string | null>;
  /** Opens the PDF reader: on `pdf` in this tab, or empty (to pick or drop a file) in a new one. */
  openReader?(pdf: string | null): void;
  /** Opens the "See changes" view of this tab's document. */
  openChanges?(): void;
  /** Opens the side-by-side comparison of the documents read. */
  openComparison?(): void;
  /** Saves `text` as a file the browser downloads. */
  download?(filename: string, text: string): void;
  /** The legend's stored choice (per document type). */
  shownCategories?(): Promise<ShownCategories>;
  /** Asks the background to highlight these categories on pages of this type. */
  setShown?(docType: FocusType, categories: Category[]): Promise<Result<{ categories: Category[] }>>;
  /** Highlighting on or off for the page or the whole site. */
  setHighlighting?(scope: HighlightScope, enabled: boolean): Promise<Result<null>>;
}


export interface Props {
  deps: PopupDeps;
}

function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

type View = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; state: TabState | null; baseline: Baseline; pdf: string | null };

export default function PopupApp({ deps }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  const [analyzeError, setAnalyzeError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [choice, setChoice] = useState<ShownCategories>({});

  async function load(): Promise<void> {
    const [state, baseline, shown] = await Promise.all([deps.tabState(), deps.activeBaseline(), deps.shownCategories?.() ?? {}]);
    setChoice(shown);
    // A tab ClauseLens has read is not a PDF viewer; only the others are asked.
    const pdf = state.ok && !state.value?.report && !state.value?.notice && deps.pdfAddress ? await deps.pdfAddress().catch(() => null) : null;
    setView(state.ok ? { phase: 'ready', state: state.value, baseline, pdf } : { phase: 'error', message: state.error });
  }
  useEffect(() => void load(), []);

  if (view.phase === 'loading') return <p class="loading" role="status">{t('popup.loading')}</p>;
  if (view.phase === 'error') return <p class="error" role="alert">{t('popup.tabError', { error: view.message })}</p>;

  const { state, baseline, pdf } = view;
  // Re-checking stored terms against the active baseline is cheap and keeps the popup right even before the background catches up.
  const report = state?.report ? reevaluate(state.report, baseline) : null;

  async function analyzeAnyway() {
    setBusy(true);
    setAnalyzeError(null);
    const answer = await deps.analyzeAnyway();
    setBusy(false);
    if (answer.ok) await load();
    else setAnalyzeError(t('popup.analyzeFailed', { error: answer.error.replace(/\.+$/, '') }));
  }

  async function reveal(start: number, end: number, label: string) {
    const answer = await deps.reveal(start, end);
    if (!answer.ok) setStatus(t('popup.unreachable', { error: answer.error }));
    else setStatus(t(answer.value.shown ? 'popup.showing' : 'popup.gone', { label }));
  }

  async function copy() {
    if (!report) return;
    try {
      await deps.copy(markdownSummary(report, i18n, baselineName(baseline, i18n)));
      setStatus(t('popup.copied'));
    } catch (e) {
      setStatus(t('popup.copyFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }

  function download() {
    if (!report || !deps.download) return;
    const name = summaryFileName(report.title, state?.url ?? null);
    deps.download(name, markdownSummary(report, i18n, baselineName(baseline, i18n)));
    setStatus(t('popup.downloaded', { name }));
  }

  async function setShown(categories: Category[]) {
    if (!report || !deps.setShown) return;
    const type = focusType(report.docType);
    const before = choice;
    setChoice({ ...choice, [type]: categories });
    const answer = await deps.setShown(type, categories);
    if (!answer.ok) {
      setChoice(before);
      setStatus(t('popup.highlightFailed', { error: answer.error }));
    } else setStatus(categories.length ? t('popup.highlighting', { n: categories.length }) : t('popup.highlightNone'));
  }

  async function setHighlighting(scope: HighlightScope, enabled: boolean) {
    if (!deps.setHighlighting) return;
    const answer = await deps.setHighlighting(scope, enabled);
    if (!answer.ok) setStatus(t('popup.highlightFailed', { error: answer.error }));
    else {
      setStatus(t(`popup.highlights.${scope === 'page' ? 'page' : 'site'}.${enabled ? 'on' : 'off'}`));
      await load();
    }
  }

  async function saveAll() {
    if (!deps.saveAll) return;
    setSaving(true);
    const answer = await deps.saveAll();
    setSaving(false);
    if (!answer.ok) setStatus(t('popup.saveFailed', { error: answer.error }));
    else {
      const { saved, added } = answer.value;
      const again = saved - added;
      setStatus(again > 0 ? t('popup.savedAgain', { n: saved, again }) : t('popup.saved', { n: saved }));
    }
  }

  function openSidebar() {
    deps.openSidebar?.().catch((e) => setStatus(t('popup.sidebarFailed', { error: e instanceof Error ? e.message : String(e) })));
  }

  return (
    <main class="popup">
      {report && state?.changes ? <ChangeSummary changes={state.changes} onReveal={reveal} onSeeChanges={deps.openChanges} /> : null}
      {state?.historyError ? (
        <p class="error" role="alert">
          History not saved: {state.historyError}
        </p>
      ) : null}
      {report ? (
        <ReportView
          report={report}
          url={state?.url ?? null}
          forced={state?.forced ?? false}
          onReveal={reveal}
          onCopy={copy}
          onDownload={deps.download ? download : undefined}
          highlights={
            state && state.detected ? (
              <HighlightControls
                report={report}
                site={siteOf(state.url)}
                highlighting={state.highlighting}
                siteHighlighting={state.siteHighlighting}
                shown={shownFor(choice, report.docType)}
                onHighlighting={deps.setHighlighting ? (scope, enabled) => void setHighlighting(scope, enabled) : undefined}
                onShown={deps.setShown ? (c) => void setShown(c) : undefined}
              />
            ) : null
          }
          onOpenOptions={deps.openOptions}
          onSaveAll={deps.saveAll ? () => void saveAll() : undefined}
          onOpenSidebar={deps.openSidebar ? openSidebar : undefined}
          saving={saving}
        />
      ) : state?.notice ? (
        <p class="notice error" role="alert">
          {state.notice}
        </p>
      ) : pdf && deps.openReader ? (
        <OpenInReader url={pdf} onOpen={() => deps.openReader!(pdf)} />
      ) : (
        <NotRecognised url={state?.url ?? null} busy={busy} error={analyzeError} onAnalyze={analyzeAnyway} />
      )}
      {report && deps.openComparison ? (
        <p class="compare-link">
          <button type="button" class="link-button" onClick={deps.openComparison}>
            {t('popup.compareLink')}
          </button>
        </p>
      ) : null}
      {deps.openReader ? (
        <p class="popup-foot">
          <button type="button" class="link-button" onClick={() => deps.openReader!(null)}>
            {t('popup.openPdf')}
          </button>
        </p>
      ) : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
