/** "See changes": each changed clause with its words added and removed, then added and removed clauses, since the previous visit. */
import { useEffect, useState } from 'preact/hooks';
import type { Result, TabState } from '@/lib/extension/protocol';
import { changeDate, clauseCountsText, comparisonLines } from '@/lib/report/changes';
import ClauseDiff from './ClauseDiff';
import { useI18n } from '../common/i18n';

export interface Props {
  load(): Promise<Result<TabState | null>>;
}

type View = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; state: TabState | null };

export default function ChangesApp({ load }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<View>({ phase: 'loading' });
  useEffect(() => {
    void load().then((r) => setView(r.ok ? { phase: 'ready', state: r.value } : { phase: 'error', message: r.error }));
  }, []);
  if (view.phase === 'loading') return <p class="page-note" role="status">{t('page.loading')}</p>;
  if (view.phase === 'error') return <p class="page-note error" role="alert">{t('changes.tabError', { error: view.message })}</p>;
  const changes = view.state?.changes;
  if (!view.state || !changes) return <p class="page-note">{t('changes.none')}</p>;
  const c = changes.comparison;
  const summary = comparisonLines(c, i18n, { clauses: false });
  const report = view.state.report;
  // Who the document is from and what it is called, before its address: vendors' documents share titles.
  const name = [report?.vendor?.name && report.vendor.name !== report.title ? report.vendor.name : null, report?.title].filter(Boolean).join(' — ');
  return (
    <main class="changes-page">
      <header>
        <p class="brand">ClauseLens</p>
        <h1>{t('changes.heading', { date: changeDate(changes.since, i18n) })}</h1>
        <p class="source">{name ? `${name} — ` : ''}{view.state.url}</p>
        {changes.statedAfter ? (
          <p class="stated">
            {t('changes.stated', { date: changes.statedAfter })}
            {changes.statedBefore && changes.statedBefore !== changes.statedAfter ? t('changes.statedBefore', { date: changes.statedBefore }) : ''}.
          </p>
        ) : null}
        {summary.length ? (
          <ul class="summary">
            {summary.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : null}
        <p class="counts">{clauseCountsText(c.clauses, i18n)}</p>
      </header>
      <ol class="clause-changes">
        {c.clauses.changes.map((ch, i) => (
          <ClauseDiff key={i} change={ch} />
        ))}
      </ol>
      {c.sections.added.length || c.sections.removed.length ? (
        <p class="sections">
          {c.sections.added.length ? `${t('changes.sectionsAdded', { list: c.sections.added.join('; ') })} ` : ''}
          {c.sections.removed.length ? t('changes.sectionsRemoved', { list: c.sections.removed.join('; ') }) : ''}
        </p>
      ) : null}
    </main>
  );
}
