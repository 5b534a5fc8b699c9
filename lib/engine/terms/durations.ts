/**
 * Time periods and frequencies in contract sentences ("no later than seventy-two (72) hours",
 * "ten (10) business days", "once per calendar year"), normalised to days, hours and counts per year.
 *
 * Every finder is one precompiled regex pass. Each repetition in the patterns is bounded and
 * every number starts behind a look-behind, so no start position can do more than a constant
 * amount of work: the scan stays linear on hostile input ("one one one …", a run of digits).
 */
import { type Bound, type BoundCue, DAYS_PER_UNIT, LEADING_CUES, NUMBER_WORDS, QUALIFIERS, TRAILING_CUES, type TimeUnit, UNIT_FORMS, parseNumberWords } from './duration-words';

export { parseNumberWords, type Bound, type TimeUnit } from './duration-words';

export interface Duration {
  /** The number as written: 72, 30, 1.5. */
  amount: number;
  unit: TimeUnit;
  /** Calendar days: week 7, month 30 (12 months 365), year 365, N business days ceil(N*7/5); fractional below a day. */
  days: number;
  /** Exact for minute and hour units; days*24 otherwise. */
  hours: number;
  /** Offsets of the whole phrase, bound words included ("within 24 hours"). */
  start: number;
  end: number;
  text: string;
  bound: Bound | null;
}

// ---------------------------------------------------------------------------------------------
// Patterns (built once from the tables)

export const HYPHEN = '[\\-\\u00ad\\u2010-\\u2015\\u2212]';
/** Not inside a word or a number, and not the tail of a hyphenated word ("COVID-19"). */
export const WORD_START = `(?<![\\p{L}\\p{N}])(?<!\\p{L}${HYPHEN})`;
export const WORD_END = '(?![\\p{L}\\p{N}])';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseRe = (phrase: string): string => phrase.split(' ').map(escapeRe).join('\\s+');
const longestFirst = (a: string, b: string): number => b.length - a.length;
const alternation = (items: string[]): string => items.slice().sort(longestFirst).join('|');
/** One look-ahead after the whole alternation: one per branch makes V8 compile it ten times slower. */
export const cueAlternation = (cues: BoundCue[]): string => `(?:${alternation(cues.map((c) => phraseRe(c.phrase)))})${WORD_END}`;

export const NUMBER_WORD_RE = `(?:${alternation(NUMBER_WORDS.map((w) => w.word))})${WORD_END}`;
/** Up to six number words ("one hundred and eighty-five thousand"): bounded, so never quadratic. */
const WORD_NUMBER = `${NUMBER_WORD_RE}(?:(?:\\s{1,3}|${HYPHEN})(?:and\\s{1,3})?${NUMBER_WORD_RE}){0,5}`;
/** "1,000", "72", "1.5"; never a piece of a longer number, a version, a path or an amount of money. */
export const DIGITS = '(?:\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,6}(?:\\.\\d{1,3})?)(?![\\d]|[.,]\\d)';
export const DIGITS_START = `(?<![\\p{L}\\p{N}.,/$€£¥#§])(?<!\\p{L}${HYPHEN})`;
export const PAREN_DIGITS = `\\(\\s{0,2}${DIGITS}\\s{0,2}\\)`;
const PAREN_WORDS = `\\(\\s{0,2}${WORD_NUMBER}\\s{0,2}\\)`;

export const UNIT_RE = `(?:${UNIT_FORMS.map((u) => u.forms).join('|')})(?:\\(s\\))?${WORD_END}`;
export const QUALIFIER_RE = `(?:${alternation(QUALIFIERS.map((q) => q.word))})(?:\\s{1,3}|${HYPHEN})`;
/** Between the number and the unit: nothing ("48h"), spaces, or a dash ("24-hour", "30 – day"). */
export const JOIN = `(?:\\s{0,2}${HYPHEN}\\s{0,2}|\\s{0,4})`;
/** Fill words a leading cue may be separated from the number by ("within the first 30 days"). */
const CUE_FILLER = '(?:a\\s{1,3}period\\s{1,3}of|the\\s{1,3}(?:first|next|following)|an?\\s{1,3}(?:additional|further)|another|an?)';

/** "24 hours a day", "40 hours per week", "$125/hour": a rate, not a period. */
const NOT_RATE = `(?!\\s{0,3}(?:(?:a|an|per|each|every)\\s{1,3}|\\/\\s{0,2})${UNIT_RE})`;
/** "13 years of age", "18 years old": an age, not a period. */
const NOT_AGE = `(?!\\s{1,3}(?:of\\s{1,3}age|old)${WORD_END})`;
/** "the age of 65 years": an age, not a period. */
const NOT_AFTER_AGE = '(?<!age\\s{1,3}of\\s{1,3})';
/** "once a year", "7 days a week", "USD 10 a month": the article belongs to a rate. */
const ARTICLE_START = `${WORD_START}(?<!(?:once|twice|thrice|times?|per|minutes?|hours?|days?|weeks?|months?|years?|\\d)\\s{1,3})`;

const LEADING_CUE_RE = cueAlternation(LEADING_CUES);
/** Re-reads the (at most three) cues of a match. */
const LEADING_CUE_SCAN = new RegExp(`${WORD_START}(?:${LEADING_CUE_RE})`, 'gu');

/** An estimate anywhere in the cues wins ("typically no more than"); otherwise the cue nearest the number. */
function leadingBound(cues: string | undefined): Bound | null {
  if (cues === undefined) return null;
  const bounds = [...cues.matchAll(LEADING_CUE_SCAN)].map((m) => cueBound(LEADING_CUES, m[0]));
  return bounds.includes('approx') ? 'approx' : (bounds[bounds.length - 1] ?? null);
}

/** "a day on which banks are open": the article introduces a definition, not a period. */
const DEFINITION_AFTER = /^\s{1,3}(?:(?:on|in|at|during)\s{1,3}which|when|where|that)(?![\p{L}\p{N}])/u;

const DURATION_RE = new RegExp(
  [
    `(?<cues>(?:${WORD_START}(?:${LEADING_CUE_RE})\\s{1,3}(?:${CUE_FILLER}\\s{1,3})?){1,3})?`,
    `${NOT_AFTER_AGE}(?:`,
    `${WORD_START}(?<words>${WORD_NUMBER})(?:\\s{0,3}(?<wordsDigits>${PAREN_DIGITS}))?`,
    `|${DIGITS_START}(?<digits>${DIGITS})(?:\\s{0,3}(?<digitsWords>${PAREN_WORDS}))?`,
    `|(?<parenDigits>${PAREN_DIGITS})`,
    `|${WORD_START}(?<half>half)(?:\\s{1,3}|${HYPHEN})(?:an?(?:\\s{1,3}|${HYPHEN}))?`,
    `|${ARTICLE_START}(?<article>an?)\\s{1,3}`,
    ')',
    `${JOIN}(?<qualifier>${QUALIFIER_RE})?(?<unit>${UNIT_RE})${NOT_RATE}${NOT_AGE}`,
    `(?:\\s{1,3}(?<trailing>${cueAlternation(TRAILING_CUES)}))?`,
  ].join(''),
  'gu',
);

const UNIT_MATCHERS = UNIT_FORMS.map((u) => ({ re: new RegExp(`^(?:${u.forms})(?:\\(s\\))?$`, 'u'), unit: u.unit }));
const BUSINESS_QUALIFIERS = new Set(QUALIFIERS.filter((q) => q.business).map((q) => q.word));
export const cueBound = (cues: BoundCue[], text: string | undefined): Bound | null => {
  if (!text) return null;
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return cues.find((c) => c.phrase === folded)?.bound ?? null;
};

export function unitOf(written: string, qualifier: string | undefined): TimeUnit | null {
  const lower = written.toLowerCase();
  const unit = UNIT_MATCHERS.find((u) => u.re.test(lower))?.unit ?? null;
  const business = qualifier !== undefined && BUSINESS_QUALIFIERS.has(qualifier.toLowerCase().replace(/[^a-z]/g, ''));
  return unit === 'day' && business ? 'business-day' : unit;
}

/**
 * Lower case with every offset kept, so the patterns need no `i` flag: case-insensitive Unicode
 * classes make V8 compile the patterns some 20 times slower.
 */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  // Only a few letters ("İ") lengthen when lowered; then fold ASCII alone.
  return lower.length === s.length ? lower : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

export function toDuration(amount: number, unit: TimeUnit): Pick<Duration, 'amount' | 'unit' | 'days' | 'hours'> {
  if (unit === 'business-day') {
    const days = Math.ceil((amount * 7) / 5);
    return { amount, unit, days, hours: days * 24 };
  }
  // Whole years written in months count as years (the report contract has 36 months = 1095 days); any
  // other number of months is months of 30 days (25 months = 750, not 2 years and a month = 760).
  const days =
    unit === 'month' && amount >= 12 && amount % 12 === 0
      ? (amount / 12) * DAYS_PER_UNIT.year
      : amount * DAYS_PER_UNIT[unit];
  const hours = unit === 'minute' ? amount / 60 : unit === 'hour' ? amount : days * 24;
  return { amount, unit, days, hours };
}

export const digitsIn = (s: string | undefined): number | null => {
  const m = s === undefined ? null : /\d[\d,.]*/.exec(s);
  return m ? parseNumberWords(m[0]) : null;
};

/**
 * The longest well-formed tail of a run of number words, with its offset in the run:
 * "one one day" → 1 at "one day".
 */
export function parseWordRun(run: string): { value: number; offset: number } | null {
  const tokens = [...run.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i][0].toLowerCase() === 'and') continue;
    const value = parseNumberWords(tokens.slice(i).map((t) => t[0]).join(' '));
    if (value !== null) return { value, offset: tokens[i].index ?? 0 };
  }
  return null;
}

/** Every time period in `s`, in order of appearance. */
/** A template's blank offers an example, it states nothing: "[TODO: z.B. 14 Tage]", "[e.g. 30 days]", "[SPECIFY: 10 days]". */
const PLACEHOLDER = /^\[\s*(?:todo|tbd|to be (?:agreed|confirmed|completed)|z\.\s?b\.|e\.\s?g\.|for example|specify|insert|bspw\.?|beispielsweise|t\.\s?ex\.|exempelvis|fyll i|bitte|option)\b/;
function inPlaceholder(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('[', at);
  if (open < 0 || at - open > 80) return false;
  const close = folded.indexOf(']', open);
  return (close < 0 || close > at) && PLACEHOLDER.test(folded.slice(open, at));
}

export function findDurations(s: string): Duration[] {
  const out: Duration[] = [];
  const folded = foldCase(s);
  // exec on the shared pattern: matchAll clones it, and V8 compiles every clone afresh.
  const re = DURATION_RE;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit ?? '', g.qualifier);
    if (unit === null) continue;
    let start = m.index ?? 0;
    let bound = leadingBound(g.cues);
    let amount: number | null = null;
    if (g.words !== undefined) {
      // Words prevail over figures when both are written and disagree, as in contract drafting.
      const parsed = parseWordRun(g.words);
      if (parsed !== null && parsed.offset > 0) {
        // Only a tail of the run is a number ("one one day"); the cue belonged to the junk.
        start = m.index! + m[0].indexOf(g.words) + parsed.offset;
        bound = null;
      }
      amount = parsed?.value ?? digitsIn(g.wordsDigits);
    } else if (g.digits !== undefined) {
      const inWords = g.digitsWords === undefined ? null : parseWordRun(g.digitsWords.slice(1, -1));
      amount = inWords?.value ?? parseNumberWords(g.digits);
    } else if (g.parenDigits !== undefined) {
      amount = digitsIn(g.parenDigits);
    } else if (g.half !== undefined) {
      amount = 0.5;
    } else if (g.article !== undefined) {
      const end = (m.index ?? 0) + m[0].length;
      if (DEFINITION_AFTER.test(folded.slice(end, end + 24))) continue;
      amount = 1;
    }
    if (amount === null || amount === 0) continue;
    if (inPlaceholder(folded, start)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({
      ...toDuration(amount, unit),
      start,
      end,
      text: s.slice(start, end),
      bound: bound ?? cueBound(TRAILING_CUES, g.trailing),
    });
  }
  return out;
}

