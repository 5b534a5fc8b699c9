/** Frequencies in contract sentences ("once per calendar year", "at most once every twelve (12) months"), as occurrences per year. */
import { requiredLiterals } from '../tag/literals';
import { FREQUENCY_CUES, SOLO_NUMBER_WORDS } from './duration-words';
import { type Bound, DIGITS, DIGITS_START, HYPHEN, JOIN, NUMBER_WORD_RE, PAREN_DIGITS, QUALIFIER_RE, UNIT_RE, WORD_END, WORD_START, cueAlternation, cueBound, digitsIn, foldCase, parseWordRun, toDuration, unitOf } from './durations';

export interface Frequency {
  /** Occurrences per year: "once per calendar year" 1, "twice a year" 2, "once every 24 months" 0.5. */
  perYear: number;
  start: number;
  end: number;
  text: string;
  /** "at most once a year" max; "at least once a day" min. */
  bound: Bound | null;
}

/** Counts and periods are short numbers ("twelve", "twenty-four"); three words keep the pattern small. */
const SHORT_WORD_NUMBER = `${NUMBER_WORD_RE}(?:(?:\\s{1,3}|${HYPHEN})(?:and\\s{1,3})?${NUMBER_WORD_RE}){0,2}`;
/** A number written any contract way, with no captures (the match is re-read by `readCount`). */
const ANY_NUMBER = `(?:(?:${WORD_START}${SHORT_WORD_NUMBER}|${DIGITS_START}${DIGITS})(?:\\s{0,3}\\(\\s{0,2}(?:${SHORT_WORD_NUMBER}|${DIGITS})\\s{0,2}\\))?|${PAREN_DIGITS})`;
const PERIOD_UNIT = `(?:${UNIT_RE}|quarters?${WORD_END}|annum${WORD_END})`;
/** A period of time; `tag` keeps the group names unique where the pattern is used twice. */
const period = (tag: string): string =>
  [
    `(?:(?:calendar|contract|contractual|rolling|consecutive|full|fiscal|financial)\\s{1,3})?`,
    `(?:(?<number${tag}>${ANY_NUMBER})${JOIN})?`,
    `(?:(?<qualifier${tag}>${QUALIFIER_RE}))?`,
    `(?<unit${tag}>${PERIOD_UNIT})`,
    `(?:\\s{1,3}period${WORD_END})?`,
  ].join('');
const PER = '(?:per|a|an|each|every|(?:in|within|during|over|for)\\s{1,3}(?:any\\s{1,3}one|any|each|every|a|one|the)|in|within|during|pro|je|im|om|i)';
const ADVERBS: Record<string, number> = { annually: 1, yearly: 1, quarterly: 4, monthly: 12, weekly: 52, daily: 365, jährlich: 1, monatlich: 12, årligen: 1 };
const COUNT = `(?<count>once|twice|thrice|einmal|zweimal|en\\s{1,3}gång|två\\s{1,3}gånger|${ANY_NUMBER}\\s{1,3}times?${WORD_END})(?:\\s{0,3}${PAREN_DIGITS})?`;

const FREQUENCY_RE = new RegExp(
  [
    `(?:${WORD_START}(?<cue>${cueAlternation(FREQUENCY_CUES)})\\s{1,3})?`,
    '(?:',
    `${WORD_START}${COUNT}\\s{1,3}(?:(?<adverb>${Object.keys(ADVERBS).join('|')})${WORD_END}|${PER}\\s{1,3}${period('A')})`,
    `|${WORD_START}(?:every|alle|varje|var)\\s{1,3}${period('B')}`,
    `|${WORD_START}(?<!\\ban\\s{1,3})(?<bareAdverb>annually)${WORD_END}`,
    ')',
  ].join(''),
  'gu',
);

/**
 * A frequency needs one of these ("once", "every", "times", "annually", …), read out of the pattern
 * itself. Reading 33 K characters of pattern costs ~50 ms in a cold process, more than a document's
 * few audit clauses cost without it: the literals are read once a process has asked often enough.
 */
let frequencyLiterals: string[] | null | undefined;
let frequencyCalls = 0;
const LITERALS_AFTER = 200;

function readCount(count: string): number | null {
  const lower = count.toLowerCase();
  if (lower in SOLO_NUMBER_WORDS && lower !== 'a' && lower !== 'an') return SOLO_NUMBER_WORDS[lower];
  // The look-behind starts the match at the first space of a run: a bare \s+ retried at every space is quadratic.
  const number = lower.replace(/(?<!\s)\s+times?$/, '');
  const words = /\p{L}[\p{L}\s\-\u00ad\u2010-\u2015\u2212]*/u.exec(number)?.[0].trim();
  return (words ? parseWordRun(words)?.value : null) ?? digitsIn(number);
}

function periodDays(numberText: string | undefined, unitText: string, qualifier: string | undefined): number | null {
  const amount = numberText === undefined ? 1 : readCount(numberText);
  if (amount === null || amount === 0) return null;
  const lower = unitText.toLowerCase();
  if (/^quarters?$/.test(lower)) return amount * 91.25;
  if (lower === 'annum') return amount * 365;
  const unit = unitOf(unitText, qualifier);
  if (unit === null) return null;
  // Counted per calendar time: a 365-day year, 12 months, 52 weeks.
  if (unit === 'year') return amount * 365;
  if (unit === 'month') return (amount * 365) / 12;
  if (unit === 'week') return (amount * 365) / 52;
  return toDuration(amount, unit).days;
}

/** Every "once per calendar year", "twice a year", "at most once every twelve (12) months" in `s`. */
export function findFrequencies(s: string): Frequency[] {
  const out: Frequency[] = [];
  const folded = foldCase(s);
  if (frequencyLiterals === undefined && ++frequencyCalls > LITERALS_AFTER) frequencyLiterals = requiredLiterals(FREQUENCY_RE);
  const literals = frequencyLiterals;
  if (literals && !literals.some((l) => folded.includes(l))) return out;
  const re = FREQUENCY_RE;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const g = m.groups ?? {};
    let perYear: number | null;
    if (g.bareAdverb !== undefined) {
      perYear = 1;
    } else {
      // "work hard every day" is a manner of speaking; "every 12 months" and "not more often than every year" are rules.
      if (g.unitB !== undefined && g.numberB === undefined && g.cue === undefined) continue;
      const count = g.count === undefined ? 1 : readCount(g.count);
      if (count === null || count === 0) continue;
      if (g.adverb !== undefined) {
        perYear = count * ADVERBS[g.adverb.toLowerCase()];
      } else {
        const days = g.unitA !== undefined
          ? periodDays(g.numberA, g.unitA, g.qualifierA)
          : periodDays(g.numberB, g.unitB ?? '', g.qualifierB);
        perYear = days === null ? null : (count * 365) / days;
      }
    }
    if (perYear === null) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      perYear: Math.round(perYear * 1000) / 1000,
      start,
      end,
      text: s.slice(start, end),
      bound: cueBound(FREQUENCY_CUES, g.cue),
    });
  }
  return out;
}
