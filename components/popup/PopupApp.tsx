/** The toolbar popup: loads the tab's stored report (never re-analyzes to open) and shows it against the active baseline. */
import { useEffect, useState } from 'preact/hooks';
import { reevaluate } from '@/lib/engine/analyze';
import type { Baseline } from '@/lib/engine/baseline/baseline';
import { baselineName, markdownSummary } from '@/lib/report/format';
import type { Result, TabState } from '@/lib/extension/protocol';
import NotRecognised from './NotRecognised';
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
}

export interface Props {
  deps: PopupDeps;
}

type View = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; state: TabState | null; baseline: Baseline };

export default function PopupApp({ deps }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  const [analyzeError, setAnalyzeError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  async function load(): Promise<void> {
    const [state, baseline] = await Promise.all([deps.tabState(), deps.activeBaseline()]);
    setView(state.ok ? { phase: 'ready', state: state.value, baseline } : { phase: 'error', message: state.error });
  }
  useEffect(() => void load(), []);

  if (view.phase === 'loading') return <p class="loading" role="status">{t('popup.loading')}</p>;
  if (view.phase === 'error') return <p class="error" role="alert">{t('popup.tabError', { error: view.message })}</p>;

  const { state, baseline } = view;
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
      {report ? (
        <ReportView
          report={report}
          url={state?.url ?? null}
          forced={state?.forced ?? false}
          onReveal={reveal}
          onCopy={copy}
          onOpenOptions={deps.openOptions}
          onSaveAll={deps.saveAll ? () => void saveAll() : undefined}
          onOpenSidebar={deps.openSidebar ? openSidebar : undefined}
          saving={saving}
        />
      ) : (
        <NotRecognised url={state?.url ?? null} busy={busy} error={analyzeError} onAnalyze={analyzeAnyway} />
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
