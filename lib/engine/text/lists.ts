/**
 * Lists and the sentence that introduces them. A list item often says only half of what it means
 * ("Åtkomstloggregister: 3 månader"); the other half is in its lead ("Om lagring krävs enligt lag,
 * lagras dock informationen under följande perioder."), so tagging and term reading look it up here.
 */
import { LIST_LEAD } from '../vocabulary';
import type { Doc } from './types';

/** Sentences looked back over for a list's lead: long lists are rare, and the walk stays linear. */
const LOOKBACK = 40;

/** The sentence (normalized) introduces the list items after it: it ends with a colon, or announces them ("följande"). */
export function introducesList(norm: string): boolean {
  return /:\s*$/.test(norm) || announcesList(norm);
}

/**
 * The sentence announces a list in words ("lagras ... under följande perioder."), not only with a colon. A list
 * item that opens a nested list is a lead only when it says so in words: colon-ended items in English lists
 * ("Analytics & Optimization: follow the instructions below:") mostly carry their own topic, and letting
 * them lead changed six English reports, half of them for the worse.
 */
export function announcesList(norm: string): boolean {
  return /[.:]\s*$/.test(norm) && LIST_LEAD.test(norm);
}

/** For a sentence inside a list item, the index of the sentence that introduces the list, or -1. */
export function listLead(doc: Doc, si: number): number {
  const s = doc.sentences[si];
  const item = s && doc.blocks[s.block];
  if (!item || item.kind !== 'list-item') return -1;
  for (let i = si - 1; i >= 0 && i >= si - LOOKBACK; i--) {
    const p = doc.sentences[i];
    const block = doc.blocks[p.block];
    if (block.kind === 'heading') return -1;
    const norm = doc.norm.slice(p.start, p.end);
    // A shallower item that announces the list in words is its lead; other items are walked past.
    if (block.kind === 'list-item') {
      if (block.level < item.level && announcesList(norm)) return i;
      continue;
    }
    return introducesList(norm) ? i : -1;
  }
  return -1;
}
