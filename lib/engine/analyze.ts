/** The engine: plain text in, one report out (normalize -> segment -> detect -> tag -> terms -> baseline). */
import { DEFAULT_BASELINE, evaluateBaseline, type Baseline } from './baseline/baseline';
import { detectLanguage } from './detect/language';
import { classifyDocType } from './detect/pagetype';
import type { DocType, Report, Terms } from './report';
import { tagClauses } from './tag/tag';
import { extractTerms } from './terms/terms';
import { segmentLayers } from './text/layers';
import { buildDoc } from './text/structure';
import type { Doc, PlainText } from './text/types';
import { statedDate } from './text/updated';
import { findVendor } from './vendor';
import { LANGUAGES } from './vocabulary';

/** The languages ClauseLens reads: those with a vocabulary table. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

/** Whether ClauseLens reads documents in `language` (ISO 639-1). */
export const readsLanguage = (language: string) => SUPPORTED_LANGUAGES.includes(language);

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
  doc.layers = segmentLayers(doc);
  const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end));
  const { language } = detectLanguage(doc.text);
  const supported = readsLanguage(language);
  // A text ClauseLens cannot read is typed by its title and headings alone (their own words say what it is).
  const type = classifyDocType({ text: doc.text, title: doc.title, headings, bodyUnread: !supported });
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
    language,
    coverage: { read: doc.text.length, available: Math.max(input.available ?? input.text.length, doc.text.length) },
    vendor: findVendor(doc, type.docType, opts.source ?? '', input.siteName),
    updated: statedDate(doc.text),
  };
  // A language without a vocabulary claims nothing: no terms means no deviations, and no "meets your baseline".
  if (!supported || (type.docType === 'other' && !opts.force)) return { report: { ...base, clauses: [], terms: EMPTY_TERMS, deviations: [] }, doc };
  const { clauses, terms } = analyzeDoc(doc, type.docType);
  const deviations = evaluateBaseline({ docType: type.docType, terms, clauses }, baseline);
  return { report: { ...base, clauses, terms, deviations }, doc };
}

/** Tagging and term extraction, for a document already segmented. */
export function analyzeDoc(doc: Doc, docType: DocType = 'dpa') {
  doc.layers ??= segmentLayers(doc);
  const clauses = tagClauses(doc, docType);
  return { clauses, terms: extractTerms(doc, clauses, docType) };
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
    ...(input.siteName !== undefined ? { siteName: input.siteName } : {}),
    ...(input.headingLines ? { headingLines: input.headingLines.filter((at) => at < end) } : {}),
    ...(input.itemLines ? { itemLines: input.itemLines.filter((at) => at < end) } : {}),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
