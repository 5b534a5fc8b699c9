/** Reads the normalized key terms out of tagged clauses. Each term keeps the sentence it came from; one module per term. */
import { findDurations } from './durations';
import { findFrequencies } from './frequencies';
import type { Category, Clause, DocType, Reason, Terms } from '../report';
import { policyTerms } from './policy';
import { resetNlpBudget } from './obligations';
import { resolveParties } from './parties';
import { OWN, after, before, candidates, evidence, firstLayer, type Candidate, type Context } from './candidates';
import { breachNotice } from './breach';
import { transfersByLayer } from './transfers';
import { subprocessors } from './subprocessors';
import { deletion, retention } from './deletion';
import { governingLaw, outdatedLaw } from './law';
import type { Doc } from '../text/types';
import * as V from '../vocabulary';

/** An audit term needs a clause granting an audit right, not any sentence that says "audit". */
function audit(cands: Candidate[]): Terms['audit'] {
  return firstLayer(cands, readAudit);
}

/**
 * "a limit of one on-site audit in any rolling 12-month period", "no more than two audits per calendar year": the
 * audits counted per period, rewritten as the count the frequency reader knows ("once in any rolling 12-month period").
 */
// Also "en granskning per år", "eine Prüfung pro Jahr".
const COUNTED_AUDITS = /\b(one|a single|two|three|four|\d{1,2}|en|ett|eine?[nm]?)\s+(?:[\w-]+\s+){0,2}?(?:audits?|inspections?|granskning(?:ar)?|revision(?:er)?|inspektion(?:er)?|prüfung(?:en)?|kontrolle(?:n)?|inspektion(?:en)?)(?=\s+(?:per|in|within|during|each|every|a|pro|je|im|om|i)\b)/g;
/** The audits named first, their count after: "Audits are limited to one per year", "inspections may not exceed two (2) per year". */
const AUDITS_COUNTED = /\b((?:audits?|inspections?)\b[^.;]{0,40}?\b(?:limited to|no more than|not more than|not exceed|maximum of|at most|up to)\s+)(one|a single|two|three|four|\d{1,2})(?:\s*\(\d{1,2}\))?(?=\s+(?:per|in|within|during|each|every|a)\b)/g;
const asTimes = (n: string): string => (/^(?:one|a single|en|ett|eine?[nm]?)$/.test(n) ? 'once' : `${n} times`);
function countedAsTimes(s: string): string {
  return s.replace(COUNTED_AUDITS, (_, n: string) => asTimes(n)).replace(AUDITS_COUNTED, (_, lead: string, n: string) => `${lead}${asTimes(n)}`);
}

function readAudit(cands: Candidate[]): Terms['audit'] {
  const about = cands.filter((c) => !V.AUDIT_ELSEWHERE.test(c.norm));
  if (!about.some((c) => V.AUDIT.test(c.norm) && (V.AUDIT_RIGHT.test(c.norm) || (/audit|inspection/.test(c.heading) || V.AUDIT.test(c.heading))))) return null;
  const rights = about;
  let notice: { c: Candidate; days: number } | null = null;
  let perYear: number | null = null;
  let freqAt: Candidate | null = null;
  for (const c of rights) {
    // Read once per clause: the frequency term, and the periods the notice reader must not take for a notice.
    const often: ReturnType<typeof findFrequencies> = notice && perYear !== null ? [] : findFrequencies(c.norm);
    if (!notice && V.AUDIT_NOTICE.test(c.norm)) {
      // "once every twelve months with 4 weeks' notice": the twelve months are how often, not the notice.
      for (const d of findDurations(c.norm)) {
        if (d.unit === 'hour' || d.unit === 'minute' || d.days > 365) continue;
        if (often.some((f) => d.start >= f.start && d.end <= f.end)) continue;
        const lead = before(c.norm, d, 60);
        const tail = after(c.norm, d, 60);
        // "30 dagars varsel", "nach vorheriger Ankündigung mit einer Frist von 14 Tagen": the languages' notice words.
        if (d.bound === 'min' || /\bnotice\b|\bnotif|\bplan\b/.test(lead) || /^[^.]{0,20}\b(?:in advance|prior|before|notice)/.test(tail) || V.AUDIT_NOTICE_NEAR.test(`${lead.slice(-45)} ${tail.slice(0, 12)}`)) {
          notice = { c, days: d.days };
          break;
        }
      }
    }
    if (perYear === null) {
      const f = often[0] ?? findFrequencies(countedAsTimes(c.norm))[0];
      if (f) {
        perYear = f.perYear;
        freqAt = c;
      }
    }
  }
  const at = notice?.c ?? freqAt ?? rights[0];
  const why: Reason[] = [{ rule: 'audit-right', reason: 'the document provides for audits or inspections' }];
  if (notice) why.push({ rule: 'audit-notice', reason: `${notice.days} days' notice before an audit`, args: { n: notice.days } });
  if (perYear !== null) why.push({ rule: 'audit-frequency', reason: `at most ${perYear} audit(s) a year`, args: { n: perYear } });
  return { noticeDays: notice?.days ?? null, maxPerYear: perYear, ...evidence(at, why) };
}

/** A term needs a clause about liability: a limitation or indemnity, not "the rate of reimbursement for which You will be liable". */
function liability(cands: Candidate[]): Terms['liability'] {
  const about = cands.filter((c) => !V.NOT_ABOUT_LIABILITY.test(c.norm) || (/liabilit|indemn/.test(c.heading) || V.LIABILITY.test(c.heading)));
  return firstLayer(about, (cs) => {
    const uncapped = cs.find((c) => V.LIABILITY_UNCAPPED.test(c.norm));
    if (uncapped) return { capped: false, ...evidence(uncapped, [{ rule: 'liability-uncapped', reason: 'limitations of liability are said not to apply' }]) };
    const capped = cs.find((c) => V.LIABILITY_CAPPED.test(c.norm));
    if (capped) return { capped: true, ...evidence(capped, [{ rule: 'liability-capped', reason: 'liability is limited here or by the main agreement' }]) };
    // "We assume no liability for any indirect, consequential, or incidental damages": limited by exclusion.
    const excluded = cs.find((c) => V.LIABILITY_EXCLUDES_DAMAGES.test(c.norm));
    if (excluded) return { capped: true, ...evidence(excluded, [{ rule: 'liability-excludes-damages', reason: 'kinds of damage are excluded from liability' }]) };
    // "Each party shall be liable for damage caused by ...": liability addressed, with no limitation; liability for
    // another's acts or shared with another says for whom, not how much.
    const any = cs.find((c) => V.LIABILITY.test(c.norm) && !V.LIABILITY_FOR_WHOM.test(c.norm) && ((/liabilit|indemn/.test(c.heading) || V.LIABILITY.test(c.heading)) || /\b(?:liable (?:for|to)|liability (?:of|for|to|under)|'s liability|indemnif\w* (?:and hold|against|for|the))\b/.test(c.norm)));
    return any ? { capped: false, ...evidence(any, [{ rule: 'liability-no-cap', reason: 'liability is addressed with no limitation' }]) } : null;
  });
}



function dsrResponse(cands: Candidate[]): Terms['dsrResponse'] {
  for (const c of cands) {
    if (!V.DSR_RESPOND.test(c.norm)) continue;
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 365 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 60);
      // "within one month", and in German and Swedish "innerhalb einer Frist von einem Monat", "binnen", "inom".
      if (!(d.bound === 'max' || /\bwithin\s*(?:\b\w+\b\s*){0,2}$/.test(lead) || V.WITHIN_LEAD.test(lead))) continue;
      if (/\bextend|\bfurther\b|\badditional\b/.test(lead.slice(-25))) continue;
      // The CCPA's two clocks: "confirm receipt of your request within 10 business days and respond within 45 days".
      if (/\b(?:confirm|acknowledge)\w*\b[^.;]{0,40}$/.test(lead) && !/\b(?:respond|reply|answer)\w*\b[^.;]{0,20}$/.test(lead)) continue;
      return { days: d.days, ...evidence(c, [{ rule: 'dsr-response', reason: `requests answered within "${d.text}"`, args: { text: d.text } }]) };
    }
  }
  return null;
}
/** All key terms of the document. */
export function extractTerms(doc: Doc, clauses: Clause[], docType: DocType = 'dpa'): Terms {
  resetNlpBudget();
  const ctx: Context = { doc, parties: resolveParties(doc) };
  const of = (c: Category) => candidates(ctx, clauses, c);
  const dsr = dsrResponse(of('data-subject-rights'));
  const retentionCands = of('retention-deletion');
  const terms: Terms = {
    breachNotice: firstLayer(of('breach-notification'), (cs) => breachNotice(ctx, cs)),
    transfers: transfersByLayer(of('international-transfer'), doc),
    subprocessors: subprocessors(ctx, of('subprocessors')),
    deletion: firstLayer(retentionCands, deletion),
    retention: retention(retentionCands.filter((c) => OWN.has(c.layer)), docType === 'privacy-policy'),
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
