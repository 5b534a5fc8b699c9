/**
 * The party-name readers of parties.ts as token scans: a name of up to six capitalized words before
 * `("Alias")`, before `shall be referred to as "Alias"`, before `acts as processor`. Each reads what the
 * regular expressions `((?:[A-Z0-9][\w&.,'-]*\s+){0,5}?[A-Z0-9][\w&.'-]*)…` read, match for match (the
 * leftmost start, the fewest words), but in time linear in the text: the end of every word and every run of
 * white space is computed once, and what may follow a name is read once per place a name can end.
 */

/** A match as the readers use it: [whole, name, captured], and where it ends. */
export interface NameMatch {
  0: string;
  1: string;
  2: string;
  index: number;
  end: number;
}

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
/** `\w` without the u flag. */
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `[A-Z0-9]`: where a name's word begins. */
const isCap = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
/** `[\w&.'-]`, and with the comma `[\w&.,'-]`. */
const isNameChar = (c: number) => isWord(c) || c === 38 || c === 46 || c === 39 || c === 45;
const isNameCharOrComma = (c: number) => isNameChar(c) || c === 44;

/** For every position, the first position at or after it where `keep` fails (the string's length at most). */
function runEnds(text: string, keep: (c: number) => boolean): Int32Array {
  const out = new Int32Array(text.length + 1);
  out[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) out[i] = keep(text.charCodeAt(i)) ? out[i + 1] : i;
  return out;
}

/** The precomputed runs of one text: where white space, words and last words end. */
export interface Runs {
  text: string;
  space: Int32Array;
  word: Int32Array;
  wordComma: Int32Array;
}

export function runsOf(text: string): Runs {
  return { text, space: runEnds(text, isSpace), word: runEnds(text, isNameChar), wordComma: runEnds(text, isNameCharOrComma) };
}

/** What follows a name ending at `e`: its capture and where the whole match ends, or null. */
export type Tail = (runs: Runs, e: number) => { capture: string; end: number } | null;

/**
 * Every match, left to right and not overlapping, of `(?:[A-Z0-9]W*\s+){0,maxWords}?[A-Z0-9][\w&.'-]*` followed
 * by `tail`, where W is `[\w&.,'-]` when `comma` is set, else `[\w&.'-]`.
 */
export function scanNames(runs: Runs, maxWords: number, comma: boolean, tail: Tail): NameMatch[] {
  const { text, space, word } = runs;
  const inner = comma ? runs.wordComma : word;
  const n = text.length;
  const memo = new Map<number, { capture: string; end: number } | null>();
  const tailAt = (e: number) => {
    let t = memo.get(e);
    if (t === undefined) memo.set(e, (t = tail(runs, e)));
    return t;
  };
  const out: NameMatch[] = [];
  let p = 0;
  while (p < n) {
    if (!isCap(text.charCodeAt(p))) {
      p++;
      continue;
    }
    let found: NameMatch | null = null;
    // The fewest words first ({0,maxWords}?); each word runs to white space, so each count has one reading.
    let q = p;
    for (let k = 0; k <= maxWords && !found; k++) {
      if (k > 0) {
        // One more inner word: from the previous start, to white space, then the next capital.
        const e = inner[q];
        if (e >= n || !isSpace(text.charCodeAt(e))) break;
        q = space[e];
        if (q >= n || !isCap(text.charCodeAt(q))) break;
      }
      const last = word[q];
      const t = tailAt(last);
      if (t) found = { 0: text.slice(p, t.end), 1: text.slice(p, last), 2: t.capture, index: p, end: t.end };
    }
    if (found) {
      out.push(found);
      p = found.end;
    } else p++;
  }
  return out;
}

/** `\s*,?\s*\(([^()]{2,160})\)`: the aliases in parentheses. */
export const PAREN_ALIASES: Tail = ({ text, space }, e) => {
  let q = space[e];
  if (text.charCodeAt(q) === 44) q = space[q + 1];
  if (text.charCodeAt(q) !== 40) return null;
  for (let j = q + 1; j < text.length && j <= q + 161; j++) {
    const c = text.charCodeAt(j);
    if (c === 40) return null;
    if (c === 41) return j - q - 1 >= 2 ? { capture: text.slice(q + 1, j), end: j + 1 } : null;
  }
  return null;
};

const startsAny = (text: string, at: number, words: readonly string[]) => words.find((w) => text.startsWith(w, at)) ?? null;

/** `\s+(?:shall be|will be|is|are)?\s*(?:hereinafter\s+)?(?:referred to as|called)\s+(?:the\s+)?["“]([^"”]{1,40})["”]`. */
export const REFERRED_AS: Tail = ({ text, space }, e) => {
  if (!isSpace(text.charCodeAt(e))) return null;
  let q = space[e];
  // Each optional part starts with a letter none of the next parts starts with: one reading.
  const verb = startsAny(text, q, ['shall be', 'will be', 'is', 'are']);
  if (verb) q = space[q + verb.length];
  if (text.startsWith('hereinafter', q)) {
    if (!isSpace(text.charCodeAt(q + 11))) return null;
    q = space[q + 11];
  }
  const called = startsAny(text, q, ['referred to as', 'called']);
  if (!called || !isSpace(text.charCodeAt(q + called.length))) return null;
  q = space[q + called.length];
  if (text.startsWith('the', q) && isSpace(text.charCodeAt(q + 3))) q = space[q + 3];
  const open = text.charCodeAt(q);
  if (open !== 0x22 && open !== 0x201c) return null;
  for (let j = q + 1; j < text.length && j <= q + 41; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22 || c === 0x201d) return j - q - 1 >= 1 ? { capture: text.slice(q + 1, j), end: j + 1 } : null;
  }
  return null;
};

const ACT_VERBS = ['acts', 'act', 'acting', 'is', 'are', 'shall act', 'will act', 'as'];
const ARTICLES = ['a', 'an', 'the', ''];
const ROLE_NAMES = ['data processor', 'processor', 'sub-processor', 'data controller', 'controller', 'service provider'];

/** `\s*,?\s+(?:acts?|acting|is|are|shall act|will act|as)\s+(?:as\s+)?(?:a|an|the)?\s*(data processor|processor|…|service provider)\b`, the role words in any case. */
export const ACTS_AS_ROLE: Tail = ({ text, space }, e) => {
  let q = space[e];
  if (text.charCodeAt(q) === 44) {
    if (!isSpace(text.charCodeAt(q + 1))) return null;
    q = space[q + 1];
  } else if (q === e) return null;
  // The verbs that can be followed by white space here are mutually exclusive ("act " / "acts " / "acting ").
  const verb = ACT_VERBS.find((v) => text.startsWith(v, q) && isSpace(text.charCodeAt(q + v.length)));
  if (!verb) return null;
  const r = space[q + verb.length];
  // The regex's order of trial: "as " taken before left out, each article in turn, then the role words.
  const starts = text.startsWith('as', r) && isSpace(text.charCodeAt(r + 2)) ? [space[r + 2], r] : [r];
  for (const s of starts)
    for (const a of ARTICLES) {
      if (!text.startsWith(a, s)) continue;
      const at = space[s + a.length];
      // "Langfuse is the Processor": the role word in any case.
      const role = ROLE_NAMES.find((w) => text.slice(at, at + w.length).toLowerCase() === w && !isWord(text.charCodeAt(at + w.length)));
      if (role) return { capture: text.slice(at, at + role.length), end: at + role.length };
    }
  return null;
};

/** What a definition reads after the white space that opens it: `"Supplier" means X`, `Supplier: means X`. */
const DEFINED_AS = /["“]?([A-Z][\w -]{1,40}?)["”]?(?:\s*:)?\s+(?:means|shall mean|refers to)\s+([^.]{0,200})/y;
/** Where a definition may open: a line break, or a full stop and white space. */
const OPENER = /\n|\.\s/g;

/**
 * Every match, left to right, of `(?:^|\n|\.\s)\s*["“]?([A-Z][\w -]{1,40}?)["”]?\s*:?\s+(?:means|shall mean|refers to)\s+([^.]{0,200})`:
 * the white space after an opener is read once (the regex rescans it from every line break of a run of them).
 */
export function scanDefinitions(runs: Runs): NameMatch[] {
  const { text, space } = runs;
  const out: NameMatch[] = [];
  let lastQ = -1;
  let lastHit: RegExpExecArray | null = null;
  const at = (p: number, q: number): NameMatch | null => {
    if (q !== lastQ) {
      lastQ = q;
      DEFINED_AS.lastIndex = q;
      lastHit = DEFINED_AS.exec(text);
    }
    const m = lastHit;
    if (!m) return null;
    const end = q + m[0].length;
    return { 0: text.slice(p, end), 1: m[1], 2: m[2], index: p, end };
  };
  let from = 0;
  const first = at(0, space[0]);
  if (first) {
    out.push(first);
    from = first.end;
  }
  OPENER.lastIndex = from;
  for (let o = OPENER.exec(text); o; o = OPENER.exec(text)) {
    const hit = at(o.index, space[o.index + o[0].length]);
    if (!hit) continue;
    out.push(hit);
    OPENER.lastIndex = hit.end;
  }
  return out;
}
