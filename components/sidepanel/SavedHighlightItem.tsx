/** One saved highlight in the side panel: its category, clause, quote and note, each editable, and the way back to the page. */
import { useState } from 'preact/hooks';
import { categoryLabel } from '@/lib/report/format';
import { useI18n } from '../common/i18n';
import type { SavedHighlight } from '@/lib/notebook/notebook';
import { displayText } from '@/lib/report/display';
import { CATEGORIES, type Category } from '@/lib/engine/report';

export interface Props {
  highlight: SavedHighlight;
  /** The active tab shows this document and the highlight could not be found in it. */
  missing: boolean;
  onOpen(id: string): void;
  onUpdate(id: string, patch: { note?: string; category?: Category | null }): Promise<boolean>;
  onDelete(id: string): void;
}

const LONG_QUOTE = 320;

export default function SavedHighlightItem({ highlight: h, missing, onOpen, onUpdate, onDelete }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(h.note);
  const [expanded, setExpanded] = useState(false);
  const quote = displayText(h.selectors.quote.exact);
  const long = quote.length > LONG_QUOTE;
  const shown = long && !expanded ? `${quote.slice(0, LONG_QUOTE).trimEnd()}…` : quote;
  const selectId = `cat-${h.id}`;
  const noteId = `note-${h.id}`;

  async function saveNote(e: Event) {
    e.preventDefault();
    if (await onUpdate(h.id, { note: draft })) setEditing(false);
  }

  return (
    <li class={`saved-item${missing ? ' missing' : ''}`} data-highlight-id={h.id}>
      <div class="item-head">
        <label class="visually-hidden" for={selectId}>
          {t('panel.category')}
        </label>
        <select
          id={selectId}
          class={`category-select cat-${h.category ?? 'none'}`}
          value={h.category ?? ''}
          onChange={(e) => void onUpdate(h.id, { category: ((e.currentTarget as HTMLSelectElement).value || null) as Category | null })}
        >
          <option value="">{t('panel.noCategory')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, i18n)}
            </option>
          ))}
        </select>
        {h.clauseRef ? (
          <span class="clause-ref" dir="auto">
            {displayText(h.clauseRef)}
          </span>
        ) : null}
        <span class="origin">{t(h.origin === 'clause' ? 'panel.origin.clause' : 'panel.origin.selection')}</span>
        {missing && (
          <span class="missing-badge" role="note">
            {t('panel.notFound')}
          </span>
        )}
      </div>
      <blockquote class="quote">
        <button type="button" class="quote-link" dir="auto" onClick={() => onOpen(h.id)} title={t('panel.showOnPage')}>
          {shown}
        </button>
      </blockquote>
      {long && (
        <button type="button" class="link small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('panel.showLess') : t('panel.showWhole')}
        </button>
      )}
      {editing ? (
        <form class="note-form" onSubmit={saveNote}>
          <label for={noteId}>{t('panel.note')}</label>
          <textarea id={noteId} value={draft} rows={3} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} autoFocus />
          <div class="row">
            <button type="submit" class="primary small">
              {t('panel.saveNote')}
            </button>
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                setDraft(h.note);
                setEditing(false);
              }}
            >
              {t('panel.cancel')}
            </button>
          </div>
        </form>
      ) : (
        h.note && <p class="note" dir="auto">{displayText(h.note)}</p>
      )}
      <div class="item-actions">
        <button type="button" class="link small" onClick={() => onOpen(h.id)}>
          {t('panel.showOnPageShort')}
        </button>
        {!editing && (
          <button
            type="button"
            class="link small"
            onClick={() => {
              setDraft(h.note);
              setEditing(true);
            }}
          >
            {h.note ? t('panel.editNote') : t('panel.addNote')}
          </button>
        )}
        <button type="button" class="link small danger" onClick={() => onDelete(h.id)} aria-label={t('panel.deleteHighlight', { quote: quote.slice(0, 40) })}>
          {t('panel.delete')}
        </button>
        <span class="date">{i18n.date(h.savedAt)}</span>
      </div>
    </li>
  );
}
