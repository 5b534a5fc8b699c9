/** The engine: plain text in, one report out (normalize -> segment -> detect -> tag -> terms -> baseline). */
import { DEFAULT_BASELINE, evaluateBaseline, type Baseline } from './baseline/baseline';
import { classifyDocType } from './detect/pagetype';
import type { Report, Terms } from './report';
import { tagClauses } from './tag/tag';
import { extractTerms } from './terms/terms';
import { buildDoc } from './text/structure';
import type { Doc, PlainText } from './text/types';

export interface AnalyzeOptions {
  /** Path or URL the text came from (Report.source). */
  source?: string;
  /** The baseline to evaluate against; the default preset when omitted. */
  baseline?: Baseline;
  /** Analyze the text even when it does not read as a DPA or privacy policy ("analyze anyway"). */
  force?: boolean;
}

/** Texts beyond this are analyzed up to it and the report says so (a 5 MB page must not stall). */
export const MAX_CHARS = 1_500_000;

export const EMPTY_TERMS: Terms = Object.freeze({
  breachNotice: null,
  transfers: null,
  subprocessors: null,
  deletion: null,
  retention: [],
  audit: null,
  liability: null,
  governingLaw: null,
  dsrResponseDays: null,
  dsrResponse: null,
  outdatedLaw: null,
}) as Terms;

/** Analyzes one document. Pure: the same input gives the same report, in Node or a browser. */
export function analyze(input: PlainText, opts: AnalyzeOptions = {}): Report {
  return analyzeText(input, opts).report;
}

/** The report and the segmented document it was read from (comparing versions needs its blocks). */
export function analyzeText(input: PlainText, opts: AnalyzeOptions = {}): { report: Report; doc: Doc } {
  const truncated = input.text.length > MAX_CHARS;
  const plain = truncated ? clip(input) : input;
  const doc = buildDoc(plain);
  const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
  const type = classifyDocType({ text: doc.text, title: doc.title, headings });
  const baseline = opts.baseline ?? DEFAULT_BASELINE;
  const base = {
    schema: 1 as const,
    source: opts.source ?? '',
    docType: type.docType,
    confidence: round(type.confidence),
    title: doc.title,
    baseline: baseline.name,
    docTypeWhy: type.why,
    truncated,
  };
  if (type.docType === 'other' && !opts.force) return { report: { ...base, clauses: [], terms: EMPTY_TERMS, deviations: [] }, doc };
  const { clauses, terms } = analyzeDoc(doc);
  const deviations = evaluateBaseline({ docType: type.docType, terms, clauses }, baseline);
  return { report: { ...base, clauses, terms, deviations }, doc };
}

/** Tagging and term extraction, for a document already segmented. */
export function analyzeDoc(doc: Doc) {
  const clauses = tagClauses(doc);
  return { clauses, terms: extractTerms(doc, clauses) };
}

/** Re-evaluates a report against another baseline without re-reading the text. */
export function reevaluate(report: Report, baseline: Baseline): Report {
  return { ...report, baseline: baseline.name, deviations: evaluateBaseline(report, baseline) };
}

function clip(input: PlainText): PlainText {
  const cut = input.text.lastIndexOf('\n', MAX_CHARS);
  const end = cut > MAX_CHARS / 2 ? cut : MAX_CHARS;
  return {
    text: input.text.slice(0, end),
    title: input.title,
    hints: input.hints?.filter((h) => h.end <= end) ?? null,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
