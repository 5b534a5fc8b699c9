/** The popup's summary of a report: deviations first, most severe first, then every key term. */
import { deviationLines, termLines } from '@/lib/report/format';
import { readingProblem } from '@/lib/report/reading';
import type { ComponentChildren } from 'preact';
import type { Report, Severity } from '@/lib/engine/report';
import DeviationItem from './DeviationItem';
import ReadingNotice from './ReadingNotice';
import Icon from '../common/Icon';
import ReportHeader from './ReportHeader';
import TermItem from './TermItem';
import { useI18n } from '../common/i18n';

export interface Props {
  report: Report;
  url: string | null;
  forced: boolean;
  onReveal(start: number, end: number, label: string): void;
  onCopy(): void;
  /** Downloads the summary as a Markdown file. */
  onDownload?(): void;
  /** The highlight switches and legend (HighlightControls), when the page can be painted. */
  highlights?: ComponentChildren;
  onOpenOptions(): void;
  /** Saves every tagged clause to the side panel's notebook. */
  onSaveAll?(): void;
  onOpenSidebar?(): void;
  saving?: boolean;
}

const ORDER: Severity[] = ['high', 'medium', 'low'];

export default function ReportView({ report, url, forced, onReveal, onCopy, onDownload, highlights, onOpenOptions, onSaveAll, onOpenSidebar, saving = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const deviations = deviationLines(report, i18n);
  const terms = termLines(report, i18n);
  const stated = terms.filter((t) => t.stated);
  const missing = terms.filter((t) => !t.stated);
  // Nothing judged is not "meets your baseline": the notice says what was not read, and why.
  const problem = readingProblem(report);
  // A language without a vocabulary was not read: listing every term as "not stated" would be false.
  const unread = problem?.kind === 'language';
  const counts = ORDER.map((s) => [s, deviations.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <>
      <ReportHeader report={report} url={url} forced={forced} onOpenOptions={onOpenOptions} />
      {/* The header already says "analyzed on request" and "only the beginning": the notice adds the rest. */}
      {problem && !(problem.kind === 'not-a-document' && forced) && !(problem.kind === 'partial' && report.truncated) ? <ReadingNotice problem={problem} /> : null}
      <div class="actions">
        <button type="button" class="button" onClick={onCopy}>
          <Icon name="copy" /> {t('popup.copySummary')}
        </button>
        {onDownload ? (
          <button type="button" class="button" onClick={onDownload} title={t('popup.downloadTitle')}>
            <Icon name="download" /> {t('popup.download')}
          </button>
        ) : null}
        {onSaveAll ? (
          <button type="button" class="button" onClick={onSaveAll} disabled={saving} aria-busy={saving} aria-label={t('popup.saveAllLabel')} title={t('popup.saveAllTitle')}>
            <Icon name="bookmark" /> {saving ? t('popup.saving') : t('popup.saveAll')}
          </button>
        ) : null}
        {onOpenSidebar ? (
          <button type="button" class="button" onClick={onOpenSidebar}>
            <Icon name="sidebar" /> {t('popup.openSidebar')}
          </button>
        ) : null}
      </div>
      {unread ? null : (
      <>
      <section class="section" aria-labelledby="deviations-heading">
        <h2 id="deviations-heading">
          {t('popup.deviations')} <span class="count">{deviations.length}</span>
        </h2>
        {deviations.length === 0 ? (
          problem ? (
            <p class="muted not-judged">{t('popup.notJudged', { title: problem.title })}</p>
          ) : (
            <p class="all-clear">
              <Icon name="ok" /> {t('popup.allClear')}
            </p>
          )
        ) : (
          <>
            <p class="tally">{counts.map(([s, n]) => t(`severity.tally.${s}`, { n })).join(' · ')}</p>
            <ul class="entries">
              {deviations.map((d) => (
                <DeviationItem key={d.rule} line={d} onReveal={onReveal} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="section" aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t('popup.keyTerms')}</h2>
        {stated.length === 0 ? <p class="muted">{t('popup.noTerms')}</p> : null}
        <ul class="entries term-list">
          {stated.map((t) => (
            <TermItem key={t.key} line={t} onReveal={onReveal} />
          ))}
        </ul>
      </section>
      {highlights}
      {missing.length ? (
        <section class="section" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{t('popup.notStated')}</h2>
          <ul class="missing-list">
            {missing.map((t) => (
              <li key={t.key} class="missing-term" data-term={t.key}>
                <Icon name="missing" size={14} />
                <span class="term-label">{t.label}</span>
                <span class="term-value">{t.value}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      </>
      )}
    </>
  );
}
