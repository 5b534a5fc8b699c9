/**
 * When the hover card opens and closes: the pointer over a painted clause (or a saved highlight), the caret or
 * selection moved into a clause (keyboard users), scrolling, Escape, and Alt+Shift+N / Alt+Shift+P. The page
 * controller (page.ts) owns the card and the painting; this module only listens and asks it through `hooks`.
 */
import type { Anchor } from './card';

export interface CardEventHooks {
  /** The card: whether an event happened on it, whether it is in use (a note being typed), and closing it. */
  card: { contains(node: unknown): boolean; readonly busy: boolean; hide(): void };
  now(): number;
  /** Something is painted (category or saved highlights), so the pointer can be over a highlight. */
  painted(): boolean;
  clauseUnderPointer(x: number, y: number): { index: number; saved: string | null; rect: DOMRect } | null;
  /** The painted clause holding a DOM position (-1: none there); null while nothing is painted. */
  clauseAt(node: Node, offset: number): number | null;
  showCard(index: number, anchor: Anchor): void;
  showSavedCard(id: string, anchor: Anchor): void;
  /** A clause was reached by the keyboard: its card stays with it on scroll, until Escape. */
  keyboardFocused(): boolean;
  unfocus(): void;
  /** There are painted clauses to move between. */
  canMove(): boolean;
  move(direction: 1 | -1): void;
}

export function listenForCardEvents(doc: Document, signal: AbortSignal, hooks: CardEventHooks): void {
  const { card } = hooks;
  const opts = { passive: true, signal } as AddEventListenerOptions;
  const view = doc.defaultView;
  let pending: { x: number; y: number } | null = null;
  let shownBy: 'pointer' | 'caret' | null = null;
  let shownKey: string | null = null;
  /** When the pointer was last over a clause or the card. */
  let lastOver = 0;
  doc.addEventListener(
    'mousemove',
    (e) => {
      // On the card (to press Save or type a note): keep it.
      if (card.contains(e.target) || card.busy) {
        lastOver = hooks.now();
        pending = null;
        return;
      }
      const first = pending === null;
      pending = { x: e.clientX, y: e.clientY };
      if (!first || !view) return;
      // One lookup per frame however fast the pointer moves.
      view.requestAnimationFrame(() => {
        const p = pending;
        pending = null;
        if (!p || !hooks.painted()) return;
        const hit = hooks.clauseUnderPointer(p.x, p.y);
        if (hit) {
          lastOver = hooks.now();
          const key = hit.saved ?? `clause:${hit.index}`;
          if (shownBy === 'pointer' && shownKey === key) return;
          shownBy = 'pointer';
          shownKey = key;
          const anchor = { left: p.x, top: hit.rect.top, right: p.x, bottom: hit.rect.bottom };
          if (hit.saved) hooks.showSavedCard(hit.saved, anchor);
          else hooks.showCard(hit.index, anchor);
        } else if (shownBy === 'pointer') {
          // A short grace period lets the pointer cross the gap between the clause and its card.
          setTimeout(() => {
            if (hooks.now() - lastOver >= 240 && shownBy === 'pointer' && !card.busy) {
              shownBy = null;
              shownKey = null;
              card.hide();
            }
          }, 250);
        }
      });
    },
    opts,
  );
  // Keyboard users reach a clause by moving the caret or the selection into it.
  doc.addEventListener(
    'selectionchange',
    () => {
      const sel = doc.getSelection();
      if (!sel || !sel.focusNode || card.busy) return;
      const index = hooks.clauseAt(sel.focusNode, sel.focusOffset);
      if (index === null) return;
      if (index >= 0) {
        const r = sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : null;
        const box = r && r.height > 0 ? r : (sel.focusNode.parentElement?.getBoundingClientRect() ?? null);
        if (!box) return;
        if (shownBy === 'caret' && shownKey === `clause:${index}`) return;
        shownBy = 'caret';
        shownKey = `clause:${index}`;
        hooks.showCard(index, { left: box.left, top: box.top, right: box.right, bottom: box.bottom });
      } else if (shownBy === 'caret') {
        shownBy = null;
        shownKey = null;
        card.hide();
      }
    },
    opts,
  );
  // Scrolling hides a card the pointer opened; one opened from the keyboard stays with its clause until Escape.
  doc.addEventListener('scroll', () => !hooks.keyboardFocused() && card.hide(), { ...opts, capture: true });
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        card.hide();
        hooks.unfocus();
        return;
      }
      // Alt+Shift+N / Alt+Shift+P, as the extension's commands suggest (where the browser hands them to the page).
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || (e.code !== 'KeyN' && e.code !== 'KeyP')) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (!hooks.canMove()) return;
      e.preventDefault();
      hooks.move(e.code === 'KeyN' ? 1 : -1);
    },
    { signal },
  );
}
