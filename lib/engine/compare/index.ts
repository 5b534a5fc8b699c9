/**
 * What changed between two versions of a document: clauses matched across versions (moved ones
 * matched, whitespace and formatting churn ignored), changed clauses with their words added and
 * removed, added and removed clauses, term changes as dotted paths of the report's terms, and the
 * deviations that appeared or went away. Pure: blocks and reports in, a comparison out.
 */
import type { BlockKind } from '../text/types';
import { match, units } from './match';
import { deviationChanges, termChanges } from './terms';
import type { ClauseChange, Comparison, VersionSide } from './types';
import { wordDiff } from './worddiff';

export { blockKey, versionBlocks } from './match';
export { TERM_PATHS, termChanges } from './terms';
export type { ClauseChange, Comparison, TermChange, TermValue, VersionBlock, VersionSide, WordOp } from './types';
export { wordDiff } from './worddiff';

/** Compares the version a reader saw before with the one in front of them. */
export function compareVersions(before: VersionSide, after: VersionSide): Comparison {
  const oldU = units(before.blocks);
  const newU = units(after.blocks);
  const m = match(oldU, newU);
  const isClause = (k: BlockKind) => k !== 'heading';
  const changes: ClauseChange[] = [];
  const sections = { added: [] as string[], removed: [] as string[] };
  const ob = before.blocks;
  const nb = after.blocks;
  const pairedNew = new Set<number>([...m.same.values(), ...m.changed.values(), ...m.reflowNew]);
  const changedByNew = new Map([...m.changed].map(([o, n]) => [n, o]));
  let moved = 0;
  let unchanged = 0;
  for (const [o] of m.same) {
    if (!isClause(ob[o].kind)) continue;
    unchanged++;
    if (m.moved.has(o)) moved++;
  }
  // Changes in the new version's reading order; removed clauses where they used to be.
  const removedAt = new Map<number, number[]>();
  let lastNew = -1;
  const oldToNew = new Map([...m.same, ...m.changed]);
  for (let o = 0; o < ob.length; o++) {
    const n = oldToNew.get(o);
    if (n !== undefined && !m.moved.has(o)) lastNew = n;
    if (n !== undefined || m.reflowOld.has(o) || !oldU[o].key) continue;
    if (!isClause(ob[o].kind)) {
      sections.removed.push(ob[o].text.trim());
      continue;
    }
    (removedAt.get(lastNew) ?? removedAt.set(lastNew, []).get(lastNew)!).push(o);
  }
  const removed = (o: number): ClauseChange => ({ kind: 'removed', block: ob[o].kind, before: ob[o].text, after: null, oldStart: ob[o].start, oldEnd: ob[o].end, start: null, end: null });
  for (const o of removedAt.get(-1) ?? []) changes.push(removed(o));
  for (let n = 0; n < nb.length; n++) {
    const o = changedByNew.get(n);
    if (o !== undefined) {
      const diff = wordDiff(ob[o].text, nb[n].text);
      // Numbering or punctuation spacing alone: the keys differ, the words do not.
      if (diff.some((d) => d.op !== '=')) {
        changes.push({
          kind: 'changed',
          block: nb[n].kind,
          before: ob[o].text,
          after: nb[n].text,
          oldStart: ob[o].start,
          oldEnd: ob[o].end,
          start: nb[n].start,
          end: nb[n].end,
          ...(m.moved.has(o) ? { moved: true } : {}),
          diff,
          wordsAdded: diff.filter((d) => d.op === '+').map((d) => d.text.trim()),
          wordsRemoved: diff.filter((d) => d.op === '-').map((d) => d.text.trim()),
        });
      }
    } else if (!pairedNew.has(n) && newU[n].key) {
      if (isClause(nb[n].kind)) changes.push({ kind: 'added', block: nb[n].kind, before: null, after: nb[n].text, oldStart: null, oldEnd: null, start: nb[n].start, end: nb[n].end });
      else sections.added.push(nb[n].text.trim());
    }
    for (const ro of removedAt.get(n) ?? []) changes.push(removed(ro));
  }
  const count = (k: ClauseChange['kind']) => changes.filter((c) => c.kind === k && (k !== 'changed' || isClause(c.block))).length;
  const terms = termChanges(before.terms, after.terms, after.blocks);
  const deviations = deviationChanges(before.deviations, after.deviations);
  const clauses = { added: count('added'), removed: count('removed'), changed: count('changed'), moved, unchanged, changes };
  return {
    terms,
    deviations,
    clauses,
    sections,
    changed:
      terms.length > 0 ||
      deviations.added.length + deviations.removed.length + deviations.changed.length > 0 ||
      changes.length > 0 ||
      sections.added.length + sections.removed.length > 0,
  };
}
