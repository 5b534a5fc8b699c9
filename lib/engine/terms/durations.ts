/**
 * Time periods and frequencies in contract sentences ("no later than seventy-two (72) hours",
 * "ten (10) business days", "once per calendar year"), normalised to days, hours and counts per year.
 *
 * Every finder is one precompiled regex pass. Each repetition in the patterns is bounded and
 * every number starts behind a look-behind, so no start position can do more than a constant
 * amount of work: the scan stays linear on hostile input ("one one one …", a run of digits).
 */
import { requiredLiterals } from '../tag/literals';

export type TimeUnit = 'minute' | 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';
export type Bound = 'max' | 'min' | 'approx';

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

export interface Frequency {
  /** Occurrences per year: "once per calendar year" 1, "twice a year" 2, "once every 24 months" 0.5. */
  perYear: number;
  start: number;
  end: number;
  text: string;
  /** "at most once a year" max; "at least once a day" min. */
  bound: Bound | null;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface NumberWord {
  word: string;
  value: number;
  kind: 'unit' | 'teen' | 'tens' | 'scale';
}

/** English cardinal words; "fourty" is a common misspelling in contracts. */
const NUMBER_WORDS: NumberWord[] = [
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9],
].map(([word, value]) => ({ word, value, kind: 'unit' }) as NumberWord)
  .concat(
    [
      ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
      ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
    ].map(([word, value]) => ({ word, value, kind: 'teen' }) as NumberWord),
    [
      ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
      ['seventy', 70], ['eighty', 80], ['ninety', 90],
    ].map(([word, value]) => ({ word, value, kind: 'tens' }) as NumberWord),
    [
      ['hundred', 100], ['thousand', 1000], ['million', 1_000_000],
    ].map(([word, value]) => ({ word, value, kind: 'scale' }) as NumberWord),
  );

/**
 * Swedish and German cardinals: units, teens and tens as words, and the compounds below a hundred
 * written as one word ("tjugofyra" = tens + unit, "vierundzwanzig" = unit + "und" + tens), which
 * count as one finished number like an English teen. "en"/"ett"/"ein(e)" are 1 ("inom en månad").
 */
const FOREIGN_CARDINALS: { units: string[][]; teens: [string, number][]; tens: [string, number][]; compound: (tens: string, unit: string) => string }[] = [
  {
    units: [['en', 'ett'], ['två'], ['tre'], ['fyra'], ['fem'], ['sex'], ['sju'], ['åtta'], ['nio']],
    teens: [['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16], ['sjutton', 17], ['arton', 18], ['nitton', 19]],
    tens: [['tjugo', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60], ['sjuttio', 70], ['åttio', 80], ['nittio', 90]],
    compound: (tens, unit) => tens + unit,
  },
  {
    units: [['ein', 'eine', 'einen', 'einem', 'einer'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
    teens: [['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19]],
    tens: [['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90]],
    compound: (tens, unit) => `${unit === 'eins' ? 'ein' : unit}und${tens}`,
  },
];
for (const lang of FOREIGN_CARDINALS) {
  lang.units.forEach((forms, i) => forms.forEach((word) => NUMBER_WORDS.push({ word, value: i + 1, kind: 'unit' })));
  for (const [word, value] of lang.teens) NUMBER_WORDS.push({ word, value, kind: 'teen' });
  for (const [word, value] of lang.tens) {
    NUMBER_WORDS.push({ word, value, kind: 'tens' });
    lang.units.forEach((forms, i) => NUMBER_WORDS.push({ word: lang.compound(word, forms[0]), value: value + i + 1, kind: 'teen' }));
  }
}

const NUMBER_WORD_BY_NAME = new Map(NUMBER_WORDS.map((w) => [w.word, w]));

/** Words that stand for a count on their own. */
const SOLO_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, once: 1, twice: 2, thrice: 3, dozen: 12, half: 0.5,
  // German and Swedish "once", "twice".
  einmal: 1, zweimal: 2, 'en gång': 1, 'två gånger': 2,
};

interface UnitForm {
  /** Regex source for the written forms (matched case-insensitively, whole word). */
  forms: string;
  unit: TimeUnit;
  reason: string;
}

const UNIT_FORMS: UnitForm[] = [
  { forms: 'minutes?|mins?', unit: 'minute', reason: 'minute, with its abbreviation' },
  { forms: 'hours?|hrs?|h|stunden?|timmar(?:na)?|timme[n]?|tim', unit: 'hour', reason: 'hour; "48h", German "Stunden" and Swedish "timmar" included' },
  {
    forms: 'workdays?|werktagen?|arbeitstagen?|geschäftstagen?|arbetsdagar(?:na)?|arbetsdag(?:en)?|bankdagar(?:na)?|bankdag(?:en)?|vardagar(?:na)?|vardag(?:en)?',
    unit: 'business-day',
    reason: 'a single word for a business day (English, German and Swedish)',
  },
  { forms: 'days?|tagen?|tag|dagar(?:na)?|dag(?:en)?|dygn(?:et)?', unit: 'day', reason: 'calendar day; German "Tage/Tagen", Swedish "dagar", "dygn" (24 hours)' },
  { forms: 'weeks?|wks?|wochen?|veckor(?:na)?|vecka[n]?', unit: 'week', reason: 'week; German "Woche(n)", Swedish "vecka/veckor"' },
  { forms: 'months?|mths?|monaten?|monat|månader(?:na)?|månad(?:en)?', unit: 'month', reason: 'month; German "Monat(e/en)", Swedish "månad(er)"' },
  { forms: 'years?|yrs?|jahren?|jahr|år(?:en|s)?|året', unit: 'year', reason: 'year; German "Jahr(e/en)", Swedish "år"' },
];

interface Qualifier {
  word: string;
  /** Turns "day" into a business day. */
  business: boolean;
  reason: string;
}

/** Words allowed between the number and the unit ("ten (10) business days"). */
const QUALIFIERS: Qualifier[] = [
  { word: 'calendar', business: false, reason: 'calendar days are ordinary days' },
  { word: 'business', business: true, reason: 'business days skip weekends and holidays' },
  { word: 'working', business: true, reason: 'working days are business days' },
  { word: 'banking', business: true, reason: 'banking days are business days' },
  { word: 'bank', business: true, reason: 'bank days are business days' },
  { word: 'consecutive', business: false, reason: 'consecutive days are calendar days' },
  { word: 'full', business: false, reason: '"full" does not change the length' },
  { word: 'clear', business: false, reason: '"clear days" are calendar days' },
  { word: 'whole', business: false, reason: '"whole" does not change the length' },
  { word: 'complete', business: false, reason: '"complete years of service"' },
];

interface BoundCue {
  /** Words separated by single spaces; any white space matches. */
  phrase: string;
  bound: Bound;
  reason: string;
}

/** Cues written before the number; the one nearest the number decides. */
const LEADING_CUES: BoundCue[] = [
  { phrase: 'within', bound: 'max', reason: 'a deadline: at most this long' },
  { phrase: 'no later than', bound: 'max', reason: 'a deadline' },
  { phrase: 'not later than', bound: 'max', reason: 'a deadline' },
  { phrase: 'by no later than', bound: 'max', reason: 'a deadline' },
  { phrase: 'in no event later than', bound: 'max', reason: 'a deadline' },
  { phrase: 'in no case later than', bound: 'max', reason: 'a deadline' },
  { phrase: 'at the latest', bound: 'max', reason: 'a deadline' },
  { phrase: 'at latest', bound: 'max', reason: 'a deadline' },
  { phrase: 'later than', bound: 'max', reason: 'contracts write it negated: "under no circumstances later than"' },
  { phrase: 'up to', bound: 'max', reason: 'a ceiling' },
  { phrase: 'for up to', bound: 'max', reason: 'a ceiling' },
  { phrase: 'not exceeding', bound: 'max', reason: 'a ceiling' },
  { phrase: 'not to exceed', bound: 'max', reason: 'a ceiling' },
  { phrase: 'no more than', bound: 'max', reason: 'a ceiling' },
  { phrase: 'not more than', bound: 'max', reason: 'a ceiling' },
  { phrase: 'no longer than', bound: 'max', reason: 'a ceiling' },
  { phrase: 'not longer than', bound: 'max', reason: 'a ceiling' },
  { phrase: 'at most', bound: 'max', reason: 'a ceiling' },
  { phrase: 'at the most', bound: 'max', reason: 'a ceiling' },
  { phrase: 'a maximum of', bound: 'max', reason: 'a ceiling' },
  { phrase: 'maximum of', bound: 'max', reason: 'a ceiling' },
  { phrase: 'maximum', bound: 'max', reason: 'a ceiling' },
  { phrase: 'max.', bound: 'max', reason: 'a ceiling' },
  { phrase: 'less than', bound: 'max', reason: 'strictly below' },
  { phrase: 'fewer than', bound: 'max', reason: 'strictly below' },
  { phrase: 'innerhalb von', bound: 'max', reason: 'German "within"' },
  { phrase: 'innerhalb', bound: 'max', reason: 'German "within"' },
  { phrase: 'binnen', bound: 'max', reason: 'German "within"' },
  { phrase: 'spätestens', bound: 'max', reason: 'German "at the latest"' },
  { phrase: 'höchstens', bound: 'max', reason: 'German "at most"' },
  { phrase: 'bis zu', bound: 'max', reason: 'German "up to"' },
  { phrase: 'längstens', bound: 'max', reason: 'German "at the longest"' },
  { phrase: 'maximal', bound: 'max', reason: 'German "at most"' },
  { phrase: 'nicht länger als', bound: 'max', reason: 'German "no longer than"' },
  { phrase: 'inom', bound: 'max', reason: 'Swedish "within"' },
  { phrase: 'senast inom', bound: 'max', reason: 'Swedish "at the latest within"' },
  { phrase: 'senast', bound: 'max', reason: 'Swedish "at the latest"' },
  { phrase: 'högst', bound: 'max', reason: 'Swedish "at most"' },
  { phrase: 'upp till', bound: 'max', reason: 'Swedish "up to"' },
  { phrase: 'som längst', bound: 'max', reason: 'Swedish "at the longest"' },
  { phrase: 'minst', bound: 'min', reason: 'Swedish "at least"' },
  { phrase: 'tidigast', bound: 'min', reason: 'Swedish "at the earliest"' },
  { phrase: 'frühestens', bound: 'min', reason: 'German "at the earliest"' },
  { phrase: 'cirka', bound: 'approx', reason: 'Swedish "about"' },
  { phrase: 'ungefär', bound: 'approx', reason: 'Swedish "about"' },
  { phrase: 'vanligtvis', bound: 'approx', reason: 'Swedish "usually"' },
  { phrase: 'normalerweise', bound: 'approx', reason: 'German "usually"' },
  { phrase: 'in der regel', bound: 'approx', reason: 'German "as a rule"' },
  { phrase: 'at least', bound: 'min', reason: 'a floor' },
  { phrase: 'no less than', bound: 'min', reason: 'a floor' },
  { phrase: 'not less than', bound: 'min', reason: 'a floor' },
  { phrase: 'no fewer than', bound: 'min', reason: 'a floor' },
  { phrase: 'not fewer than', bound: 'min', reason: 'a floor' },
  { phrase: 'no earlier than', bound: 'min', reason: 'a floor' },
  { phrase: 'not earlier than', bound: 'min', reason: 'a floor' },
  { phrase: 'no sooner than', bound: 'min', reason: 'a floor' },
  { phrase: 'a minimum of', bound: 'min', reason: 'a floor' },
  { phrase: 'minimum of', bound: 'min', reason: 'a floor' },
  { phrase: 'minimum', bound: 'min', reason: 'a floor' },
  { phrase: 'at minimum', bound: 'min', reason: 'a floor' },
  { phrase: 'mindestens', bound: 'min', reason: 'German "at least"' },
  { phrase: 'about', bound: 'approx', reason: 'an estimate, not a commitment' },
  { phrase: 'approximately', bound: 'approx', reason: 'an estimate' },
  { phrase: 'approx.', bound: 'approx', reason: 'an estimate' },
  { phrase: 'around', bound: 'approx', reason: 'an estimate' },
  { phrase: 'roughly', bound: 'approx', reason: 'an estimate' },
  { phrase: 'circa', bound: 'approx', reason: 'an estimate' },
  { phrase: 'ca.', bound: 'approx', reason: 'an estimate' },
  { phrase: 'nearly', bound: 'approx', reason: 'an estimate' },
  { phrase: 'almost', bound: 'approx', reason: 'an estimate' },
  { phrase: 'typically', bound: 'approx', reason: 'what usually happens, not a commitment' },
  { phrase: 'usually', bound: 'approx', reason: 'what usually happens' },
  { phrase: 'generally', bound: 'approx', reason: 'what usually happens' },
  { phrase: 'normally', bound: 'approx', reason: 'what usually happens' },
  { phrase: 'ordinarily', bound: 'approx', reason: 'what usually happens' },
  { phrase: 'etwa', bound: 'approx', reason: 'German "about"' },
  { phrase: 'ungefähr', bound: 'approx', reason: 'German "about"' },
];

/** Cues written after the unit ("24 hours at the latest"); used when no leading cue is found. */
const TRAILING_CUES: BoundCue[] = [
  { phrase: 'at the latest', bound: 'max', reason: 'a deadline' },
  { phrase: 'at the most', bound: 'max', reason: 'a ceiling' },
  { phrase: 'at most', bound: 'max', reason: 'a ceiling' },
  { phrase: 'maximum', bound: 'max', reason: 'a ceiling' },
  { phrase: 'or less', bound: 'max', reason: 'a ceiling' },
  { phrase: 'or fewer', bound: 'max', reason: 'a ceiling' },
  { phrase: 'or more', bound: 'min', reason: 'a floor' },
  { phrase: 'or longer', bound: 'min', reason: 'a floor' },
  { phrase: 'at a minimum', bound: 'min', reason: 'a floor' },
  { phrase: 'at minimum', bound: 'min', reason: 'a floor' },
  { phrase: 'minimum', bound: 'min', reason: 'a floor' },
];

/** Cues before a frequency ("at most once every twelve (12) months"). */
const FREQUENCY_CUES: BoundCue[] = [
  { phrase: 'maximum', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'a maximum of', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'at most', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'no more than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'not more than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'up to', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'no more frequently than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'nicht häufiger als', bound: 'max', reason: 'German "not more often than"' },
  { phrase: 'höchstens', bound: 'max', reason: 'German "at most"' },
  { phrase: 'maximal', bound: 'max', reason: 'German "at most"' },
  { phrase: 'högst', bound: 'max', reason: 'Swedish "at most"' },
  { phrase: 'inte oftare än', bound: 'max', reason: 'Swedish "not more often than"' },
  { phrase: 'not more frequently than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'no more often than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'not more often than', bound: 'max', reason: 'a ceiling on how often' },
  { phrase: 'at least', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'no less than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'not less than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'no less frequently than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'not less frequently than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'in no case less frequently than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'in no event less frequently than', bound: 'min', reason: 'a floor on how often' },
  { phrase: 'about', bound: 'approx', reason: 'an estimate' },
  { phrase: 'approximately', bound: 'approx', reason: 'an estimate' },
  { phrase: 'typically', bound: 'approx', reason: 'what usually happens' },
  { phrase: 'usually', bound: 'approx', reason: 'what usually happens' },
];

/** Calendar length of one unit in days (the contract's convention: month 30, year 365). */
const DAYS_PER_UNIT: Record<Exclude<TimeUnit, 'business-day'>, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
};

// ---------------------------------------------------------------------------------------------
// Number words

const TOKEN_SPLIT = /[\s\-\u00ad\u2010-\u2015\u2212]+/u;

/**
 * "seventy-two" → 72, "one hundred and eighty" → 180, "twelve" → 12, "a" → 1, "twice" → 2;
 * digits pass through ("72" → 72). Null for anything that is not one well-formed number.
 */
export function parseNumberWords(s: string): number | null {
  const text = s.trim().toLowerCase();
  if (text === '') return null;
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const tokens = text.split(TOKEN_SPLIT).filter((t) => t !== '');
  if (tokens.length === 1 && tokens[0] in SOLO_NUMBER_WORDS) return SOLO_NUMBER_WORDS[tokens[0]];
  return parseCardinalTokens(tokens);
}

/** English cardinals below a billion; rejects "one one", "twenty thirty", "and five". */
function parseCardinalTokens(tokens: string[]): number | null {
  let total = 0;
  let group = 0;
  let last: NumberWord['kind'] | 'and' | 'article' | null = null;
  let lastScale = Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'and') {
      // "and" only joins a scale word to what follows it: "one hundred and eighty".
      if (last !== 'scale' || i === tokens.length - 1) return null;
      last = 'and';
      continue;
    }
    if ((token === 'a' || token === 'an') && i === 0) {
      // "a hundred", "a thousand", "a dozen" only.
      const next = tokens[1];
      if (next !== 'hundred' && next !== 'thousand' && next !== 'million' && next !== 'dozen') return null;
      group = 1;
      last = 'article';
      continue;
    }
    if (token === 'dozen') {
      if (tokens.length !== i + 1 || group < 1 || group > 9 || total !== 0) return null;
      return group * 12;
    }
    const word = NUMBER_WORD_BY_NAME.get(token);
    if (!word) return null;
    if (word.kind === 'scale') {
      if (group === 0 || last === 'and') return null;
      if (word.value === 100) {
        if (group >= 100) return null;
        group *= 100;
      } else {
        if (word.value >= lastScale) return null;
        total += group * word.value;
        group = 0;
        lastScale = word.value;
      }
      last = 'scale';
      continue;
    }
    const below100 = group % 100;
    if (word.value === 0 && (tokens.length > 1)) return null;
    if (word.kind === 'unit') {
      if (last === 'unit' || last === 'teen' || last === 'article') return null;
      if (last === 'tens' ? below100 % 10 !== 0 : below100 !== 0) return null;
    } else {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'article' || below100 !== 0) return null;
    }
    group += word.value;
    last = word.kind;
  }
  if (last === 'and' || last === 'article') return null;
  return total + group;
}

// ---------------------------------------------------------------------------------------------
// Patterns (built once from the tables)

const HYPHEN = '[\\-\\u00ad\\u2010-\\u2015\\u2212]';
/** Not inside a word or a number, and not the tail of a hyphenated word ("COVID-19"). */
const WORD_START = `(?<![\\p{L}\\p{N}])(?<!\\p{L}${HYPHEN})`;
const WORD_END = '(?![\\p{L}\\p{N}])';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseRe = (phrase: string): string => phrase.split(' ').map(escapeRe).join('\\s+');
const longestFirst = (a: string, b: string): number => b.length - a.length;
const alternation = (items: string[]): string => items.slice().sort(longestFirst).join('|');
/** One look-ahead after the whole alternation: one per branch makes V8 compile it ten times slower. */
const cueAlternation = (cues: BoundCue[]): string => `(?:${alternation(cues.map((c) => phraseRe(c.phrase)))})${WORD_END}`;

const NUMBER_WORD_RE = `(?:${alternation(NUMBER_WORDS.map((w) => w.word))})${WORD_END}`;
/** Up to six number words ("one hundred and eighty-five thousand"): bounded, so never quadratic. */
const WORD_NUMBER = `${NUMBER_WORD_RE}(?:(?:\\s{1,3}|${HYPHEN})(?:and\\s{1,3})?${NUMBER_WORD_RE}){0,5}`;
/** "1,000", "72", "1.5"; never a piece of a longer number, a version, a path or an amount of money. */
const DIGITS = '(?:\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,6}(?:\\.\\d{1,3})?)(?![\\d]|[.,]\\d)';
const DIGITS_START = `(?<![\\p{L}\\p{N}.,/$€£¥#§])(?<!\\p{L}${HYPHEN})`;
const PAREN_DIGITS = `\\(\\s{0,2}${DIGITS}\\s{0,2}\\)`;
const PAREN_WORDS = `\\(\\s{0,2}${WORD_NUMBER}\\s{0,2}\\)`;

const UNIT_RE = `(?:${UNIT_FORMS.map((u) => u.forms).join('|')})(?:\\(s\\))?${WORD_END}`;
const QUALIFIER_RE = `(?:${alternation(QUALIFIERS.map((q) => q.word))})(?:\\s{1,3}|${HYPHEN})`;
/** Between the number and the unit: nothing ("48h"), spaces, or a dash ("24-hour", "30 – day"). */
const JOIN = `(?:\\s{0,2}${HYPHEN}\\s{0,2}|\\s{0,4})`;
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
const cueBound = (cues: BoundCue[], text: string | undefined): Bound | null => {
  if (!text) return null;
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return cues.find((c) => c.phrase === folded)?.bound ?? null;
};

function unitOf(written: string, qualifier: string | undefined): TimeUnit | null {
  const lower = written.toLowerCase();
  const unit = UNIT_MATCHERS.find((u) => u.re.test(lower))?.unit ?? null;
  const business = qualifier !== undefined && BUSINESS_QUALIFIERS.has(qualifier.toLowerCase().replace(/[^a-z]/g, ''));
  return unit === 'day' && business ? 'business-day' : unit;
}

/**
 * Lower case with every offset kept, so the patterns need no `i` flag: case-insensitive Unicode
 * classes make V8 compile the patterns some 20 times slower.
 */
function foldCase(s: string): string {
  const lower = s.toLowerCase();
  // Only a few letters ("İ") lengthen when lowered; then fold ASCII alone.
  return lower.length === s.length ? lower : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function toDuration(amount: number, unit: TimeUnit): Pick<Duration, 'amount' | 'unit' | 'days' | 'hours'> {
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

const digitsIn = (s: string | undefined): number | null => {
  const m = s === undefined ? null : /\d[\d,.]*/.exec(s);
  return m ? parseNumberWords(m[0]) : null;
};

/**
 * The longest well-formed tail of a run of number words, with its offset in the run:
 * "one one day" → 1 at "one day".
 */
function parseWordRun(run: string): { value: number; offset: number } | null {
  const tokens = [...run.matchAll(/\p{L}+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i][0].toLowerCase() === 'and') continue;
    const value = parseNumberWords(tokens.slice(i).map((t) => t[0]).join(' '));
    if (value !== null) return { value, offset: tokens[i].index ?? 0 };
  }
  return null;
}

/** Every time period in `s`, in order of appearance. */
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

// ---------------------------------------------------------------------------------------------
// Frequencies

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
    `|${WORD_START}(?<!an\\s{1,3})(?<bareAdverb>annually)${WORD_END}`,
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
