/**
 * Faster twins of the table-built patterns for `.test()`, where only whether a sentence matches
 * counts, never where or what. Two rewrites that keep the answer and let V8 skip ahead:
 *
 * - a leading `(?<=ü)berprüf` becomes `überprüf` (a look-behind at the start of an alternative
 *   defeats V8's first-character quick check; the match only starts one character earlier);
 * - alternatives that all start with `\b` share one: `\bx|\by` becomes `\b(?:x|y)` (V8 then tries
 *   the boundary once per position instead of once per alternative; 2–3× faster on our tables).
 *
 * The order of alternatives changes which text a match covers, never whether there is one, so the
 * twins are for `.test()` only; the originals stay what the tables export.
 */

/**
 * Walks a pattern's source outside escapes and character classes, calling `at` with each structural character and
 * the group depth before it; `at` returning true stops the walk. Returns the depth at the end (-1 when a group
 * closes that never opened), and whether a class was left open.
 */
function walk(source: string, at: (ch: string, i: number, depth: number) => boolean | void): { depth: number; inClass: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (at(ch, i, depth)) break;
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return { depth, inClass };
  }
  return { depth, inClass };
}

/** The top-level alternatives of a pattern (splitting on `|` outside groups and classes), or null if unbalanced. */
export function topLevelAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  const end = walk(source, (ch, i, depth) => {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  });
  if (end.depth !== 0 || end.inClass) return null;
  out.push(source.slice(from));
  return out;
}

/** `(?:…)` around the whole source, without it; otherwise the source. */
function unwrap(source: string): string {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return source;
  const inner = source.slice(3, -1);
  // Balanced inside means the first group closes at the very end ("(?:a)|(?:b)" is not wrapped).
  return topLevelAlternatives(inner) !== null && closesAtEnd(source) ? inner : source;
}

function closesAtEnd(source: string): boolean {
  let closes = false;
  // The ")" that brings the depth from 1 back to 0 closes the first group: it must be the last character.
  walk(source, (ch, i, depth) => {
    if (ch !== ')' || depth !== 1) return false;
    closes = i === source.length - 1;
    return true;
  });
  return closes;
}

/** Characters that stand for themselves in a look-behind we may inline. */
const PLAIN_LOOKBEHIND = /^\(\?<=([^\\()[\]{}|.*+?^$]+)\)/;
/** A leading `\b` that is not itself quantified. */
const LEADING_BOUNDARY = /^\\b(?![*+?{])/;

/** The source of a pattern that matches exactly the strings `source` matches somewhere in (see the module comment). */
export function testSource(source: string): string {
  const alts = topLevelAlternatives(unwrap(source));
  if (!alts || alts.length < 2) return source;
  const bounded: string[] = [];
  const rest: string[] = [];
  for (let alt of alts) {
    alt = alt.replace(PLAIN_LOOKBEHIND, '$1');
    if (LEADING_BOUNDARY.test(alt)) bounded.push(alt.slice(2));
    else rest.push(alt);
  }
  if (bounded.length < 2) return [...bounded.map((a) => `\\b${a}`), ...rest].join('|');
  return [`\\b(?:${bounded.join('|')})`, ...rest].join('|');
}

const TWINS = new WeakMap<RegExp, RegExp>();

/** The `.test()` twin of `re` (built once per pattern). */
export function tester(re: RegExp): RegExp {
  let twin = TWINS.get(re);
  if (!twin) {
    const flags = re.flags.replace(/[gy]/g, '');
    const source = testSource(re.source);
    twin = source === re.source && flags === re.flags ? re : new RegExp(source, flags);
    TWINS.set(re, twin);
  }
  return twin;
}
