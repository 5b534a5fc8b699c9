/**
 * The keyboard's place among the highlights (Alt+Shift+N / Alt+Shift+P): which painted clause comes next, and the
 * mark on the clause the keyboard is on — a highlight of its own over its ranges, or an outline on its <mark>s.
 */
import type { Painting } from './highlight';

type PaintedClause = Painting['clauses'][number];

/**
 * The clause to move to: the first after (before) the one the keyboard is on, else the first at or below the top of
 * the view (the last above it, going back); wraps around. Null when nothing is painted.
 */
export function nextHighlight(painting: Painting | null, focused: number, direction: 1 | -1): { target: PaintedClause; position: number; total: number } | null {
  const list = painting ? [...painting.clauses].sort((a, b) => a.index - b.index) : [];
  if (!list.length) return null;
  let at = list.findIndex((c) => c.index === focused);
  if (at < 0) {
    const firstBelow = list.findIndex((c) => c.range.getBoundingClientRect().top >= 0);
    at = direction === 1 ? (firstBelow < 0 ? 0 : firstBelow) : (firstBelow <= 0 ? list.length - 1 : firstBelow - 1);
  } else at = (at + direction + list.length) % list.length;
  return { target: list[at], position: at + 1, total: list.length };
}

/** The focus mark: at most one clause carries it; `quietly` runs DOM changes out of the page observer's sight. */
export function createFocusMark(doc: Document, quietly: <T>(fn: () => T) => T) {
  let focused = -1;
  let clear: (() => void) | null = null;
  const unmark = (): void => {
    focused = -1;
    if (clear) {
      const c = clear;
      clear = null;
      quietly(c);
    }
  };
  return {
    /** The clause index the keyboard is on, -1 when none. */
    get index(): number {
      return focused;
    },
    clear: unmark,
    mark(painting: Painting | null, index: number): void {
      unmark();
      const painted = painting?.clauses.find((c) => c.index === index);
      if (!painted || !painting) return;
      focused = index;
      const view = doc.defaultView;
      if (painting.mode === 'highlight-api' && view && typeof view.Highlight === 'function') {
        const registry = view.CSS.highlights;
        const highlight = new view.Highlight(...painted.ranges.filter((r) => r.startContainer.ownerDocument === doc));
        highlight.priority = 1000;
        registry.set('clauselens-focus', highlight);
        clear = () => registry.delete('clauselens-focus');
      } else {
        const marks = [...doc.querySelectorAll<HTMLElement>(`mark[data-clauselens-clause="${index}"]`)];
        for (const m of marks) m.setAttribute('data-clauselens-focus', '');
        clear = () => marks.forEach((m) => m.removeAttribute('data-clauselens-focus'));
      }
    },
  };
}
