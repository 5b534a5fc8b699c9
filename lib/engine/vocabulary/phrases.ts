/**
 * The helpers that turn phrase tables into patterns. A phrase is one alternative as a reviewer
 * reads it ("security incident", "notif\w*"): a regular-expression fragment over Doc.norm (lower
 * case, quotes and dashes folded, runs of white space one space), never a whole rule.
 */

/** A list of alternatives, one a line. */
export type Phrases = readonly string[];

/** The alternatives as one non-capturing group, longest first so "data breach" wins over "breach". */
export function anyOf(...lists: Phrases[]): string {
  const all = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  return `(?:${all.join('|')})`;
}

/** The alternatives as whole words. */
export const words = (...lists: Phrases[]) => `\\b${anyOf(...lists)}\\b`;

/** The alternatives at the start of a word ("notif" matches "notify", "notification"). */
export const stems = (...lists: Phrases[]) => `\\b${anyOf(...lists)}`;

/**
 * Word boundaries that know Swedish and German letters. JavaScript's `\b` is ASCII-only without the `u`
 * flag, so `\bår` never matches after a space ("5 år") and `år\b` matches inside "året"; the tables are
 * compiled without `u`, so the letters are listed: ASCII letters and digits plus Latin-1 and Latin
 * Extended-A (ß à-ÿ ā-ž), which covers å ä ö ü é. Each is one character of lookaround: linear.
 */
const LETTER = 'a-z0-9\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f';
export const WORD_START = `(?<![${LETTER}])`;
export const WORD_END = `(?![${LETTER}])`;

/** `a` then `b` in the same sentence (not named `then`: a module exporting `then` is a thenable and hangs `await import()`), at most `gap` characters apart. */
export const followedBy = (a: string, b: string, gap = 200) => `${a}[^.]{0,${gap}}${b}`;

/** `a` and `b` in the same sentence, in either order. */
export const near = (a: string, b: string, gap = 200) => `${followedBy(a, b, gap)}|${followedBy(b, a, gap)}`;

/** Every pattern compiled from the tables, by name: the hardening tests pump each one. */
export const COMPILED = new Map<string, RegExp>();

/** Compiles a pattern once and registers it under `name`. */
export function compile(name: string, source: string, flags = ''): RegExp {
  const re = new RegExp(source, flags);
  COMPILED.set(name, re);
  return re;
}
