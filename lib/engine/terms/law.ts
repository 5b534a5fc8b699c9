/** Governing law, layer by layer (the DPA's own clause before the SCCs' Clause 17 or the UK Addendum), and laws a DPA should no longer rely on. */
import type { Clause, Layer, Terms } from '../report';
import { canonicalCountry } from '../baseline/baseline';
import { COUNTRY_ADJECTIVES, US_STATES } from './places';
import type { Doc } from '../text/types';
import { foldSpaces, sentenceNorms } from '../text/structure';
import { OWN, evidence, type Candidate } from './candidates';
import * as V from '../vocabulary';

/** Sentences of the body that speak for the SCCs ("For Clause 17, Irish law") or the UK Addendum. */
const ABOUT_SCC = /\bclause (?:17|9|7)\b|\b(?:these|the) clauses\b|\bstandard contractual clauses\b|\bsccs?\b|\bmodel clauses\b/;
const ABOUT_UK = /\buk addendum\b|\bidta\b|\binternational data transfer (?:addendum|agreement)\b/;

function lawLayer(c: Candidate): Layer {
  if (!OWN.has(c.layer)) return c.layer;
  if (ABOUT_UK.test(c.norm)) return 'uk-addendum';
  if (ABOUT_SCC.test(c.norm) && !/\b(?:this|the) (?:dpa|agreement|addendum|data processing (?:agreement|addendum))\b[^.]{0,60}\bgoverned\b/.test(c.norm)) return 'scc';
  return c.layer;
}

// "This DPA is governed by the law of the Agreement", "The governing law ... are the same as those specified in the Main
// Contract (currently either California ... or Berlin, Germany ...)": the body chose by reference.
const DEFERS_LAW = /\blaws? governing\b[^.]{0,200}\b(?:the (?:services |main |master |underlying |principal )?agreement|the terms)\b|\b(?:governed by|governing law|subject to)\b[^.]{0,80}\b(?:the (?:services |main |master |underlying |principal )?agreement|the terms(?: of service)?|the (?:msa|tos))\b|\b(?:governing law|choice of law)\b[^.]{0,60}\b(?:set out|specified|stated) in the (?:services |main |master )?agreement|\b(?:governing law|governed by|choice of law|applicable law)\b[^.]{0,120}\b(?:the same as|those|that)\b[^.]{0,20}\b(?:set out|specified|stated|chosen|agreed|provided) in the (?:services |main |master |underlying |principal )?(?:agreement|contract|terms)/;

type Law = { c: Candidate; country: string; region: string | null; score: number };

function pickLaw(cands: Candidate[]): Law | null {
  let best: Law | null = null;
  for (const c of cands) {
    // Placeholders of a template ("[TODO: z.B. Bundesrepublik Deutschland]") choose no law.
    const n = c.norm.replace(/\[[^\]]*\]/g, ' ');
    if (!V.LAW_GOVERNS.test(n) && !V.LAW_COUNTRY_WORDS.some(([re]) => re.test(n)) && !/\bconstrued\b|\binterpreted\b|\blaw appl(?:y|ies)\b|\bapplicable law\b/.test(n)) continue;
    const found = findPlace(n);
    if (!found) continue;
    // The law of "this DPA/Agreement" beats the law of other things the sentence mentions.
    const score = (/\b(?:this|the) (?:dpa|agreement|addendum|data processing)/.test(n) ? 2 : 0) + (/\bgoverned\b|\bgoverning law\b|\blaw appl/.test(n) ? 1 : 0);
    if (!best || score > best.score) best = { c, ...found, score };
  }
  return best;
}

/** The DPA's own law clause first; the SCCs' Clause 17 (or the UK Addendum's) only when the body has none. */
export function governingLaw(cands: Candidate[]): Terms['governingLaw'] {
  const groups = new Map<Layer, Candidate[]>();
  for (const c of cands) {
    const l = lawLayer(c);
    const key: Layer = OWN.has(l) ? 'body' : l;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const picks = new Map<Layer, Law>();
  for (const [layer, cs] of groups) {
    const p = pickLaw(cs);
    if (p) picks.set(layer, p);
  }
  // "This DPA is governed by the law of the Agreement": the body chose, by reference, a law not in the text.
  const deferred = !picks.has('body') && (groups.get('body') ?? []).some((c) => DEFERS_LAW.test(c.norm));
  const main = picks.get('body') ?? (deferred ? undefined : (picks.get('scc') ?? picks.get('uk-addendum')));
  if (!main) return null;
  const reason = (l: Law) => `governed by the law of ${l.region ? `${l.region}, ` : ''}${l.country}`;
  const layers: NonNullable<NonNullable<Terms['governingLaw']>['layers']> = {};
  for (const [layer, p] of picks) {
    if (p === main || layer === 'body') continue;
    layers[layer] = { country: p.country, region: p.region, ...evidence(p.c, [{ rule: 'governing-law-layer', reason: reason(p), ...(p.region ? {} : { args: { country: p.country } }) }]) };
  }
  return {
    country: main.country,
    region: main.region,
    ...evidence(main.c, [{ rule: 'governing-law', reason: reason(main), ...(main.region ? {} : { args: { country: main.country } }) }]),
    ...(Object.keys(layers).length ? { layers } : {}),
  };
}

function findPlace(n: string): { country: string; region: string | null } | null {
  for (const [re, country] of V.LAW_COUNTRY_WORDS) if (re.test(n)) return { country, region: null };
  const lawOf = V.LAW_OF;
  lawOf.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lawOf.exec(n))) {
    const p = placeAt(m[1]);
    if (p) return p;
  }
  // "Swedish law", "U.S. federal law"; a state's name as the adjective: "New York law", "Delaware law".
  const adj = /\b(?:([a-z]+) )?([a-z]+(?:\.[a-z]\.)?|[a-z]\.[a-z]\.) (?:federal |state )?laws?\b/g;
  while ((m = adj.exec(n))) {
    const state = (m[1] && US_STATES[`${m[1]} ${m[2]}`]) || US_STATES[m[2]];
    if (state) return { country: 'United States', region: state };
    const country = COUNTRY_ADJECTIVES[m[2]] ?? V.LAW_ABBREVIATIONS[m[2]];
    if (country) return { country, region: null };
    adj.lastIndex = m.index + (m[1] ? m[1].length + 1 : m[0].length);
  }
  // "The governing law and courts are those of Ireland", "The governing law is that of Sweden".
  const thoseOf = /\b(?:governing|applicable) laws?\b[^.]{0,40}?\b(?:is|are|shall be|will be) (?:those|that) of (?:the )?([a-z][a-z .'-]{2,40})/g;
  while ((m = thoseOf.exec(n))) {
    const p = placeAt(m[1]);
    if (p) return p;
  }
  const courts = /\bcourts? (?:of|in) (?:the )?(?:state of )?([a-z][a-z .'-]{2,40})/g;
  while ((m = courts.exec(n))) {
    const p = placeAt(m[1]);
    if (p) return p;
  }
  return null;
}

/** A state's formal style before its name: "the Federal Republic of Germany", "the Kingdom of Sweden". */
const STYLE_OF = /^(?:the )?(?:federal republic|republic|kingdom|grand duchy|principality|swiss confederation|commonwealth|state) of (?:the )?/;

function placeAt(s: string): { country: string; region: string | null } | null {
  const styled = STYLE_OF.exec(s);
  const words = (styled ? s.slice(styled[0].length) : s).split(/[ ,.]+/).filter(Boolean);
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    const name = words.slice(0, len).join(' ');
    if (US_STATES[name]) return { country: 'United States', region: US_STATES[name] };
    const country = canonicalCountry(name);
    if (country) return { country, region: null };
  }
  return null;
}

export function outdatedLaw(doc: Doc, clauses: Clause[]): Terms['outdatedLaw'] {
  const laws: ('directive-95-46' | 'privacy-shield')[] = [];
  let at: { start: number; end: number; text: string } | null = null;
  const norms = sentenceNorms(doc);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const n = norms[si];
    let hit = false;
    if (/95\/46\/ec|directive 95\/46|data protection directive\b/.test(n) && !/\brepeal|\breplac|\bsupersed|\bformer|\bpredecessor/.test(n)) {
      if (!laws.includes('directive-95-46')) laws.push('directive-95-46');
      hit = true;
    }
    if (/privacy shield/.test(n) && !/\binvalid|\bno longer|\bschrems|\bstruck down|\breplac|\bformer|\bsuccessor|\bpreviously|\bsuperseded|\bwithdr/.test(n)) {
      if (!laws.includes('privacy-shield')) laws.push('privacy-shield');
      hit = true;
    }
    if (hit && !at) at = { start: s.start, end: s.end, text: foldSpaces(doc.text.slice(s.start, s.end)) };
  }
  if (!at) return null;
  const clause = clauses.find((c) => c.start <= at.start && c.end >= at.end);
  return {
    laws,
    evidence: clause?.text ?? at.text,
    start: at.start,
    end: at.end,
    why: [{ rule: 'outdated-law', reason: laws.includes('privacy-shield') ? 'relies on the invalidated EU–US Privacy Shield' : 'relies on Directive 95/46/EC, repealed by the GDPR' }],
  };
}
