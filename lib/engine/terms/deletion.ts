/** Deletion and retention: the deadline to delete or return data at the end, and the periods data is kept. */
import type { Reason, Terms } from '../report';
import { findDurations, type Duration } from './durations';
import { after, before, evidence, unclear, type Candidate } from './candidates';
import * as V from '../vocabulary';
import * as P from '../vocabulary/en-policy';

const DELETE = V.ERASE;
const RETURN_WINDOW = V.RETRIEVE;

const AT_THE_END = /\bat the latest (?:up)?on (?:the )?(?:completion|termination|expiry|expiration|end)\b|\b(?:up)?on (?:the )?(?:completion|termination|expiry|expiration|end)\b[^.]{0,60}\bat the latest\b/;

type Deadline = { c: Candidate; days: number; end: boolean };

/**
 * A sentence that carries on the erasing of the one before it under the same heading: "Upon termination of the
 * Agreement, Vendor shall delete all Customer Personal Data. Such deletion shall take place within 30 days." Its clock
 * is the end the sentence before names; returns that sentence.
 */
function carriedFrom(cands: Candidate[], i: number): string | null {
  const c = cands[i];
  const prev = cands[i - 1];
  if (!prev || !V.ERASE_FOLLOW_ON.test(c.norm) || prev.clause.heading !== c.clause.heading || c.clause.start - prev.clause.end > 3) return null;
  return DELETE.test(prev.norm) ? prev.norm : null;
}

export function deletion(cands: Candidate[]): Terms['deletion'] {
  const dels: Deadline[] = [];
  let ret: { c: Candidate; days: number } | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const carried = carriedFrom(cands, i) ?? '';
    for (const d of findDurations(c.norm)) {
      if (d.bound === 'min' || d.days > 3650 || d.unit === 'minute') continue;
      const lead = before(c.norm, d, 120);
      const tail = after(c.norm, d, 80);
      // German and Swedish too: "spätestens jedoch vier Wochen nach Vertragsende", "senast 60 dagar efter".
      const deadline = d.bound === 'max' || /\b(?:within|after|latest|following|later than)\s*(?:\b\w+\b\s*){0,2}$/.test(lead) || /^\s*(?:after|from|following|of)\b/.test(tail) || V.DEADLINE_LEAD.test(lead) || V.ERASE_AFTER_IN.test(tail.trimStart());
      if (!deadline) continue;
      // "Upon termination of the service agreement:" over "- F7 will delete all Customer Personal Data within 30 days".
      const context = V.END_EVENT.test(lead + tail) || (!!c.listLead && V.END_EVENT.test(c.listLead)) || V.END_EVENT.test(carried);
      if (!context) continue;
      const leadClause = lead.split(/[;:]|, (?:and|or|unless)\b/).pop() ?? lead;
      // "Personal Data in backup systems shall be deleted within the rotation period": the backups' own clock. Read in
      // the duration's own clause: "we delete Customer Personal Data within 30 days, and its backup copies expire within
      // a further 30 days" states the data's deadline first and the backups' second.
      const backups = V.BACKUP_ONLY.test(leadClause);
      // "At the choice of the Controller, exercised in writing within 30 days of termination": the controller's window to choose.
      const choosing = V.CHOICE_WINDOW.test(leadClause) && !DELETE.test(leadClause.slice(leadClause.search(V.CHOICE_WINDOW)));
      if ((choosing || (RETURN_WINDOW.test(leadClause + tail.slice(0, 50)) && !DELETE.test(leadClause))) && !ret) ret = { c, days: d.days };
      else if (DELETE.test(c.norm) && !choosing && !backups) dels.push({ c, days: d.days, end: V.CONTRACT_END.test(tail.slice(0, 60)) || V.CONTRACT_END.test(lead.slice(-50)) || (!!c.listLead && V.CONTRACT_END.test(c.listLead)) || V.CONTRACT_END.test(carried) });
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
    const c = cands.find((x) => DELETE.test(x.norm) && V.CONTRACT_END.test(x.norm));
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

const KEEP = V.KEEP;

/**
 * A period read through the language tables (vocabulary `retention`): "sparas i 5 år", "für 25 Monate",
 * "zehn Jahre lang aufbewahrt", "raderas efter 2 veckor", and on a policy "innerhalb von 24 Stunden gelöscht";
 * or an item of a list whose lead keeps the data ("lagras ... under följande perioder." + "Åtkomstlogg: 3 månader").
 */
function tableRetention(c: Candidate, d: Duration, leadIn: string, tail: string, policy: boolean): string | null {
  // "nach 6 bzw. 10 Jahren gelöscht", "after 6 or 10 years": the lead of the first figure is the lead of both.
  const lead = leadIn.replace(V.RETENTION_ALTERNATIVE, '');
  const keeps = KEEP.test(c.norm);
  // The period by its name: "Die Speicherdauer beträgt 24 Monate", "Die Löschfrist beträgt 30 Tage".
  if (V.RETENTION_NOUN_LEAD.test(lead.trimEnd())) return 'retention-period';
  if (keeps && (V.RETENTION_LEAD.test(lead.trimEnd()) || V.RETENTION_LEAD_IN.test(d.text) || V.RETENTION_TAIL.test(tail))) return 'retention-period';
  if (DELETE.test(c.norm) && (V.ERASE_AFTER.test(lead.trimEnd()) || V.ERASE_AFTER_IN.test(d.text))) return 'retention-erase-after';
  if (policy && DELETE.test(c.norm) && V.ERASE_WITHIN_IN.test(d.text)) return 'retention-erase-within';
  // "Lösta ärenden kommer att avidentifieras tre månader efter den senaste aktiviteten": the verb, the period, "after".
  if (policy && V.ERASE_END.test(lead.trimEnd()) && V.ERASE_AFTER_IN.test(tail.trimStart())) return 'retention-erase-after';
  // German verb last: "werden 30 Tage nach Ende der jeweiligen Veranstaltung automatisch gelöscht", "zwei Monate später
  // entfernt"; and a period of inactivity: "wenn der Knoten mehr als 365 Tage inaktiv ist", "after 24 months inactive".
  if (policy && (V.ERASE_AFTER_IN.test(tail.trimStart()) || V.RETENTION_LATER.test(tail)) && V.ERASE_IN_CLAUSE.test(after(c.norm, d, 100))) return 'retention-erase-after';
  if (policy && DELETE.test(c.norm) && V.RETENTION_INACTIVE.test(tail)) return 'retention-erase-after';
  // The erasing word earlier in the clause, the period counted from an event after it: "Wir löschen Ihre Daten, sobald
  // ..., also in der Regel drei Monate nach dem letzten Kontakt", "Die Löschung ... erfolgt sechs Monate nach dem Zugang".
  if (policy && V.ERASE_AFTER_IN.test(tail.trimStart()) && V.ERASE_BEFORE_IN_CLAUSE.test(before(c.norm, d, 140))) return 'retention-erase-after';
  // English policies: "generally deleted after 90 days", "deleted within 72 hours", "erased two months after notification of the refusal".
  const erasedLead = P.POLICY_ERASED_LEAD.test(lead.trimEnd());
  if (policy && (P.POLICY_ERASE_AFTER.test(lead.trimEnd() + ' ') || (erasedLead && (/^(?:after|within)\b/.test(d.text) || /^\s*(?:after|following)\b/.test(tail)))))
    return /^within\b/.test(d.text) ? 'retention-erase-within' : 'retention-erase-after';
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

/** The words before a duration that belong to its own clause ("If you delete your account, we'll delete the content within"). */
const ownClause = (lead: string): string => lead.split(/[;:]|, (?:and|or|unless|but|except)\b|\. /).pop() ?? lead;
const DEADLINE_IN = /^(?:within|no later than|at the latest|in no more than)\b/;
const DEADLINE_LEAD = /\b(?:within|no later than|at the latest|in no more than)\s*(?:\b\w+\b\s*){0,2}$/;
// "we will respond to your deletion request within 30 days", "notify you of the erasure within": the deadline is another act's.
const RESPONSE = /\b(?:respond|reply|replies|answer|acknowledge|notify|inform|confirm)/;
// After the erasing word, "... deletion requests within 30 days", "deletion upon instruction within": a request's clock.
const REQUEST_AFTER = /\b(?:request|instruct|ask)/;
const OTHER_VERB = /\b(?:provided|sent|issued|given|delivered|made available|confirmed|certified|returned)\b/;
/** Where the last erasing word of a clause ends, -1 when it has none. */
function lastErase(clause: string): number {
  let at = -1;
  V.ERASE_EACH.lastIndex = 0;
  for (let m = V.ERASE_EACH.exec(clause); m; m = V.ERASE_EACH.exec(clause)) at = m.index + m[0].length;
  return at;
}

/**
 * A deadline to erase data is, read from the data's side, the longest it is kept: "we'll delete the content within
 * 60 days", "purged from all of our systems and logs within 90 days". On a policy always; on a DPA only when the clock
 * is not the end of the contract (that deadline is `deletion`) nor a request ("within 14 days from when the Personal
 * Data is first uploaded" is how long the service keeps it).
 */
function eraseDeadline(d: Duration, lead: string, tail: string, policy: boolean, carried: string): boolean {
  const clause = ownClause(lead);
  if (!(DEADLINE_LEAD.test(clause) || DEADLINE_IN.test(d.text)) || RESPONSE.test(clause)) return false;
  const erased = lastErase(clause);
  // "certificate of destruction provided within 5 business days": another verb after the erasing word owns the deadline.
  if (erased < 0 || REQUEST_AFTER.test(clause.slice(erased)) || OTHER_VERB.test(clause.slice(erased))) return false;
  if (policy) return true;
  // The clock may be named in the sentence's earlier clause: "The Customer may request immediate erasure by email;
  // Spanlens will complete erasure within 30 days" runs from the request.
  const clock = `${lead} ${tail.slice(0, 60)} ${carried}`;
  return !V.CONTRACT_END.test(clock) && !V.END_EVENT.test(clock) && !REQUEST_AFTER.test(tail.slice(0, 60));
}

export function retention(cands: Candidate[], policy: boolean): Terms['retention'] {
  const out: Terms['retention'] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!KEEP.test(c.norm) && !DELETE.test(c.norm) && !V.RETENTION_NOUN.test(c.norm) && !(policy && P.POLICY_ERASE_WORDS.test(c.norm)) && !(c.listLead && KEEP.test(c.listLead)) && !inRetentionTable(c)) continue;
    // A row of a cookie table ("fixmystreet_app_session | ... | Raderas ... efter fyra veckor"): a cookie's lifetime, as the
    // tagger's cookie-lifetime veto says of a sentence naming the cookie.
    if (c.norm.includes(' | ') && V.COOKIE_HEADING.test(c.heading)) continue;
    // Deadlines in ordinal years ("des siebten Kalenderjahrs nach Entstehen") take their place among the periods.
    const ordinal = ordinalYearDeadlines(c);
    const flush = (upTo: number) => {
      while (ordinal.length && ordinal[0].at < upTo) out.push(ordinal.shift()!.entry);
    };
    let kept = null as { days: number; end: number } | null;
    for (const d of findDurations(c.norm)) {
      flush(d.start);
      const lead = before(c.norm, d, 80);
      // A lower bound is no deadline ("at least 30 days' notice"), except as how long data is kept: "We will store this
      // information for a minimum of two years" states the retention a reviewer records (at least that long).
      const keptAtLeast = d.bound === 'min' && KEEP.test(c.norm) && V.RETENTION_MIN_LEAD.test(lead);
      if ((d.bound === 'min' && !keptAtLeast) || d.unit === 'minute' || d.unit === 'hour' && d.hours < 1) continue;
      const tail = after(c.norm, d, 40);
      // Periods are whole days (report contract): a period of hours is at least one day.
      const days = d.unit === 'hour' ? Math.max(1, Math.ceil(d.days)) : d.days;
      const table = tableRetention(c, d, lead, tail, policy);
      if (table) {
        // One lifecycle said twice: "für eine Woche gespeichert und nach 7 Tagen gelöscht", "kept for 30 days and deleted
        // after 30 days": the deletion after the same period closes the keeping just read, it is no second period.
        const closesKeeping = table === 'retention-erase-after' && kept?.days === days && / (?:und|and|och) /.test(c.norm.slice(kept.end, d.start)) && d.start - kept.end < 60;
        if (!closesKeeping) out.push({ days, ...evidence(c, [{ rule: table, reason: TABLE_REASONS[table](d.text), args: { text: d.text } }]) });
        kept = table === 'retention-period' ? { days, end: d.end } : null;
        continue;
      }
      if (eraseDeadline(d, c.norm.slice(0, d.start), tail, policy, carriedFrom(cands, i) ?? '')) {
        out.push({ days, ...evidence(c, [{ rule: 'retention-erase-within', reason: TABLE_REASONS['retention-erase-within'](d.text), args: { text: d.text } }]) });
        continue;
      }
      if (!KEEP.test(c.norm)) continue;
      // "retain ... for 36 months", "(up to 7 years)", "saved for 12 months"; deadlines to delete are deletion, not retention.
      if ((DEADLINE_LEAD.test(lead) || DEADLINE_IN.test(d.text)) && DELETE.test(c.norm)) continue;
      const ceiling = /^(?:for )?(?:up to|maximum|max|not exceeding|no (?:longer|more) than|not (?:longer|more) than|at most|a maximum of|a period of up to)\b/.test(d.text);
      if (!ceiling && !/\b(?:for|up to|of|until|period|maximum|max|than|least|about|approximately|to|plus)\s*(?:\b\w+\b\s*){0,2}\(?$/.test(lead) && !/^\s*(?:after|from|following)\b/.test(tail)) continue;
      if (/\bnotice|\bin advance\b|\bprior to\b/.test(lead.slice(-30) + tail.slice(0, 20))) continue;
      // A period inside a condition that keeps nothing: "If delivery fails for a period of seven days, we keep ... for a
      // further eight weeks" (the first period is the condition's, the second the keeping).
      const condition = /(?:^|[,;:]\s*)(?:if|when|once|unless)\b([^,;]*)$/.exec(lead.trimStart());
      if (condition && !KEEP.test(condition[1])) continue;
      out.push({ days, ...evidence(c, [{ rule: 'retention-period', reason: `data kept for "${d.text}"`, args: { text: d.text } }]) });
    }
    flush(Infinity);
  }
  return out;
}

/** "wir löschen sie bis zum 31. März des siebten Kalenderjahrs nach Entstehen": N years, in a clause that deletes. */
function ordinalYearDeadlines(c: Candidate): { at: number; entry: Terms['retention'][number] }[] {
  if (!DELETE.test(c.norm)) return [];
  const re = V.ORDINAL_YEAR_DEADLINE;
  re.lastIndex = 0;
  const found: { at: number; entry: Terms['retention'][number] }[] = [];
  for (let m = re.exec(c.norm); m; m = re.exec(c.norm)) {
    const years = V.ORDINAL_YEARS[m[1]];
    if (!years) continue;
    const text = m[0];
    found.push({ at: m.index, entry: { days: years * 365, ...evidence(c, [{ rule: 'retention-ordinal-year', reason: `deleted in "${text}"`, args: { text } }]) } });
  }
  return found;
}
