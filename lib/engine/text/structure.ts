/** Plain text (+ optional reader hints) -> blocks (headings, numbered clauses, list items) and sentences. */
import { MONTH_AFTER_DAY, SENTENCE_ABBREVIATIONS } from '../vocabulary';
import { BULLET_CHARS, BULLET_CLASS, BULLET_START, INLINE_GLYPH_CLASS } from './bullets';
import type { Block, BlockHint, BlockKind, Doc, PlainText, Sentence } from './types';

/** A list or clause marker at the start of a line: "•", "-", "(x)", "a)", "6.1.", "Clause 9", "Article 3". */
const MARKER =
  new RegExp(String.raw`^(?:${BULLET_CLASS}(?=\s)|\((?:[ivx]{1,6}|[a-z]{1,2}|\d{1,3})\)|(?:[ivx]{1,6}|[a-z]|\d{1,3})\)(?=\s)|\d{1,3}(?:\.\d{1,3}){0,4}\.?(?=\s)|(?:clause|section|article|§)\s+\d{1,3}(?:\.\d{1,3})*\.?(?=[\s:]|$))`, 'i');
/** Bullets that PDF and web extraction leave inside a line; each starts a list item. */
const INLINE_BULLET = new RegExp(String.raw`\s${INLINE_GLYPH_CLASS}\s`, 'g');
/** A sentence ends at . ! ? before a capital, a digit or a bullet, and at a line break before a bullet. */
const SENTENCE_END = new RegExp(String.raw`[.!?](?:["'”’)\]]*)(?=\s+["'“‘(]?(?:[A-ZÀ-Þ0-9]|${INLINE_GLYPH_CLASS}))|\n(?=\s*${INLINE_GLYPH_CLASS})`, 'g');

// Tokens that end with a period but do not end a sentence.
const ABBREVIATIONS = new Set(
  'e.g i.e etc art arts no nos nr inc ltd llc co corp mr mrs ms dr prof cf para paras sec secs vs st u.s u.k e.u approx incl viz ca fig ch vol p pp jan feb mar apr jun jul aug sep sept oct nov dec resp min max'
    .split(' ')
    // The other languages' words, from their vocabulary tables ("Abs.", "t.ex.").
    .concat(SENTENCE_ABBREVIATIONS),
);

/** Lower case, quotes/dashes/space folded, one code unit per code unit so offsets are shared. */
export function normalizeForMatch(text: string): string {
  // Written into a typed array: `out += c` per character made a million cons-string nodes for 1 MB of text
  // (~30 MB that outlived the young generation), the largest allocation of an analysis.
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code === 9 || code === 10 || code === 13 ? 32 : code) : foldWide(code);
  }
  let s = '';
  // fromCharCode keeps every code unit (a lone surrogate too, which TextDecoder would replace); in chunks for the argument limit.
  for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]);
  return s;
}

const CHUNK = 8192;

/** One code unit past ASCII: quotes to ' and ", dashes to -, wide spaces to a space, else its lower case when that is one code unit. */
function foldWide(code: number): number {
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032 || code === 0x00b4) return 39;
  if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0x2033 || code === 0x00ab || code === 0x00bb) return 34;
  if (code >= 0x2010 && code <= 0x2015) return 45;
  if (code === 0xa0 || code === 0x2007 || code === 0x202f || (code >= 0x2000 && code <= 0x200a)) return 32;
  const l = String.fromCharCode(code).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : code;
}

interface Line {
  start: number;
  end: number;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** A short line that reads like a title: numbered or capitalised, no sentence punctuation at its end. */
function isHeadingLine(line: string, nextBlank: boolean): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 90) return false;
  if (/[.;,:]$/.test(t) && !/^\d+(\.\d+)*\.$/.test(t)) return false;
  if (BULLET_START.test(t)) return false;
  const words = t.replace(/^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivx]+\.|[a-z]\.|(?:clause|section|article|§)\s+\d+(?:\.\d+)*\.?)\s*/i, '');
  if (!/[A-Za-zÀ-ž]/.test(words)) return false;
  const wordList = words.split(/\s+/).filter(Boolean);
  if (wordList.length > 12) return false;
  const numbered = words.length < t.length;
  const letters = words.replace(/[^A-Za-zÀ-ž]/g, '');
  const upper = letters.replace(/[^A-ZÀ-Þ]/g, '').length;
  if (letters.length >= 3 && upper / letters.length > 0.8) return true;
  const capitalised = wordList.filter((w) => /^[A-ZÀ-Þ0-9]/.test(w)).length;
  const minor = wordList.filter((w) => /^(?:and|or|of|the|to|for|in|on|a|an|with|by|under|&|de|und|der|die|das|von|zur|zum)$/i.test(w)).length;
  const lowerWords = wordList.filter((w) => /^[a-zß-ÿ]/.test(w)).length - minor;
  const titleCase = lowerWords <= 0 && capitalised >= 1;
  if (numbered) return titleCase || wordList.length <= 8;
  return titleCase && (nextBlank || wordList.length <= 6);
}

function blockKind(line: string): BlockKind {
  return BULLET_START.test(line.trim()) || /^\((?:[ivx]{1,6}|[a-z]{1,2}|\d{1,3})\)|^(?:[ivx]{1,6}|[a-z])\)\s/i.test(line.trim())
    ? 'list-item'
    : 'paragraph';
}

function clauseNumber(text: string): string | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const raw = m[0].trim();
  if (raw.length === 1 && BULLET_CHARS.includes(raw)) return null;
  return raw.replace(/\.$/, '');
}

/**
 * Heuristic blocks for plain text: blank lines, markers and headings start blocks; other lines are hard wraps.
 * `set` are the lines a reader saw set as headings (PlainText.headingLines): headings whatever their words;
 * `items` the lines it saw start a list item (PlainText.itemLines).
 */
function plainBlocks(text: string, set: ReadonlySet<number> = new Set(), items: ReadonlySet<number> = new Set()): BlockHint[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  const out: BlockHint[] = [];
  let cur: { start: number; end: number; kind: BlockKind } | null = null;
  const flush = () => {
    if (cur) {
      const [s, e] = trimRange(text, cur.start, cur.end);
      if (e > s) out.push({ start: s, end: e, kind: cur.kind });
    }
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    if (!line.trim()) {
      flush();
      continue;
    }
    const prevBlank = i === 0 || !text.slice(lines[i - 1].start, lines[i - 1].end).trim();
    const nextBlank = i + 1 >= lines.length || !text.slice(lines[i + 1].start, lines[i + 1].end).trim();
    const trimmed = line.trim();
    const prevEndsSentence = cur !== null && endsWithOneOf(text, cur.start, cur.end, '.;:!?)');
    if (set.has(start) && /\p{L}/u.test(trimmed)) {
      const last = out[out.length - 1];
      // The second line of a heading set over two: the heading goes on, unless this line starts a numbered one.
      if (cur === null && last?.kind === 'heading' && set.has(lines[i - 1]?.start ?? -1) && !MARKER.test(trimmed) && !/[.:]$/.test(text.slice(last.start, last.end))) {
        last.end = trimRange(text, start, end)[1];
        continue;
      }
      flush();
      const [s, e] = trimRange(text, start, end);
      out.push({ start: s, end: e, kind: 'heading' });
      continue;
    }
    // A line the next one goes on from in lower case is a wrapped sentence ("1. The measures described at" / "are binding."), not a heading.
    const wraps = !nextBlank && /^\p{Ll}/u.test(text.slice(lines[i + 1].start, lines[i + 1].end).trimStart());
    if ((prevBlank || prevEndsSentence || nextBlank) && !wraps && !followedBySibling(text, lines, i, trimmed) && isHeadingLine(trimmed, nextBlank)) {
      flush();
      const [s, e] = trimRange(text, start, end);
      out.push({ start: s, end: e, kind: 'heading' });
      continue;
    }
    const bullet = BULLET_START.test(trimmed) || items.has(start);
    if (cur === null && prevBlank && out.length && !items.has(start) && continuesSentence(text, out[out.length - 1], trimmed)) {
      // A page break cut the paragraph: the text goes on in lower case after the blank run.
      const last = out.pop() as BlockHint;
      cur = { start: last.start, end, kind: last.kind };
    } else if (cur === null || bullet || (MARKER.test(trimmed) && (prevEndsSentence || prevBlank))) {
      flush();
      cur = { start, end, kind: items.has(start) ? 'list-item' : blockKind(trimmed) };
    } else {
      cur.end = end;
    }
  }
  flush();
  return out;
}

/**
 * The numbered line is an item of a numbered list, not a heading: the next line with text carries the next number
 * at the same level ("3. Request portability of your data" before "4. Request correction …"), so nothing is under it.
 */
function followedBySibling(text: string, lines: readonly Line[], i: number, line: string): boolean {
  const m = /^((?:\d{1,3}\.)*)(\d{1,3})\.?\s/.exec(line);
  if (!m) return false;
  for (let k = i + 1; k < lines.length; k++) {
    const next = text.slice(lines[k].start, lines[k].end).trim();
    if (!next) continue;
    return next.startsWith(`${m[1]}${Number(m[2]) + 1}.`) || next.startsWith(`${m[1]}${Number(m[2]) + 1} `);
  }
  return false;
}

function continuesSentence(text: string, prev: BlockHint, line: string): boolean {
  return prev.kind !== 'heading' && !endsWithOneOf(text, prev.start, prev.end, '.;:!?)"”') && /^[a-z(]/.test(line);
}

/**
 * Whether the last non-space character of text[start, end) is one of `chars`. A scan back from the
 * end: testing a regex on the whole growing block at every line made long paragraphs quadratic.
 */
function endsWithOneOf(text: string, start: number, end: number, chars: string): boolean {
  let i = end;
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i > start && chars.includes(text[i - 1]);
}

/** Splits blocks at bullets left inside a line ("The Processor shall: • Process … • Ensure …"). */
function splitInlineBullets(text: string, hints: BlockHint[]): BlockHint[] {
  const out: BlockHint[] = [];
  for (const h of hints) {
    if (h.kind === 'heading') {
      out.push(h);
      continue;
    }
    const slice = text.slice(h.start, h.end);
    INLINE_BULLET.lastIndex = 0;
    let m: RegExpExecArray | null;
    let from = h.start;
    let kind = h.kind;
    while ((m = INLINE_BULLET.exec(slice))) {
      const at = h.start + m.index + 1;
      const [s, e] = trimRange(text, from, at);
      if (e > s) out.push({ ...h, start: s, end: e, kind });
      from = at;
      kind = 'list-item';
    }
    if (kind === 'list-item' && from > h.start) {
      // The last inline item often runs on into the next paragraph with no period: "... in writing The Controller has ...".
      const tail = text.slice(from, h.end);
      const m = RUN_ON.exec(tail);
      if (m) {
        const at = from + m.index + 1;
        const [s0, e0] = trimRange(text, from, at);
        if (e0 > s0) out.push({ ...h, start: s0, end: e0, kind });
        from = at;
        kind = 'paragraph';
      }
    }
    const [s, e] = trimRange(text, from, h.end);
    if (e > s) out.push({ ...h, start: s, end: e, kind });
  }
  return out;
}

const RUN_ON = /[a-z0-9)] (?=(?:The|This|These|Each|All|After|Upon|If|Where|When|In the event|Any|Such) [A-Z][a-z])/;

/** Sentence boundaries inside one block. */
function splitSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  const re = SENTENCE_END;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const at = start + m.index + m[0].length;
    if (m[0][0] === '.') {
      // The word before the period: abbreviations, initials and clause numbers do not end sentences.
      let w = start + m.index - 1;
      while (w >= start && /[A-Za-z.]/.test(text[w])) w--;
      const word = text.slice(w + 1, start + m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      // A day before its month ("bis zum 31. März des siebten Kalenderjahrs"): a date, not a sentence's end.
      if (/(?:^|[^\d])(?:[1-9]|[12]\d|3[01])$/.test(text.slice(Math.max(start, start + m.index - 3), start + m.index)) && MONTH_AFTER_DAY.test(text.slice(at, at + 14))) continue;
      if (/\d$/.test(text.slice(from, start + m.index)) && at - from < 12) continue;
      if (at - from < 3) continue;
    }
    const [s, e] = trimRange(text, from, at);
    if (e > s) out.push([s, e]);
    from = at;
  }
  const [s, e] = trimRange(text, from, end);
  if (e > s) out.push([s, e]);
  return out.flatMap(([s0, e0]) => splitLong(text, s0, e0));
}

const LONG_SENTENCE = 450;

/** Long run-on sentences (enumerations joined by ";") are split at semicolons so a highlight stays short. */
function splitLong(text: string, start: number, end: number): [number, number][] {
  if (end - start <= LONG_SENTENCE) return [[start, end]];
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === ';' && i - from > 60 && end - i > 60) {
      out.push([from, i + 1]);
      let j = i + 1;
      while (j < end && /\s/.test(text[j])) j++;
      from = j;
    }
  }
  out.push([from, end]);
  return out;
}

/** Builds the document model the engine works on. */
export function buildDoc(input: PlainText): Doc {
  const { text } = input;
  const raw = input.hints && input.hints.length ? fillGaps(text, input.hints) : plainBlocks(text, new Set(input.headingLines ?? []), new Set(input.itemLines ?? []));
  const hints = splitInlineBullets(text, raw);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  for (const h of hints) {
    const slice = text.slice(h.start, h.end);
    const isHeading = h.kind === 'heading';
    if (isHeading) heading = slice.replace(/\s+/g, ' ').trim();
    const block: Block = {
      kind: h.kind,
      start: h.start,
      end: h.end,
      number: clauseNumber(slice),
      level: h.level ?? (isHeading ? headingLevel(slice) : 1),
      heading,
    };
    const index = blocks.push(block) - 1;
    if (isHeading) continue;
    for (const [s, e] of splitSentences(text, h.start, h.end)) sentences.push({ start: s, end: e, block: index });
  }
  const title = input.title ?? blocks.find((b) => b.kind === 'heading')?.heading ?? null;
  return { text, norm: applyJoins(normalizeForMatch(text), input.joins), title, blocks, sentences };
}

/**
 * Rejoins broken words in the matching copy without moving offsets: the gap moves to the end of
 * the word ("confl ict," -> "conflict ,").
 */
function applyJoins(norm: string, joins: PlainText['joins']): string {
  if (!joins?.length) return norm;
  const chars = norm.split('');
  for (const { at, len } of joins) {
    let end = at + len;
    while (end < chars.length && /[\p{L}\p{N}]/u.test(chars[end])) end++;
    const word = chars.slice(at + len, end);
    for (let i = 0; i < word.length; i++) chars[at + i] = word[i];
    for (let i = at + word.length; i < end; i++) chars[i] = ' ';
  }
  return chars.join('');
}

function headingLevel(slice: string): number {
  const m = /^\s*(\d{1,3}(?:\.\d{1,3})*)/.exec(slice);
  return m ? m[1].split('.').length + 1 : 1;
}

/** Reader hints may leave text between blocks uncovered; that text becomes plain paragraphs. */
function fillGaps(text: string, hints: BlockHint[]): BlockHint[] {
  const sorted = [...hints].sort((a, b) => a.start - b.start);
  const out: BlockHint[] = [];
  let pos = 0;
  for (const h of sorted) {
    if (h.start < pos) continue;
    if (h.start > pos) out.push(...gapBlocks(text, pos, h.start));
    out.push(h);
    pos = h.end;
  }
  out.push(...gapBlocks(text, pos, text.length));
  return out;
}

function gapBlocks(text: string, from: number, to: number): BlockHint[] {
  const gap = text.slice(from, to);
  if (!gap.trim()) return [];
  return plainBlocks(gap).map((b) => ({ ...b, start: b.start + from, end: b.end + from }));
}

/** Runs of white space, and any single white space that is not a plain space: what `/\s+/g → ' '` changes, without touching single spaces. */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** `s` with every run of white space one space (the same as `s.replace(/\s+/g, ' ')`, faster on text already mostly single-spaced). */
export const foldSpaces = (s: string): string => s.replace(SPACE_RUN, ' ');

const SENTENCE_NORMS = new WeakMap<Doc, string[]>();

/** Each sentence as the rules read it: Doc.norm with runs of white space one space; computed once per document (tagging and terms share it). */
export function sentenceNorms(doc: Doc): string[] {
  let out = SENTENCE_NORMS.get(doc);
  if (!out) {
    out = doc.sentences.map((s) => foldSpaces(doc.norm.slice(s.start, s.end)));
    SENTENCE_NORMS.set(doc, out);
  }
  return out;
}
