/** The popup on a page that is not a DPA or privacy policy: say so, and offer to analyze it anyway. */
import Icon from '../common/Icon';
import { useI18n } from '../common/i18n';
import ErrorAlert from '../common/ErrorAlert';

export interface Props {
  url: string | null;
  busy: boolean;
  error: string | null;
  onAnalyze(): void;
}

export default function NotRecognised({ url, busy, error, onAnalyze }: Props) {
  const { t } = useI18n();
  return (
    <section class="not-recognised" aria-labelledby="nr-heading">
      <p class="doctype doctype-other">
        <Icon name="question" size={14} />
        <span class="doctype-label">{t('popup.notRecognised')}</span>
      </p>
      <h1 id="nr-heading" class="doc-title">
        {t('popup.notRecognisedTitle')}
      </h1>
      {url ? <p class="source">{url}</p> : null}
      <p class="muted">{t('popup.notRecognisedBody')}</p>
      <button type="button" class="button primary" onClick={onAnalyze} disabled={busy} aria-busy={busy}>
        {busy ? t('popup.analyzing') : t('popup.analyzeAnyway')}
      </button>
      <ErrorAlert message={error} />
    </section>
  );
}
