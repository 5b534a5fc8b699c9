/** What the page is, with confidence, its title and source, and the baseline it is judged against. */
import { confidenceText, DOC_TYPE_LABELS } from '@/lib/report/format';
import type { Report } from '@/lib/engine/report';
import Icon from '../common/Icon';

export interface Props {
  report: Report;
  /** The page's address, for the source line. */
  url: string | null;
  forced: boolean;
  onOpenOptions(): void;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export default function ReportHeader({ report, url, forced, onOpenOptions }: Props) {
  const host = hostOf(url ?? (report.source || null));
  return (
    <header class="report-header">
      <p class={`doctype doctype-${report.docType}`}>
        <Icon name="doc" size={14} />
        <span class="doctype-label">{DOC_TYPE_LABELS[report.docType]}</span>
        <span class="confidence" title="How sure ClauseLens is of the document type">
          {confidenceText(report.confidence)}
        </span>
      </p>
      <h1 class="doc-title">{report.title ?? host ?? 'Untitled page'}</h1>
      {host ? <p class="source">{host}</p> : null}
      {forced && report.docType === 'other' ? <p class="note">Analyzed on request: this page did not read as a DPA or privacy policy.</p> : null}
      {report.truncated ? <p class="note">Only the beginning of this very long page was analyzed.</p> : null}
      <p class="baseline-line">
        <span class="baseline-label">Baseline</span>
        <strong class="baseline-name">{report.baseline}</strong>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Change<span class="visually-hidden"> baseline</span>
        </button>
      </p>
    </header>
  );
}
