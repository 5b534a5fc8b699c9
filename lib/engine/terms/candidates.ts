/** A term's candidate sentences: each tagged clause with its normalized text, layer and list lead, and the evidence a term keeps. */
import type { Category, Clause, Layer, Reason, Terms } from '../report';
import type { Duration } from './durations';
import { mentions } from './obligations';
import type { Parties, Role } from './parties';
import { listLead } from '../text/lists';
import type { Doc } from '../text/types';
import { foldSpaces, sentenceNorms } from '../text/structure';

export interface Candidate {
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

export interface Context {
  doc: Doc;
  parties: Parties;
}

export const evidence = (c: Candidate, why: Reason[]) => ({
  evidence: c.clause.text,
  start: c.clause.start,
  end: c.clause.end,
  why,
  layer: c.layer,
  ...(c.clause.sccVersion ? { sccVersion: c.clause.sccVersion } : {}),
});

/** The DPA's own text: body and its annexes; SCCs and the UK Addendum are read only when it is silent. */
export const OWN: ReadonlySet<Layer> = new Set<Layer>(['body', 'annex', 'subprocessor-list', 'security-annex']);
export const LAYER_ORDER: Layer[][] = [['body', 'annex', 'subprocessor-list', 'security-annex'], ['scc'], ['uk-addendum']];

export function candidates(ctx: Context, clauses: Clause[], category: Category): Candidate[] {
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
export function roleNamed(text: string, parties: Parties): Role | null {
  return mentions(text, parties).find((m) => m.role === 'processor' || m.role === 'controller')?.role ?? null;
}

/** Reads a term layer by layer: the DPA's own text first, then the SCCs, then the UK Addendum. */
export function firstLayer<T>(cands: Candidate[], read: (cs: Candidate[]) => T | null): T | null {
  for (const layers of LAYER_ORDER) {
    const cs = cands.filter((c) => layers.includes(c.layer));
    if (!cs.length) continue;
    const got = read(cs);
    if (got) return got;
  }
  return null;
}

/** The text just before a duration, for "within", "at least", "after termination" and the like. */
export const before = (norm: string, d: Duration, n = 60) => norm.slice(Math.max(0, d.start - n), d.start);
export const after = (norm: string, d: Duration, n = 80) => norm.slice(d.end, d.end + n);
/**
 * A period standing alone in a table cell ("Breach notification | 48 hours |", "| within 30 days"): the row's first cells
 * name the obligation, the cell its limit, as a summary table of key terms states it.
 */
export const aloneInCell = (norm: string, d: Duration): boolean =>
  norm.includes(' | ') && /\|\s*(?:(?:within|up to|max(?:imum)?|no later than|at the latest)\s+)?$/.test(before(norm, d, 30)) && /^\s*(?:\||$)/.test(after(norm, d, 5));

/** Two different values stated for one term: the term says so and keeps the other clauses' evidence. */
export function unclear(cs: Candidate[]): { unclear: true; alsoEvidence: NonNullable<Terms['deletion']>['alsoEvidence'] } {
  const seen = new Set<Clause>();
  const alsoEvidence = cs
    .filter((c) => !seen.has(c.clause) && seen.add(c.clause))
    .map((c) => ({ evidence: c.clause.text, start: c.clause.start, end: c.clause.end, layer: c.layer }));
  return { unclear: true, alsoEvidence };
}
