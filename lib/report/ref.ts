/** How a clause is named for a reader: the document's own number, else its heading. */
import type { Clause } from '../engine/report';
import { EN, type I18n } from './i18n';

/**
 * "Clause 8.2 · Personal Data Breach", "Clause 9", or the heading alone; for the card, the popup, the side panel
 * and exports. The word for a bare number is the reader's ("Punkt 14.3", "Ziffer 14.3"); a number the document
 * words itself ("§ 7", "Section 9") is its own.
 */
export function clauseRef(clause: Pick<Clause, 'number' | 'heading'> | null | undefined, i18n: I18n = EN): string | null {
  if (!clause) return null;
  const heading = clause.heading ? clause.heading.replace(/\s+/g, ' ').trim() : null;
  const number = clause.number ?? null;
  if (!number) return heading;
  const named = /^(?:§|clause|section|article)/i.test(number) ? number : i18n.t(/^\(/.test(number) ? 'ref.item' : 'ref.clause', { n: number });
  // A heading that starts with the number itself ("8. Personal Data Breach") is not repeated.
  const title = heading?.replace(/^(?:§|clause|section|article)?\s*[\d.]+\s*[.:)]?\s*/i, '').trim();
  return title && title.length <= 80 ? `${named} · ${title}` : named;
}
