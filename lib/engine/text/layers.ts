/**
 * Document layers: where in a DPA each block sits. The DPA's own body comes first; then its
 * annexes (schedules, appendices, exhibits), and among them the sub-processor list, the security
 * (TOM) annex, embedded Standard Contractual Clauses (2010 or 2021) and the UK Addendum / IDTA.
 * A layer starts at a heading that names it and lasts until the next such heading.
 */
import { LAYER_WORDS } from '../vocabulary';
import type { Doc } from './types';

export type Layer = 'body' | 'annex' | 'scc' | 'uk-addendum' | 'subprocessor-list' | 'security-annex';
export type SccVersion = '2021' | '2010';

export interface BlockLayer {
  layer: Layer;
  sccVersion: SccVersion | null;
}

/** How far after an SCC heading the clauses' own wording must appear for the SCCs to be embedded. */
const SCC_LOOKAHEAD = 4000;
/** How much of an SCC layer is read to tell 2021 from 2010. */
const VERSION_LOOKAHEAD = 20000;

const BODY: BlockLayer = { layer: 'body', sccVersion: null };

/** The layer of every block of `doc`, in block order. */
export function segmentLayers(doc: Doc): BlockLayer[] {
  const out: BlockLayer[] = [];
  let cur: BlockLayer = BODY;
  // A security or sub-processor section inside an annex or the SCCs ("8.6 Security of processing", "Clause 9 ...
  // list of sub-processors") is a part of that layer: it ends at the next heading of its level or above, and the
  // layer around it goes on. An annex that is itself the list or the TOMs lasts until the next layer heading.
  let within = null as { parent: BlockLayer; level: number } | null;
  const { blocks, norm } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (isTitleLike(doc, i)) {
      const next = layerAt(doc, i, cur);
      // A table of contents lists every annex in a row: a layer heading right before another is not one.
      if (next && !(i + 1 < blocks.length && isTitleLike(doc, i + 1) && layerAt(doc, i + 1, cur) && b.end - b.start < 120 && blocks[i + 1].start - b.end < 4)) {
        const section = b.kind === 'heading' && (next.layer === 'security-annex' || next.layer === 'subprocessor-list') && !LAYER_WORDS.annex.test(norm.slice(b.start, b.end));
        within = section ? { parent: within?.parent ?? cur, level: b.level ?? 1 } : null;
        cur = next;
      } else if (!next && within && b.kind === 'heading' && (b.level ?? 1) <= within.level) {
        cur = within.parent;
        within = null;
      }
    }
    out.push(cur);
  }
  return out;

  function layerAt(d: Doc, i: number, was: BlockLayer): BlockLayer | null {
    const b = d.blocks[i];
    const title = norm.slice(b.start, b.end).replace(/\s+/g, ' ');
    const annexStart = LAYER_WORDS.annex.test(title);
    // "SCHEDULE 4" then "STANDARD CONTRACTUAL CLAUSES" on the next line: an annex's subtitle says what it holds.
    // A deeper heading after it ("# Annex 1 – Details" over "## Information security") is its first section, no subtitle.
    const after = d.blocks[i + 1];
    const section = b.kind === 'heading' && after?.kind === 'heading' && (after.level ?? 1) > (b.level ?? 1);
    const h = annexStart && !section ? `${title} ${norm.slice(b.end, b.end + 160).replace(/\s+/g, ' ')}` : title;
    if (LAYER_WORDS.ukAddendum.test(h) && (annexStart || b.kind === 'heading')) return { layer: 'uk-addendum', sccVersion: null };
    // The title decides before its subtitle: "Annex II: Technical and Organizational Measures".
    for (const t of annexStart ? [title, h] : [title]) {
      if (LAYER_WORDS.securityAnnex.test(t) && (annexStart || was.layer !== 'body')) return { layer: 'security-annex', sccVersion: null };
      // A heading that names the list ("## Current Sub-processors", "### List of approved subprocessors") starts it in the body too.
      if (LAYER_WORDS.subprocessorList.test(t) && (annexStart || was.layer !== 'body' || b.kind === 'heading')) return { layer: 'subprocessor-list', sccVersion: null };
    }
    if (LAYER_WORDS.scc.test(h) || (LAYER_WORDS.sccBody.test(h) && was.layer !== 'scc')) {
      // An appendix to the SCCs already being read stays in them, with their version.
      if (was.layer === 'scc') return null;
      const ahead = norm.slice(b.end, b.end + SCC_LOOKAHEAD);
      if (/\bdata exporter\b/.test(ahead) && (annexStart || LAYER_WORDS.sccBody.test(h + ahead) || /^\W{0,3}(?:the )?(?:eu )?standard contractual clauses\b/.test(title))) return { layer: 'scc', sccVersion: versionOf(norm.slice(b.start, b.end + VERSION_LOOKAHEAD)) };
    }
    // Inside embedded SCCs, their own annexes ("ANNEX I: list of parties") stay with the SCCs.
    if (annexStart) return was.layer === 'scc' ? null : { layer: 'annex', sccVersion: null };
    return null;
  }
}

/** A heading, or a short line that reads like one ("ANNEX 2 – Standard Contractual Clauses"). */
function isTitleLike(doc: Doc, i: number): boolean {
  const b = doc.blocks[i];
  if (b.kind === 'heading') return true;
  // "- Appendix A – Security Measures" in a list names the appendices the body incorporates; it starts none.
  if (b.kind === 'list-item' || b.end - b.start > 160) return false;
  return LAYER_WORDS.annex.test(doc.norm.slice(b.start, b.end)) && /^\W{0,3}[a-z]+\s+(?:[0-9ivx]{1,4}|[a-h])\b(?:\s*[-–:.)]|\s*$)/i.test(doc.text.slice(b.start, Math.min(b.end, b.start + 40)));
}

function versionOf(text: string): SccVersion {
  const t21 = LAYER_WORDS.scc2021.test(text);
  const t10 = LAYER_WORDS.scc2010.test(text);
  if (t10 && !t21) return '2010';
  return '2021';
}
