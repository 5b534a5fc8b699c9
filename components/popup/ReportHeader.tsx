/** What the page is, with confidence, its title, vendor, source and stated date, and the baseline it is judged against. */
import { confidenceText, docTypeLabel, reportBaselineName, vendorName } from '@/lib/report/format';
import type { Report } from '@/lib/engine/report';
import Icon from '../common/Icon';
import { useI18n } from '../common/i18n';

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
  const i18n = useI18n();
  const { t } = i18n;
  const host = hostOf(url ?? (report.source || null));
  const vendor = vendorName(report, url);
  return (
    <header class="report-header">
      <p class={`doctype doctype-${report.docType}`}>
        <Icon name="doc" size={14} />
        <span class="doctype-label">{docTypeLabel(report.docType, i18n)}</span>
        <span class="confidence" title={t('popup.confidenceTitle')}>
          {confidenceText(report.confidence, i18n)}
        </span>
      </p>
      <h1 class="doc-title">{report.title ?? host ?? t('popup.untitled')}</h1>
      {vendor || host || report.updated ? (
        <p class="source">
          {vendor ? (
            <span class="vendor" title={report.vendor?.source === 'site' ? t('doc.vendorSite') : undefined}>
              {t('doc.vendor', { vendor })}
            </span>
          ) : null}
          {host ? <span class="host">{host}</span> : null}
          {report.updated ? (
            <span class="stated" title={t('doc.statedTitle')}>
              {t('doc.stated', { date: i18n.day(report.updated) })}
            </span>
          ) : null}
        </p>
      ) : null}
      {forced && report.docType === 'other' ? <p class="note">{t('popup.forced')}</p> : null}
      {report.truncated ? <p class="note">{t('popup.truncated')}</p> : null}
      <p class="baseline-line">
        <span class="baseline-label">{t('popup.baseline')}</span>
        <strong class="baseline-name">{reportBaselineName(report, i18n)}</strong>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('popup.changeBaseline')}<span class="visually-hidden">{t('popup.changeBaselineHidden')}</span>
        </button>
      </p>
    </header>
  );
}
