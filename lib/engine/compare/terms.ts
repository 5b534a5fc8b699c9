/** Term and deviation changes between two versions, over the report's normalized terms. */
import type { Terms } from '../report';
import { MECHANISMS } from '../vocabulary';
import type { Comparison, TermChange, TermValue, VersionBlock, VersionSide } from './types';

type Located = { evidence: string; start: number; end: number } | null | undefined;
type Reader = (t: Terms) => { value: TermValue; at: Located };

const field =
  <K extends keyof Terms>(key: K, f: string): Reader =>
  (t) => {
    const o = t[key] as Record<string, unknown> | null;
    const v = o ? o[f] : null;
    return { value: (Array.isArray(v) ? [...v] : (v ?? null)) as TermValue, at: o as Located };
  };

/** Every normalized term, as a dotted path of the report's terms, in the order the popup shows them. */
export const TERM_PATHS: [string, Reader, 'set' | 'multiset' | 'value'][] = [
  ['breachNotice.maxHours', field('breachNotice', 'maxHours'), 'value'],
  ['breachNotice.qualifier', field('breachNotice', 'qualifier'), 'value'],
  ['transfers.outsideEEA', field('transfers', 'outsideEEA'), 'value'],
  ['transfers.mechanisms', field('transfers', 'mechanisms'), 'set'],
  ['subprocessors.authorization', field('subprocessors', 'authorization'), 'value'],
  ['subprocessors.noticeDays', field('subprocessors', 'noticeDays'), 'value'],
  ['subprocessors.objectionDays', field('subprocessors', 'objectionDays'), 'value'],
  ['deletion.deleteWithinDays', field('deletion', 'deleteWithinDays'), 'value'],
  ['deletion.returnWindowDays', field('deletion', 'returnWindowDays'), 'value'],
  ['retention', (t) => ({ value: t.retention.map((r) => r.days), at: t.retention[0] }), 'multiset'],
  ['audit.noticeDays', field('audit', 'noticeDays'), 'value'],
  ['audit.maxPerYear', field('audit', 'maxPerYear'), 'value'],
  ['liability.capped', field('liability', 'capped'), 'value'],
  ['governingLaw.country', field('governingLaw', 'country'), 'value'],
  ['governingLaw.region', field('governingLaw', 'region'), 'value'],
  ['dsrResponseDays', (t) => ({ value: t.dsrResponseDays ?? null, at: t.dsrResponse }), 'value'],
  ['outdatedLaw.laws', field('outdatedLaw', 'laws'), 'set'],
];

function sameValue(a: TermValue, b: TermValue, how: 'set' | 'multiset' | 'value'): boolean {
  if (how === 'value' || !Array.isArray(a) || !Array.isArray(b)) return a === b;
  const sa = [...a].map(String).sort();
  const sb = [...b].map(String).sort();
  if (how === 'set') return [...new Set(sa)].join('\u0000') === [...new Set(sb)].join('\u0000');
  return sa.join('\u0000') === sb.join('\u0000');
}

/**
 * Where a set-valued term names what it gained: the term's one evidence sentence shows its first reading ("may be
 * processed in the United States"), not the paragraph that names the Data Privacy Framework a new version adds.
 */
const NAMES_ITEM: Record<string, (item: string) => RegExp | undefined> = {
  'transfers.mechanisms': (item) => MECHANISMS.find(([, m]) => m === item)?.[0],
};

function whereAdded(term: string, before: TermValue, after: TermValue, blocks: VersionBlock[]): VersionBlock | undefined {
  const names = NAMES_ITEM[term];
  if (!names || !Array.isArray(after)) return undefined;
  const had = new Set((Array.isArray(before) ? before : []).map(String));
  for (const item of after.map(String).filter((i) => !had.has(i))) {
    const re = names(item);
    const block = re && blocks.find((b) => b.kind !== 'heading' && re.test(b.text.toLowerCase()));
    if (block) return block;
  }
  return undefined;
}

/** The terms whose normalized value differs between two versions (`blocks`: the new version's, to place what a set gained). */
export function termChanges(before: Terms, after: Terms, blocks: VersionBlock[] = []): TermChange[] {
  const out: TermChange[] = [];
  for (const [term, read, how] of TERM_PATHS) {
    const a = read(before);
    const b = read(after);
    if (sameValue(a.value, b.value, how)) continue;
    const gained = how === 'set' ? whereAdded(term, a.value, b.value, blocks) : undefined;
    if (gained) {
      out.push({ term, before: a.value, after: b.value, evidenceBefore: a.at?.evidence ?? null, evidence: gained.text, start: gained.start, end: gained.end });
      continue;
    }
    out.push({
      term,
      before: a.value,
      after: b.value,
      evidenceBefore: a.at?.evidence ?? null,
      evidence: b.at?.evidence ?? null,
      start: b.at?.start ?? null,
      end: b.at?.end ?? null,
    });
  }
  return out;
}

export function deviationChanges(before: VersionSide['deviations'], after: VersionSide['deviations']): Comparison['deviations'] {
  const was = new Map(before.map((d) => [d.rule, d.found]));
  const now = new Map(after.map((d) => [d.rule, d.found]));
  return {
    added: [...now.keys()].filter((r) => !was.has(r)),
    removed: [...was.keys()].filter((r) => !now.has(r)),
    changed: [...now].filter(([r, f]) => was.has(r) && was.get(r) !== f).map(([rule, after]) => ({ rule, before: was.get(rule)!, after })),
  };
}
