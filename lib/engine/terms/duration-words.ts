/**
 * The vocabulary of time periods: number words (English, with the Swedish and German cardinals), units,
 * the words allowed between a number and its unit, and the cues that bound a period ("within", "at least").
 * Data tables, read by the patterns in durations.ts and frequencies.ts; and the parser of number words.
 */

export type TimeUnit = 'minute' | 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';
export type Bound = 'max' | 'min' | 'approx';

export interface NumberWord {
  word: string;
  value: number;
  kind: 'unit' | 'teen' | 'tens' | 'scale';
}

/** English cardinal words; "fourty" is a common misspelling in contracts. */
export const NUMBER_WORDS: NumberWord[] = [
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
export const FOREIGN_CARDINALS: { units: string[][]; teens: [string, number][]; tens: [string, number][]; compound: (tens: string, unit: string) => string }[] = [
  {
    units: [['en', 'ett'], ['två'], ['tre'], ['fyra'], ['fem'], ['sex'], ['sju'], ['åtta'], ['nio']],
    teens: [['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15], ['sexton', 16], ['sjutton', 17], ['arton', 18], ['nitton', 19]],
    tens: [['tjugo', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60], ['sjuttio', 70], ['åttio', 80], ['nittio', 90]],
    compound: (tens, unit) => tens + unit,
  },
  {
    units: [['ein', 'eine', 'einen', 'einem', 'einer', 'eines'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
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

export const NUMBER_WORD_BY_NAME = new Map(NUMBER_WORDS.map((w) => [w.word, w]));

/** Words that stand for a count on their own. */
export const SOLO_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, once: 1, twice: 2, thrice: 3, dozen: 12, half: 0.5,
  // German and Swedish "once", "twice".
  einmal: 1, zweimal: 2, 'en gång': 1, 'två gånger': 2,
};

export interface UnitForm {
  /** Regex source for the written forms (matched case-insensitively, whole word). */
  forms: string;
  unit: TimeUnit;
  reason: string;
}

export const UNIT_FORMS: UnitForm[] = [
  { forms: 'minutes?|mins?', unit: 'minute', reason: 'minute, with its abbreviation' },
  { forms: 'hours?|hrs?|h|stunden?|timmar(?:na|s)?|timme[n]?|tim', unit: 'hour', reason: 'hour; "48h", German "Stunden" and Swedish "timmar" included' },
  {
    forms: 'workdays?|werktagen?|arbeitstagen?|geschäftstagen?|arbetsdagar(?:na|s)?|arbetsdag(?:en)?|bankdagar(?:na|s)?|bankdag(?:en)?|vardagar(?:na|s)?|vardag(?:en)?',
    unit: 'business-day',
    reason: 'a single word for a business day (English, German and Swedish)',
  },
  { forms: 'days?|tagen?|tages|tag|dagar(?:na|s)?|dag(?:en)?|dygn(?:et|s)?', unit: 'day', reason: 'calendar day; German "Tage/Tagen" (genitive "eines Tages"), Swedish "dagar" (genitive "30 dagars varsel"), "dygn" (24 hours)' },
  { forms: 'weeks?|wks?|wochen?|veckor(?:na|s)?|vecka[ns]?', unit: 'week', reason: 'week; German "Woche(n)", Swedish "vecka/veckor" (genitive "en veckas")' },
  { forms: 'months?|mths?|monaten?|monats|monat|månader(?:na|s)?|månad(?:en|s)?', unit: 'month', reason: 'month; German "Monat(e/en)" and the genitive "innerhalb eines Monats", Swedish "månad(er)" and "en månads"' },
  { forms: 'years?|yrs?|jahren?|jahr(?:e?s)?|kalenderjahr(?:en?|e?s)?|år(?:en|s)?|året|kalenderår(?:et|s)?', unit: 'year', reason: 'year; German "Jahr(e/en)", the genitive "eines Jahres" and the compound "Kalenderjahr", Swedish "år" and "kalenderår"' },
];

export interface Qualifier {
  word: string;
  /** Turns "day" into a business day. */
  business: boolean;
  reason: string;
}

/** Words allowed between the number and the unit ("ten (10) business days"). */
export const QUALIFIERS: Qualifier[] = [
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
  // "for three more years", "for 12 additional months": a period added after an event, counted as written.
  { word: 'more', business: false, reason: '"three more years" after an event is three years' },
  { word: 'further', business: false, reason: '"two further years"' },
  { word: 'additional', business: false, reason: '"12 additional months"' },
  { word: 'extra', business: false, reason: '"30 extra days"' },
];

export interface BoundCue {
  /** Words separated by single spaces; any white space matches. */
  phrase: string;
  bound: Bound;
  reason: string;
}

/** Cues written before the number; the one nearest the number decides. */
export const LEADING_CUES: BoundCue[] = [
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
export const TRAILING_CUES: BoundCue[] = [
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
export const FREQUENCY_CUES: BoundCue[] = [
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
export const DAYS_PER_UNIT: Record<Exclude<TimeUnit, 'business-day'>, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
};


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

