/** Folding: a copy of a text where layout differences vanish (white space, invisible marks, typography), with a map back to the original. */

/** Characters removed outright: zero-width marks and soft hyphens that extraction may keep or drop. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060]);
/** Characters replaced by a plain equivalent, so typography alone is not an edit. */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** A text with every whitespace run collapsed to one space; `toOriginal[i]` is the source offset of char i. */
export interface Folded {
  text: string;
  /** Length text.length + 1; the last entry is the original length. */
  toOriginal: Int32Array;
}

/** The characters JavaScript's `\s` matches, by code, without a regex per character. */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}

/** Folds `text`; offsets are kept so matches can be reported in the original. */
function fold(text: string): Folded {
  const toOriginal = new Int32Array(text.length + 1);
  const parts: string[] = [];
  // Start of the pending run of characters copied verbatim.
  let verbatimFrom = 0;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code);
    const keep = space ? code === 32 && !inSpace : code < 0x2010 ? !INVISIBLE.has(code) : !(text[i] in PLAIN) && !INVISIBLE.has(code);
    if (!keep) {
      parts.push(text.slice(verbatimFrom, i));
      verbatimFrom = i + 1;
      if (space && !inSpace) {
        parts.push(' ');
        toOriginal[n++] = i;
      } else if (!space) {
        // Invisible characters vanish without ending a whitespace run.
        if (INVISIBLE.has(code)) continue;
        parts.push(PLAIN[text[i]]);
        toOriginal[n++] = i;
      }
    } else {
      toOriginal[n++] = i;
    }
    inSpace = space;
  }
  parts.push(text.slice(verbatimFrom));
  toOriginal[n] = text.length;
  return { text: parts.join(''), toOriginal: toOriginal.subarray(0, n + 1) };
}

/** Folds a short string (quote or context) without keeping offsets. */
export function foldString(s: string): string {
  return fold(s).text;
}

let lastFolded: { source: string; folded: Folded } | null = null;

/** Folds the page text once for a series of anchorings on the same page. */
export function foldPage(text: string): Folded {
  if (lastFolded?.source !== text) lastFolded = { source: text, folded: fold(text) };
  return lastFolded.folded;
}

/** First folded index whose original offset is >= `offset`. */
export function toFolded(folded: Folded, offset: number): number {
  const map = folded.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original [start, end) for folded [start, end); the end covers the whole last character. */
export function toOriginalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  return { start: folded.toOriginal[start], end: folded.toOriginal[end - 1] + 1 };
}
