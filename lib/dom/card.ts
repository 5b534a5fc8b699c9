/** The small card shown next to a highlighted clause, in a closed shadow root so page CSS cannot reach it. */
import type { ClauseCard } from './describe';
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
`;

export interface Card {
  /** Shows `content` next to `anchor` (viewport coordinates). */
  show(content: ClauseCard, anchor: { left: number; top: number; bottom: number }): void;
  hide(): void;
  /** Removes the card from the page. */
  destroy(): void;
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

  function ensure(): HTMLElement {
    if (body && host?.isConnected) return body;
    host = doc.createElement(CARD_TAG);
    host.setAttribute(OWN_ATTRIBUTE, 'card');
    // Fixed position and no pointer events: the card never moves the page's layout or catches its clicks.
    host.setAttribute('style', 'all:initial;position:fixed;left:0;top:0;z-index:2147483647;pointer-events:none;display:none');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    body = el(doc, 'div', 'card');
    body.setAttribute('role', 'tooltip');
    body.setAttribute('aria-live', 'polite');
    root.append(style, body);
    doc.documentElement.appendChild(host);
    return body;
  }

  return {
    show(content, anchor) {
      const card = ensure();
      card.replaceChildren();
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
      const view = doc.defaultView;
      const width = view?.innerWidth ?? 1024;
      const height = view?.innerHeight ?? 768;
      const left = Math.max(4, Math.min(anchor.left, width - 364));
      // Below the clause when there is room, above it otherwise.
      const below = anchor.bottom + 6;
      const top = below + 160 < height ? below : Math.max(4, anchor.top - 166);
      host!.style.left = `${Math.round(left)}px`;
      host!.style.top = `${Math.round(top)}px`;
      host!.style.display = 'block';
    },
    hide() {
      if (host) host.style.display = 'none';
    },
    destroy() {
      host?.remove();
      host = null;
      body = null;
    },
  };
}
