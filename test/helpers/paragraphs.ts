/**
 * Unit-level scoring of what the engine highlights, against documents labelled by hand:
 * - privacy policies, paragraph by paragraph, with OPP-115 style categories (test/fixtures/paragraphs/{tuning,validation});
 * - DPAs, sentence by sentence, with the GDPR Art. 28 requirement each sentence fulfils (test/fixtures/sentences/{tuning,validation}).
 * A unit gets a category when any clause (sentence) the engine tagged inside it carries one of the engine
 * categories the benchmark category stands for. Per category precision, recall and F1, and their macro mean, per half.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../lib/engine/report';
import { analyzeText } from '../../lib/engine/analyze';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { FIXTURES } from './score';

/** What a benchmark labels: its categories (each standing for engine categories), its unit, and its folder under fixtures. */
export interface Benchmark<K extends string = string> {
  name: string;
  categories: Record<K, readonly Category[]>;
  unit: 'paragraph' | 'sentence';
  folder: string;
}

/** The six categories of the policy benchmark; collection and purposes count as one (OPP-115's first-party collection/use). */
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
export const POLICY_BENCHMARK: Benchmark<PolicyCategory> = { name: 'policies', categories: POLICY_CATEGORIES, unit: 'paragraph', folder: 'paragraphs' };

/**
 * The GDPR Art. 28(3) requirements a DPA sentence may fulfil, as the engine's categories: (a)/(c)... security of
 * processing (Art. 32), (b) confidentiality of the persons authorised, (d) sub-processors, (e) assistance with
 * data subjects' requests, (f) breach notification (Art. 33-34), (g) deletion or return at the end, (h) audits;
 * transfers (Chapter V, Art. 28(3)(a)).
 */
export const DPA_CATEGORIES = {
  'breach-notification': ['breach-notification'],
  'security-measures': ['security-measures'],
  'data-subject-rights': ['data-subject-rights'],
  transfers: ['international-transfer'],
  subprocessors: ['subprocessors'],
  audit: ['audit'],
  'retention-deletion': ['retention-deletion'],
  confidentiality: ['confidentiality'],
} as const;
export type DpaCategory = keyof typeof DPA_CATEGORIES;
export const DPA_BENCHMARK: Benchmark<DpaCategory> = { name: 'DPAs', categories: DPA_CATEGORIES, unit: 'sentence', folder: 'sentences' };

export const categoryNames = <K extends string>(b: Benchmark<K>) => Object.keys(b.categories) as K[];

export interface LabelledParagraph<K extends string = PolicyCategory> {
  /** The unit's opening words as the engine reads them (enough to tell it from the ones after it). */
  text: string;
  labels: K[];
}
export interface LabelledPolicy<K extends string = PolicyCategory> {
  document: string;
  notes?: string[];
  paragraphs: LabelledParagraph<K>[];
}
export interface Paragraph<K extends string = PolicyCategory> {
  text: string;
  predicted: K[];
}

export const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/**
 * A document's units (headings aside) with the categories the engine gave them: its body paragraphs and list
 * items, or its sentences.
 */
export function readUnits<K extends string>(path: string, bench: Benchmark<K>): Paragraph<K>[] {
  const raw = readFileSync(path, 'utf8');
  const format = detectFormat(path, raw);
  if (!format) throw new Error(`${path}: unreadable`);
  const { report, doc } = analyzeText(readInput(raw, format), { source: path });
  const spans =
    bench.unit === 'paragraph'
      ? doc.blocks.filter((b) => b.kind !== 'heading')
      : doc.sentences.filter((s) => doc.blocks[s.block].kind !== 'heading');
  const names = categoryNames(bench);
  return spans
    .filter((b) => doc.text.slice(b.start, b.end).trim().length > 0)
    .map((b) => {
      const inside = report.clauses.filter((c) => c.start < b.end && c.end > b.start);
      const got = new Set(inside.flatMap((c) => c.categories as string[]));
      const predicted = names.filter((k) => bench.categories[k].some((c) => got.has(c)));
      return { text: doc.text.slice(b.start, b.end).trim(), predicted };
    });
}

/** A policy's body paragraphs and list items (headings aside) with the categories the engine gave them. */
export const readParagraphs = (path: string): Paragraph[] => readUnits(path, POLICY_BENCHMARK);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Tally<K extends string = PolicyCategory> = Record<K, Counts>;

export const emptyTally = <K extends string = PolicyCategory>(bench: Benchmark<K> = POLICY_BENCHMARK as unknown as Benchmark<K>): Tally<K> =>
  Object.fromEntries(categoryNames(bench).map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Tally<K>;

/**
 * Pairs each labelled unit with the engine's unit it opens, in document order (the search for the next label
 * starts after the last match, so units that open alike, "The Processor shall", pair in turn); throws when one is missing.
 */
export function pairUnits<K extends string>(labelled: LabelledPolicy<K>, units: Paragraph<K>[]): [LabelledParagraph<K>, Paragraph<K>][] {
  const pairs: [LabelledParagraph<K>, Paragraph<K>][] = [];
  let from = 0;
  for (const want of labelled.paragraphs) {
    const key = fold(want.text);
    let i = units.findIndex((p, j) => j >= from && fold(p.text).startsWith(key));
    if (i < 0) i = units.findIndex((p) => fold(p.text).startsWith(key));
    if (i < 0) throw new Error(`${labelled.document}: no unit starts with "${want.text}"`);
    pairs.push([want, units[i]]);
    from = i + 1;
  }
  return pairs;
}

/** Adds one document's units to the tally; throws when a labelled unit is not in the document. */
export function tallyPolicy<K extends string = PolicyCategory>(
  labelled: LabelledPolicy<K>,
  units: Paragraph<K>[],
  tally: Tally<K> = emptyTally() as Tally<K>,
  names: K[] = Object.keys(tally) as K[],
): Tally<K> {
  for (const [want, unit] of pairUnits(labelled, units)) {
    for (const k of names) {
      const w = want.labels.includes(k);
      const g = unit.predicted.includes(k);
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
export function f1Scores<K extends string = PolicyCategory>(tally: Tally<K>): { perCategory: Record<K, CategoryScore>; macroF1: number; categories: number } {
  const names = Object.keys(tally) as K[];
  const perCategory = {} as Record<K, CategoryScore>;
  for (const k of names) {
    const { tp, fp, fn } = tally[k];
    const precision = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perCategory[k] = { precision, recall, f1, support: tp + fn };
  }
  const seen = names.filter((k) => tally[k].tp + tally[k].fp + tally[k].fn > 0);
  const macroF1 = seen.length ? seen.reduce((a, k) => a + perCategory[k].f1, 0) / seen.length : 0;
  return { perCategory, macroF1, categories: seen.length };
}

/** Every labelled document of a half. */
export function loadLabelled<K extends string = PolicyCategory>(
  half: 'tuning' | 'validation',
  bench: Benchmark<K> = POLICY_BENCHMARK as unknown as Benchmark<K>,
): LabelledPolicy<K>[] {
  const dir = join(FIXTURES, bench.folder, half);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledPolicy<K>);
}

/** The tally of a half: every unit of every labelled document. */
export function scoreParagraphHalf<K extends string = PolicyCategory>(
  half: 'tuning' | 'validation',
  bench: Benchmark<K> = POLICY_BENCHMARK as unknown as Benchmark<K>,
): { tally: Tally<K>; policies: number; paragraphs: number } {
  const tally = emptyTally(bench);
  let paragraphs = 0;
  const docs = loadLabelled(half, bench);
  for (const p of docs) {
    tallyPolicy(p, readUnits(join(FIXTURES, p.document), bench), tally, categoryNames(bench));
    paragraphs += p.paragraphs.length;
  }
  return { tally, policies: docs.length, paragraphs };
}
