/**
 * The terms a privacy reviewer looks for in a privacy policy beyond periods and deadlines: retention with
 * no fixed period, whether personal data is sold or shared for targeted advertising, whether opt-out signals
 * (Global Privacy Control, Do Not Track) are honoured, and children's data. Each keeps its sentence.
 */
import type { Clause, Reason, Terms } from '../report';
import type { Doc } from '../text/types';
import { compile } from '../vocabulary/phrases';

type At = { clause: Clause; norm: string };
const evidence = (a: At, why: Reason[]) => ({ evidence: a.clause.text, start: a.clause.start, end: a.clause.end, why });

/** Open-ended retention: kept for as long as something lasts or is needed, without a number of days. */
const NO_FIXED_PERIOD = compile(
  'policy-no-fixed-period',
  '\\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintained|preserve)\\b[^.]{0,120}\\b(?:(?:for )?as long as|for the (?:duration|lifetime|life) of|until (?:you|your|the|such|it|we|they)|(?:no )?longer than (?:is )?(?:necessary|needed|required|reasonably)|for (?:a|the) (?:limited |reasonable )?(?:period|length) of time|indefinitely)',
);
const SELL = compile('policy-sell', '\\b(?:sell|sells|sold|selling|sale of)\\b[^.]{0,80}\\b(?:personal|your|data|information)|\\b(?:personal |your )?(?:data|information)\\b[^.]{0,40}\\b(?:is|are|will be) (?:never )?sold\\b');
// The CCPA's right to know lists what a business may report ("The business or commercial purpose for collecting or selling
// your personal information", "A list of categories ... that we have sold"), and the reader's requests ("To stop selling
// your personal information", "ask us not to sell"): none says what the company does.
const RIGHTS_TALK = /\bopt[- ]out of (?:the )?(?:sale|selling)|\bright to (?:opt|know|request|limit)|\bif (?:we|a business) sells?\b|\bpurposes? for (?:collecting or )?sell|\bcategor(?:y|ies)\b[^.]{0,80}\b(?:sold|sell)\b|\bwe have (?:not )?sold\b|\bstop selling\b|\b(?:ask|request|direct)(?: us)? (?:not )?to (?:stop )?sell/;
/** The company as the subject of selling: "We don't sell or rent your personal information", "we never sell". */
const WE_SELL = /\bwe (?:do not |don't |never |will not |won't |may |also |do )?(?:(?:share|rent|trade|lease|disclose),? (?:or )?)*(?:sell|rent)\b/;
const TARGETED = compile('policy-targeted-ads', '\\b(?:targeted|interest-based|behaviou?ral|personali[sz]ed|cross-context(?:ual)? behaviou?ral) advertising\\b|\\bretargeting\\b|\\bad targeting\\b');
const DENIED = /\b(?:do not|don't|does not|doesn't|will not|won't|never|not|no)\b/;
const GPC = compile('policy-gpc', '\\bglobal privacy control\\b|\\bgpc\\b');
const DNT = compile('policy-dnt', '\\bdo[- ]not[- ]track\\b|\\bdnt\\b');
const HONOUR = /\b(?:honou?r|honou?rs|honou?red|respect|respects|respected|recogni[sz]e|recogni[sz]es|respond to|responds to|process|treat|treats|treated|comply with|complies with|support|supports)\b/;
const REFUSE = /\b(?:do not|don't|does not|doesn't|not|no|cannot|unable to)\b[^.]{0,30}\b(?:honou?r|respect|recogni[sz]e|respond|process|support|comply|change our)/;
/** Acting on the signal: "if GitHub detects the GPC signal ... GitHub will not share your data". */
const ACTS_ON = /\b(?:detects?|receives?)\b[^.]{0,40}\bsignal\b[^.]{0,80}\b(?:will not|won't|do not|does not) (?:share|sell)|\btreat(?:s|ed)?\b[^.]{0,60}\bas (?:a |an )?(?:valid )?(?:request|opt[- ]out)/;
const CHILDREN = compile('policy-children', "\\bchild(?:ren|'s)?\\b|\\bminors?\\b|\\bcoppa\\b|\\bunder (?:the age of |age )?(\\d{1,2})\\b");
const AGE = /\b(?:under|below|younger than)\s+(?:the\s+age\s+of\s+|age\s+)?(\d{1,2})\b|\b(\d{1,2})\s+years?\s+(?:of\s+age|old)\b/;

function sentences(doc: Doc, clauses: Clause[]): At[] {
  return clauses.map((clause) => ({ clause, norm: doc.norm.slice(clause.start, clause.end).replace(/\s+/g, ' ') }));
}

/** Retention stated as an open-ended criterion ("as long as you use the Services"), when no period in days is. */
function noFixedPeriod(all: At[]): Terms['retentionNoFixedPeriod'] {
  const hit = all.find((a) => a.clause.categories.includes('retention-deletion') && NO_FIXED_PERIOD.test(a.norm));
  return hit ? evidence(hit, [{ rule: 'retention-no-fixed-period', reason: 'data is kept for as long as a purpose or the account lasts, with no period in days' }]) : null;
}

/** Sale of personal data and sharing for targeted advertising: true when done, false when denied. */
function sale(all: At[]): Terms['sale'] {
  let sells: { a: At; v: boolean; own: boolean } | null = null;
  let targeted: { a: At; v: boolean } | null = null;
  for (const a of all) {
    // "the right to opt out of the sale" is the reader's right, not what the company does.
    // Table headers ("Categories of Third Parties to Which We Sell") name a column, not a practice.
    const m = RIGHTS_TALK.test(a.norm) || a.norm.includes(" | ") ? null : SELL.exec(a.norm);
    // The first statement with the company as the seller decides; before one is found, the first mention stands in.
    if (m && (!sells || (!sells.own && WE_SELL.test(a.norm)))) sells = { a, v: !DENIED.test(a.norm.slice(Math.max(0, m.index - 40), m.index + m[0].length)), own: WE_SELL.test(a.norm) };
    const t = TARGETED.exec(a.norm);
    if (t && !targeted) targeted = { a, v: !DENIED.test(a.norm.slice(Math.max(0, t.index - 80), t.index)) };
  }
  if (!sells && !targeted) return null;
  const at = (sells ?? targeted)!.a;
  const why: Reason[] = [];
  if (sells) why.push({ rule: sells.v ? 'sells-data' : 'no-sale', reason: sells.v ? 'personal data is sold' : 'personal data is not sold' });
  if (targeted) why.push({ rule: targeted.v ? 'targeted-ads' : 'no-targeted-ads', reason: targeted.v ? 'data is used or shared for targeted advertising' : 'no targeted advertising' });
  return { sells: sells?.v ?? null, targetedAds: targeted?.v ?? null, ...evidence(at, why) };
}

/** Global Privacy Control and Do Not Track: honoured (true), not honoured (false) or mentioned without saying (null). */
function optOutSignals(all: At[]): Terms['optOutSignals'] {
  // The first sentence that says what is done with the signal decides; one that only names it says "mentioned".
  const decide = (n: string) =>
    REFUSE.test(n) ? false : HONOUR.test(n) || ACTS_ON.test(n) ? true : null;
  const read = (re: RegExp) => {
    const named = all.filter((x) => re.test(x.norm));
    if (!named.length) return null;
    const a = named.find((x) => decide(x.norm) !== null) ?? named[0];
    return { a, honoured: decide(a.norm) };
  };
  const gpc = read(GPC);
  const dnt = read(DNT);
  if (!gpc && !dnt) return null;
  const at = (gpc ?? dnt)!.a;
  const word = (v: boolean | null) => (v === null ? 'mentioned' : v ? 'honoured' : 'not honoured');
  const why: Reason[] = [];
  if (gpc) why.push({ rule: 'gpc', reason: `Global Privacy Control ${word(gpc.honoured)}` });
  if (dnt) why.push({ rule: 'dnt', reason: `Do Not Track ${word(dnt.honoured)}` });
  return { gpc: gpc?.honoured ?? null, dnt: dnt?.honoured ?? null, ...evidence(at, why) };
}

/** What the policy says of children's data, and the age it draws the line at. */
function children(all: At[]): Terms['children'] {
  const tagged = all.filter((a) => a.clause.categories.includes('children') && CHILDREN.test(a.norm));
  if (!tagged.length) return null;
  let age: number | null = null;
  let at = tagged[0];
  for (const a of tagged) {
    const m = AGE.exec(a.norm);
    const n = m ? Number(m[1] ?? m[2]) : NaN;
    if (n >= 10 && n <= 21) {
      age = n;
      at = a;
      break;
    }
  }
  return { minAge: age, ...evidence(at, [{ rule: 'children', reason: age ? `children under ${age}` : "speaks of children's data" }]) };
}

/** The privacy-policy terms of a document read as one. */
export function policyTerms(doc: Doc, clauses: Clause[]): Pick<Terms, 'retentionNoFixedPeriod' | 'sale' | 'optOutSignals' | 'children'> {
  const all = sentences(doc, clauses);
  return { retentionNoFixedPeriod: noFixedPeriod(all), sale: sale(all), optOutSignals: optOutSignals(all), children: children(all) };
}
