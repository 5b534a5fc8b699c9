/** One document in the side panel: what it was when saved (type, deviations, key terms) and its highlights. */
import { useState } from 'preact/hooks';
import { DOC_TYPE_LABELS } from '@/lib/report/format';
import type { SavedDocument } from '@/lib/notebook/notebook';
import { displayText } from '@/lib/report/display';
import type { Category } from '@/lib/engine/report';
import SavedHighlightItem, { formatDate } from './SavedHighlightItem';
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
          <span>{DOC_TYPE_LABELS[doc.docType]}{pdf ? ' (PDF)' : ''}</span>
          <span>Saved {formatDate(doc.savedAt)}</span>
          <span>
            {doc.highlights.length} highlight{doc.highlights.length === 1 ? '' : 's'}
          </span>
        </p>
        {doc.deviations.length > 0 && (
          <details class="doc-deviations">
            <summary>
              {doc.deviations.length} deviation{doc.deviations.length === 1 ? '' : 's'} from “{doc.baseline}” when saved
            </summary>
            <ul>
              {doc.deviations.map((d, i) => (
                <li key={i} class={`sev-${d.severity}`}>
                  <span class="sev">{d.severity}</span> {d.text}
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
            Delete “<bdi>{displayText(doc.title || doc.url)}</bdi>” and its {doc.highlights.length} highlight{doc.highlights.length === 1 ? '' : 's'}?{' '}
            <button type="button" class="danger small" onClick={() => onDeleteDocument(doc.key)}>
              Delete document
            </button>{' '}
            <button type="button" class="secondary small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" class="link small danger" onClick={() => setConfirming(true)}>
            Delete this document…
          </button>
        )}
      </div>
    </section>
  );
}
