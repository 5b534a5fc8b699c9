/**
 * Scoring places in a folded page as the saved quote's (exact, fuzzy, by context, by head and tail), and deciding
 * when a place is trustworthy: the matching behind anchorSelectors (modelled on Hypothesis's match-quote).
 */
import search from 'approx-string-match';

/** Characters of context kept on each side of a saved quote (describeSpan's default), and the scale of its weight. */
export const DEFAULT_CONTEXT = 32;

/** Tuning for matching and for the decision "found" versus "not found on this page". */
export const LIMITS = {
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


/** The saved selectors in folded form, plus the hint translated into the folded page. */
export interface Target {
  quote: string;
  prefix: string;
  /** The prefix read backwards from the quote, as contextSimilarity compares it. */
  prefixReversed: string;
  suffix: string;
  /** Folded offset the quote used to start at. */
  hint: number;
}

/** A place in the folded page with its component scores. */
export interface Candidate {
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

export function reversed(s: string): string {
  return Array.from(s).reverse().join('');
}

/** Scores a place in the folded page against the target. */
export function scoreCandidate(page: string, target: Target, start: number, end: number, errors: number): Candidate {
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
export function isConfident(c: Candidate, quoteLength: number): boolean {
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
export function isConclusive(c: Candidate): boolean {
  return c.errors === 0 && (c.contextMin === null || c.contextMin >= LIMITS.contextAgrees);
}

/** The best confident candidate, preferring higher score and then nearness to the hint. */
export function best<T extends Candidate>(candidates: T[], target: Target): T | null {
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
export function exactCandidates(page: string, target: Target): Candidate[] {
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
export function quoteCandidates(page: string, target: Target): Candidate[] {
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
export function contextCandidates(page: string, target: Target): Candidate[] {
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
export function headTailCandidates(page: string, target: Target): Candidate[] {
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
