/**
 * The content script's gate, run on every page the user opens: could this page be a DPA or a
 * privacy policy? It must be tiny and near-free, so it looks only at the URL, the title, the
 * first headings and a few KB of text, with a handful of regexes. It leans towards recall:
 * a terms-of-service page may pass, because the full classifier (lib/engine/detect/pagetype.ts) decides after it.
 */

export interface PageSample {
  url: string;
  title: string;
  headings: string[];
  /** The first ~5-10 KB of visible text. */
  text: string;
}

export interface PrefilterResult {
  likely: boolean;
  kind: 'dpa' | 'privacy-policy' | null;
  score: number;
  why: string;
}

type Kind = 'dpa' | 'privacy-policy';

/** [pattern, kind, points, reason]: the page's own name for itself. */
export const NAME_CUES: [RegExp, Kind, number, string][] = [
  [/data[-_ ]?(processing|protection)[-_ ]?(agreement|addendum|terms)|\bdpa\b|processor[-_ ]?(terms|addendum)|auftragsverarbeitung|\bavv\b|personuppgiftsbitr|pub-avtal|bitr(ä|a)desavtal/i, 'dpa', 3, 'DPA'],
  [/privacy[-_ ]?(policy|notice|statement)|privacy[-_ ]?act[-_ ]?(statement|notice)|datenschutz|data[-_ ]?protection[-_ ]?(policy|notice|statement|declaration)|notice[-_ ]at[-_ ]collection|integritetspolicy|integritetsskydd|dataskydd|personuppgiftspolicy/i, 'privacy-policy', 3, 'privacy policy'],
  // Named in a language ClauseLens does not read: the in-page code still runs, to say so.
  [/confidentialit|privacidad|privacidade|privacyverklaring|privacybeleid|privatlivspolitik|personvern|tietosuoja|prywatno/i, 'privacy-policy', 3, 'privacy policy (another language)'],
  [/data[-_ ]?processing|sub-?processors?/i, 'dpa', 1.5, 'data processing'],
  [/privacy|gdpr|ccpa|\bcookie/i, 'privacy-policy', 1.5, 'privacy'],
  [/\blegal\b|\bpolicies\b|\bterms\b/i, 'privacy-policy', 0.5, 'legal'],
];

/** URL paths of article, shop and listing pages: rarely a policy's own address. */
const ORDINARY_PATH =
  /\/(19|20)\d\d\/\d\d?\/|\/(news|article|articles|blog|story|stories|product|products|shop|cart|item|category|tag|watch|wiki)(\/|$)/i;
/** Search result pages quote policies without being one. */
const SEARCH_URL = /\/search(\/|$)|[?&](q|query|search|s)=/i;

/**
 * Policy vocabulary counted in the text sample: group 1 is a DPA's (party roles), group 2 a
 * privacy notice's (first person to the reader); the rest is shared by both.
 */
export const TEXT_CUES =
  /\b(?:(sub-?processors?|processors?|on behalf of (?:the )?(?:customer|controller|client)|(?:customer|controller)'?s? (?:documented )?instructions|standard contractual clauses|article 28|this (?:dpa|addendum)|the parties|auftragsverarbeit\w*|auftrag(?:nehmer|geber)\w*|weisungen|personuppgiftsbitr\w*|underbitr\w*|personuppgiftsansvarig\w*)|(we (?:may |also )?(?:collect|use|share|process|disclose|retain|store|receive)|your (?:personal )?(?:data|information)|cookies?|opt[- ]out|your (?:privacy )?rights|this (?:privacy )?(?:policy|notice|statement)|wir (?:erheben|verarbeiten|erfassen|nutzen|speichern)|ihre (?:daten|rechte)|dina personuppgifter|vi (?:samlar|behandlar|sparar|använder))|we (?:do not|don't|never) (?:collect|store|track)|ip address(?:es)?|e-?mail address(?:es)?|third[- ]part(?:y|ies)|retention|personal (?:data|information)|personenbezogene\w*|personuppgifter|dataskydds\w*|data subjects?|data protection|gdpr|dsgvo|controllers?|personally identif(?:y|iable) information|privacy act)\b/gi;

/**
 * Every match of a NAME_CUES pattern contains one of these (lower-cased): a place without any of
 * them has no cue, and the patterns are never compiled there. On most pages none occurs at all,
 * and a regex's first use (its compilation) is most of what this check would otherwise cost.
 */
export const NAME_LITERALS = [
  'data', 'dpa', 'processor', 'auftragsverarbeitung', 'avv', 'privacy', 'datenschutz', 'notice', 'gdpr', 'ccpa', 'cookie', 'legal', 'policies', 'terms',
  'personuppgift', 'pub-avtal', 'bitr', 'integritet', 'dataskydd', 'confidentialit', 'privacidad', 'privacidade', 'personvern', 'tietosuoja', 'prywatno', 'privatliv',
];

/**
 * Every match of TEXT_CUES contains at least one of these (lower-cased, literal spaces as in the
 * pattern). Matches do not overlap, so the number of occurrences bounds the number of matches: when
 * even the bound cannot reach the density bar, the result is the same without running the pattern.
 */
export const TEXT_LITERALS = [
  'processor', 'controller', 'behalf of', 'instructions', 'contractual clauses', 'article 28', 'this dpa', 'addendum', 'the parties',
  'auftrag', 'weisungen', 'we collect', 'we use', 'we share', 'we process', 'we disclose', 'we retain', 'we store', 'we receive',
  'we may ', 'we also ', 'your data', 'your information', 'your personal', 'your rights', 'your privacy', 'cookie', 'opt out', 'opt-out',
  'this policy', 'this notice', 'this statement', 'this privacy', 'wir erheben', 'wir verarbeiten', 'wir erfassen', 'wir nutzen',
  'wir speichern', 'ihre daten', 'ihre rechte', 'personal data', 'personal information', 'personenbezogen', 'data subject',
  'data protection', 'gdpr', 'dsgvo', 'personally identif', 'privacy act', 'we do not', "we don't", 'we never', 'ip address', 'mail address', 'third part', 'third-part', 'retention', 'personuppgift', 'underbitr', 'vi samlar', 'vi behandlar', 'vi sparar', 'vi använder', 'dataskydd',
];

/** Occurrences of the literals in `lower` (an upper bound on pattern matches; stops counting at `enough`). */
function literalCount(lower: string, literals: readonly string[], enough: number): number {
  let n = 0;
  for (const literal of literals) {
    for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + literal.length)) {
      if (++n >= enough) return n;
    }
  }
  return n;
}

/** Policy vocabulary per 1000 words above which the text sample counts. */
const DENSITY_BAR = 8;

const SAMPLE_CHARS = 10_000;
const THRESHOLD = 3;

export function mightBePolicy(s: PageSample): PrefilterResult {
  const points: Record<Kind, number> = { dpa: 0, 'privacy-policy': 0 };
  const why: string[] = [];
  let path = s.url;
  let query = '';
  try {
    const u = new URL(s.url);
    path = u.hostname.replace(/^www\./, '') + u.pathname;
    query = u.search;
  } catch {
    // Not a URL (a file name, say): match the string as it is.
  }

  // Each place (URL, title, headings) counts its best cue once.
  const places: [string, string, number][] = [
    ['url', path, 1],
    ['title', s.title, 1],
    ['headings', s.headings.slice(0, 12).join(' | '), 0.5],
  ];
  for (const [place, value, scale] of places) {
    const lower = value.toLowerCase();
    if (!NAME_LITERALS.some((literal) => lower.includes(literal))) continue;
    const cue = NAME_CUES.find(([re]) => re.test(value));
    if (!cue) continue;
    points[cue[1]] += cue[2] * scale;
    why.push(`${place} says ${cue[3]}`);
  }

  const sample = s.text.slice(0, SAMPLE_CHARS);
  const words = sample.split(/\s+/).length;
  let hits = 0;
  let dpaHits = 0;
  let noticeHits = 0;
  // Hits needed to pass the bar: below it the text adds no points, so the pattern need not run.
  const needed = Math.floor((DENSITY_BAR * Math.max(words, 200)) / 1000) + 1;
  if (literalCount(sample.toLowerCase(), TEXT_LITERALS, needed) >= needed) {
    for (const m of sample.matchAll(TEXT_CUES)) {
      if (m[1]) dpaHits++;
      else if (m[2]) noticeHits++;
      hits++;
    }
  }
  // Policies run at 20-90 cues per 1000 words; news about a GDPR fine at ~20 stays under the bar alone.
  const density = (hits * 1000) / Math.max(words, 200);
  const textPoints = Math.min(4, Math.max(0, (density - DENSITY_BAR) / 5));
  if (textPoints > 0) {
    points[dpaHits > noticeHits ? 'dpa' : 'privacy-policy'] += textPoints;
    why.push(`${Math.round(density)} policy words per 1000`);
  }

  let score = points.dpa + points['privacy-policy'];
  if (SEARCH_URL.test(path + query)) {
    score -= 3;
    why.push('URL of a search page');
  } else if (ORDINARY_PATH.test(path)) {
    score -= 1.5;
    why.push('URL of an article or shop page');
  }

  score = Math.round(score * 10) / 10;
  const likely = score >= THRESHOLD;
  const kind: Kind = points.dpa > points['privacy-policy'] ? 'dpa' : 'privacy-policy';
  return { likely, kind: likely ? kind : null, score, why: why.join('; ') || 'no policy cues' };
}
