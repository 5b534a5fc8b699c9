/**
 * Saved highlights as W3C Web Annotation selectors (quote + context + position hint) and
 * re-anchoring them in a page's text that may have changed since: exact at the hint, exact
 * elsewhere, then fuzzy (modelled on Hypothesis's match-quote, using approx-string-match).
 */
import search from 'approx-string-match';

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

const DEFAULT_CONTEXT = 32;

/** Tuning for matching and for the decision "found" versus "not found on this page". */
const LIMITS = {
  /** Hypothesis's weights: the quote dominates, context disambiguates, the hint breaks ties. */
  weights: { quote: 50, prefix: 20, suffix: 20, position: 2 },
  /** Hypothesis caps the approximate search at min(256, quote/2) errors; cost grows with it. */
  maxErrors: 256,
  /** Quotes this long (folded) may do with one side of context when found verbatim. */
  distinctiveLength: 32,
  /** Quotes this long (folded) identify their place by themselves. */
  selfEvidentLength: 64,
  /** Per-side context similarity that vouches for a short or edited quote (look-alike legal phrasing reaches ~0.7). */
  contextAgrees: 0.75,
  /** Per-side context similarity that carries an edited short quote. */
  contextConfirms: 0.9,
  /** Mean context similarity that half supports a quote of distinctive length. */
  contextLeans: 0.6,
  /** Share of a fuzzy quote that may differ when its context holds / leans / is gone. */
  maxErrorRateWithContext: 0.5,
  maxErrorRateLeaning: 0.25,
  maxErrorRateAlone: 0.15,
  /** Only this many exact occurrences get full context scoring; the rest are pre-ranked cheaply. */
  maxScoredOccurrences: 64,
  /** "Near the saved position": edits before a quote shift it by a few paragraphs at most. */
  nearHint: { chars: 2000, share: 0.05 },
  /** Approximate matches looked at per search (they come in clusters of neighbouring ends). */
  maxMatches: 32,
  /** Head and tail length for quotes too long for one approximate search. */
  pieceLength: 64,
} as const;

// ---------------------------------------------------------------------------------------------
// Folding: a copy of the text where layout differences vanish, with a map back to the original.

/** Characters removed outright: zero-width marks and soft hyphens that extraction may keep or drop. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060]);
/** Characters replaced by a plain equivalent, so typography alone is not an edit. */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** A text with every whitespace run collapsed to one space; `toOriginal[i]` is the source offset of char i. */
interface Folded {
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

function isSpace(ch: string): boolean {
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
function foldString(s: string): string {
  return fold(s).text;
}

let lastFolded: { source: string; folded: Folded } | null = null;

/** Folds the page text once for a series of anchorings on the same page. */
function foldPage(text: string): Folded {
  if (lastFolded?.source !== text) lastFolded = { source: text, folded: fold(text) };
  return lastFolded.folded;
}

/** First folded index whose original offset is >= `offset`. */
function toFolded(folded: Folded, offset: number): number {
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
function toOriginalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  return { start: folded.toOriginal[start], end: folded.toOriginal[end - 1] + 1 };
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
// Anchoring.

/** The saved selectors in folded form, plus the hint translated into the folded page. */
interface Target {
  quote: string;
  prefix: string;
  /** The prefix read backwards from the quote, as contextSimilarity compares it. */
  prefixReversed: string;
  suffix: string;
  /** Folded offset the quote used to start at. */
  hint: number;
}

/** A place in the folded page with its component scores. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
  quoteScore: number;
  /** Mean similarity of the saved prefix and suffix to the text around the candidate; null when none was saved. */
  contextScore: number | null;
  /** The lower of the two sides' similarities; null when no context was saved. */
  contextMin: number | null;
  /** How many context sides were saved (0 at both document edges). */
  sides: number;
  /** Within LIMITS.nearHint of where the quote used to start. */
  nearHint: boolean;
  score: number;
}

/**
 * 1 - edit rate between a saved context and the page beside a candidate, both read outwards from
 * the quote: aligned at the quote boundary (so a look-alike phrase elsewhere in the window does not
 * count) and free at the far end (so an insertion near the quote costs only its own length).
 */
function contextSimilarity(saved: string, beside: string): number {
  const m = saved.length;
  if (m === 0) return 1;
  let previous = new Uint16Array(beside.length + 1);
  let current = new Uint16Array(beside.length + 1);
  for (let j = 0; j <= beside.length; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    for (let j = 1; j <= beside.length; j++) {
      const substitution = previous[j - 1] + (saved[i - 1] === beside[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return 1 - Math.min(m, ...previous) / m;
}

function reversed(s: string): string {
  return Array.from(s).reverse().join('');
}

/** Scores a place in the folded page against the target. */
function scoreCandidate(page: string, target: Target, start: number, end: number, errors: number): Candidate {
  const { weights } = LIMITS;
  const quoteScore = Math.max(0, 1 - errors / target.quote.length);
  const reach = Math.ceil(target.prefix.length * 1.5);
  const prefixScore = target.prefix
    ? contextSimilarity(target.prefixReversed, reversed(page.slice(Math.max(0, start - reach), start)))
    : null;
  const suffixScore = target.suffix
    ? contextSimilarity(target.suffix, page.slice(end, end + Math.ceil(target.suffix.length * 1.5)))
    : null;
  const sides = [prefixScore, suffixScore].filter((s): s is number => s !== null);
  const contextScore = sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : null;
  const contextMin = sides.length ? Math.min(...sides) : null;
  const positionScore = page.length ? 1 - Math.abs(start - target.hint) / page.length : 1;
  // A long quote carries more evidence than 32 characters of context: weigh its characters alike,
  // or a span that drops the quote's first words (now counted as "prefix") would outscore the real one.
  const quoteWeight = Math.max(weights.quote, (target.quote.length * weights.prefix) / DEFAULT_CONTEXT);
  const score =
    (quoteWeight * quoteScore +
      weights.prefix * (prefixScore ?? 1) +
      weights.suffix * (suffixScore ?? 1) +
      weights.position * positionScore) /
    (quoteWeight + weights.prefix + weights.suffix + weights.position);
  const nearHint = Math.abs(start - target.hint) <= Math.max(LIMITS.nearHint.chars, LIMITS.nearHint.share * page.length);
  return { start, end, errors, quoteScore, contextScore, contextMin, sides: sides.length, nearHint, score };
}

/** Whether a candidate is trustworthy enough to show, rather than "not found on this page". */
function isConfident(c: Candidate, quoteLength: number): boolean {
  const { contextAgrees, distinctiveLength, selfEvidentLength } = LIMITS;
  // Both saved sides agree (or the only saved side agrees closely, at a document edge).
  const contextHolds = c.contextMin !== null && c.contextMin >= (c.sides === 2 ? contextAgrees : 0.9);
  const contextLeans = c.contextScore !== null && c.contextScore >= LIMITS.contextLeans;
  const errorRate = c.errors / quoteLength;
  if (c.errors === 0) {
    if (quoteLength >= selfEvidentLength || c.contextScore === null) return true;
    if (quoteLength >= distinctiveLength) return contextHolds || contextLeans;
    // Formulaic legal text repeats short phrases with near-identical context, so far from the hint
    // only a near-verbatim context will do.
    return contextHolds && (c.contextMin! >= LIMITS.contextConfirms || c.nearHint);
  }
  if (quoteLength < distinctiveLength) {
    // A short quote is mostly its context: a near-miss phrase with look-alike context must not pass.
    return c.contextMin !== null && c.contextMin >= LIMITS.contextConfirms && errorRate <= LIMITS.maxErrorRateWithContext;
  }
  if (contextHolds) return errorRate <= LIMITS.maxErrorRateWithContext;
  if (contextLeans) return errorRate <= LIMITS.maxErrorRateLeaning;
  return quoteLength >= selfEvidentLength && errorRate <= LIMITS.maxErrorRateAlone;
}

/** Whether a candidate is so clearly right that no other search could beat it. */
function isConclusive(c: Candidate): boolean {
  return c.errors === 0 && (c.contextMin === null || c.contextMin >= LIMITS.contextAgrees);
}

/** The best confident candidate, preferring higher score and then nearness to the hint. */
function best<T extends Candidate>(candidates: T[], target: Target): T | null {
  let winner: T | null = null;
  for (const c of candidates) {
    if (!isConfident(c, target.quote.length)) continue;
    if (
      !winner ||
      c.score > winner.score ||
      (c.score === winner.score && Math.abs(c.start - target.hint) < Math.abs(winner.start - target.hint))
    ) {
      winner = c;
    }
  }
  return winner;
}

/** Every start of `pattern` in `page`. */
function occurrences(page: string, pattern: string): number[] {
  const starts: number[] = [];
  for (let at = page.indexOf(pattern); at !== -1; at = page.indexOf(pattern, at + 1)) starts.push(at);
  return starts;
}

/** Length of the common run of `a` and `b`, counted from their ends (`fromEnd`) or starts. */
function commonRun(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/** Exact occurrences of the quote, scored; many occurrences are first ranked by verbatim adjacent context. */
function exactCandidates(page: string, target: Target): Candidate[] {
  let starts = occurrences(page, target.quote);
  if (starts.length > LIMITS.maxScoredOccurrences) {
    const L = target.quote.length;
    const cheap = (s: number): number =>
      commonRun(page.slice(Math.max(0, s - target.prefix.length), s), target.prefix, true) +
      commonRun(page.slice(s + L, s + L + target.suffix.length), target.suffix, false);
    starts = starts
      .map((s) => ({ s, key: cheap(s), distance: Math.abs(s - target.hint) }))
      .sort((a, b) => b.key - a.key || a.distance - b.distance)
      .slice(0, LIMITS.maxScoredOccurrences)
      .map((x) => x.s);
  }
  return starts.map((s) => scoreCandidate(page, target, s, s + target.quote.length, 0));
}

/** Narrows a span so it neither starts nor ends on a space. */
function trimmed(page: string, start: number, end: number): { start: number; end: number } {
  while (start < end && page[start] === ' ') start++;
  while (end > start && page[end - 1] === ' ') end--;
  return { start, end };
}

/** Edits between the quote and page[start, end), or null when the span is empty. */
function quoteErrors(page: string, target: Target, start: number, end: number): number | null {
  if (end <= start) return null;
  const region = page.slice(start, end);
  if (region === target.quote) return 0;
  // With the whole quote allowed to differ, this is the edit distance give or take the span's rim.
  const fits = search(region, target.quote, target.quote.length);
  const free = fits.length ? Math.min(...fits.map((f) => f.errors)) : target.quote.length;
  // Text in the span that the quote did not need is an insertion too.
  const matched = fits.length ? Math.max(...fits.filter((f) => f.errors === free).map((f) => f.end - f.start)) : 0;
  return free + Math.max(0, region.length - matched - free);
}

/** Scores page[start, end) as a fuzzy place of the quote, after trimming its rim. */
function spanCandidate(page: string, target: Target, start: number, end: number): Candidate | null {
  const span = trimmed(page, start, end);
  const errors = quoteErrors(page, target, span.start, span.end);
  return errors === null ? null : scoreCandidate(page, target, span.start, span.end, errors);
}

/** Approximate places of the bare quote (Hypothesis's approach): finds it even where its context changed. */
function quoteCandidates(page: string, target: Target): Candidate[] {
  const maxErrors = Math.min(LIMITS.maxErrors, Math.floor(target.quote.length / 2));
  return search(page, target.quote, maxErrors)
    .slice(0, LIMITS.maxMatches)
    .map((m) => {
      const span = trimmed(page, m.start, m.end);
      return scoreCandidate(page, target, span.start, span.end, m.errors);
    });
}

/**
 * Approximate places of prefix + quote + suffix. approx-string-match reports only the fewest-error
 * matches, so a look-alike phrase can hide the real, edited quote; its unchanged context cannot.
 * The quote is then the stretch between where the prefix ends and the suffix begins.
 */
function contextCandidates(page: string, target: Target): Candidate[] {
  const whole = target.prefix + target.quote + target.suffix;
  if (whole.length === target.quote.length) return [];
  const maxErrors = Math.min(LIMITS.maxErrors, Math.floor(whole.length / 2));
  const candidates: Candidate[] = [];
  for (const m of search(page, whole, maxErrors).slice(0, LIMITS.maxMatches)) {
    let start = m.start;
    let end = m.end;
    if (target.prefix) {
      const head = page.slice(m.start, Math.min(m.end, m.start + target.prefix.length + m.errors));
      const fits = search(head, target.prefix, m.errors);
      if (fits.length) start = m.start + Math.max(...fits.map((f) => f.end));
    }
    if (target.suffix) {
      const tail = reversed(page.slice(Math.max(start, m.end - target.suffix.length - m.errors), m.end));
      const fits = search(tail, reversed(target.suffix), m.errors);
      if (fits.length) end = m.end - Math.max(...fits.map((f) => f.end));
    }
    const candidate = spanCandidate(page, target, start, end);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * For quotes too long for one capped search (an inserted paragraph exceeds the cap): match the
 * head and the tail separately, pair them at a plausible distance, and measure the whole span.
 */
function headTailCandidates(page: string, target: Target): Candidate[] {
  const { pieceLength, maxMatches } = LIMITS;
  const L = target.quote.length;
  if (L < 4 * pieceLength) return [];
  const pieceErrors = Math.floor(pieceLength / 4);
  const heads = search(page, target.quote.slice(0, pieceLength), pieceErrors).slice(0, maxMatches);
  const tails = search(page, target.quote.slice(L - pieceLength), pieceErrors).slice(0, maxMatches);
  const slack = Math.floor(L * LIMITS.maxErrorRateWithContext);
  const candidates: Candidate[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      const length = tail.end - head.start;
      if (length < L - slack || length > L + slack) continue;
      const candidate = spanCandidate(page, target, head.start, tail.end);
      if (candidate) candidates.push(candidate);
    }
  }
  return candidates;
}

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
