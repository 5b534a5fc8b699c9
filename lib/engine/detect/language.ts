/**
 * The language of a text, from the text itself: a stop-word model per language (the words every
 * sentence of that language is made of, and few of any other), voted paragraph by paragraph and
 * weighted by the paragraph's length, so the English cookie banner, menu and footer of a Swedish
 * page do not outvote its body. Languages written in their own script are told by the script.
 *
 * Adding a language is adding a line to STOP_WORDS (and, for ClauseLens to read it, a vocabulary
 * table in ../vocabulary).
 */

/** ISO 639-1 code -> its commonest function words, each a whole lower-case word. */
const STOP_WORDS: Record<string, string> = {
  en: 'the and of to is that for with we you your are this be will shall may any or by not our from which have has it such as their its would should under',
  sv: 'och att är som för med inte det av på till den om eller ska har vi du dina din dig oss vår våra vilka eller enligt inom efter från detta denna dessa kan även samt ett en vid måste sina',
  de: 'der die das und ist nicht mit von zu den dem des sie wir ihre ihr oder für auf werden eine ein einer auch sind wird bei nach über durch diese dieser wenn uns unsere sowie gemäß',
  da: 'og at er som for med ikke det af på til den om eller skal har vi du dine din dig os vores hvis også efter fra denne disse kan samt et en ved være nogle hvordan',
  no: 'og at er som for med ikke det av på til den om eller skal har vi du dine din deg oss vår våre hvis også etter fra denne disse kan samt et en ved være noen hvordan',
  fr: 'le la les et des du de que qui pour ne pas une un est sur par avec vous nous vos votre nos notre dans sont ou ces cette aux être peut',
  es: 'el la los las y del de que para no una un es por con su sus usted nosotros nuestro nuestros en se al como o este esta puede más',
  it: 'il lo la gli le e di del della dei che per non una un è con sono nel nella al alla ai suoi vostri tuoi o questo questa può anche',
  pt: 'o a os as e do da dos das de que para não uma um é com seu seus sua suas você nós nosso em no na ao como ou este esta pode também',
  nl: 'de het een en van dat voor niet met op te zijn uw wij we ons onze is door worden wordt of deze dit bij als kunnen ook naar',
  fi: 'ja on että tai ei ovat se ne voi kun jos myös sinun meidän tämä joka mukaan sekä olla tietoja niitä kuin',
  pl: 'i w na z że się nie do jest lub oraz przez dla jak może są być to ich tym które który jego naszych twoje',
};

/** Scripts that name their language outright. */
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
];

const LANGS = Object.keys(STOP_WORDS);
/** word -> bit set of the languages that use it. */
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of STOP_WORDS[lang].split(' ')) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});

/** Enough of a long document to judge it, bounded so a 1.5 MB page costs no more than a long one. */
const SAMPLE_CHARS = 200_000;
/** Paragraphs with fewer stop words than this say too little to vote (menu items, headings). */
const MIN_HITS = 3;

export interface LanguageGuess {
  /** ISO 639-1 code. */
  language: string;
  /** Share of the voting text that voted for it, 0..1 (0 when nothing voted: the fallback). */
  share: number;
}

/** A word: one shared pattern, read with exec (matchAll would clone it for every paragraph). */
const WORD = /\p{L}+/gu;

/** The language of `text`; English when it holds too little running text to tell. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Letters are counted only when a script is present at all: the count is a 200 K-element array.
  let letters: number | null = null;
  for (const [re, lang] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (!n) continue;
    letters ??= (sample.match(/\p{L}/gu) ?? []).length;
    if (letters && n / letters > 0.3) return { language: lang, share: n / letters };
  }
  const votes = new Array<number>(LANGS.length).fill(0);
  let total = 0;
  for (const para of sample.toLowerCase().split(/\n\s*\n|\n(?=\s*(?:[-*•#]|\d+[.)]))/)) {
    const hits = new Array<number>(LANGS.length).fill(0);
    let words = 0;
    const word = WORD;
    word.lastIndex = 0;
    for (let m = word.exec(para); m; m = word.exec(para)) {
      words++;
      const set = WORD_LANGS.get(m[0]);
      if (!set) continue;
      for (let i = 0; i < LANGS.length; i++) if (set & (1 << i)) hits[i]++;
    }
    let best = -1;
    for (let i = 0; i < LANGS.length; i++) if (hits[i] >= MIN_HITS && (best < 0 || hits[i] > hits[best])) best = i;
    if (best < 0) continue;
    votes[best] += words;
    total += words;
  }
  let best = 0;
  for (let i = 1; i < LANGS.length; i++) if (votes[i] > votes[best]) best = i;
  if (!total) return { language: 'en', share: 0 };
  return { language: LANGS[best], share: Math.round((votes[best] / total) * 100) / 100 };
}

/** English names of the languages, for the notice on a page ClauseLens does not read. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', sv: 'Swedish', de: 'German', da: 'Danish', no: 'Norwegian', fr: 'French', es: 'Spanish',
  it: 'Italian', pt: 'Portuguese', nl: 'Dutch', fi: 'Finnish', pl: 'Polish', ja: 'Japanese', ko: 'Korean',
  zh: 'Chinese', ru: 'Russian', el: 'Greek', ar: 'Arabic', he: 'Hebrew',
};
