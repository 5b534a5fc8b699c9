/** The sub-processor term: general or specific authorization, the notice of a new one and the window to object. */
import type { Reason, Terms } from '../report';
import { findDurations } from './durations';
import { mayGrantPermission, readObligations } from './obligations';
import { OWN, after, aloneInCell, before, evidence, type Candidate, type Context } from './candidates';
import * as V from '../vocabulary';

type Authorization = 'general' | 'specific';

/** How a sentence authorizes sub-processors, by its wording or its obligation ("X may engage Sub-processors"). */
function authorizationOf(ctx: Context, c: Candidate): Authorization | null {
  const n = c.norm;
  if (V.SUB_EITHER.test(n)) return null;
  if (V.SUB_GENERAL.test(n)) return 'general';
  if (V.SUB_SPECIFIC.test(n)) return 'specific';
  // "Acme may engage Sub-processors", "the Processor may use subcontractors": a permission to the processor.
  if (!V.ENGAGE.test(n) || !V.SUBPROCESSOR.test(n)) return null;
  // Only a permission counts below: a sentence without a permission word needs no parse.
  if (!mayGrantPermission(n)) return null;
  for (const o of readObligations(n, ctx.parties, c.leadRole)) {
    // Who acts last: reading it may need compromise's subject of the verb.
    if (o.modality !== 'permission' || o.passive || !V.ENGAGE.test(o.verb) || o.actor !== 'processor') continue;
    const rest = n.slice(o.end, o.end + 120);
    if (!V.SUBPROCESSOR.test(rest) || /\b(?:only|solely) (?:with|upon|after|if)\b|\bsubject to (?:the )?(?:prior )?(?:written )?(?:approval|consent)\b/.test(rest)) continue;
    return 'general';
  }
  return null;
}

export function subprocessors(ctx: Context, cands: Candidate[]): Terms['subprocessors'] {
  if (!cands.length) return null;
  const own = cands.filter((c) => OWN.has(c.layer));
  const main = readSubprocessors(ctx, own.length ? own : cands);
  if (!main) return null;
  // What the SCCs or the UK Addendum say about authorization, kept beside the DPA's own term.
  const layers: NonNullable<NonNullable<Terms['subprocessors']>['layers']> = {};
  for (const layer of ['scc', 'uk-addendum'] as const) {
    if (main.layer === layer) continue;
    const got = readSubprocessors(ctx, cands.filter((c) => c.layer === layer));
    if (got?.authorization) layers[layer] = { authorization: got.authorization, evidence: got.evidence, start: got.start, end: got.end, why: got.why, layer, ...(got.sccVersion ? { sccVersion: got.sccVersion } : {}) };
  }
  // What the body leaves open, the SCCs' Clause 9 (or the Addendum) may fix: fields fill from there.
  if (own.length && (!main.authorization || main.noticeDays === null || main.objectionDays === null)) {
    const from = readSubprocessors(ctx, cands.filter((c) => !OWN.has(c.layer)));
    if (from) {
      main.authorization ??= from.authorization;
      main.noticeDays ??= from.noticeDays;
      main.objectionDays ??= from.objectionDays;
    }
  }
  return Object.keys(layers).length ? { ...main, layers } : main;
}

/** The tail of a sentence up to a "within N days": an objection is what the window is for, not a resolution after it. */
function objectionGoverns(pre: string): boolean {
  let rest = pre;
  let found = false;
  for (let m = V.OBJECT.exec(rest); m; m = V.OBJECT.exec(rest)) {
    found = true;
    rest = rest.slice(m.index + m[0].length);
  }
  return found && !/\b(?:resol|solution|alternative|remed|cure|terminat|discuss|cooperat)/.test(rest) && !V.RESOLUTION.test(rest);
}

/** The objection after its window, in the same clause ("innerhalb von 14 Tagen widersprechen"), not one the window runs from. */
function objectionAfter(tail: string): boolean {
  const m = V.OBJECTION_AFTER_WINDOW.exec(tail);
  if (!m) return false;
  const upTo = tail.slice(0, m.index + m[0].length);
  return !V.OBJECTION_STARTS_WINDOW.test(upTo) && !V.RESOLUTION.test(upTo);
}

function readSubprocessors(ctx: Context, cands: Candidate[]): NonNullable<Terms['subprocessors']> | null {
  if (!cands.length) return null;
  let authorization: Authorization | null = null;
  let authAt: Candidate | null = null;
  let notice: { c: Candidate; days: number } | null = null;
  let objection: { c: Candidate; days: number } | null = null;
  let sameWindow: Candidate | null = null;
  for (const c of cands) {
    const n = c.norm;
    // The SCCs' Clause 9(a) completed with its time period: under Option 2 that period is the advance notice of a new
    // sub-processor ("Option 2 of Clause 9(a) is implemented and the time period therein is 30 calendar days").
    const clause9Period = V.SCC_SUBPROCESSING.test(n) && /\btime period\b/.test(n) && !/\boption 1\b/.test(n);
    if (!authorization || authorization === 'specific') {
      const a = authorizationOf(ctx, c);
      if (a === 'general' || (a === 'specific' && !authorization)) {
        authorization = a;
        authAt = c;
      }
    }
    if (!sameWindow && V.OBJECT.test(n) && V.SAME_WINDOW.test(n)) sameWindow = c;
    for (const d of findDurations(n)) {
      if (d.unit === 'hour' || d.unit === 'minute' || d.days > 365) continue;
      const lead = before(n, d, 70);
      const tail = after(n, d, 70);
      // A summary table's row: "Notice of new sub-processors | 30 days".
      const noticeCell = aloneInCell(n, d) && V.SUB_NOTICE.test(lead) && !V.OBJECT.test(lead);
      const advance = d.bound === 'min' || V.SUB_ADVANCE.test(tail.slice(0, 50)) || V.SUB_ADVANCE_LEAD.test(lead) || noticeCell;
      // The objection and its window in one sentence, however far apart: "may object on reasonable grounds ... within
      // 30 days", "Customer has 30 days after notice of a change to object".
      const pre = n.slice(n.lastIndexOf('. ', d.start) + 1, d.start);
      const objecting =
        V.OBJECT.test(lead) ||
        (d.bound === 'max' && objectionGoverns(pre)) ||
        /^[^.]{0,80}\bto (?:object|raise (?:an |any )?objections?)\b/.test(tail) ||
        objectionAfter(tail) ||
        (V.OBJECT.test(n) && /^[^.]{0,40}\b(?:of|from|after) (?:receiv|receipt|(?:the )?(?:date of )?(?:notice|notification)|being notified|notification)/.test(tail));
      // "within 30 days of the objection", "inom 30 dagar från invändningen": a window that runs from the objection.
      const fromObjection = V.OBJECTION_STARTS_WINDOW.test(tail.slice(0, 40));
      if (objecting && !fromObjection && !objection && !advance) objection = { c, days: d.days };
      else if (!notice && ((advance && V.SUB_NOTICE.test(n)) || clause9Period)) notice = { c, days: d.days };
      else if (V.OBJECT.test(n) && !objection && !fromObjection && /\b(?:within|period)\b/.test(lead) && !advance) objection = { c, days: d.days };
    }
  }
  const why: Reason[] = [];
  // "may object within this notice period": the notice period is the objection window. "will update the list within
  // thirty (30) days of any such notification if Customer does not object within that time frame": the period the same
  // sentence named before it.
  const ownPeriod = sameWindow ? findDurations(sameWindow.norm).filter((d) => d.start < sameWindow!.norm.search(V.SAME_WINDOW) && d.days <= 365 && d.unit !== 'hour' && d.unit !== 'minute').pop() : undefined;
  if (!objection && sameWindow && (ownPeriod || notice)) {
    objection = { c: sameWindow, days: ownPeriod?.days ?? notice!.days };
    why.push({ rule: 'subprocessor-objection-in-notice', reason: ownPeriod ? 'objections are due within the period the sentence names' : 'objections are due within the notice period' });
  }
  // The controller may object, and no window is set for it: a right without a time limit.
  const objects = objection ? null : cands.find((c) => V.OBJECTION_RIGHT.test(c.norm));
  if (objects) why.push({ rule: 'subprocessor-objection-right', reason: 'the controller may object to a new sub-processor, with no time limit' });
  // Art. 28(2): under a general authorization the processor informs the controller of new sub-processors and the
  // controller may object. A DPA that sets up that notice or that objection and asks for no specific approval has
  // given a general one ("F7 uses sub-processors ... Notify Customer before engaging new sub-processors"), unless it
  // only quotes the GDPR's "specific or general" (then both the notice and the objection must be set up: "shall not
  // engage another processor without prior specific or general written authorization" + "notify ... at least 30 days
  // before adding or replacing a sub-processor, giving the Controller the opportunity to object" runs the general one).
  const quotesEither = cands.some((c) => V.SUB_EITHER.test(c.norm));
  if (!authorization && (!quotesEither || (notice && (objection || objects)))) {
    const informs = notice?.c ?? objection?.c ?? objects ?? cands.find((c) => V.NOTIFY.test(c.norm) && V.SUB_NEW.test(c.norm) && !V.SUB_SPECIFIC.test(c.norm));
    if (informs) {
      authorization = 'general';
      authAt = informs;
      why.push({ rule: 'subprocessor-general-by-notice', reason: 'new sub-processors are notified and may be objected to: the general authorization of Art. 28(2)' });
    }
  }
  const at = notice?.c ?? objection?.c ?? authAt ?? objects ?? cands[0];
  if (authorization) why.unshift({ rule: `subprocessor-${authorization}`, reason: `${authorization} authorization to engage sub-processors` });
  if (notice) why.push({ rule: 'subprocessor-notice', reason: `${notice.days} days' advance notice of new sub-processors`, args: { n: notice.days } });
  if (objection) why.push({ rule: 'subprocessor-objection', reason: `${objection.days} days to object`, args: { n: objection.days } });
  return { authorization, noticeDays: notice?.days ?? null, objectionDays: objection?.days ?? null, ...(objects ? { objectionRight: true } : {}), ...evidence(at, why) };
}
