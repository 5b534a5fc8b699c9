/**
 * Where the reader's attention is on the page: the clause under the pointer (caret lookups, checked against the
 * character's box), and bringing a range into view. Pure DOM helpers for the page controller (page.ts).
 */
import type { Painting } from './highlight';
import type { SavedPainting } from './saved';

/** The text position under a point: `caretPositionFromPoint` (standard, Firefox) or `caretRangeFromPoint` (Chromium). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * The painted clause (or saved highlight) under the pointer, with the rectangle of the character there; caret
 * lookups snap to the nearest text, so the character must really be under the pointer.
 */
export function clauseUnderPointer(
  doc: Document,
  layers: { painting: Painting | null; saved: SavedPainting | null },
  x: number,
  y: number,
): { index: number; saved: string | null; rect: DOMRect } | null {
  const { painting, saved: savedPainting } = layers;
  if (!painting && !savedPainting) return null;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const index = painting ? painting.clauseAt(caret.node, caret.offset) : -1;
  const saved = index < 0 && savedPainting ? savedPainting.idAt(caret.node, caret.offset) : null;
  if (index < 0 && !saved) return null;
  const text = caret.node as Text;
  const probe = doc.createRange();
  const at = Math.min(caret.offset, Math.max(0, text.length - 1));
  probe.setStart(text, at);
  probe.setEnd(text, Math.min(text.length, at + 1));
  const rect = probe.getBoundingClientRect();
  const slack = 4;
  if (x < rect.left - rect.width - slack || x > rect.right + rect.width + slack || y < rect.top - slack || y > rect.bottom + slack) return null;
  return { index, saved, rect };
}

/** Scrolls `range` into the middle of the view and selects it briefly, so the eye finds it; false when it is no longer on the page. */
export function revealRange(doc: Document, range: Range | null | undefined): boolean {
  const el = range ? (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement) : null;
  if (!range || !el || !el.isConnected) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const shown = range.cloneRange();
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(shown);
  setTimeout(() => {
    // Only if the user has not selected something else meanwhile.
    if (selection?.rangeCount && selection.getRangeAt(0) === shown) selection.removeAllRanges();
  }, 1500);
  return true;
}
