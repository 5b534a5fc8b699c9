/** The small card shown next to a highlighted clause, in a closed shadow root so page CSS cannot reach it. */
import { CATEGORIES, type Category } from '../engine/report';
import { cardWords, type CardWords, type ClauseCard } from '../report/describe';
import { CATEGORY_STYLE } from './palette';
import { OWN_ATTRIBUTE } from './highlight';

export const CARD_TAG = 'clauselens-card';

const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; max-width: 360px; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1a1a1a; border: 1px solid #adb5bd; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.cats { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.cat { padding: 1px 6px; border-radius: 4px; font-weight: 600; color: #111; border-bottom: 2px solid; }
ul { margin: 4px 0 0; padding-left: 16px; }
li { margin: 2px 0; }
.term { font-weight: 600; }
.dev { color: #8b0000; }
.dev.high::before { content: "▲ "; }
.dev.medium::before { content: "● "; }
.dev.low::before { content: "○ "; }
.why { color: #495057; font-size: 12px; }
.card { pointer-events: auto; }
.actions { margin-bottom: 8px; border-bottom: 1px solid #dee2e6; padding-bottom: 8px; display: grid; gap: 6px; }
.actions:empty { display: none; }
button, select, textarea { font: inherit; color: inherit; }
button { justify-self: start; padding: 3px 10px; border-radius: 6px; border: 1px solid #5f3dc4; background: #5f3dc4; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #5f3dc4; }
button:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid #1864ab; outline-offset: 1px; }
.saved { font-weight: 600; color: #5f3dc4; }
.error { color: #8b0000; }
label { display: grid; gap: 2px; font-size: 12px; color: #343a40; }
textarea { min-height: 48px; resize: vertical; padding: 4px; border: 1px solid #adb5bd; border-radius: 4px; background: #fff; }
select { padding: 2px; border: 1px solid #adb5bd; border-radius: 4px; background: #fff; }
.quote { font-style: italic; color: #343a40; max-height: 4.2em; overflow: hidden; }
.row { display: flex; gap: 6px; }
`;

/** A saved highlight as the card shows and edits it. */
export interface SavedInfo {
  id: string;
  note: string;
  category: Category | null;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/** The card's save section: "Save to sidebar" for a clause that is not saved, the note and category editor for one that is. */
export interface CardSaving {
  saved: SavedInfo | null;
  /** Saves the clause; absent when the card is for a saved selection only. */
  save?: () => Promise<Answer<SavedInfo>>;
  update(id: string, patch: { note?: string; category?: Category | null }): Promise<Answer<SavedInfo>>;
  /** Put the caret in the note at once (after a save from the keyboard shortcut or context menu). */
  focusNote?: boolean;
  /** The quote, shown when the card is for a selection rather than a tagged clause. */
  quote?: string;
}

export interface Card {
  /** Shows `content` (a tagged clause, or null for a saved selection) next to `anchor` (viewport coordinates). */
  show(content: ClauseCard | null, anchor: { left: number; top: number; bottom: number }, saving?: CardSaving): void;
  hide(): void;
  /** Whether `node` (an event target) is the card: the pointer or focus is on it, so it must stay. */
  contains(node: unknown): boolean;
  /** The user is typing in the card: hovering elsewhere must not take it away. */
  readonly busy: boolean;
  /** Removes the card from the page. */
  destroy(): void;
  /** The card's own words in the reader's language (sent by the background with the cards). */
  setWords(words: CardWords): void;
}

function el(doc: Document, tag: string, className: string | null, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function list(doc: Document, items: string[], className: string): HTMLElement {
  const ul = el(doc, 'ul', null);
  for (const item of items) ul.appendChild(el(doc, 'li', className, item));
  return ul;
}

/** A card attached to `doc` lazily, on first show. */
export function createCard(doc: Document): Card {
  let host: HTMLElement | null = null;
  let body: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let editing = false;
  let words: CardWords = cardWords();

  /** "Save to sidebar", or, once saved, the note and category editor; every change is saved at once. */
  function savingSection(saving: CardSaving): HTMLElement {
    const box = el(doc, 'div', 'actions');
    const message = el(doc, 'div', 'error');
    message.setAttribute('role', 'alert');
    const render = (saved: SavedInfo | null, focus: boolean) => {
      box.replaceChildren();
      if (!saved) {
        if (!saving.save) return;
        const button = el(doc, 'button', null, words.save);
        button.setAttribute('type', 'button');
        button.addEventListener('click', async () => {
          button.setAttribute('disabled', '');
          const answer = await saving.save!();
          if (answer.ok) render(answer.value, true);
          else {
            button.removeAttribute('disabled');
            message.textContent = words.saveFailed.replace('{error}', () => answer.error);
          }
        });
        box.append(button, message);
        return;
      }
      let current = saved;
      const update = async (patch: { note?: string; category?: Category | null }) => {
        const answer = await saving.update(current.id, patch);
        if (answer.ok) {
          current = answer.value;
          message.textContent = '';
        } else message.textContent = words.changeFailed.replace('{error}', () => answer.error);
      };
      const status = el(doc, 'div', 'saved', `✓ ${words.saved}`);
      const noteLabel = el(doc, 'label', null, words.note);
      const note = doc.createElement('textarea');
      note.value = saved.note;
      note.setAttribute('placeholder', words.notePlaceholder);
      note.addEventListener('focus', () => (editing = true));
      note.addEventListener('blur', () => {
        editing = false;
        if (note.value !== current.note) void update({ note: note.value });
      });
      noteLabel.appendChild(note);
      const catLabel = el(doc, 'label', null, words.category);
      const select = doc.createElement('select');
      const none = el(doc, 'option', null, words.noCategory) as HTMLOptionElement;
      none.value = '';
      select.appendChild(none);
      for (const c of CATEGORIES) {
        const option = el(doc, 'option', null, words.categories[c]) as HTMLOptionElement;
        option.value = c;
        select.appendChild(option);
      }
      select.value = saved.category ?? '';
      select.addEventListener('change', () => void update({ category: (select.value || null) as Category | null }));
      catLabel.appendChild(select);
      const done = el(doc, 'button', 'secondary', words.done);
      done.setAttribute('type', 'button');
      done.addEventListener('click', async () => {
        editing = false;
        if (note.value !== current.note) await update({ note: note.value });
        if (!message.textContent) hideCard();
      });
      box.append(status, noteLabel, catLabel, done, message);
      if (focus) note.focus();
    };
    render(saving.saved, false);
    return box;
  }

  function hideCard(): void {
    editing = false;
    if (host) host.style.display = 'none';
  }

  function ensure(): HTMLElement {
    if (body && host?.isConnected) return body;
    host = doc.createElement(CARD_TAG);
    host.setAttribute(OWN_ATTRIBUTE, 'card');
    // Fixed position: the card never moves the page's layout; only the card box itself (not the host's area) takes clicks.
    host.setAttribute('style', 'all:initial;position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none;display:none');
    root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    body = el(doc, 'div', 'card');
    body.setAttribute('role', 'dialog');
    body.setAttribute('aria-label', 'ClauseLens');
    body.setAttribute('aria-live', 'polite');
    body.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hideCard();
    });
    root.append(style, body);
    doc.documentElement.appendChild(host);
    return body;
  }

  return {
    show(content, anchor, saving) {
      const card = ensure();
      card.replaceChildren();
      if (content) {
        const cats = el(doc, 'div', 'cats');
        for (const c of content.categories) {
          const chip = el(doc, 'span', 'cat', c.label);
          chip.style.background = CATEGORY_STYLE[c.id].background;
          chip.style.borderBottomColor = CATEGORY_STYLE[c.id].line;
          cats.appendChild(chip);
        }
        card.appendChild(cats);
        if (content.terms.length) card.appendChild(list(doc, content.terms, 'term'));
        if (content.deviations.length) {
          const ul = el(doc, 'ul', null);
          for (const d of content.deviations) ul.appendChild(el(doc, 'li', `dev ${d.severity}`, d.text));
          card.appendChild(ul);
        }
        if (content.reasons.length) card.appendChild(list(doc, content.reasons, 'why'));
      } else if (saving?.quote) card.appendChild(el(doc, 'div', 'quote', `“${saving.quote}”`));
      // The save controls come first: the card's top-left is where the eye and the pointer arrive.
      if (saving) card.prepend(savingSection(saving));
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const left = Math.max(4, Math.min(anchor.left, width - 364));
      host!.style.display = 'block';
      // Below the clause when there is room, above it otherwise (measured: the save section makes the card taller).
      const tall = Math.max(160, card.getBoundingClientRect().height || 0);
      const below = anchor.bottom + 6;
      const top = below + tall < height ? below : Math.max(4, anchor.top - tall - 6);
      host!.style.left = `${Math.round(left)}px`;
      host!.style.top = `${Math.round(top)}px`;
      if (saving?.focusNote) root?.querySelector('textarea')?.focus();
    },
    hide: hideCard,
    contains(node) {
      return !!host && node === host;
    },
    get busy() {
      return editing && !!host && host.style.display !== 'none';
    },
    setWords(next) {
      words = next;
    },
    destroy() {
      host?.remove();
      host = null;
      body = null;
      root = null;
    },
  };
}
