/**
 * What changed between two versions of a document: clauses matched across versions (moved ones
 * matched, whitespace and formatting churn ignored), changed clauses with their words added and
 * removed, added and removed clauses, term changes as dotted paths of the report's terms, and the
 * deviations that appeared or went away. Pure: blocks and reports in, a comparison out.
 */
import type { Deviation, Terms } from './report';
import { normalizeForMatch } from './text/structure';
import type { BlockKind, Doc } from './text/types';

/** One block of a version: a heading, paragraph or list item, with its offsets in that version's text. */
export interface VersionBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/** What a comparison needs of one version. */
export interface VersionSide {
  blocks: VersionBlock[];
  terms: Terms;
  deviations: Pick<Deviation, 'rule' | 'found'>[];
}

export type TermValue = number | string | boolean | null | (number | string)[];

export interface TermChange {
  /** Dotted path of the report's terms: "breachNotice.maxHours", "retention", "transfers.mechanisms". */
  term: string;
  before: TermValue;
  after: TermValue;
  /** The sentences the values were read from (null when the term is not stated on that side). */
  evidenceBefore: string | null;
  evidence: string | null;
  /** Offsets of `evidence` in the new version's text. */
  start: number | null;
  end: number | null;
}

export interface WordOp {
  op: '=' | '+' | '-';
  text: string;
}

export interface ClauseChange {
  kind: 'changed' | 'added' | 'removed';
  /** Block kind on the side that has it (the new side for changed clauses). */
  block: BlockKind;
  before: string | null;
  after: string | null;
  /** Offsets in the old / new text (null on the side that lacks the clause). */
  oldStart: number | null;
  oldEnd: number | null;
  start: number | null;
  end: number | null;
  /** Changed clauses that also moved to another place in the document. */
  moved?: boolean;
  /** Changed clauses: the word-level edit, in order, and the runs added and removed. */
  diff?: WordOp[];
  wordsAdded?: string[];
  wordsRemoved?: string[];
}

export interface Comparison {
  terms: TermChange[];
  deviations: { added: string[]; removed: string[]; changed: { rule: string; before: string; after: string }[] };
  /** Counts are of clauses (paragraphs and list items); headings are counted as sections. */
  clauses: { added: number; removed: number; changed: number; moved: number; unchanged: number; changes: ClauseChange[] };
  sections: { added: string[]; removed: string[] };
  /** True when something a reviewer would read as a change differs (moves and formatting alone are not). */
  changed: boolean;
}

/** A document's blocks as a version keeps them. */
export function versionBlocks(doc: Doc): VersionBlock[] {
  return doc.blocks.map((b) => ({ kind: b.kind, text: doc.text.slice(b.start, b.end), start: b.start, end: b.end }));
}

// ---- matching keys --------------------------------------------------------------------------

/** A leading list or clause marker: renumbering after an insertion is not a change of the clause. */
const LEAD_MARKER = /^(?:[•●▪◦‣∙·*–—-]\s+|\((?:[ivx]{1,6}|[a-z]{1,2}|\d{1,3})\)\s*|(?:[ivx]{1,6}|[a-z]|\d{1,3})[.)]\s+|\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+|(?:clause|section|article|§)\s+\d{1,3}(?:\.\d{1,3})*\.?[\s:]+)/;
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

interface Unit {
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
interface Matching {
  same: Map<number, number>;
  changed: Map<number, number>;
  moved: Set<number>;
  /** Old blocks joined or split by a reflow: old indices covered -> the new indices they became. */
  reflowOld: Set<number>;
  reflowNew: Set<number>;
}

function units(blocks: VersionBlock[]): Unit[] {
  return blocks.map((b, i) => ({ i, key: blockKey(b.text), kind: b.kind }));
}

function match(oldU: Unit[], newU: Unit[]): Matching {
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

// ---- word diff ------------------------------------------------------------------------------

interface Token {
  text: string;
  norm: string;
}

const TOKEN = /\s*(?:[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|\S)/gu;

function tokens(text: string): Token[] {
  return (text.match(TOKEN) ?? []).map((t) => ({ text: t, norm: normalizeForMatch(t.trim()) }));
}

/** Beyond this many tokens on both sides the middle of a clause is shown as replaced. */
const MAX_DIFF_CELLS = 4_000_000;

/** Word-level edit of one clause: common prefix and suffix, then a longest common subsequence. */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = tokens(before);
  const b = tokens(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p].norm === b[p].norm) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s].norm === b[b.length - 1 - s].norm) s++;
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], t: string) => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += t;
    else ops.push({ op, text: t });
  };
  for (let k = 0; k < p; k++) push('=', b[k].text);
  const ma = a.slice(p, a.length - s);
  const mb = b.slice(p, b.length - s);
  if (ma.length * mb.length > MAX_DIFF_CELLS) {
    for (const t of ma) push('-', t.text);
    for (const t of mb) push('+', t.text);
  } else if (ma.length && mb.length) {
    const w = mb.length + 1;
    const L = new Uint32Array((ma.length + 1) * w);
    for (let i = ma.length - 1; i >= 0; i--)
      for (let j = mb.length - 1; j >= 0; j--)
        L[i * w + j] = ma[i].norm === mb[j].norm ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < ma.length && j < mb.length) {
      if (ma[i].norm === mb[j].norm) {
        push('=', mb[j++].text);
        i++;
      } else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) push('-', ma[i++].text);
      else push('+', mb[j++].text);
    }
    while (i < ma.length) push('-', ma[i++].text);
    while (j < mb.length) push('+', mb[j++].text);
  } else {
    for (const t of ma) push('-', t.text);
    for (const t of mb) push('+', t.text);
  }
  for (let k = b.length - s; k < b.length; k++) push('=', b[k].text);
  if (ops[0]) ops[0].text = ops[0].text.replace(/^\s+/, '');
  return ops;
}

// ---- terms and deviations -------------------------------------------------------------------

type Located = { evidence: string; start: number; end: number } | null | undefined;
type Reader = (t: Terms) => { value: TermValue; at: Located };

const field =
  <K extends keyof Terms>(key: K, f: string): Reader =>
  (t) => {
    const o = t[key] as Record<string, unknown> | null;
    const v = o ? o[f] : null;
    return { value: (Array.isArray(v) ? [...v] : (v ?? null)) as TermValue, at: o as Located };
  };

/** Every normalized term, as a dotted path of the report's terms, in the order the popup shows them. */
export const TERM_PATHS: [string, Reader, 'set' | 'multiset' | 'value'][] = [
  ['breachNotice.maxHours', field('breachNotice', 'maxHours'), 'value'],
  ['breachNotice.qualifier', field('breachNotice', 'qualifier'), 'value'],
  ['transfers.outsideEEA', field('transfers', 'outsideEEA'), 'value'],
  ['transfers.mechanisms', field('transfers', 'mechanisms'), 'set'],
  ['subprocessors.authorization', field('subprocessors', 'authorization'), 'value'],
  ['subprocessors.noticeDays', field('subprocessors', 'noticeDays'), 'value'],
  ['subprocessors.objectionDays', field('subprocessors', 'objectionDays'), 'value'],
  ['deletion.deleteWithinDays', field('deletion', 'deleteWithinDays'), 'value'],
  ['deletion.returnWindowDays', field('deletion', 'returnWindowDays'), 'value'],
  ['retention', (t) => ({ value: t.retention.map((r) => r.days), at: t.retention[0] }), 'multiset'],
  ['audit.noticeDays', field('audit', 'noticeDays'), 'value'],
  ['audit.maxPerYear', field('audit', 'maxPerYear'), 'value'],
  ['liability.capped', field('liability', 'capped'), 'value'],
  ['governingLaw.country', field('governingLaw', 'country'), 'value'],
  ['governingLaw.region', field('governingLaw', 'region'), 'value'],
  ['dsrResponseDays', (t) => ({ value: t.dsrResponseDays ?? null, at: t.dsrResponse }), 'value'],
  ['outdatedLaw.laws', field('outdatedLaw', 'laws'), 'set'],
];

function sameValue(a: TermValue, b: TermValue, how: 'set' | 'multiset' | 'value'): boolean {
  if (how === 'value' || !Array.isArray(a) || !Array.isArray(b)) return a === b;
  const sa = [...a].map(String).sort();
  const sb = [...b].map(String).sort();
  if (how === 'set') return [...new Set(sa)].join('\u0000') === [...new Set(sb)].join('\u0000');
  return sa.join('\u0000') === sb.join('\u0000');
}

/** The terms whose normalized value differs between two versions. */
export function termChanges(before: Terms, after: Terms): TermChange[] {
  const out: TermChange[] = [];
  for (const [term, read, how] of TERM_PATHS) {
    const a = read(before);
    const b = read(after);
    if (sameValue(a.value, b.value, how)) continue;
    out.push({
      term,
      before: a.value,
      after: b.value,
      evidenceBefore: a.at?.evidence ?? null,
      evidence: b.at?.evidence ?? null,
      start: b.at?.start ?? null,
      end: b.at?.end ?? null,
    });
  }
  return out;
}

function deviationChanges(before: VersionSide['deviations'], after: VersionSide['deviations']): Comparison['deviations'] {
  const was = new Map(before.map((d) => [d.rule, d.found]));
  const now = new Map(after.map((d) => [d.rule, d.found]));
  return {
    added: [...now.keys()].filter((r) => !was.has(r)),
    removed: [...was.keys()].filter((r) => !now.has(r)),
    changed: [...now].filter(([r, f]) => was.has(r) && was.get(r) !== f).map(([rule, after]) => ({ rule, before: was.get(rule)!, after })),
  };
}

// ---- the comparison -------------------------------------------------------------------------

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
  const terms = termChanges(before.terms, after.terms);
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
