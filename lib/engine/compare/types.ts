/** The shapes of a comparison between two versions of a document. */
import type { Deviation, Terms } from '../report';
import type { BlockKind } from '../text/types';

/** One block of a version: a heading, paragraph or list item, with its offsets in that version's text. */
export interface VersionBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/** What a comparison needs of one version. */
export interface VersionSide {
  blocks: VersionBlock[];
  terms: Terms;
  deviations: Pick<Deviation, 'rule' | 'found'>[];
}

export type TermValue = number | string | boolean | null | (number | string)[];

export interface TermChange {
  /** Dotted path of the report's terms: "breachNotice.maxHours", "retention", "transfers.mechanisms". */
  term: string;
  before: TermValue;
  after: TermValue;
  /** The sentences the values were read from (null when the term is not stated on that side). */
  evidenceBefore: string | null;
  evidence: string | null;
  /** Offsets of `evidence` in the new version's text. */
  start: number | null;
  end: number | null;
}

export interface WordOp {
  op: '=' | '+' | '-';
  text: string;
}

export interface ClauseChange {
  kind: 'changed' | 'added' | 'removed';
  /** Block kind on the side that has it (the new side for changed clauses). */
  block: BlockKind;
  before: string | null;
  after: string | null;
  /** Offsets in the old / new text (null on the side that lacks the clause). */
  oldStart: number | null;
  oldEnd: number | null;
  start: number | null;
  end: number | null;
  /** Changed clauses that also moved to another place in the document. */
  moved?: boolean;
  /** Changed clauses: the word-level edit, in order, and the runs added and removed. */
  diff?: WordOp[];
  wordsAdded?: string[];
  wordsRemoved?: string[];
}

export interface Comparison {
  terms: TermChange[];
  deviations: { added: string[]; removed: string[]; changed: { rule: string; before: string; after: string }[] };
  /** Counts are of clauses (paragraphs and list items); headings are counted as sections. */
  clauses: { added: number; removed: number; changed: number; moved: number; unchanged: number; changes: ClauseChange[] };
  sections: { added: string[]; removed: string[] };
  /** True when something a reviewer would read as a change differs (moves and formatting alone are not). */
  changed: boolean;
}
