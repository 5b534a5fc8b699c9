/** Reads the normalized key terms out of tagged clauses. Each term keeps the sentence it came from. */
import { findDurations, findFrequencies, type Duration } from './durations';
import type { BreachQualifier, Category, Clause, DocType, Reason, Terms, TransferMechanism, TransferStance } from '../report';
import { policyTerms } from './policy';
import { canonicalCountry } from '../baseline/baseline';
import { COUNTRY_ADJECTIVES, US_STATES } from './places';
import type { Doc } from '../text/types';

interface Candidate {
  clause: Clause;
  /** Normalized text of the clause (Doc.norm). */
  norm: string;
}

const evidence = (c: Candidate, why: Reason[]) => ({
  evidence: c.clause.text,
  start: c.clause.start,
  end: c.clause.end,
  why,
});

function candidates(doc: Doc, clauses: Clause[], category: Category): Candidate[] {
  return clauses.filter((c) => c.categories.includes(category)).map((clause) => ({ clause, norm: doc.norm.slice(clause.start, clause.end).replace(/\s+/g, ' ') }));
}

/** The text just before a duration, for "within", "at least", "after termination" and the like. */
const before = (norm: string, d: Duration, n = 60) => norm.slice(Math.max(0, d.start - n), d.start);
const after = (norm: string, d: Duration, n = 80) => norm.slice(d.end, d.end + n);

const QUALIFIERS: [RegExp, BreachQualifier][] = [
  [/\bimmediately\b|\bunverzüglich\b/, 'immediately'],
  [/\bwithout undue delay\b|\bwithout unreasonable delay\b/, 'without-undue-delay'],
  [/\bpromptly\b|\bas soon as (?:reasonably )?(?:possible|practicable)\b/, 'promptly'],
];

function breachNotice(cands: Candidate[]): Terms['breachNotice'] {
  let best: { c: Candidate; hours: number; d: Duration } | null = null;
  let qualified: { c: Candidate; q: BreachQualifier } | null = null;
  for (const c of cands) {
    if (!/\bnotif|\binform|\breport|\balert|\bbenachrichtig|\bmeld|\bnotice\b/.test(c.norm)) continue;
    const q = QUALIFIERS.find(([re]) => re.test(c.norm))?.[1] ?? null;
    if (q && !qualified) qualified = { c, q };
    for (const d of findDurations(c.norm)) {
      if (d.hours > 24 * 31 || d.bound === 'min' || d.bound === 'approx') continue;
      const lead = before(c.norm, d, 40);
      // "within 24 hours", "no later than 72 hours", "at the latest 24 hours": a deadline; "for 24 hours" is not.
      if (d.bound !== 'max' && !/(?:within|later than|latest|exceed|maximum of|max\.?|not more than|no more than|in any event)\s*(?:\b\w+\b\s*){0,2}$/.test(lead)) continue;
      if (/\b(?:respond|triage|resolve|acknowledge)\b/.test(lead)) continue;
      if (!best || d.hours < best.hours) best = { c, hours: d.hours, d };
    }
  }
  if (best) {
    const q = QUALIFIERS.find(([re]) => re.test(best.c.norm))?.[1] ?? qualified?.q ?? null;
    return {
      maxHours: Math.round(best.hours * 100) / 100,
      qualifier: q,
      ...evidence(best.c, [{ rule: 'breach-deadline', reason: `a deadline of "${best.d.text}" for notifying a breach` }]),
    };
  }
  if (qualified) {
    return { maxHours: null, qualifier: qualified.q, ...evidence(qualified.c, [{ rule: 'breach-qualifier', reason: 'notice of a breach is promised without a hard deadline' }]) };
  }
  return null;
}

const MECHANISMS: [RegExp, TransferMechanism][] = [
  [/standard contractual (?:clauses|arrangements)|\bsccs?\b|model clauses|standardvertragsklauseln|standard data protection clauses/, 'scc'],
  [/adequacy decisions?|adequacy regulations?|decisions? on the adequacy|adequacy (?:finding|ruling)s?|angemessenheitsbeschluss/, 'adequacy'],
  [/data privacy framework|\bdpf\b/, 'dpf'],
  [/binding corporate rules|\bbcrs?\b/, 'bcr'],
  [/transfer impact assessment|\btias?\b|transfer risk assessment/, 'tia'],
];

const STAYS_IN_EEA =
  /\b(?:exclusively|only|solely|always)\b[^.]{0,60}\b(?:with)?in (?:the )?(?:eu\/eea|eu or eea|eea|eu\b|european (?:union|economic area))|\b(?:will|shall|does|do) not (?:regularly )?transfer\b[^.]{0,80}\boutside (?:of )?(?:the )?(?:eu|eea|european)|\bno (?:personal )?data (?:is|will be) transferred outside|\bnot (?:be )?(?:transferred|processed|stored) outside (?:of )?(?:the )?(?:eu|eea|european)|\b(?:located|stored|hosted) exclusively in/;
const ONLY_WITH_CONSENT =
  /\b(?:only|not)\b[^.]{0,80}\btransfer[^.]{0,120}\b(?:without|with) (?:the )?(?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)|\btransfer[^.]{0,120}\b(?:requires?|subject to|only with|only upon) (?:the )?(?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)|\bprior to (?:this|such|any) transfer[^.]{0,40}\b(?:consent|approval)/;
const TRANSFERS_HAPPEN =
  /\b(?:may|will|can|might|do|does)\b[^.]{0,40}\b(?:transfer|process|store|access)\w*\b[^.]{0,100}\b(?:outside|third countr|united states|u\.s\.|other countries|countries other)|\btransfer(?:s|red)? (?:of )?(?:your |personal )?(?:data|information) (?:to|into) (?:the united states|the u\.s\.|third countries|other countries|countries outside)|\bbe allowed to transfer\b|\b(?:processed|stored|transferred) (?:in|to) (?:the )?(?:united states|u\.s\.|usa)|\b(?:where|when|if) (?:we|the processor|[a-z ]{1,30}) transfers?\b[^.]{0,80}\b(?:outside|third countr)|\bsub-?processors?\b[^.]{0,80}\b(?:outside|third countr|united states)/;

function transfers(cands: Candidate[], doc: Doc): Terms['transfers'] {
  if (!cands.length) return null;
  const mechanisms = new Set<TransferMechanism>();
  let no: Candidate | null = null;
  let consent: Candidate | null = null;
  let yes: Candidate | null = null;
  for (const c of cands) {
    for (const [re, m] of MECHANISMS) if (re.test(c.norm)) mechanisms.add(m);
    if (!no && STAYS_IN_EEA.test(c.norm)) no = c;
    else if (!consent && ONLY_WITH_CONSENT.test(c.norm)) consent = c;
    else if (!yes && TRANSFERS_HAPPEN.test(c.norm) && !/\b(?:not|never)\b[^.]{0,30}\btransfer/.test(c.norm)) yes = c;
  }
  // A mechanism named outside the tagged transfer sentences still counts ("... decisions on the adequacy of ...").
  const whole = doc.norm.replace(/\s+/g, ' ');
  for (const [re, m] of MECHANISMS) if (!mechanisms.has(m) && re.test(whole)) mechanisms.add(m);
  let stance: TransferStance | null = null;
  let at: Candidate = cands[0];
  const why: Reason[] = [];
  if (no) {
    stance = 'no';
    at = no;
    why.push({ rule: 'transfer-eea-only', reason: 'processing is said to stay in the EU/EEA' });
  } else if (consent) {
    stance = 'consent';
    at = consent;
    why.push({ rule: 'transfer-with-consent', reason: "transfers need the controller's prior consent" });
  } else if (yes || mechanisms.size) {
    stance = 'yes';
    at = yes ?? cands.find((c) => MECHANISMS.some(([re]) => re.test(c.norm))) ?? cands[0];
    why.push({ rule: 'transfer-permitted', reason: yes ? 'transfers outside the EU/EEA are made or permitted' : 'transfer safeguards are named, so transfers happen' });
  }
  if (mechanisms.size) why.push({ rule: 'transfer-mechanisms', reason: `names ${[...mechanisms].join(', ')}` });
  return { outsideEEA: stance, mechanisms: [...mechanisms], ...evidence(at, why) };
}

function subprocessors(cands: Candidate[]): Terms['subprocessors'] {
  if (!cands.length) return null;
  let authorization: 'general' | 'specific' | null = null;
  let authAt: Candidate | null = null;
  let notice: { c: Candidate; days: number } | null = null;
  let objection: { c: Candidate; days: number } | null = null;
  for (const c of cands) {
    const n = c.norm;
    if (!authorization || authorization === 'specific') {
      if (/\bgeneral (?:prior )?(?:written )?authori[sz]ation\b|\bgenerally authori[sz]|\bauthori[sz]es? [^.]{0,60}\bto engage\b|\bconsents? to [^.]{0,40}\b(?:engag|use of)\b[^.]{0,30}\bsub-?processors/.test(n) && !/\bspecific or general\b|\bgeneral or specific\b/.test(n)) {
        authorization = 'general';
        authAt = c;
      } else if (!authorization && /\bspecific (?:prior )?(?:written )?(?:authori[sz]ation|approval|consent)\b|\bwithout (?:the )?(?:express )?prior (?:written )?(?:agreement|consent|approval|authori[sz]ation)\b/.test(n) && !/\bspecific or general\b|\bgeneral or specific\b/.test(n)) {
        authorization = 'specific';
        authAt = c;
      }
    }
    for (const d of findDurations(n)) {
      if (d.unit === 'hour' || d.unit === 'minute' || d.days > 365) continue;
      const lead = before(n, d, 70);
      const tail = after(n, d, 70);
      const objecting = /\bobject/.test(lead) || (/\bobject/.test(n) && /^[^.]{0,40}\b(?:of|from|after) (?:receiv|receipt|the (?:date of )?(?:notice|notification)|being notified|notification)/.test(tail));
      const advance = d.bound === 'min' || /\b(?:in advance|prior to|before|beforehand|advance notice|notice period)\b/.test(tail.slice(0, 50)) || /\b(?:advance|prior) (?:written )?notice\b/.test(lead);
      if (objecting && !objection && !advance) objection = { c, days: d.days };
      else if (advance && !notice && /\bnotif|\bnotice\b|\binform|\bannounc|\bpublish|\bupdate/.test(n)) notice = { c, days: d.days };
      else if (/\bobject/.test(n) && !objection && /\b(?:within|period)\b/.test(lead) && !advance) objection = { c, days: d.days };
    }
    // "If the customer does not object within that 30-day period": the notice window doubles as the objection window.
  }
  const at = notice?.c ?? objection?.c ?? authAt ?? cands[0];
  const why: Reason[] = [];
  if (authorization) why.push({ rule: `subprocessor-${authorization}`, reason: `${authorization} authorization to engage sub-processors` });
  if (notice) why.push({ rule: 'subprocessor-notice', reason: `${notice.days} days' advance notice of new sub-processors` });
  if (objection) why.push({ rule: 'subprocessor-objection', reason: `${objection.days} days to object` });
  return { authorization, noticeDays: notice?.days ?? null, objectionDays: objection?.days ?? null, ...evidence(at, why) };
}

const DELETE = /\b(?:delet|eras|destr|purg|anonymi[sz]|löschen|gelöscht|löschung)\w*/;
const RETURN_WINDOW = /\b(?:request|ask|retrieve|export|download|obtain)\w*\b[^.]{0,60}\breturn|\breturn\b[^.]{0,60}\b(?:request|ask)|\b(?:retrieve|export|download)\b/;

function deletion(cands: Candidate[]): Terms['deletion'] {
  let del: { c: Candidate; days: number } | null = null;
  let ret: { c: Candidate; days: number } | null = null;
  for (const c of cands) {
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 3650 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 120);
      const tail = after(c.norm, d, 80);
      const deadline = d.bound === 'max' || /\b(?:within|after|latest|following|later than)\s*(?:\b\w+\b\s*){0,2}$/.test(lead) || /^\s*(?:after|from|following|of)\b/.test(tail);
      if (!deadline) continue;
      const context = /\b(?:terminat|expir|end of|cancel|request|instruction|closure|deactivat|conclusion)/.test(lead + tail);
      if (!context) continue;
      const leadClause = lead.split(/[;:]|, (?:and|or|unless)\b/).pop() ?? lead;
      if (RETURN_WINDOW.test(leadClause + tail.slice(0, 50)) && !DELETE.test(leadClause) && !ret) ret = { c, days: d.days };
      else if (DELETE.test(c.norm) && !del) del = { c, days: d.days };
    }
  }
  if (!del && !ret) {
    const c = cands.find((x) => DELETE.test(x.norm) && /\bterminat|\bend of|\bexpir/.test(x.norm));
    return c ? { deleteWithinDays: null, returnWindowDays: null, ...evidence(c, [{ rule: 'deletion-no-deadline', reason: 'deletion at the end is promised without a deadline' }]) } : null;
  }
  const at = (del ?? ret) as { c: Candidate; days: number };
  const why: Reason[] = [];
  if (del) why.push({ rule: 'deletion-deadline', reason: `data deleted within ${del.days} days` });
  if (ret) why.push({ rule: 'return-window', reason: `${ret.days} days to ask for the data back` });
  return { deleteWithinDays: del?.days ?? null, returnWindowDays: ret?.days ?? null, ...evidence(at.c, why) };
}

const KEEP = /\b(?:retain|retains|retained|retaining|retention|kept|keep|keeps|stored|store|stores|saved|save|held|hold|aufbewahr|gespeichert|speicher)\w*/;

function retention(cands: Candidate[]): Terms['retention'] {
  const out: Terms['retention'] = [];
  for (const c of cands) {
    if (!KEEP.test(c.norm)) continue;
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.unit === 'minute' || d.unit === 'hour' && d.hours < 1) continue;
      const lead = before(c.norm, d, 80);
      const tail = after(c.norm, d, 40);
      // "retain ... for 36 months", "(up to 7 years)", "saved for 12 months"; deadlines to delete are deletion, not retention.
      if (/\b(?:within|no later than|at the latest)\s*(?:\b\w+\b\s*){0,2}$/.test(lead) && DELETE.test(lead + tail)) continue;
      const ceiling = /^(?:up to|maximum|max|not exceeding|no longer than|at most)\b/.test(d.text);
      if (!ceiling && !/\b(?:for|up to|of|until|period|maximum|max|than|least|about|approximately|to)\s*(?:\b\w+\b\s*){0,2}\(?$/.test(lead) && !/^\s*(?:after|from|following)\b/.test(tail)) continue;
      if (/\bnotice|\bin advance\b|\bprior to\b/.test(lead.slice(-30) + tail.slice(0, 20))) continue;
      out.push({ days: d.days, ...evidence(c, [{ rule: 'retention-period', reason: `data kept for "${d.text}"` }]) });
    }
  }
  return out;
}

function audit(cands: Candidate[]): Terms['audit'] {
  const rights = cands.filter((c) => /\baudit|\binspect/.test(c.norm));
  if (!rights.length) return null;
  let notice: { c: Candidate; days: number } | null = null;
  let perYear: number | null = null;
  let freqAt: Candidate | null = null;
  for (const c of rights) {
    if (!notice && /\bnotice|\bnotif|\bin advance\b|\bprior\b/.test(c.norm)) {
      for (const d of findDurations(c.norm)) {
        if (d.unit === 'hour' || d.unit === 'minute' || d.days > 365) continue;
        const lead = before(c.norm, d, 60);
        const tail = after(c.norm, d, 60);
        if (d.bound === 'min' || /\bnotice\b|\bnotif|\bplan\b/.test(lead) || /^[^.]{0,20}\b(?:in advance|prior|before|notice)/.test(tail)) {
          notice = { c, days: d.days };
          break;
        }
      }
    }
    if (perYear === null) {
      const f = findFrequencies(c.norm)[0];
      if (f) {
        perYear = f.perYear;
        freqAt = c;
      }
    }
  }
  const at = notice?.c ?? freqAt ?? rights[0];
  const why: Reason[] = [{ rule: 'audit-right', reason: 'the document provides for audits or inspections' }];
  if (notice) why.push({ rule: 'audit-notice', reason: `${notice.days} days' notice before an audit` });
  if (perYear !== null) why.push({ rule: 'audit-frequency', reason: `at most ${perYear} audit(s) a year` });
  return { noticeDays: notice?.days ?? null, maxPerYear: perYear, ...evidence(at, why) };
}

const CAPPED =
  /\blimitations? (?:of|on) liability\b|\bliability\b[^.]{0,80}\b(?:limited|capped|shall not exceed|will not exceed|not to exceed|subject to the (?:exclusions and )?limitations|subject to the limitations|in (?:the )?aggregate)|\b(?:aggregate|total|maximum) liability\b|\bin no event\b[^.]{0,60}\bliable|\bexclusions and limitations of liability\b|\bhaftung\b[^.]{0,60}\bbeschränkt|\bhaftungsbegrenzung/;
const UNCAPPED = /\blimitations? of liability\b[^.]{0,120}\b(?:shall|will|does|do) not apply\b|\bunlimited liability\b|\bliability (?:shall|will) not be (?:limited|capped)|\bwithout limitation of liability\b/;

function liability(cands: Candidate[]): Terms['liability'] {
  const uncapped = cands.find((c) => UNCAPPED.test(c.norm));
  if (uncapped) return { capped: false, ...evidence(uncapped, [{ rule: 'liability-uncapped', reason: 'limitations of liability are said not to apply' }]) };
  const capped = cands.find((c) => CAPPED.test(c.norm));
  if (capped) return { capped: true, ...evidence(capped, [{ rule: 'liability-capped', reason: 'liability is limited here or by the main agreement' }]) };
  const any = cands.find((c) => /\bliab/.test(c.norm));
  return any ? { capped: false, ...evidence(any, [{ rule: 'liability-no-cap', reason: 'liability is addressed with no limitation' }]) } : null;
}

function governingLaw(cands: Candidate[]): Terms['governingLaw'] {
  let best: { c: Candidate; country: string; region: string | null; score: number } | null = null;
  for (const c of cands) {
    const n = c.norm;
    const governs = /\bgoverned by\b|\bgoverning law\b|\bselect the laws? of\b|\b(?:shall|will) be the laws? of\b|\bconstrued\b|\binterpreted\b|\blaws? of\b[^.]{0,40}\b(?:apply|govern)|\blaw appl(?:y|ies)\b|\bapplicable law\b/.test(n);
    if (!governs) continue;
    const found = findPlace(n);
    if (!found) continue;
    // The law of "this DPA/Agreement" beats the law of annexed clauses.
    const score = (/\b(?:this|the) (?:dpa|agreement|addendum|data processing)/.test(n) ? 2 : 0) + (/\bgoverned by\b|\bgoverning law\b|\blaw appl/.test(n) ? 1 : 0);
    if (!best || score > best.score) best = { c, ...found, score };
  }
  if (!best) return null;
  return {
    country: best.country,
    region: best.region,
    ...evidence(best.c, [{ rule: 'governing-law', reason: `governed by the law of ${best.region ? `${best.region}, ` : ''}${best.country}` }]),
  };
}

function findPlace(n: string): { country: string; region: string | null } | null {
  const lawOf = /\blaws? of (?:the )?(?:state of |commonwealth of |province of )?([a-z][a-z .'-]{2,40})/g;
  let m: RegExpExecArray | null;
  while ((m = lawOf.exec(n))) {
    const p = placeAt(m[1]);
    if (p) return p;
  }
  const adj = /\b([a-z]+) law\b/g;
  while ((m = adj.exec(n))) {
    const country = COUNTRY_ADJECTIVES[m[1]];
    if (country) return { country, region: null };
  }
  const courts = /\bcourts? (?:of|in) (?:the )?(?:state of )?([a-z][a-z .'-]{2,40})/g;
  while ((m = courts.exec(n))) {
    const p = placeAt(m[1]);
    if (p) return p;
  }
  return null;
}

function placeAt(s: string): { country: string; region: string | null } | null {
  const words = s.split(/[ ,.]+/).filter(Boolean);
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    const name = words.slice(0, len).join(' ');
    if (US_STATES[name]) return { country: 'United States', region: US_STATES[name] };
    const country = canonicalCountry(name);
    if (country) return { country, region: null };
  }
  return null;
}

function dsrResponse(cands: Candidate[]): Terms['dsrResponse'] {
  for (const c of cands) {
    if (!/\b(?:respond|response|reply|answer|process|fulfil|handle|complete)\w*/.test(c.norm)) continue;
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 365 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 60);
      if (!(d.bound === 'max' || /\bwithin\s*(?:\b\w+\b\s*){0,2}$/.test(lead))) continue;
      if (/\bextend|\bfurther\b|\badditional\b/.test(lead.slice(-25))) continue;
      return { days: d.days, ...evidence(c, [{ rule: 'dsr-response', reason: `requests answered within "${d.text}"` }]) };
    }
  }
  return null;
}

function outdatedLaw(doc: Doc, clauses: Clause[]): Terms['outdatedLaw'] {
  const laws: ('directive-95-46' | 'privacy-shield')[] = [];
  let at: { start: number; end: number; text: string } | null = null;
  for (const s of doc.sentences) {
    const n = doc.norm.slice(s.start, s.end).replace(/\s+/g, " ");
    let hit = false;
    if (/95\/46\/ec|directive 95\/46|data protection directive\b/.test(n) && !/\brepeal|\breplac|\bsupersed|\bformer|\bpredecessor/.test(n)) {
      if (!laws.includes('directive-95-46')) laws.push('directive-95-46');
      hit = true;
    }
    if (/privacy shield/.test(n) && !/\binvalid|\bno longer|\bschrems|\bstruck down|\breplac|\bformer|\bsuccessor|\bpreviously|\bsuperseded|\bwithdr/.test(n)) {
      if (!laws.includes('privacy-shield')) laws.push('privacy-shield');
      hit = true;
    }
    if (hit && !at) at = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') };
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

/** All key terms of the document. */
export function extractTerms(doc: Doc, clauses: Clause[], docType: DocType = 'dpa'): Terms {
  const of = (c: Category) => candidates(doc, clauses, c);
  const dsr = dsrResponse(of('data-subject-rights'));
  const terms: Terms = {
    breachNotice: breachNotice(of('breach-notification')),
    transfers: transfers(of('international-transfer'), doc),
    subprocessors: subprocessors(of('subprocessors')),
    deletion: deletion(of('retention-deletion')),
    retention: retention(of('retention-deletion')),
    audit: audit(of('audit')),
    liability: liability(of('liability')),
    governingLaw: governingLaw(of('governing-law')),
    dsrResponseDays: dsr?.days ?? null,
    dsrResponse: dsr,
    outdatedLaw: outdatedLaw(doc, clauses),
  };
  if (docType !== 'privacy-policy') return terms;
  // A policy is no contract with the reader: an audit it names is a purpose, its liability is the company's own.
  return { ...terms, audit: null, liability: null, ...policyTerms(doc, clauses) };
}
