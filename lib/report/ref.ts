/** How a clause is named for a reader: the document's own number, else its heading. */
import type { Clause, Report } from '../engine/report';
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

/** The name of the clause a span of the text lies in (the one it overlaps most), for a saved highlight; null when none. */
export function clauseRefAt(report: Pick<Report, 'clauses'> | null | undefined, start: number, end: number, i18n: I18n = EN): string | null {
  let best: { clause: Clause; overlap: number } | null = null;
  for (const clause of report?.clauses ?? []) {
    // A span of no length (or a caret) still lies in the clause that holds its start.
    const overlap = Math.min(Math.max(end, start + 1), clause.end) - Math.max(start, clause.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { clause, overlap };
  }
  return best ? clauseRef(best.clause, i18n) : null;
}
