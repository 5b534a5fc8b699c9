/** The small card shown next to a highlighted clause, in a closed shadow root so page CSS cannot reach it. */
import { CATEGORIES, type Category } from '../engine/report';
import { cardWords, type CardWords, type ClauseCard } from '../report/describe';
import { CATEGORY_STYLE } from './palette';
import { OWN_ATTRIBUTE } from './highlight';
import { attachStyle } from './styles';

export const CARD_TAG = 'clauselens-card';

const CARD_CSS = `
:host { all: initial; }
.card { --bg: #fff; --fg: #1a1a1a; --muted: #495057; --rule: #dee2e6; --edge: #adb5bd; --accent: #5f3dc4; --accent-fg: #fff;
  --bad: #8b0000; --good: #2b6a30; --focus: #1864ab;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 8px); max-height: calc(100vh - 8px); overflow: auto;
  padding: 10px 12px; border-radius: 8px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--edge); box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
@media (prefers-color-scheme: dark) {
  .card { --bg: #1f2125; --fg: #e9ecef; --muted: #adb5bd; --rule: #3a3f45; --edge: #5c636a; --accent: #b197fc; --accent-fg: #111;
    --bad: #ffa8a8; --good: #8ce99a; --focus: #74c0fc; box-shadow: 0 4px 16px rgba(0,0,0,.6); }
}
.ref { font-weight: 600; margin-bottom: 4px; }
.cats { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.cat { padding: 1px 6px; border-radius: 4px; font-weight: 600; color: #111; border-bottom: 2px solid; }
ul { margin: 4px 0 0; padding-left: 16px; }
li { margin: 2px 0; }
.term { font-weight: 600; }
.expect { display: block; font-weight: 400; color: var(--muted); }
.expect.meets { color: var(--good); }
.expect.meets::before { content: "✓ "; }
.dev { color: var(--bad); }
.dev.high::before { content: "▲ "; }
.dev.medium::before { content: "● "; }
.dev.low::before { content: "○ "; }
.dev .because { display: block; color: var(--muted); font-size: 12px; }
.why { color: var(--muted); font-size: 12px; }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 8px 0 0; }
.card { pointer-events: auto; }
.actions { margin-bottom: 8px; border-bottom: 1px solid var(--rule); padding-bottom: 8px; display: grid; gap: 6px; }
.actions:empty { display: none; }
button, select, textarea { font: inherit; color: inherit; }
button { justify-self: start; padding: 3px 10px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; }
button.secondary { background: transparent; color: var(--accent); }
button:focus-visible, select:focus-visible, textarea:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.saved { font-weight: 600; color: var(--accent); }
.error { color: var(--bad); }
label { display: grid; gap: 2px; font-size: 12px; color: var(--muted); }
textarea { min-height: 48px; resize: vertical; padding: 4px; border: 1px solid var(--edge); border-radius: 4px; background: var(--bg); }
select { padding: 2px; border: 1px solid var(--edge); border-radius: 4px; background: var(--bg); }
.quote { font-style: italic; color: var(--muted); max-height: 4.2em; overflow: hidden; }
.row { display: flex; gap: 6px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
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

/** The box the card is placed beside (viewport coordinates): the clause, or the selection. */
export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Card {
  /**
   * Shows `content` (a tagged clause, or null for a saved selection) beside `anchor`, never over it where the
   * viewport has room. `announce`: say it once to screen readers (keyboard navigation; hovering says nothing).
   */
  show(content: ClauseCard | null, anchor: Anchor, saving?: CardSaving, options?: { announce?: boolean }): void;
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

const GAP = 8;

/**
 * Where the card goes: right of the clause, else left of it, else below, else above; inside the viewport.
 * Only a clause taller and wider than the viewport leaves no room, and then the card keeps to a corner.
 */
export function placeBeside(anchor: Anchor, card: { width: number; height: number }, width: number, height: number): { left: number; top: number } {
  const w = Math.min(card.width || 360, width - 8);
  const h = Math.max(card.height || 0, 120);
  const clampTop = (t: number) => Math.max(4, Math.min(t, height - h - 4));
  const clampLeft = (l: number) => Math.max(4, Math.min(l, width - w - 4));
  if (width - anchor.right >= w + GAP + 4) return { left: anchor.right + GAP, top: clampTop(anchor.top) };
  if (anchor.left >= w + GAP + 4) return { left: anchor.left - w - GAP, top: clampTop(anchor.top) };
  if (height - anchor.bottom >= h + GAP + 4) return { left: clampLeft(anchor.left), top: anchor.bottom + GAP };
  if (anchor.top >= h + GAP + 4) return { left: clampLeft(anchor.left), top: anchor.top - h - GAP };
  return { left: width - w - 4, top: height - h - 4 };
}

/** The card in one sentence, for a screen reader. */
function spoken(content: ClauseCard): string {
  const parts = [content.ref, content.categories.map((c) => c.label).join(', '), ...content.terms.map((t) => t.text)];
  if (content.deviations.length) parts.push(`${content.deviations.length} deviation${content.deviations.length === 1 ? '' : 's'}: ${content.deviations.map((d) => d.text).join('; ')}`);
  return parts.filter(Boolean).join('. ');
}

/** A card attached to `doc` lazily, on first show. */
export function createCard(doc: Document): Card {
  let host: HTMLElement | null = null;
  let body: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let live: HTMLElement | null = null;
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
    // Through the CSSOM, which no page's (or the extension's) CSP blocks, unlike a style attribute.
    host.style.cssText = 'all:initial;position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none;display:none';
    root = host.attachShadow({ mode: 'closed' });
    attachStyle(root, CARD_CSS);
    body = el(doc, 'div', 'card');
    // A labelled group, not a live dialog: hovering must not make a screen reader speak; `announce` does, once.
    body.setAttribute('role', 'group');
    body.setAttribute('aria-label', 'ClauseLens clause details');
    body.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hideCard();
    });
    live = el(doc, 'div', 'sr');
    live.setAttribute('role', 'status');
    root.append(body, live);
    doc.documentElement.appendChild(host);
    return body;
  }

  return {
    show(content, anchor, saving, options = {}) {
      const card = ensure();
      card.replaceChildren();
      if (content) {
        if (content.ref) card.appendChild(el(doc, 'div', 'ref', content.ref));
        const cats = el(doc, 'div', 'cats');
        for (const c of content.categories) {
          const chip = el(doc, 'span', 'cat', c.label);
          chip.style.background = CATEGORY_STYLE[c.id].background;
          chip.style.borderBottomColor = CATEGORY_STYLE[c.id].line;
          cats.appendChild(chip);
        }
        card.appendChild(cats);
        if (content.terms.length) {
          const ul = el(doc, 'ul', null);
          for (const t of content.terms) {
            const li = el(doc, 'li', 'term', t.text);
            if (t.expected) li.appendChild(el(doc, 'span', `expect${t.meets ? ' meets' : ''}`, t.meets ? `meets your baseline: ${t.expected}` : `your baseline: ${t.expected}`));
            ul.appendChild(li);
          }
          card.appendChild(ul);
        }
        if (content.deviations.length) {
          card.appendChild(el(doc, 'h3', null, 'Falls short'));
          const ul = el(doc, 'ul', null);
          for (const d of content.deviations) {
            const li = el(doc, 'li', `dev ${d.severity}`, d.text);
            if (d.why) li.appendChild(el(doc, 'span', 'because', `Why it matters: ${d.why}`));
            ul.appendChild(li);
          }
          card.appendChild(ul);
        }
        if (content.reasons.length) {
          card.appendChild(el(doc, 'h3', null, 'Why tagged'));
          card.appendChild(list(doc, content.reasons, 'why'));
        }
      } else if (saving?.quote) card.appendChild(el(doc, 'div', 'quote', `“${saving.quote}”`));
      // The save controls come first: the card's top-left is where the eye and the pointer arrive.
      if (saving) card.prepend(savingSection(saving));
      host!.style.display = 'block';
      const view = doc.defaultView;
      const box = placeBeside(anchor, card.getBoundingClientRect(), view?.innerWidth ?? 1024, view?.innerHeight ?? 768);
      host!.style.left = `${Math.round(box.left)}px`;
      host!.style.top = `${Math.round(box.top)}px`;
      if (live) {
        // Cleared first so the same text said again (the same clause reached twice) is still spoken.
        live.textContent = '';
        if (options.announce && content) live.textContent = spoken(content);
      }
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
      live = null;
    },
  };
}
