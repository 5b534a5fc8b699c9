/**
 * The content script's gate, run on every page the user opens: could this page be a DPA or a
 * privacy policy? It must be tiny and near-free, so it looks only at the URL, the title, the
 * first headings and a few KB of text, with a handful of regexes. It leans towards recall:
 * a terms-of-service page may pass, because the full classifier (lib/detect.ts) decides after it.
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
const NAME_CUES: [RegExp, Kind, number, string][] = [
  [/data[-_ ]?(processing|protection)[-_ ]?(agreement|addendum|terms)|\bdpa\b|processor[-_ ]?(terms|addendum)|auftragsverarbeitung|\bavv\b/i, 'dpa', 3, 'DPA'],
  [/privacy[-_ ]?(policy|notice|statement)|datenschutz|data[-_ ]?protection[-_ ]?(policy|notice|statement|declaration)|notice[-_ ]at[-_ ]collection/i, 'privacy-policy', 3, 'privacy policy'],
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
const TEXT_CUES =
  /\b(?:(sub-?processors?|processors?|controllers?|on behalf of (?:the )?(?:customer|controller|client)|(?:customer|controller)'?s? (?:documented )?instructions|standard contractual clauses|article 28|this (?:dpa|addendum)|the parties|auftragsverarbeit\w*|auftrag(?:nehmer|geber)\w*|weisungen)|(we (?:may |also )?(?:collect|use|share|process|disclose|retain|store|receive)|your (?:personal )?(?:data|information)|cookies?|opt[- ]out|your (?:privacy )?rights|this (?:privacy )?(?:policy|notice|statement)|wir (?:erheben|verarbeiten|erfassen|nutzen|speichern)|ihre (?:daten|rechte))|personal (?:data|information)|personenbezogene\w*|data subjects?|data protection|gdpr|dsgvo)\b/gi;

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
  for (const m of sample.matchAll(TEXT_CUES)) {
    if (m[1]) dpaHits++;
    else if (m[2]) noticeHits++;
    hits++;
  }
  // Policies run at 20-90 cues per 1000 words; news about a GDPR fine at ~20 stays under the bar alone.
  const density = (hits * 1000) / Math.max(words, 200);
  const textPoints = Math.min(4, Math.max(0, (density - 8) / 5));
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
