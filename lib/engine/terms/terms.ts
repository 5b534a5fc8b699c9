/** Reads the normalized key terms out of tagged clauses. Each term keeps the sentence it came from. */
import { findDurations, findFrequencies, type Duration } from './durations';
import type { BreachQualifier, Category, Clause, DocType, Layer, Reason, Terms, TransferMechanism, TransferStance } from '../report';
import { policyTerms } from './policy';
import { canonicalCountry } from '../baseline/baseline';
import { COUNTRY_ADJECTIVES, US_STATES } from './places';
import { governing, mentions, readObligations, resetNlpBudget, type Obligation } from './obligations';
import { resolveParties, type Parties, type Role } from './parties';
import { listLead } from '../text/lists';
import type { Doc } from '../text/types';
import { foldSpaces, sentenceNorms } from '../text/structure';
import * as V from '../vocabulary';

interface Candidate {
  clause: Clause;
  /** Normalized text of the clause (Doc.norm). */
  norm: string;
  layer: Layer;
  /** The party a list's lead names ("The Processor shall: • notify ..."), for items without a subject. */
  leadRole: Role | null;
  /** Lower-cased heading the clause sits under. */
  heading: string;
  /** For a list item, the normalized sentence that introduces its list ("... under följande perioder."), else null. */
  listLead: string | null;
}

interface Context {
  doc: Doc;
  parties: Parties;
}

const evidence = (c: Candidate, why: Reason[]) => ({
  evidence: c.clause.text,
  start: c.clause.start,
  end: c.clause.end,
  why,
  layer: c.layer,
  ...(c.clause.sccVersion ? { sccVersion: c.clause.sccVersion } : {}),
});

/** The DPA's own text: body and its annexes; SCCs and the UK Addendum are read only when it is silent. */
const OWN: ReadonlySet<Layer> = new Set<Layer>(['body', 'annex', 'subprocessor-list', 'security-annex']);
const LAYER_ORDER: Layer[][] = [['body', 'annex', 'subprocessor-list', 'security-annex'], ['scc'], ['uk-addendum']];

function candidates(ctx: Context, clauses: Clause[], category: Category): Candidate[] {
  const { doc, parties } = ctx;
  const out: Candidate[] = [];
  let si = 0;
  for (const clause of clauses) {
    if (!clause.categories.includes(category)) continue;
    while (si + 1 < doc.sentences.length && doc.sentences[si + 1].start <= clause.start) si++;
    const s = doc.sentences[si];
    const li = listLead(doc, si);
    const lead = li < 0 ? null : doc.sentences[li];
    out.push({
      clause,
      // A clause is a tagged sentence: its folded text was made once for tagging.
      norm: s && s.start === clause.start && s.end === clause.end ? sentenceNorms(doc)[si] : foldSpaces(doc.norm.slice(clause.start, clause.end)),
      layer: clause.layer ?? 'body',
      leadRole: lead && /:\s*$/.test(doc.text.slice(lead.start, lead.end)) ? roleNamed(doc.text.slice(lead.start, lead.end), parties) : null,
      heading: (clause.heading ?? '').toLowerCase(),
      listLead: lead ? doc.norm.slice(lead.start, lead.end).replace(/\s+/g, ' ') : null,
    });
  }
  return out;
}

/** The party named by the sentence that introduces a list ("The Processor shall:"). */
function roleNamed(text: string, parties: Parties): Role | null {
  return mentions(text, parties).find((m) => m.role === 'processor' || m.role === 'controller')?.role ?? null;
}

/** Reads a term layer by layer: the DPA's own text first, then the SCCs, then the UK Addendum. */
function firstLayer<T>(cands: Candidate[], read: (cs: Candidate[]) => T | null): T | null {
  for (const layers of LAYER_ORDER) {
    const cs = cands.filter((c) => layers.includes(c.layer));
    if (!cs.length) continue;
    const got = read(cs);
    if (got) return got;
  }
  return null;
}

/** The text just before a duration, for "within", "at least", "after termination" and the like. */
const before = (norm: string, d: Duration, n = 60) => norm.slice(Math.max(0, d.start - n), d.start);
const after = (norm: string, d: Duration, n = 80) => norm.slice(d.end, d.end + n);

const QUALIFIERS = V.QUALIFIERS;

/**
 * Whether the notifying verb that governs position `at` is the processor's duty to tell the
 * controller: not the controller's own 72 hours to the authority, not "Customer shall notify".
 */
function processorNotifies(ctx: Context, c: Candidate, at: number): boolean {
  const obligations = readObligations(c.norm, ctx.parties, c.leadRole);
  const o = governingNotice(obligations, at);
  if (!o) return true;
  if (o.modality === 'prohibition') return false;
  if (o.passive) return o.recipient !== 'authority' && o.recipient !== 'data-subject' && o.recipient !== 'processor';
  if (o.actor === 'controller') return false;
  return o.recipient !== 'authority' && o.recipient !== 'data-subject';
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

function breachNotice(ctx: Context, cands: Candidate[]): Terms['breachNotice'] {
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
      if (d.hours > 24 * 31 || d.bound === 'min' || d.bound === 'approx') continue;
      const lead = before(c.norm, d, 40);
      // "within 24 hours", "no later than 72 hours", "at the latest 24 hours": a deadline; "for 24 hours" is not.
      if (d.bound !== 'max' && !V.DEADLINE_LEAD.test(lead)) continue;
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

const MECHANISMS = V.MECHANISMS;

function transfers(cands: Candidate[], doc: Doc): Terms['transfers'] {
  if (!cands.length) return null;
  const mechanisms = new Set<TransferMechanism>();
  let no: Candidate | null = null;
  let consent: Candidate | null = null;
  let yes: Candidate | null = null;
  let kept: Candidate | null = null;
  for (const c of cands) {
    for (const [re, m] of MECHANISMS) if (re.test(c.norm)) mechanisms.add(m);
    if (!no && V.STAYS_IN_EEA.test(c.norm)) no = c;
    else if (!consent && V.ONLY_WITH_CONSENT.test(c.norm)) consent = c;
    else if (!yes && V.TRANSFERS_HAPPEN.test(c.norm) && !V.NOT_TRANSFER.test(c.norm)) yes = c;
    else if (!kept && V.KEPT_IN_EEA.test(c.norm) && !/\b(?:if|where|when|unless|except|to the extent)\b/.test(c.norm.slice(0, c.norm.search(V.KEPT_IN_EEA)))) kept = c;
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
  } else if (kept && !yes) {
    // "processed and stored within the European Union", with no transfer said to happen.
    stance = 'no';
    at = kept;
    why.push({ rule: 'transfer-kept-in-eea', reason: 'the data is said to be processed and stored in the EU/EEA' });
  } else if (yes || mechanisms.size) {
    stance = 'yes';
    at = yes ?? cands.find((c) => MECHANISMS.some(([re]) => re.test(c.norm))) ?? cands[0];
    why.push({ rule: 'transfer-permitted', reason: yes ? 'transfers outside the EU/EEA are made or permitted' : 'transfer safeguards are named, so transfers happen' });
  }
  if (mechanisms.size) why.push({ rule: 'transfer-mechanisms', reason: `names ${[...mechanisms].join(', ')}`, args: { mechanisms: [...mechanisms].join(', ') } });
  return { outsideEEA: stance, mechanisms: [...mechanisms], ...evidence(at, why) };
}

type Authorization = 'general' | 'specific';

/** How a sentence authorizes sub-processors, by its wording or its obligation ("X may engage Sub-processors"). */
function authorizationOf(ctx: Context, c: Candidate): Authorization | null {
  const n = c.norm;
  if (V.SUB_EITHER.test(n)) return null;
  if (V.SUB_GENERAL.test(n)) return 'general';
  if (V.SUB_SPECIFIC.test(n)) return 'specific';
  // "Acme may engage Sub-processors", "the Processor may use subcontractors": a permission to the processor.
  if (!V.ENGAGE.test(n) || !V.SUBPROCESSOR.test(n)) return null;
  for (const o of readObligations(n, ctx.parties, c.leadRole)) {
    if (o.actor !== 'processor' || o.modality !== 'permission' || o.passive || !V.ENGAGE.test(o.verb)) continue;
    const rest = n.slice(o.end, o.end + 120);
    if (!V.SUBPROCESSOR.test(rest) || /\b(?:only|solely) (?:with|upon|after|if)\b|\bsubject to (?:the )?(?:prior )?(?:written )?(?:approval|consent)\b/.test(rest)) continue;
    return 'general';
  }
  return null;
}

/** The DPA's own stance on transfers first; the SCCs' wording only when the body takes none. */
function transfersByLayer(cands: Candidate[], doc: Doc): Terms['transfers'] {
  const own = transfers(cands.filter((c) => OWN.has(c.layer)), doc);
  return own?.outsideEEA ? own : (transfers(cands, doc) ?? own);
}

function subprocessors(ctx: Context, cands: Candidate[]): Terms['subprocessors'] {
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
  return found && !/\b(?:resol|solution|alternative|remed|cure|terminat|discuss|cooperat)/.test(rest);
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
      const advance = d.bound === 'min' || V.SUB_ADVANCE.test(tail.slice(0, 50)) || /\b(?:advance|prior) (?:written )?notice\b/.test(lead);
      // The objection and its window in one sentence, however far apart: "may object on reasonable grounds ... within
      // 30 days", "Customer has 30 days after notice of a change to object".
      const pre = n.slice(n.lastIndexOf('. ', d.start) + 1, d.start);
      const objecting =
        V.OBJECT.test(lead) ||
        (d.bound === 'max' && objectionGoverns(pre)) ||
        /^[^.]{0,80}\bto (?:object|raise (?:an |any )?objections?)\b/.test(tail) ||
        (V.OBJECT.test(n) && /^[^.]{0,40}\b(?:of|from|after) (?:receiv|receipt|(?:the )?(?:date of )?(?:notice|notification)|being notified|notification)/.test(tail));
      if (objecting && !objection && !advance) objection = { c, days: d.days };
      else if (advance && !notice && V.SUB_NOTICE.test(n)) notice = { c, days: d.days };
      else if (V.OBJECT.test(n) && !objection && /\b(?:within|period)\b/.test(lead) && !advance) objection = { c, days: d.days };
    }
  }
  const why: Reason[] = [];
  // "may object within this notice period": the notice period is the objection window.
  if (!objection && notice && sameWindow) {
    objection = { c: sameWindow, days: notice.days };
    why.push({ rule: 'subprocessor-objection-in-notice', reason: 'objections are due within the notice period' });
  }
  // The controller may object, and no window is set for it: a right without a time limit.
  const objects = objection ? null : cands.find((c) => V.OBJECTION_RIGHT.test(c.norm));
  if (objects) why.push({ rule: 'subprocessor-objection-right', reason: 'the controller may object to a new sub-processor, with no time limit' });
  const at = notice?.c ?? objection?.c ?? authAt ?? objects ?? cands[0];
  if (authorization) why.unshift({ rule: `subprocessor-${authorization}`, reason: `${authorization} authorization to engage sub-processors` });
  if (notice) why.push({ rule: 'subprocessor-notice', reason: `${notice.days} days' advance notice of new sub-processors`, args: { n: notice.days } });
  if (objection) why.push({ rule: 'subprocessor-objection', reason: `${objection.days} days to object`, args: { n: objection.days } });
  return { authorization, noticeDays: notice?.days ?? null, objectionDays: objection?.days ?? null, ...(objects ? { objectionRight: true } : {}), ...evidence(at, why) };
}

const DELETE = V.ERASE;
const RETURN_WINDOW = V.RETRIEVE;

const AT_THE_END = /\bat the latest (?:up)?on (?:the )?(?:completion|termination|expiry|expiration|end)\b|\b(?:up)?on (?:the )?(?:completion|termination|expiry|expiration|end)\b[^.]{0,60}\bat the latest\b/;

type Deadline = { c: Candidate; days: number; end: boolean };

function deletion(cands: Candidate[]): Terms['deletion'] {
  const dels: Deadline[] = [];
  let ret: { c: Candidate; days: number } | null = null;
  for (const c of cands) {
    // "Personal Data in backup systems shall be deleted within the rotation period": the backups' own clock.
    const backups = V.BACKUP_ONLY.test(c.norm);
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 3650 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 120);
      const tail = after(c.norm, d, 80);
      const deadline = d.bound === 'max' || /\b(?:within|after|latest|following|later than)\s*(?:\b\w+\b\s*){0,2}$/.test(lead) || /^\s*(?:after|from|following|of)\b/.test(tail);
      if (!deadline) continue;
      const context = V.END_EVENT.test(lead + tail);
      if (!context) continue;
      const leadClause = lead.split(/[;:]|, (?:and|or|unless)\b/).pop() ?? lead;
      // "At the choice of the Controller, exercised in writing within 30 days of termination": the controller's window to choose.
      const choosing = V.CHOICE_WINDOW.test(leadClause) && !DELETE.test(leadClause.slice(leadClause.search(V.CHOICE_WINDOW)));
      if ((choosing || (RETURN_WINDOW.test(leadClause + tail.slice(0, 50)) && !DELETE.test(leadClause))) && !ret) ret = { c, days: d.days };
      else if (DELETE.test(c.norm) && !choosing && !backups) dels.push({ c, days: d.days, end: V.CONTRACT_END.test(tail.slice(0, 60)) || V.CONTRACT_END.test(lead.slice(-50)) });
    }
  }
  // A deadline after the end of the contract beats one after a request; among those, the longest is what the customer can count on.
  const ranked = [...dels].sort((a, b) => Number(b.end) - Number(a.end) || b.days - a.days);
  let del: Deadline | null = ranked[0] ?? null;
  if (!del) {
    // "destroy them ... at the latest upon completion of the services": the end itself is the deadline.
    const c = cands.find((x) => DELETE.test(x.norm) && AT_THE_END.test(x.norm));
    if (c) del = { c, days: 0, end: true };
  }
  if (!del && !ret) {
    const c = cands.find((x) => DELETE.test(x.norm) && /\bterminat|\bend of|\bexpir/.test(x.norm));
    return c ? { deleteWithinDays: null, returnWindowDays: null, ...evidence(c, [{ rule: 'deletion-no-deadline', reason: 'deletion at the end is promised without a deadline' }]) } : null;
  }
  const at = (del ?? ret) as { c: Candidate; days: number };
  const why: Reason[] = [];
  if (del) why.push({ rule: 'deletion-deadline', reason: `data deleted within ${del.days} days`, args: { n: del.days } });
  if (ret) why.push({ rule: 'return-window', reason: `${ret.days} days to ask for the data back`, args: { n: ret.days } });
  const others = del ? dels.filter((x) => x.days !== del.days && x.c !== del.c) : [];
  if (others.length) why.push({ rule: 'deletion-unclear', reason: `the document also states ${[...new Set(others.map((x) => x.days))].join(', ')} days` });
  return {
    deleteWithinDays: del?.days ?? null,
    returnWindowDays: ret?.days ?? null,
    ...evidence(at.c, why),
    ...(others.length ? unclear(others.map((x) => x.c)) : {}),
  };
}

/** Two different values stated for one term: the term says so and keeps the other clauses' evidence. */
function unclear(cs: Candidate[]): { unclear: true; alsoEvidence: NonNullable<Terms['deletion']>['alsoEvidence'] } {
  const seen = new Set<Clause>();
  const alsoEvidence = cs
    .filter((c) => !seen.has(c.clause) && seen.add(c.clause))
    .map((c) => ({ evidence: c.clause.text, start: c.clause.start, end: c.clause.end, layer: c.layer }));
  return { unclear: true, alsoEvidence };
}

const KEEP = V.KEEP;

/**
 * A period read through the language tables (vocabulary `retention`): "sparas i 5 år", "für 25 Monate",
 * "zehn Jahre lang aufbewahrt", "raderas efter 2 veckor", and on a policy "innerhalb von 24 Stunden gelöscht";
 * or an item of a list whose lead keeps the data ("lagras ... under följande perioder." + "Åtkomstlogg: 3 månader").
 */
function tableRetention(c: Candidate, d: Duration, lead: string, tail: string, policy: boolean): string | null {
  const keeps = KEEP.test(c.norm);
  if (keeps && (V.RETENTION_LEAD.test(lead.trimEnd()) || V.RETENTION_LEAD_IN.test(d.text) || V.RETENTION_TAIL.test(tail))) return 'retention-period';
  if (DELETE.test(c.norm) && (V.ERASE_AFTER.test(lead.trimEnd()) || V.ERASE_AFTER_IN.test(d.text))) return 'retention-erase-after';
  if (policy && DELETE.test(c.norm) && V.ERASE_WITHIN_IN.test(d.text)) return 'retention-erase-within';
  if (!keeps && c.listLead && KEEP.test(c.listLead) && !findDurations(c.listLead).length) return 'retention-list-item';
  // A table row ("Aktivitetsloggar | 12 månader | Felsökning") under a heading of retention periods ("Lagringstider").
  if (inRetentionTable(c)) return 'retention-table-row';
  return null;
}

/** A table row (cells joined by " | ") in a section whose heading names retention periods, in the tables' languages. */
const inRetentionTable = (c: Candidate): boolean => c.norm.includes(' | ') && V.RETENTION_HEADING.test(c.heading);

const TABLE_REASONS: Record<string, (t: string) => string> = {
  'retention-period': (t) => `data kept for "${t}"`,
  'retention-erase-after': (t) => `data erased after "${t}"`,
  'retention-erase-within': (t) => `data erased within "${t}"`,
  'retention-list-item': (t) => `"${t}" in a list introduced as how long data is kept`,
  'retention-table-row': (t) => `"${t}" in a table of retention periods`,
};

function retention(cands: Candidate[], policy: boolean): Terms['retention'] {
  const out: Terms['retention'] = [];
  for (const c of cands) {
    if (!KEEP.test(c.norm) && !DELETE.test(c.norm) && !(c.listLead && KEEP.test(c.listLead)) && !inRetentionTable(c)) continue;
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.unit === 'minute' || d.unit === 'hour' && d.hours < 1) continue;
      const lead = before(c.norm, d, 80);
      const tail = after(c.norm, d, 40);
      // Periods are whole days (report contract): a period of hours is at least one day.
      const days = d.unit === 'hour' ? Math.max(1, Math.ceil(d.days)) : d.days;
      const table = tableRetention(c, d, lead, tail, policy);
      if (table) {
        out.push({ days, ...evidence(c, [{ rule: table, reason: TABLE_REASONS[table](d.text), args: { text: d.text } }]) });
        continue;
      }
      if (!KEEP.test(c.norm)) continue;
      // "retain ... for 36 months", "(up to 7 years)", "saved for 12 months"; deadlines to delete are deletion, not retention.
      if (/\b(?:within|no later than|at the latest)\s*(?:\b\w+\b\s*){0,2}$/.test(lead) && DELETE.test(lead + tail)) continue;
      const ceiling = /^(?:for )?(?:up to|maximum|max|not exceeding|no longer than|at most|a maximum of|a period of up to)\b/.test(d.text);
      if (!ceiling && !/\b(?:for|up to|of|until|period|maximum|max|than|least|about|approximately|to)\s*(?:\b\w+\b\s*){0,2}\(?$/.test(lead) && !/^\s*(?:after|from|following)\b/.test(tail)) continue;
      if (/\bnotice|\bin advance\b|\bprior to\b/.test(lead.slice(-30) + tail.slice(0, 20))) continue;
      out.push({ days, ...evidence(c, [{ rule: 'retention-period', reason: `data kept for "${d.text}"`, args: { text: d.text } }]) });
    }
  }
  return out;
}

/** An audit term needs a clause granting an audit right, not any sentence that says "audit". */
function audit(cands: Candidate[]): Terms['audit'] {
  return firstLayer(cands, readAudit);
}

function readAudit(cands: Candidate[]): Terms['audit'] {
  const about = cands.filter((c) => !V.AUDIT_ELSEWHERE.test(c.norm));
  if (!about.some((c) => V.AUDIT.test(c.norm) && (V.AUDIT_RIGHT.test(c.norm) || (/audit|inspection/.test(c.heading) || V.AUDIT.test(c.heading))))) return null;
  const rights = about;
  let notice: { c: Candidate; days: number } | null = null;
  let perYear: number | null = null;
  let freqAt: Candidate | null = null;
  for (const c of rights) {
    if (!notice && V.AUDIT_NOTICE.test(c.norm)) {
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
    // "Each party shall be liable for damage caused by ...": liability addressed, with no limitation.
    const any = cs.find((c) => V.LIABILITY.test(c.norm) && ((/liabilit|indemn/.test(c.heading) || V.LIABILITY.test(c.heading)) || /\b(?:liable (?:for|to)|liability (?:of|for|to|under)|'s liability|indemnif\w* (?:and hold|against|for|the))\b/.test(c.norm)));
    return any ? { capped: false, ...evidence(any, [{ rule: 'liability-no-cap', reason: 'liability is addressed with no limitation' }]) } : null;
  });
}

/** Sentences of the body that speak for the SCCs ("For Clause 17, Irish law") or the UK Addendum. */
const ABOUT_SCC = /\bclause (?:17|9|7)\b|\b(?:these|the) clauses\b|\bstandard contractual clauses\b|\bsccs?\b|\bmodel clauses\b/;
const ABOUT_UK = /\buk addendum\b|\bidta\b|\binternational data transfer (?:addendum|agreement)\b/;

function lawLayer(c: Candidate): Layer {
  if (!OWN.has(c.layer)) return c.layer;
  if (ABOUT_UK.test(c.norm)) return 'uk-addendum';
  if (ABOUT_SCC.test(c.norm) && !/\b(?:this|the) (?:dpa|agreement|addendum|data processing (?:agreement|addendum))\b[^.]{0,60}\bgoverned\b/.test(c.norm)) return 'scc';
  return c.layer;
}

const DEFERS_LAW = /\blaws? governing\b[^.]{0,200}\b(?:the (?:services |main |master |underlying |principal )?agreement|the terms)\b|\b(?:governed by|governing law|subject to)\b[^.]{0,80}\b(?:the (?:services |main |master |underlying |principal )?agreement|the terms(?: of service)?|the (?:msa|tos))\b|\b(?:governing law|choice of law)\b[^.]{0,60}\b(?:set out|specified|stated) in the (?:services |main |master )?agreement/;

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
function governingLaw(cands: Candidate[]): Terms['governingLaw'] {
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
  const adj = /\b([a-z]+(?:\.[a-z]\.)?|[a-z]\.[a-z]\.) (?:federal |state )?laws?\b/g;
  while ((m = adj.exec(n))) {
    const country = COUNTRY_ADJECTIVES[m[1]] ?? V.LAW_ABBREVIATIONS[m[1]];
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
    if (!V.DSR_RESPOND.test(c.norm)) continue;
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 365 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 60);
      if (!(d.bound === 'max' || /\bwithin\s*(?:\b\w+\b\s*){0,2}$/.test(lead))) continue;
      if (/\bextend|\bfurther\b|\badditional\b/.test(lead.slice(-25))) continue;
      return { days: d.days, ...evidence(c, [{ rule: 'dsr-response', reason: `requests answered within "${d.text}"`, args: { text: d.text } }]) };
    }
  }
  return null;
}

function outdatedLaw(doc: Doc, clauses: Clause[]): Terms['outdatedLaw'] {
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
