/** The breach-notice term: the processor's deadline to tell the controller, or its qualifier ("without undue delay"). */
import type { BreachQualifier, Reason, Terms } from '../report';
import { findDurations, type Duration } from './durations';
import { governing, readObligations, type Obligation } from './obligations';
import { aloneInCell, before, evidence, unclear, type Candidate, type Context } from './candidates';
import * as V from '../vocabulary';

const QUALIFIERS = V.QUALIFIERS;

/**
 * Whether the notifying verb that governs position `at` is the processor's duty to tell the
 * controller: not the controller's own 72 hours to the authority, not "Customer shall notify".
 */
function processorNotifies(ctx: Context, c: Candidate, at: number): boolean {
  const obligations = readObligations(c.norm, ctx.parties, c.leadRole);
  const o = governingNotice(obligations, at);
  // A controller named before the notifying word, in the languages compromise does not read, is the one who
  // tells: "Der Auftraggeber meldet Verletzungen ... binnen 72 Stunden der Aufsichtsbehörde".
  if (controllerSubject(c.norm, at)) return false;
  // No notifying verb read: the words after the notifying word say who is told.
  if ((!o || !V.NOTIFY.test(o.verb)) && authorityTold(c.norm, at)) return false;
  if (!o) return true;
  if (o.modality === 'prohibition') return false;
  if (o.passive) return o.recipient !== 'authority' && o.recipient !== 'data-subject' && o.recipient !== 'processor';
  if (o.actor === 'controller') return false;
  return o.recipient !== 'authority' && o.recipient !== 'data-subject';
}

/** Whether the words just before the first notifying word ahead of `at` name the controller (its subject in subject-first order), a modal off. */
function controllerSubject(norm: string, at: number): boolean {
  V.NOTIFY_EACH.lastIndex = 0;
  const m = V.NOTIFY_EACH.exec(norm);
  if (!m || m.index >= at) return false;
  return V.CONTROLLER_SUBJECT.test(norm.slice(Math.max(0, m.index - 60), m.index).replace(/\b(?:ska|skall|muss|wird|hat|soll)\s*$/, '').trimEnd());
}

/**
 * With no verb read (compromise reads English only), the words after the last notifying word before `at`: an
 * authority named there is the one told ("Meddela den behöriga tillsynsmyndigheten inom 72 timmar").
 */
function authorityTold(norm: string, at: number): boolean {
  const lead = norm.slice(Math.max(0, at - 120), at);
  let from = -1;
  V.NOTIFY_EACH.lastIndex = 0;
  for (let m = V.NOTIFY_EACH.exec(lead); m; m = V.NOTIFY_EACH.exec(lead)) from = m.index + m[0].length;
  return from >= 0 && V.AUTHORITY_WORDS.test(lead.slice(from));
}

/** The last notifying verb before `at` (or the last verb, when none notifies). */
function governingNotice(obligations: Obligation[], at: number): Obligation | null {
  let best: Obligation | null = null;
  for (const o of obligations) if (o.start < at && V.NOTIFY.test(o.verb)) best = o;
  // Otherwise the last verb that carries a modality ("agrees to provide ... notice"); a participle ("written") is no head.
  return best ?? governing(obligations.filter((o) => o.modality !== null), at) ?? governing(obligations.filter((o) => !/^(?:be|become|have|include)$/.test(o.verb)), at);
}

/** A heading about breaches: its sentences state the notice itself, not a passing mention. */
const BREACH_HEADING = /breach|incident/;

export function breachNotice(ctx: Context, cands: Candidate[]): Terms['breachNotice'] {
  let best: { c: Candidate; hours: number; d: Duration } | null = null;
  let qualified: { c: Candidate; q: BreachQualifier } | null = null;
  const deadlines: { c: Candidate; hours: number }[] = [];
  for (const c of cands) {
    if (!V.NOTIFY.test(c.norm)) continue;
    const q = QUALIFIERS.find(([re]) => re.test(c.norm))?.[1] ?? null;
    if (q && (!qualified || (!BREACH_HEADING.test(qualified.c.heading) && BREACH_HEADING.test(c.heading)))) {
      const at = c.norm.search(QUALIFIERS.find(([, x]) => x === q)![0]);
      if (processorNotifies(ctx, c, at)) qualified = { c, q };
    }
    for (const d of findDurations(c.norm)) {
      const lead = before(c.norm, d, 40);
      // "promptly, but in no less than 72 hours": beside a word of haste a floor makes no sense for a notice; the
      // drafter meant the latest, as a reviewer reads it.
      const meantAsLatest = d.bound === 'min' && QUALIFIERS.some(([re]) => re.test(lead)) && /\b(?:but|and)\b[^.]{0,30}$/.test(lead);
      if (d.hours > 24 * 31 || (d.bound === 'min' && !meantAsLatest) || d.bound === 'approx') continue;
      // "within 24 hours", "no later than 72 hours", "at the latest 24 hours": a deadline; "for 24 hours" is not.
      if (d.bound !== 'max' && !meantAsLatest && !V.DEADLINE_LEAD.test(lead) && !aloneInCell(c.norm, d)) continue;
      if (V.NOT_THE_NOTICE.test(lead)) continue;
      // "as soon as possible and, if possible, no later than 48 hours": a hope, not a hard deadline.
      if (V.SOFT_DEADLINE.test(before(c.norm, d, 45))) continue;
      if (!processorNotifies(ctx, c, d.start)) continue;
      deadlines.push({ c, hours: d.hours });
      if (!best || d.hours < best.hours) best = { c, hours: d.hours, d };
    }
  }
  if (best) {
    const q = qualified?.q ?? QUALIFIERS.find(([re]) => re.test(best.c.norm))?.[1] ?? null;
    // Another clause sets a different hard deadline for the same notice: say so, with both clauses.
    const others = deadlines.filter((x) => x.hours !== best.hours && x.c.clause !== best.c.clause);
    const why: Reason[] = [{ rule: 'breach-deadline', reason: `a deadline of "${best.d.text}" for notifying a breach`, args: { text: best.d.text } }];
    if (others.length) why.push({ rule: 'breach-unclear', reason: `another clause states ${[...new Set(others.map((x) => Math.round(x.hours * 100) / 100))].join(', ')} hours` });
    return {
      maxHours: Math.round(best.hours * 100) / 100,
      qualifier: q,
      ...evidence(best.c, why),
      ...(others.length ? unclear(others.map((x) => x.c)) : {}),
    };
  }
  if (qualified) {
    return { maxHours: null, qualifier: qualified.q, ...evidence(qualified.c, [{ rule: 'breach-qualifier', reason: 'notice of a breach is promised without a hard deadline' }]) };
  }
  return null;
}
