/**
 * Saved highlights as W3C Web Annotation selectors (quote + context + position hint) and
 * re-anchoring them in a page's text that may have changed since: exact at the hint, exact
 * elsewhere, then fuzzy (modelled on Hypothesis's match-quote, using approx-string-match).
 */
import { foldPage, foldString, isSpace, toFolded, toOriginalSpan, type Folded } from './fold';
import {
  best,
  contextCandidates,
  DEFAULT_CONTEXT,
  exactCandidates,
  headTailCandidates,
  isConclusive,
  isConfident,
  LIMITS,
  quoteCandidates,
  reversed,
  scoreCandidate,
  type Candidate,
  type Target,
} from './match';

/** The highlighted text with the characters just before and after it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the highlight was, as offsets into the page text when it was saved. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Everything stored for one highlight; the quote is the truth, the position a hint. */
export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How an anchor was found: at the saved position, as an exact quote elsewhere, or approximately. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/** Where a highlight lies in the current text. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1, 1 = identical quote and context */
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Describing a span.

/** Selectors for text.slice(start, end); trims surrounding whitespace from the span first; `context` chars of prefix/suffix (default 32). Throws RangeError on an empty/out-of-range span. */
export function describeSpan(text: string, start: number, end: number, context: number = DEFAULT_CONTEXT): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`span [${start}, ${end}) is empty or outside the text (length ${text.length})`);
  }
  if (!Number.isInteger(context) || context < 0) throw new RangeError(`context must be a whole number >= 0, got ${context}`);
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) throw new RangeError(`span [${start}, ${end}) holds only whitespace`);
  let prefixStart = Math.max(0, start - context);
  let suffixEnd = Math.min(text.length, end + context);
  // Do not cut a surrogate pair in half: a lone surrogate would not survive JSON round trips intact.
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0 && prefixStart < start) prefixStart++;
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd > end) suffixEnd--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// ---------------------------------------------------------------------------------------------
// Anchoring (the matching itself is ./match.ts).

/** Converts a folded candidate into an anchor in the original text. */
function toAnchor(folded: Folded, candidate: Candidate, method: AnchorMethod): Anchor {
  const span = toOriginalSpan(folded, candidate.start, candidate.end);
  return { ...span, method, score: Math.max(0, Math.min(1, candidate.score)) };
}

/** Where the selectors' quote is in `text` now, or null when it cannot be found with confidence. */
export function anchorSelectors(text: string, selectors: Selectors): Anchor | null {
  const { quote, position } = selectors;
  const folded = foldPage(text);
  const page = folded.text;
  const prefix = foldString(quote.prefix);
  const target: Target = {
    quote: foldString(quote.exact).trim(),
    prefix,
    prefixReversed: reversed(prefix),
    suffix: foldString(quote.suffix),
    hint: toFolded(folded, position.start),
  };
  if (target.quote.length === 0 || page.length === 0) return null;

  if (position.end > position.start && text.slice(position.start, position.end) === quote.exact) {
    const s = toFolded(folded, position.start);
    const atHint = scoreCandidate(page, target, s, s + target.quote.length, 0);
    if (isConfident(atHint, target.quote.length)) {
      return { start: position.start, end: position.end, method: 'position', score: Math.min(1, atHint.score) };
    }
  }

  const exact = best(exactCandidates(page, target), target);
  if (exact && isConclusive(exact)) return toAnchor(folded, exact, 'exact');

  // A verbatim copy with foreign context (repeated boilerplate) competes with an edited quote in place.
  let fuzzy = best(contextCandidates(page, target), target);
  // The bare quote is searched only when its context did not carry it: the search costs as much again.
  if (!fuzzy || fuzzy.contextMin === null || fuzzy.contextMin < LIMITS.contextAgrees) {
    fuzzy = best([...(fuzzy ? [fuzzy] : []), ...quoteCandidates(page, target)], target);
  }
  if (!fuzzy && !exact) fuzzy = best(headTailCandidates(page, target), target);
  if (exact && (!fuzzy || exact.score >= fuzzy.score)) return toAnchor(folded, exact, 'exact');
  return fuzzy ? toAnchor(folded, fuzzy, 'fuzzy') : null;
}

// ---------------------------------------------------------------------------------------------
// Validation of stored values.

/** Validates an unknown value (from storage or an import file) as Selectors; returns an error message naming the bad field, or null. */
export function selectorsError(value: unknown): string | null {
  if (!isRecord(value)) return 'selectors: expected an object';
  const { quote, position } = value;
  if (!isRecord(quote)) return 'quote: expected an object';
  if (quote.type !== 'TextQuoteSelector') return 'quote.type: expected "TextQuoteSelector"';
  for (const field of ['exact', 'prefix', 'suffix'] as const) {
    if (typeof quote[field] !== 'string') return `quote.${field}: expected a string`;
  }
  if ((quote.exact as string).trim().length === 0) return 'quote.exact: must not be empty';
  if (!isRecord(position)) return 'position: expected an object';
  if (position.type !== 'TextPositionSelector') return 'position.type: expected "TextPositionSelector"';
  for (const field of ['start', 'end'] as const) {
    const n = position[field];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return `position.${field}: expected a whole number >= 0`;
  }
  if ((position.end as number) <= (position.start as number)) return 'position.end: must be greater than position.start';
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
