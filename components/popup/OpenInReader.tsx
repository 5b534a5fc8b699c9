/** The popup on a tab showing a PDF: the browser's own viewer cannot be read, so offer ClauseLens's reader in its place. */
import Icon from '../common/Icon';
import { useI18n } from '../common/i18n';

export interface Props {
  url: string;
  onOpen(): void;
}

export default function OpenInReader({ url, onOpen }: Props) {
  const { t } = useI18n();
  return (
    <section class="not-recognised" aria-labelledby="pdf-heading">
      <p class="doctype doctype-other">
        <Icon name="question" size={14} />
        <span class="doctype-label">PDF</span>
      </p>
      <h1 id="pdf-heading" class="doc-title">
        {t('popup.pdfHeading')}
      </h1>
      <p class="source">{url}</p>
      <p class="muted">{t('popup.pdfBody')}</p>
      <button type="button" class="button primary" onClick={onOpen}>
        {t('popup.openInReader')}
      </button>
    </section>
  );
}
