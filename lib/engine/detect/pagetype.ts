/**
 * Document-type detection: is a text a DPA, a privacy policy, or something else?
 *
 * Evidence comes from three places, each a data table with a reason per rule:
 * the title, the headings, and the density of cue phrases per 1000 words of body text.
 * Every cue votes for one class through its group; the class with the highest total wins
 * and the margin over the runner-up gives the confidence. A page has to earn "dpa" or
 * "privacy-policy": "other" starts with a prior, and a title alone counts only as far as
 * the body backs it (a ToS section headed "Data Processing Agreement" stays "other").
 */
import type { DocType, Reason } from '../report';
import { countWords, cueCounter } from './cue-trie';
import { GROUP_VOTES, HEADING_CUES, TEXT_CUES, TITLE_CUES } from './pagetype-cues';

export interface DocTypeInput {
  text: string;
  title: string | null;
  headings: string[];
  /**
   * The body is in a language ClauseLens has no vocabulary for: only the title and headings
   * (which name the document in any language we list) can say what it is.
   */
  bodyUnread?: boolean;
}

export interface DocTypeResult {
  docType: DocType;
  confidence: number;
  why: Reason[];
}


/** Each matching heading adds HEADING_WEIGHT, up to HEADING_CAP headings per cue. */
const HEADING_WEIGHT = 0.5;
const HEADING_CAP = 8;
const CUE_CAP = 6;
/**
 * Topical vocabulary counts for a DPA or a privacy policy at most as much as the text's own
 * voice as a party (or this floor): a handbook explaining processors is not a contract.
 */
const TOPICAL_FLOOR = 2;
/** "other" starts ahead: a page must earn a policy type. */
const OTHER_PRIOR = 4;
/** Body score at which a matching title counts in full; below it the title counts in proportion. */
const TITLE_SUPPORT = 8;
/** Densities are taken over at least this many words, so a short page's few words weigh what they would in a page. */
const MIN_WORDS = 300;
/** A topical cue (not the text's own voice) counts from this many occurrences. */
const MIN_TOPICAL_HITS = 2;

const countCues = cueCounter(TEXT_CUES);


export interface Contribution extends Reason {
  vote: DocType;
  points: number;
}

export interface DocTypeScores {
  scores: Record<DocType, number>;
  contributions: Contribution[];
  wordCount: number;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Every piece of evidence with its points; classifyDocType sums them. Exposed for explanations and tuning. */
const DATA_PROCESSING_TERMS = /\bdata (?:processing|protection) terms\b/i;

export function scoreDocType(input: DocTypeInput): DocTypeScores {
  const contributions: Contribution[] = [];
  const { hits, wordCount } = input.bodyUnread ? { hits: TEXT_CUES.map(() => 0), wordCount: countWords(input.text) } : countCues(input.text);
  const per1000 = 1000 / Math.max(wordCount, MIN_WORDS);

  const body: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  const voice: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  const textContributions: (Contribution & { topical: boolean })[] = [];
  // A document whose own name is "Data Processing Terms" says "these Terms" of itself: that is no sign of a ToS.
  const namedTerms = [input.title ?? '', ...input.headings.slice(0, 3)].some((h) => DATA_PROCESSING_TERMS.test(h));
  TEXT_CUES.forEach((cue, i) => {
    if (namedTerms && cue.rule === 'terms-self') return;
    // One topical word is not a genre ("this page" in a policy, "research" in a notice); a party's own voice is.
    if (!hits[i] || (!cue.voice && hits[i] < MIN_TOPICAL_HITS)) return;
    const density = hits[i] * per1000;
    const vote = GROUP_VOTES[cue.group];
    const points = cue.weight * Math.min(density, CUE_CAP);
    if (cue.voice) voice[vote] += points;
    textContributions.push({
      rule: cue.rule,
      vote,
      points,
      topical: vote !== 'other' && !cue.voice,
      reason: `${cue.reason} (${hits[i]}×, ${round(density)} per 1000 words)`,
    });
  });
  for (const vote of ['dpa', 'privacy-policy'] as const) {
    const topical = textContributions.filter((c) => c.topical && c.vote === vote);
    const total = topical.reduce((sum, c) => sum + c.points, 0);
    const allowed = Math.max(TOPICAL_FLOOR, voice[vote]);
    if (total <= allowed) continue;
    for (const c of topical) {
      c.points *= allowed / total;
      c.reason += '; discounted: the text does not speak as a party';
    }
  }
  for (const { topical: _topical, ...c } of textContributions) {
    body[c.vote] += c.points;
    contributions.push(c);
  }

  const headingCounts = HEADING_CUES.map(() => 0);
  // Headings in a language without a table would be read by English patterns (a "?" alone): the title speaks.
  for (const h of input.bodyUnread ? [] : input.headings) {
    const i = HEADING_CUES.findIndex((c) => c.pattern.test(h));
    if (i >= 0) headingCounts[i]++;
  }
  HEADING_CUES.forEach((cue, i) => {
    if (!headingCounts[i]) return;
    const n = Math.min(headingCounts[i], HEADING_CAP);
    contributions.push({
      rule: cue.rule,
      vote: cue.vote,
      points: n * HEADING_WEIGHT,
      reason: `${cue.reason}: ${headingCounts[i]} heading${headingCounts[i] > 1 ? 's' : ''}`,
    });
  });

  // The title, or failing that the first heading, names the document.
  const title = (input.title ?? input.headings[0] ?? '').trim();
  const titled = new Set<DocType>();
  for (const cue of TITLE_CUES) {
    if (titled.has(cue.vote) || !cue.pattern.test(title)) continue;
    titled.add(cue.vote);
    // An unread body cannot back the title; the title (in the document's own words) is all there is.
    const support = cue.vote === 'other' || input.bodyUnread ? 1 : Math.min(1, body[cue.vote] / TITLE_SUPPORT);
    const shown = title.length > 80 ? title.slice(0, 77) + '...' : title;
    contributions.push({
      rule: cue.rule,
      vote: cue.vote,
      points: cue.weight * support,
      reason:
        support < 1
          ? `${cue.reason}, but the body reads little like one ("${shown}")`
          : `${cue.reason} ("${shown}")`,
    });
  }

  contributions.push({
    rule: 'prior-other',
    vote: 'other',
    // Length is no evidence: a 250-word policy is a policy. Empty pages stay other through this prior alone.
    points: OTHER_PRIOR,
    reason: 'no policy evidence yet: a page must earn the DPA or privacy-policy type',
  });

  const scores: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  for (const c of contributions) scores[c.vote] += c.points;
  contributions.sort((a, b) => b.points - a.points);
  return { scores, contributions, wordCount };
}

/** Points of margin at which confidence has covered about 63% of the way from 0.5 to 0.99. */
const CONFIDENCE_SCALE = 8;

/** Margin between the best and second score mapped to 0.5..0.99: a tie is a coin toss. */
function confidenceOf(best: number, second: number): number {
  return round(0.5 + 0.49 * (1 - Math.exp(-(best - second) / CONFIDENCE_SCALE)));
}

export function classifyDocType(input: DocTypeInput): DocTypeResult {
  const { scores, contributions } = scoreDocType(input);
  const ranked = (Object.keys(scores) as DocType[]).sort((a, b) => scores[b] - scores[a]);
  const [docType, runnerUp] = ranked;
  const why = contributions
    .filter((c) => c.vote === docType && c.points > 0)
    .slice(0, 4)
    .map(({ rule, reason }) => ({ rule, reason }));
  return { docType, confidence: confidenceOf(scores[docType], scores[runnerUp]), why };
}
