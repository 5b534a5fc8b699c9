/**
 * Which blocks of two versions are the same clause: keys that ignore whitespace, typography, case and
 * numbering; pairing of edited, moved and reflowed blocks by the words they share.
 */
import type { BlockKind, Doc } from '../text/types';
import type { VersionBlock } from './types';
import { BULLET_CLASS } from '../text/bullets';

/** A document's blocks as a version keeps them. */
export function versionBlocks(doc: Doc): VersionBlock[] {
  return doc.blocks.map((b) => ({ kind: b.kind, text: doc.text.slice(b.start, b.end), start: b.start, end: b.end }));
}

// ---- matching keys --------------------------------------------------------------------------

/** A leading list or clause marker: renumbering after an insertion is not a change of the clause. */
const LEAD_MARKER = new RegExp(String.raw`^(?:${BULLET_CLASS}\s+|\((?:[ivx]{1,6}|[a-z]{1,2}|\d{1,3})\)\s*|(?:[ivx]{1,6}|[a-z]|\d{1,3})[.)]\s+|\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+|(?:clause|section|article|§)\s+\d{1,3}(?:\.\d{1,3})*\.?[\s:]+)`);
/** Soft hyphens, zero-width characters and emoji decorate a clause; they do not change it. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]|\ufe0e|\ufe0f|\p{Extended_Pictographic}/gu;

/** What stays of a block when whitespace, typography, case and numbering are set aside. */
export function blockKey(text: string): string {
  let k = text
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  for (let i = 0; i < 2; i++) k = k.replace(LEAD_MARKER, '');
  return k.replace(/ ([.,;:!?)])/g, '$1').replace(/\( /g, '(');
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (key: string) => key.match(WORD) ?? [];

function counts(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function dice(a: Map<string, number>, na: number, b: Map<string, number>, nb: number): number {
  if (!na || !nb) return 0;
  let common = 0;
  for (const [w, n] of a) common += Math.min(n, b.get(w) ?? 0);
  return (2 * common) / (na + nb);
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export interface Unit {
  i: number;
  key: string;
  kind: BlockKind;
  /** Word counts, made only for blocks that need pairing (most blocks match as they are). */
  bag?: { words: Map<string, number>; n: number };
}

function bag(u: Unit): { words: Map<string, number>; n: number } {
  if (!u.bag) {
    const ws = words(u.key);
    u.bag = { words: counts(ws), n: ws.length };
  }
  return u.bag;
}

/** How alike two blocks read: shared words, or shared letter pairs for short ones ("Our addresses are:"). */
function similarity(a: Unit, b: Unit): number {
  const ba = bag(a);
  const bb = bag(b);
  const w = dice(ba.words, ba.n, bb.words, bb.n);
  if (a.key.length > 80 || b.key.length > 80) return w;
  return Math.max(w, dice(bigrams(a.key), a.key.length - 1, bigrams(b.key), b.key.length - 1));
}

/** Longest increasing subsequence of `xs` (indices into xs), O(n log n). */
function lis(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

const GAP_THRESHOLD = 0.5;
/** A lone old block facing a lone new block between the same neighbours is an edit when it shares this much. */
const ONE_TO_ONE_THRESHOLD = 0.34;
/** Pairing a changed block that also moved needs more in common. */
const MOVED_THRESHOLD = 0.6;
/** Words in more blocks than this say nothing about which blocks belong together. */
const COMMON_WORD_BLOCKS = 40;

/** Blocks of the old and the new version matched: old index -> new index, and how. */
export interface Matching {
  same: Map<number, number>;
  changed: Map<number, number>;
  moved: Set<number>;
  /** Old blocks joined or split by a reflow: old indices covered -> the new indices they became. */
  reflowOld: Set<number>;
  reflowNew: Set<number>;
}

export function units(blocks: VersionBlock[]): Unit[] {
  return blocks.map((b, i) => ({ i, key: blockKey(b.text), kind: b.kind }));
}

export function match(oldU: Unit[], newU: Unit[]): Matching {
  const same = new Map<number, number>();
  // Identical keys: first occurrences pair up in order, so repeated boilerplate pairs sensibly.
  const byKey = new Map<string, number[]>();
  for (const u of oldU) if (u.key) (byKey.get(u.key) ?? byKey.set(u.key, []).get(u.key)!).push(u.i);
  const usedNew = new Set<number>();
  for (const u of newU) {
    const q = u.key ? byKey.get(u.key) : undefined;
    if (q?.length) {
      same.set(q.shift()!, u.i);
      usedNew.add(u.i);
    }
  }
  // Clauses that kept their order anchor the comparison; the others moved.
  const pairs = [...same].sort((a, b) => a[0] - b[0]);
  const inOrder = lis(pairs.map((p) => p[1]));
  const moved = new Set<number>();
  pairs.forEach(([o], k) => {
    if (!inOrder.has(k)) moved.add(o);
  });
  const anchors = pairs.filter((_, k) => inOrder.has(k));

  const reflowOld = new Set<number>();
  const reflowNew = new Set<number>();
  const changed = new Map<number, number>();
  const emptyOld = (i: number) => !oldU[i].key;
  const emptyNew = (i: number) => !newU[i].key;
  // Gaps between consecutive anchors hold the blocks that were edited, added, removed or reflowed.
  let prevO = -1;
  let prevN = -1;
  for (const [ao, an] of [...anchors, [oldU.length, newU.length] as [number, number]]) {
    const gapO: number[] = [];
    const gapN: number[] = [];
    for (let i = prevO + 1; i < ao; i++) if (!same.has(i) && !emptyOld(i)) gapO.push(i);
    for (let j = prevN + 1; j < an; j++) if (!usedNew.has(j) && !emptyNew(j)) gapN.push(j);
    prevO = ao;
    prevN = an;
    if (!gapO.length || !gapN.length) continue;
    reflow(gapO, gapN, oldU, newU, reflowOld, reflowNew);
    const o = gapO.filter((i) => !reflowOld.has(i));
    const n = gapN.filter((j) => !reflowNew.has(j));
    if (!o.length || !n.length) continue;
    const threshold = o.length === 1 && n.length === 1 ? ONE_TO_ONE_THRESHOLD : GAP_THRESHOLD;
    pairBest(o, n, oldU, newU, threshold, changed);
  }
  // Edited clauses that also moved: paired across the document through the words they share.
  const leftO = oldU.filter((u) => u.key && !same.has(u.i) && !changed.has(u.i) && !reflowOld.has(u.i)).map((u) => u.i);
  const pairedNew = new Set([...usedNew, ...changed.values(), ...reflowNew]);
  const leftN = newU.filter((u) => u.key && !pairedNew.has(u.i)).map((u) => u.i);
  if (leftO.length && leftN.length) {
    const found = new Map<number, number>();
    pairBest(leftO, leftN, oldU, newU, MOVED_THRESHOLD, found);
    for (const [o, n] of found) {
      changed.set(o, n);
      moved.add(o);
    }
  }
  return { same, changed, moved, reflowOld, reflowNew };
}

/** A paragraph split in two, or two joined, with the same words: formatting, not a change. */
function reflow(gapO: number[], gapN: number[], oldU: Unit[], newU: Unit[], rO: Set<number>, rN: Set<number>) {
  const tryJoin = (one: Unit[], many: Unit[], markOne: Set<number>, markMany: Set<number>) => {
    for (let a = 0; a < one.length; a++) {
      const target = one[a].key;
      if (markOne.has(one[a].i)) continue;
      for (let s = 0; s < many.length; s++) {
        if (markMany.has(many[s].i) || !target.startsWith(many[s].key)) continue;
        let joined = many[s].key;
        let e = s;
        while (joined.length < target.length && e + 1 < many.length && e - s < 12 && !markMany.has(many[e + 1].i)) {
          e++;
          joined = `${joined} ${many[e].key}`;
          if (!target.startsWith(joined)) break;
        }
        if (e > s && joined === target) {
          markOne.add(one[a].i);
          for (let k = s; k <= e; k++) markMany.add(many[k].i);
          break;
        }
      }
    }
  };
  tryJoin(gapN.map((j) => newU[j]), gapO.map((i) => oldU[i]), rN, rO);
  tryJoin(gapO.map((i) => oldU[i]), gapN.map((j) => newU[j]), rO, rN);
}

/** A renamed heading is another section: only a near-identical one is the same heading edited. */
const HEADING_THRESHOLD = 0.75;

/** How alike two blocks are for pairing: a heading pairs only with a heading, and only when nearly the same. */
function pairScore(a: Unit, b: Unit, threshold: number): number {
  const ha = a.kind === 'heading';
  if (ha !== (b.kind === 'heading')) return 0;
  const s = similarity(a, b);
  return ha && s < Math.max(threshold, HEADING_THRESHOLD) ? 0 : s;
}

/** Pairs old and new blocks best first, each at most once, when they are alike enough. */
function pairBest(o: number[], n: number[], oldU: Unit[], newU: Unit[], threshold: number, out: Map<number, number>) {
  const cands: [number, number, number][] = [];
  if (o.length * n.length <= 20_000) {
    for (const i of o) for (const j of n) cands.push([pairScore(oldU[i], newU[j], threshold), i, j]);
  } else {
    // Large regions (a rewritten document): only blocks sharing a distinctive word are compared.
    const index = new Map<string, number[]>();
    for (const i of o) for (const w of bag(oldU[i]).words.keys()) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
    for (const j of n) {
      const seen = new Set<number>();
      for (const w of bag(newU[j]).words.keys()) {
        const hits = index.get(w);
        if (!hits || hits.length > COMMON_WORD_BLOCKS) continue;
        for (const i of hits) {
          if (seen.has(i)) continue;
          seen.add(i);
          cands.push([pairScore(oldU[i], newU[j], threshold), i, j]);
        }
      }
    }
  }
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedN = new Set<number>();
  for (const [s, i, j] of cands) {
    if (s < threshold || s === 0) break;
    if (out.has(i) || usedN.has(j)) continue;
    out.set(i, j);
    usedN.add(j);
  }
}
