/** Clauses added or changed since the reader's previous visit: a layer of their own, distinct from the categories and the saved highlights. */
import type { PaintMode } from './highlight';
import { paintLayer, type Layer, type SavedPainting } from './saved';

export const CHANGED_HIGHLIGHT = 'clauselens-changed';
export const CHANGED_ATTRIBUTE = 'data-clauselens-changed';

// A wavy amber underline: a shape, not only a colour, so it reads apart from category backgrounds and the violet saved underline.
const CHANGED_PAINT = 'text-decoration:underline wavy #d9480f;text-decoration-thickness:2px;text-underline-offset:4px';
const CHANGED_LAYER: Layer = {
  name: CHANGED_HIGHLIGHT,
  attribute: CHANGED_ATTRIBUTE,
  css: `::highlight(${CHANGED_HIGHLIGHT}){${CHANGED_PAINT}}\nmark[${CHANGED_ATTRIBUTE}]{all:unset;${CHANGED_PAINT.replace(/;/g, ' !important;')} !important}`,
  priority: 900,
};

/** Paints the changed clauses from live ranges (made before any <mark> splits Text nodes). */
export function paintChanged(doc: Document, ranges: { id: string; range: Range }[], mode?: PaintMode): SavedPainting {
  return paintLayer(doc, ranges, CHANGED_LAYER, mode);
}
