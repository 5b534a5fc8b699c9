/** What on a page is ClauseLens's own (the marks it draws, the hover card), so it reads and watches only the page's text. */
import { CARD_TAG } from './card';
import { OWN_ATTRIBUTE } from './highlight';

/** Our own elements (highlight marks, the card): extraction skips them. */
export const isOwnElement = (el: Element): boolean => el.hasAttribute(OWN_ATTRIBUTE) || el.tagName.toLowerCase() === CARD_TAG;

/** Whether a changed node is ours (a mark we drew, the card), so our own painting never triggers a re-check. */
export function isOwn(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (isOwnElement(el) || (el.tagName === 'MARK' && el.hasAttribute('data-clauselens-category'))) return true;
  }
  return false;
}
