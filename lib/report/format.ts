/** Words for the report: one wording of each term, shared by the CLI, the popup and the in-page card. */
import { readingProblem } from './reading';
import { addressMarkdown, inlineMarkdown } from './markdown';
import { RULE_INFO, type RuleId, type RuleInfo } from '../engine/baseline/baseline';
import { CATEGORY_LABELS } from './labels';
import type { Clause, Deviation, Report, Terms } from '../engine/report';
import { clauseRef } from './ref';

export { CATEGORY_LABELS };

export const DOC_TYPE_LABELS: Record<Report['docType'], string> = {
  dpa: 'Data processing agreement',
  'privacy-policy': 'Privacy policy',
  other: 'Not a DPA or privacy policy',
};

/** One key term as a reader sees it: "Breach notice: 72 hours (without undue delay)". */
export interface TermLine {
  key: keyof Terms | 'retention';
  label: string;
  /** The normalized value, or what is missing ("not stated"). */
  value: string;
  stated: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
  why: string | null;
  /** Where the evidence sits: the clause's number or heading ("Clause 7.1 · Sub-processors"). */
  ref: string | null;
}

export function days(n: number): string {
  if (n % 365 === 0 && n >= 365) return plural(n / 365, 'year');
  if (n % 30 === 0 && n >= 60 && n < 365) return `${plural(n / 30, 'month')} (${n} days)`;
  return plural(n, 'day');
}

export function hours(n: number): string {
  return plural(n, 'hour');
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

const QUALIFIER_WORDS = { immediately: 'immediately', 'without-undue-delay': 'without undue delay', promptly: 'promptly' } as const;
const MECHANISM_WORDS = { scc: 'SCCs', adequacy: 'adequacy', dpf: 'DPF', bcr: 'BCRs', tia: 'TIA' } as const;

/** The key terms of a report, in reading order of importance, stated or not. */
export function termLines(report: Pick<Report, 'docType' | 'terms'> & Partial<Pick<Report, 'clauses'>>): TermLine[] {
  const t = report.terms;
  const lines: TermLine[] = [];
  const add = (key: TermLine['key'], label: string, value: string | null, at: { evidence: string; start: number; end: number; why: { reason: string }[] } | null, missing: string) =>
    lines.push({
      key,
      label,
      value: value ?? missing,
      stated: value !== null,
      evidence: at?.evidence ?? null,
      start: at?.start ?? null,
      end: at?.end ?? null,
      why: at?.why.map((w) => w.reason).join('; ') ?? null,
      ref: at ? clauseRef(clauseAt(report, at.start)) : null,
    });
  const isDpa = report.docType === 'dpa';
  const b = t.breachNotice;
  if (isDpa || b)
    add('breachNotice', 'Breach notice', b ? (b.maxHours !== null ? hours(b.maxHours) : 'no hard deadline') + (b.qualifier ? ` (${QUALIFIER_WORDS[b.qualifier]})` : '') : null, b, 'not stated');
  const tr = t.transfers;
  const stance = tr?.outsideEEA === 'no' ? 'EU/EEA only' : tr?.outsideEEA === 'consent' ? 'only with your consent' : tr?.outsideEEA === 'yes' ? 'outside the EU/EEA' : null;
  add('transfers', 'Transfers', tr ? [stance ?? 'mentioned', tr.mechanisms.length ? `via ${tr.mechanisms.map((m) => MECHANISM_WORDS[m]).join(', ')}` : ''].filter(Boolean).join(' ') : null, tr, 'not stated');
  if (isDpa || t.subprocessors) {
    const s = t.subprocessors;
    add('subprocessors', 'Sub-processors', s ? [s.authorization ? `${s.authorization} authorization` : null, s.noticeDays !== null ? `${days(s.noticeDays)} notice` : 'no notice period', s.objectionDays !== null ? `${days(s.objectionDays)} to object` : s.objectionRight ? 'may object, no time limit' : 'no objection window'].filter(Boolean).join(', ') : null, s, 'not stated');
  }
  const d = t.deletion;
  add('deletion', 'Deletion', d && (d.deleteWithinDays !== null || d.returnWindowDays !== null) ? [d.deleteWithinDays !== null ? `within ${days(d.deleteWithinDays)}` : 'no deletion deadline', d.returnWindowDays !== null ? `return window ${days(d.returnWindowDays)}` : null].filter(Boolean).join(', ') : d ? 'no deadline' : null, d, 'no deletion deadline');
  const r = t.retention;
  const open = t.retentionNoFixedPeriod ?? null;
  add('retention', 'Retention', r.length ? r.map((x) => days(x.days)).join(', ') : open ? 'no fixed period' : null, r[0] ?? open, 'no retention period');
  if (isDpa || t.audit) {
    const a = t.audit;
    add('audit', 'Audit', a ? [a.noticeDays !== null ? `${days(a.noticeDays)} notice` : 'no notice period', a.maxPerYear !== null ? `at most ${a.maxPerYear}×/year` : null].filter(Boolean).join(', ') : null, a, 'no audit right');
  }
  if (isDpa || t.liability) add('liability', 'Liability', t.liability ? (t.liability.capped ? 'capped' : 'not capped') : null, t.liability, 'not stated');
  const g = t.governingLaw;
  add('governingLaw', 'Governing law', g ? (g.region ? `${g.region}, ${g.country}` : g.country) : null, g, 'not stated');
  if (!isDpa || t.dsrResponse) add('dsrResponseDays', 'Response to data subjects', t.dsrResponse ? `within ${days(t.dsrResponse.days)}` : null, t.dsrResponse, 'not stated');
  if (report.docType === 'privacy-policy') {
    const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? null : v ? yes : no);
    const sale = t.sale ?? null;
    add('sale', 'Sale and targeted ads', sale ? [yesNo(sale.sells, 'sells personal data', 'does not sell'), yesNo(sale.targetedAds, 'targeted advertising', 'no targeted advertising')].filter(Boolean).join(', ') : null, sale, 'not stated');
    const sig = t.optOutSignals ?? null;
    const signal = (v: boolean | null) => (v === null ? 'mentioned' : v ? 'honoured' : 'not honoured');
    const named = (rule: string) => sig?.why.some((w) => 'rule' in w && w.rule === rule);
    add('optOutSignals', 'Opt-out signals (GPC, DNT)', sig ? [named('gpc') ? `GPC ${signal(sig.gpc)}` : null, named('dnt') ? `DNT ${signal(sig.dnt)}` : null].filter(Boolean).join(', ') : null, sig, 'not stated');
    const kids = t.children ?? null;
    add('children', "Children's data", kids ? (kids.minAge !== null ? `children under ${kids.minAge}` : 'addressed') : null, kids, 'not stated');
  }
  if (t.outdatedLaw) add('outdatedLaw', 'Outdated law', t.outdatedLaw.laws.map((l) => (l === 'privacy-shield' ? 'Privacy Shield' : 'Directive 95/46/EC')).join(', '), t.outdatedLaw, '');
  return lines;
}

/** The clause holding a text offset (the one whose span contains it), for a term's or deviation's place. */
function clauseAt(report: Partial<Pick<Report, 'clauses'>>, offset: number): Clause | null {
  return (report.clauses ?? []).find((c) => c.start <= offset && offset < c.end) ?? null;
}

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

/** A Markdown summary of a report, for a ticket or an email (copied, or downloaded as a .md file). */
export function markdownSummary(report: Report): string {
  const out: string[] = [];
  out.push(`## ${mdText(report.title ?? report.source ?? 'Document')}`, '');
  out.push(`- **Type:** ${DOC_TYPE_LABELS[report.docType]} (confidence ${report.confidence.toFixed(2)})`);
  if (report.source) out.push(`- **Source:** ${addressMarkdown(report.source)}`);
  out.push(`- **Baseline:** ${mdText(report.baseline)}`, '');
  if (report.docType === 'other') return out.join('\n');
  out.push(`### Deviations (${report.deviations.length})`, '');
  const problem = readingProblem(report);
  if (!report.deviations.length) out.push(problem ? `Not judged: ${problem.title} ${problem.advice}` : 'None against this baseline.');
  for (const d of deviationLines(report)) {
    const c = d.clause;
    out.push(`- **${d.title}** (${d.severity}): expected ${mdText(d.expected)}; found ${mdText(d.found)}.${d.ref ? ` (${mdText(d.ref)})` : ''}`);
    if (c) out.push(...blockquote(c.text, 240));
  }
  out.push('', '### Key terms', '');
  for (const l of termLines(report)) {
    out.push(`- **${l.label}:** ${mdText(l.value)}${l.ref ? ` (${mdText(l.ref)})` : ''}`);
    if (l.evidence) out.push(...blockquote(l.evidence, 200));
  }
  // Blank lines around each quote: collapse the doubles so the file reads cleanly.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** "acme-data-processing-addendum.md": a file name from the document's title or address. */
export function summaryFileName(title: string | null, url: string | null): string {
  const base = (title || url || 'document').normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 80);
  return `${base || 'document'}-clauselens.md`;
}

/** The term each baseline rule reads, so a deviation can show the sentence it was judged on. */
export const RULE_TERM: Record<string, keyof Terms> = {
  'breach-notice-max-hours': 'breachNotice',
  'transfer-safeguards': 'transfers',
  'subprocessor-notice-days': 'subprocessors',
  'subprocessor-objection-days': 'subprocessors',
  'deletion-days': 'deletion',
  'audit-notice-days': 'audit',
  'liability-cap': 'liability',
  'governing-law': 'governingLaw',
  'outdated-law': 'outdatedLaw',
  'retention-stated': 'retention',
  'dsr-response-days': 'dsrResponse',
};

/** One deviation as a reader sees it: "Breach notice: 72 hours; your baseline expects at most 48 hours". */
export interface DeviationLine {
  rule: string;
  severity: Deviation['severity'];
  title: string;
  found: string;
  expected: string;
  /** Found and expected in one phrase, without the title. */
  summary: string;
  /** The sentence the term was read from, or null when the document does not state it. */
  evidence: string | null;
  /** What to show on the page: the clause the deviation points at, else the evidence sentence. */
  start: number | null;
  end: number | null;
  /** Why the baseline has this rule. */
  why: string;
  /** The clause the deviation points at, and its number or heading. */
  clause: Clause | null;
  ref: string | null;
}

export function deviationSummary(d: Pick<Deviation, 'found' | 'expected'>): string {
  return `${d.found}; your baseline expects ${d.expected}`;
}

/** The report's deviations in its order (most severe first), each with its evidence and reason. */
export function deviationLines(report: Report): DeviationLine[] {
  return report.deviations.map((d) => {
    const key = RULE_TERM[d.rule];
    const term = key ? report.terms[key] : null;
    const at = Array.isArray(term) ? (term[0] ?? null) : typeof term === 'object' ? term : null;
    const clause = d.clause !== null ? (report.clauses[d.clause] ?? null) : null;
    const info = RULE_INFO[d.rule as RuleId] as RuleInfo | undefined;
    return {
      rule: d.rule,
      severity: d.severity,
      title: d.title,
      found: d.found,
      expected: d.expected,
      summary: deviationSummary(d),
      evidence: at?.evidence ?? null,
      start: clause?.start ?? at?.start ?? null,
      end: clause?.end ?? at?.end ?? null,
      why: info ? `${info.checks} ${info.reason}` : '',
      clause,
      ref: clauseRef(clause ?? (at ? clauseAt(report, at.start) : null)),
    };
  });
}

export const SEVERITY_LABELS: Record<Deviation['severity'], string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** "98% sure", for a report's confidence. */
export function confidenceText(confidence: number): string {
  return `${Math.round(confidence * 100)}% sure`;
}
