/**
 * Paragraph-level scoring of privacy-policy reading (OPP-115 style): every paragraph of a policy is
 * labelled with the categories a law student would give it, and the engine's paragraph gets a category
 * when any clause (sentence) inside it carries that category. Per category precision, recall and F1,
 * and their macro mean, per half (test/fixtures/paragraphs/tuning, .../validation).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../lib/engine/analyze';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { FIXTURES } from './score';

/** The six categories of the benchmark; collection and purposes count as one (OPP-115's first-party collection/use). */
export const POLICY_CATEGORIES = {
  'collection-use': ['data-collection', 'purposes-legal-basis'],
  sharing: ['sharing'],
  'data-subject-rights': ['data-subject-rights'],
  'retention-deletion': ['retention-deletion'],
  'security-measures': ['security-measures'],
  'policy-changes': ['policy-changes'],
} as const;
export type PolicyCategory = keyof typeof POLICY_CATEGORIES;
export const CATEGORY_NAMES = Object.keys(POLICY_CATEGORIES) as PolicyCategory[];

export interface LabelledParagraph {
  /** The paragraph's opening words as the engine reads them (enough to tell it from the others). */
  text: string;
  labels: PolicyCategory[];
}
export interface LabelledPolicy {
  document: string;
  notes?: string[];
  paragraphs: LabelledParagraph[];
}
export interface Paragraph {
  text: string;
  predicted: PolicyCategory[];
}

export const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** A document's body paragraphs and list items (headings aside) with the categories the engine gave them. */
export function readParagraphs(path: string): Paragraph[] {
  const raw = readFileSync(path, 'utf8');
  const format = detectFormat(path, raw);
  if (!format) throw new Error(`${path}: unreadable`);
  const { report, doc } = analyzeText(readInput(raw, format), { source: path });
  return doc.blocks
    .filter((b) => b.kind !== 'heading' && doc.text.slice(b.start, b.end).trim().length > 0)
    .map((b) => {
      const inside = report.clauses.filter((c) => c.start < b.end && c.end > b.start);
      const got = new Set(inside.flatMap((c) => c.categories as string[]));
      const predicted = CATEGORY_NAMES.filter((k) => POLICY_CATEGORIES[k].some((c) => got.has(c)));
      return { text: doc.text.slice(b.start, b.end).trim(), predicted };
    });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Tally = Record<PolicyCategory, Counts>;

export const emptyTally = (): Tally =>
  Object.fromEntries(CATEGORY_NAMES.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Tally;

/** Adds one policy's paragraphs to the tally; throws when a labelled paragraph is not in the document. */
export function tallyPolicy(labelled: LabelledPolicy, paragraphs: Paragraph[], tally: Tally = emptyTally()): Tally {
  for (const want of labelled.paragraphs) {
    const key = fold(want.text);
    const para = paragraphs.find((p) => fold(p.text).startsWith(key));
    if (!para) throw new Error(`${labelled.document}: no paragraph starts with "${want.text}"`);
    for (const k of CATEGORY_NAMES) {
      const w = want.labels.includes(k);
      const g = para.predicted.includes(k);
      if (w && g) tally[k].tp++;
      else if (g) tally[k].fp++;
      else if (w) tally[k].fn++;
    }
  }
  return tally;
}

export interface CategoryScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/**
 * Precision, recall, F1 per category and their macro mean over the categories the half has anything of
 * (gold or predicted): a category neither labelled nor predicted in a half says nothing and is left out.
 */
export function f1Scores(tally: Tally): { perCategory: Record<PolicyCategory, CategoryScore>; macroF1: number; categories: number } {
  const perCategory = {} as Record<PolicyCategory, CategoryScore>;
  for (const k of CATEGORY_NAMES) {
    const { tp, fp, fn } = tally[k];
    const precision = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perCategory[k] = { precision, recall, f1, support: tp + fn };
  }
  const seen = CATEGORY_NAMES.filter((k) => tally[k].tp + tally[k].fp + tally[k].fn > 0);
  const macroF1 = seen.length ? seen.reduce((a, k) => a + perCategory[k].f1, 0) / seen.length : 0;
  return { perCategory, macroF1, categories: seen.length };
}

/** Every labelled policy of a half. */
export function loadLabelled(half: 'tuning' | 'validation'): LabelledPolicy[] {
  const dir = join(FIXTURES, 'paragraphs', half);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledPolicy);
}

/** The tally of a half: every paragraph of every labelled policy. */
export function scoreParagraphHalf(half: 'tuning' | 'validation'): { tally: Tally; policies: number; paragraphs: number } {
  const tally = emptyTally();
  let paragraphs = 0;
  const policies = loadLabelled(half);
  for (const p of policies) {
    tallyPolicy(p, readParagraphs(join(FIXTURES, p.document)), tally);
    paragraphs += p.paragraphs.length;
  }
  return { tally, policies: policies.length, paragraphs };
}
