/** The Markdown summary of a report (copied, or downloaded as a .md file) and the quotes cut for it, in the reader's language. */
import type { Report } from '../engine/report';
import { EN, type Args, type I18n, type MessageKey } from './i18n';
import { deviationLines, docTypeLabel, severityLabel, termLines, vendorName } from './format';
import { readingProblem } from './reading';
import { addressMarkdown, inlineMarkdown } from './markdown';

const TRAILING = new Set([' ', ',', ';', ':', '.', '–', '—', '-']);

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  // A single very long word (a URL) is cut where it must be.
  const cut = space > max * 0.6 ? head.slice(0, space) : flat.slice(0, max);
  // Trailing spaces and punctuation go before the ellipsis (a loop, not /[…]+$/, which is quadratic on long runs).
  let end = cut.length;
  while (end > 0 && TRAILING.has(cut[end - 1])) end--;
  return `${cut.slice(0, end)}…`;
}

/**
 * Page text inside Markdown: escaped so a quote stays a quote, with bare addresses in code spans so no renderer
 * links them (lib/report/markdown.ts, shared with the memo).
 */
const mdText = inlineMarkdown;

/** A quote as a Markdown blockquote under a list item (indented to stay inside it). */
function blockquote(text: string, max: number): string[] {
  return ['', `  > ${mdText(cutAtWord(text, max))}`, ''];
}

/** A Markdown summary of a report, for a ticket or an email (copied, or downloaded as a .md file), in the reader's language. */
export function markdownSummary(report: Report, i18n: I18n = EN, baselineName: string = report.baseline): string {
  const t = (key: MessageKey, args?: Args) => i18n.t(key, args);
  const out: string[] = [];
  out.push(`## ${mdText(report.title ?? report.source ?? t('summary.untitled'))}`, '');
  out.push(`- ${t('summary.type', { type: docTypeLabel(report.docType, i18n), confidence: new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(report.confidence) })}`);
  const vendor = vendorName(report);
  if (vendor) out.push(`- ${t('summary.vendor', { vendor: mdText(vendor) })}`);
  if (report.source) out.push(`- ${t('summary.source', { source: addressMarkdown(report.source) })}`);
  if (report.updated) out.push(`- ${t('summary.stated', { date: report.updated })}`);
  out.push(`- ${t('summary.baseline', { baseline: mdText(baselineName) })}`, '');
  if (report.docType === 'other') return out.join('\n');
  out.push(`### ${t('summary.deviations', { n: report.deviations.length })}`, '');
  const problem = readingProblem(report);
  if (!report.deviations.length) out.push(problem ? t('summary.notJudged', { title: problem.title, advice: problem.advice }) : t('summary.noDeviations'));
  for (const d of deviationLines(report, i18n)) {
    const c = d.clause;
    out.push(`- ${t('summary.deviation', { title: d.title, severity: severityLabel(d.severity, i18n).toLowerCase(), expected: mdText(d.expected), found: mdText(d.found) })}${d.ref ? ` (${mdText(d.ref)})` : ''}`);
    if (c) out.push(...blockquote(c.text, 240));
  }
  out.push('', `### ${t('summary.keyTerms')}`, '');
  for (const l of termLines(report, i18n)) {
    out.push(`- **${l.label}:** ${mdText(l.value)}${l.ref ? ` (${mdText(l.ref)})` : ''}`);
    if (l.evidence) out.push(...blockquote(l.evidence, 200));
    for (const other of l.layers ?? []) out.push(`  - ${mdText(other.label)}: ${mdText(other.value)}`);
  }
  // Blank lines around each quote: collapse the doubles so the file reads cleanly.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** "acme-data-processing-addendum.md": a file name from the document's title or address. */
export function summaryFileName(title: string | null, url: string | null): string {
  const base = (title || url || 'document').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 80);
  return `${base || 'document'}-clauselens.md`;
}
