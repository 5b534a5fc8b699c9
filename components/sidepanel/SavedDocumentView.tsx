/** One document in the side panel: what it was when saved (vendor, type, stated date, deviations) and its highlights. */
import { useState } from 'preact/hooks';
import { docTypeLabel, severityLabel } from '@/lib/report/format';
import { useI18n } from '../common/i18n';
import type { SavedDocument } from '@/lib/notebook/notebook';
import { displayText } from '@/lib/report/display';
import type { Category } from '@/lib/engine/report';
import SavedHighlightItem from './SavedHighlightItem';
import { pdfIdentity } from '@/lib/notebook/pagekey';

export interface Props {
  doc: SavedDocument;
  /** Ids not found on the active tab's page (only when the active tab shows this document). */
  missing: ReadonlySet<string>;
  onOpen(id: string): void;
  onUpdate(id: string, patch: { note?: string; category?: Category | null }): Promise<boolean>;
  onDelete(id: string): void;
  onDeleteDocument(key: string): void;
}

/** The name of a picked or dropped PDF, filed under the reader's address (`reader.html?name=…`). */
function fileName(address: string): string | null {
  try {
    return new URL(address).searchParams.get('name');
  } catch {
    return null;
  }
}

export default function SavedDocumentView({ doc, missing, onOpen, onUpdate, onDelete, onDeleteDocument }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const headingId = `doc-${doc.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const pdf = pdfIdentity(doc.url);
  return (
    <section class="saved-doc" aria-labelledby={headingId}>
      <header class="doc-head">
        <h2 id={headingId} dir="auto">{displayText(doc.title || doc.url)}</h2>
        <p class="doc-url">
          {/* A PDF's address carries the hash of its bytes (its identity): shown without it; a dropped file has only its name. */}
          {pdf && !/^(https?|file):/i.test(pdf.address) ? (
            displayText(fileName(pdf.address) ?? pdf.address)
          ) : (
            <a href={pdf?.address ?? doc.url} target="_blank" rel="noreferrer noopener" dir="auto">
              {displayText(pdf?.address ?? doc.url)}
            </a>
          )}
        </p>
        <p class="doc-meta">
          {doc.vendor ? <span class="doc-vendor" dir="auto">{t('doc.vendor', { vendor: displayText(doc.vendor) })}</span> : null}
          <span>{docTypeLabel(doc.docType, i18n)}{pdf ? ' (PDF)' : ''}</span>
          {doc.stated ? (
            <span class="doc-stated" title={t('doc.statedTitle')}>
              {t('doc.stated', { date: i18n.day(doc.stated) })}
            </span>
          ) : null}
          <span>{t('panel.saved', { date: i18n.date(doc.savedAt) })}</span>
          <span>{t('panel.highlights', { n: doc.highlights.length })}</span>
        </p>
        {doc.deviations.length > 0 && (
          <details class="doc-deviations">
            <summary>
              {t('panel.deviationsWhenSaved', { n: doc.deviations.length, baseline: doc.baseline })}
            </summary>
            <ul>
              {doc.deviations.map((d, i) => (
                <li key={i} class={`sev-${d.severity}`}>
                  <span class="sev">{severityLabel(d.severity, i18n)}</span> {d.text}
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <ol class="saved-list">
        {doc.highlights.map((h) => (
          <SavedHighlightItem key={h.id} highlight={h} missing={missing.has(h.id)} onOpen={onOpen} onUpdate={onUpdate} onDelete={onDelete} />
        ))}
      </ol>
      <div class="doc-actions">
        {confirming ? (
          <p class="confirm" role="alert">
            {t('panel.confirmDeleteDoc', { title: displayText(doc.title || doc.url), n: doc.highlights.length })}{' '}
            <button type="button" class="danger small" onClick={() => onDeleteDocument(doc.key)}>
              {t('panel.deleteDocument')}
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirming(false)}>
              {t('panel.keepIt')}
            </button>
          </p>
        ) : (
          <button type="button" class="link small danger" onClick={() => setConfirming(true)}>
            {t('panel.deleteThisDocument')}
          </button>
        )}
      </div>
    </section>
  );
}
