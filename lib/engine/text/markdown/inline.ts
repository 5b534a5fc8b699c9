/**
 * Markdown's inline content (code spans, links, autolinks, emphasis, kramdown attribute lists, embedded tags) emitted
 * as text and tags into an HtmlFlow.
 */
import { decodeEntities } from '../html/entities';
import type { HtmlFlow } from '../html/flow';
import { parseTagAt, type TagToken } from '../html/tokens';

/** A hard line break, as the flow receives it. */
export const BR: TagToken = { type: 'tag', name: 'br', closing: false, selfClosing: true, attrs: {} };

type Piece =
  | { t: 'text'; s: string; literal?: boolean }
  | { t: 'tag'; tag: TagToken }
  | { t: 'break' }
  | { t: 'delim'; ch: string; len: number; open: boolean; close: boolean; matched: boolean };

const ASCII_PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const isWs = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
/** kramdown `{: …}` / `{#id}` / `{.class}` and Pandoc `{target="_blank"}` attribute lists. */
const ATTR_LIST = /\{(?:[:#.]|[A-Za-z-]+=)[^{}\n]{0,300}\}/y;
const SPECIAL = /[\\`<![\]*_~{\n&]/g;

/** Positions of the bracket (or parenthesis) closing each opener, ignoring escaped ones. */
function matchPairs(s: string, open: '[' | '('): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  const relevant = open === '[' ? /[\\[\]]/g : /[\\()]/g;
  for (let m = relevant.exec(s); m; m = relevant.exec(s)) {
    const c = m[0];
    if (c === '\\') relevant.lastIndex++;
    else if (c === open) stack.push(m.index);
    else if (stack.length) pairs.set(stack.pop() as number, m.index);
  }
  return pairs;
}

/** For each run of backticks, the start of the next run of the same length (a code span's end). */
function backtickRuns(s: string): Map<number, number> {
  const runs: Array<[number, number]> = [];
  let i = s.indexOf('`');
  while (i >= 0) {
    let j = i;
    while (s[j] === '`') j++;
    runs.push([i, j - i]);
    i = s.indexOf('`', j);
  }
  const next = new Map<number, number>();
  const lastSeen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const [pos, len] = runs[k];
    const after = lastSeen.get(len);
    if (after !== undefined) next.set(pos, after);
    lastSeen.set(len, pos);
  }
  return next;
}

/**
 * Finds the next `end` at or after `from` within `limit` characters, remembering the last hit
 * per delimiter so a text full of unclosed `{%` stays linear.
 */
function nearFinder(s: string): (end: string, from: number, limit: number) => number {
  const next = new Map<string, number>();
  return (end, from, limit) => {
    let at = next.get(end);
    if (at === undefined || (at !== Infinity && at < from)) {
      const found = s.indexOf(end, from);
      at = found < 0 ? Infinity : found;
      next.set(end, at);
    }
    return at !== Infinity && at - from <= limit ? at : -1;
  };
}

function tokenizeInline(s: string, refs: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  const brackets = matchPairs(s, '[');
  const parens = matchPairs(s, '(');
  const ticks = backtickRuns(s);
  const findNear = nearFinder(s);
  /** Where a link's text ends: jump over its destination. */
  const jumps = new Map<number, number>();
  let text = '';
  const pushText = (): void => {
    if (text) pieces.push({ t: 'text', s: text });
    text = '';
  };
  /** End of a link or image tail starting at `]` position m, or -1 when `[...]` is not a link. */
  const linkTail = (open: number, m: number): number => {
    const next = s[m + 1];
    if (next === '(') {
      const p = parens.get(m + 1);
      if (p !== undefined) return p + 1;
    } else if (next === '[') {
      const q = brackets.get(m + 1);
      if (q !== undefined) return q + 1;
    }
    return refs.has(normLabel(s.slice(open + 1, m))) ? m + 1 : -1;
  };
  let i = 0;
  while (i < s.length) {
    const jump = jumps.get(i);
    if (jump !== undefined) { i = jump; continue; }
    const c = s[i];
    if (c === '\\') {
      const n = s[i + 1];
      if (n === '\n') { pushText(); pieces.push({ t: 'break' }); i += 2; continue; }
      if (n !== undefined && ASCII_PUNCT.includes(n)) { pushText(); pieces.push({ t: 'text', s: n, literal: true }); i += 2; continue; }
      text += c; i++; continue;
    }
    if (c === '`') {
      let j = i;
      while (s[j] === '`') j++;
      const end = ticks.get(i);
      if (end === undefined) { text += s.slice(i, j); i = j; continue; }
      pushText();
      const code = s.slice(j, end).replace(/\n/g, ' ');
      pieces.push({ t: 'text', s: code, literal: true });
      i = end + (j - i);
      continue;
    }
    if (c === '<') {
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(s);
      if (auto) { pushText(); pieces.push({ t: 'text', s: auto[1].replace(/^mailto:/i, ''), literal: true }); i = AUTOLINK.lastIndex; continue; }
      const tag = parseTagAt(s, i);
      if (tag) { pushText(); pieces.push({ t: 'tag', tag: tag.tag }); i = tag.end; continue; }
      text += c; i++; continue;
    }
    if (c === '!' && s[i + 1] === '[') {
      const m = brackets.get(i + 1);
      const tail = m === undefined ? -1 : linkTail(i + 1, m);
      if (tail >= 0) { i = tail; continue; } // images: their alt text is not document text
      text += c; i++; continue;
    }
    if (c === '[') {
      const m = brackets.get(i);
      if (m !== undefined && s[i + 1] === '^') { i = m + 1; continue; } // footnote reference
      const tail = m === undefined ? -1 : linkTail(i, m);
      if (m !== undefined && tail >= 0) { jumps.set(m, tail); i++; continue; }
      text += c; i++; continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (s[j] === c) j++;
      const len = j - i;
      if (c === '~' && len !== 2) { text += s.slice(i, j); i = j; continue; }
      const before = i > 0 ? s[i - 1] : undefined;
      const after = s[j];
      const left = !isWs(after) && (!isPunct(after) || isWs(before) || isPunct(before));
      const right = !isWs(before) && (!isPunct(before) || isWs(after) || isPunct(after));
      // Intraword underscores (snake_case, file_names) are not emphasis.
      const open = c === '_' ? left && (!right || isPunct(before)) : left;
      const close = c === '_' ? right && (!left || isPunct(after)) : right;
      pushText();
      pieces.push({ t: 'delim', ch: c, len, open, close, matched: false });
      i = j;
      continue;
    }
    if (c === '{') {
      const n = s[i + 1];
      if (n === '%' || n === '{') {
        const end = findNear(n === '%' ? '%}' : '}}', i + 2, 500);
        if (end >= 0) { i = end + 2; continue; } // Liquid tags and output
      }
      ATTR_LIST.lastIndex = i;
      if (ATTR_LIST.test(s)) { i = ATTR_LIST.lastIndex; continue; }
      text += c; i++; continue;
    }
    if (c === '\n') { text += ' '; i++; continue; }
    SPECIAL.lastIndex = i + 1;
    const next = SPECIAL.exec(s);
    const stop = next ? next.index : s.length;
    text += s.slice(i, stop);
    i = stop;
  }
  pushText();
  matchEmphasis(pieces);
  return pieces;
}

/** Pairs emphasis delimiters (a simplified CommonMark rule); paired ones are dropped. */
function matchEmphasis(pieces: Piece[]): void {
  const openers: number[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.t !== 'delim') continue;
    if (p.close) {
      // A bounded look-back keeps pathological inputs linear.
      for (let o = openers.length - 1; o >= Math.max(0, openers.length - 50); o--) {
        const q = pieces[openers[o]];
        if (q.t === 'delim' && q.ch === p.ch) {
          q.matched = p.matched = true;
          openers.length = o;
          break;
        }
      }
      if (p.matched) continue;
    }
    if (p.open) openers.push(k);
  }
}

export function emitInline(s: string, refs: Set<string>, flow: HtmlFlow): void {
  for (const p of tokenizeInline(s, refs)) {
    if (p.t === 'text') flow.text(p.literal ? p.s : decodeEntities(p.s));
    else if (p.t === 'tag') flow.tag(p.tag);
    else if (p.t === 'break') flow.tag(BR);
    // Stray `**` runs are dropped too: they are markup even when unbalanced.
    else if (!p.matched && !(p.ch === '*' && p.len >= 2)) flow.text(p.ch.repeat(p.len));
  }
}

export function normLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
