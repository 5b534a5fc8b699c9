/** The popup's summary of a report: deviations first, most severe first, then every key term. */
import { deviationLines, termLines } from '@/lib/report/format';
import type { ComponentChildren } from 'preact';
import type { Report, Severity } from '@/lib/engine/report';
import DeviationItem from './DeviationItem';
import Icon from '../common/Icon';
import ReportHeader from './ReportHeader';
import TermItem from './TermItem';

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
  const deviations = deviationLines(report);
  const terms = termLines(report);
  const stated = terms.filter((t) => t.stated);
  const missing = terms.filter((t) => !t.stated);
  const counts = ORDER.map((s) => [s, deviations.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <>
      <ReportHeader report={report} url={url} forced={forced} onOpenOptions={onOpenOptions} />
      <div class="actions">
        <button type="button" class="button" onClick={onCopy}>
          <Icon name="copy" /> Copy summary
        </button>
        {onDownload ? (
          <button type="button" class="button" onClick={onDownload} title="Download the summary as a Markdown file">
            <Icon name="download" /> Download .md
          </button>
        ) : null}
        {onSaveAll ? (
          <button type="button" class="button" onClick={onSaveAll} disabled={saving} aria-busy={saving} aria-label="Save all to sidebar" title="Save every tagged clause to the sidebar">
            <Icon name="bookmark" /> {saving ? 'Saving…' : 'Save all'}
          </button>
        ) : null}
        {onOpenSidebar ? (
          <button type="button" class="button" onClick={onOpenSidebar}>
            <Icon name="sidebar" /> Open sidebar
          </button>
        ) : null}
      </div>
      <section class="section" aria-labelledby="deviations-heading">
        <h2 id="deviations-heading">
          Deviations <span class="count">{deviations.length}</span>
        </h2>
        {deviations.length === 0 ? (
          <p class="all-clear">
            <Icon name="ok" /> No deviations: this document meets your baseline.
          </p>
        ) : (
          <>
            <p class="tally">{counts.map(([s, n]) => `${n} ${s}`).join(' · ')}</p>
            <ul class="entries">
              {deviations.map((d) => (
                <DeviationItem key={d.rule} line={d} onReveal={onReveal} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="section" aria-labelledby="terms-heading">
        <h2 id="terms-heading">Key terms</h2>
        {stated.length === 0 ? <p class="muted">No key terms found.</p> : null}
        <ul class="entries term-list">
          {stated.map((t) => (
            <TermItem key={t.key} line={t} onReveal={onReveal} />
          ))}
        </ul>
      </section>
      {highlights}
      {missing.length ? (
        <section class="section" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Not stated in the document</h2>
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
  );
}
