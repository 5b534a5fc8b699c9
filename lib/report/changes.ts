/** Words for what changed between versions, and the side-by-side table of documents. */
import { RULE_INFO, type RuleId } from '../engine/baseline/baseline';
import type { Comparison, TermChange, TermValue, WordOp } from '../engine/compare';
import type { Report } from '../engine/report';
import { DOC_TYPE_LABELS, countryName, days, hours, termLines } from './format';
import { EN, type I18n, type MessageKey } from './i18n';

/** The label of each term path, as the popup names it. */
export const TERM_LABELS: Record<string, string> = {
  'breachNotice.maxHours': 'Breach notice',
  'breachNotice.qualifier': 'Breach notice wording',
  'transfers.outsideEEA': 'Transfers outside the EU/EEA',
  'transfers.mechanisms': 'Transfer safeguards',
  'subprocessors.authorization': 'Sub-processor authorization',
  'subprocessors.noticeDays': 'Sub-processor notice',
  'subprocessors.objectionDays': 'Sub-processor objection window',
  'deletion.deleteWithinDays': 'Deletion deadline',
  'deletion.returnWindowDays': 'Return window',
  retention: 'Retention',
  'audit.noticeDays': 'Audit notice',
  'audit.maxPerYear': 'Audits per year',
  'liability.capped': 'Liability cap',
  'governingLaw.country': 'Governing law',
  'governingLaw.region': 'Governing law (region)',
  dsrResponseDays: 'Response to data subjects',
  'outdatedLaw.laws': 'Outdated law',
};

const WORDS: Record<string, string> = {
  'without-undue-delay': 'without undue delay',
  immediately: 'immediately',
  promptly: 'promptly',
  no: 'EU/EEA only',
  consent: 'only with your consent',
  yes: 'outside the EU/EEA',
  scc: 'SCCs',
  adequacy: 'adequacy',
  dpf: 'DPF',
  bcr: 'BCRs',
  tia: 'TIA',
  general: 'general',
  specific: 'specific',
  'privacy-shield': 'Privacy Shield',
  'directive-95-46': 'Directive 95/46/EC',
};

/** The label of a term path in the reader's language (TERM_LABELS is the English one). */
export function termLabel(term: string, i18n: I18n = EN): string {
  const key = `change.term.${term}` as MessageKey;
  return term in TERM_LABELS ? i18n.t(key) : term;
}

/** Where each value word is said in the catalogs: the popup's own words for qualifiers, transfers, mechanisms and laws. */
const WORD_KEYS: Record<string, MessageKey> = {
  'without-undue-delay': 'qualifier.without-undue-delay',
  immediately: 'qualifier.immediately',
  promptly: 'qualifier.promptly',
  no: 'term.transfers.no',
  consent: 'term.transfers.consent',
  yes: 'term.transfers.yes',
  scc: 'mechanism.short.scc',
  adequacy: 'mechanism.short.adequacy',
  dpf: 'mechanism.short.dpf',
  bcr: 'mechanism.short.bcr',
  tia: 'mechanism.short.tia',
  general: 'change.value.general',
  specific: 'change.value.specific',
  'privacy-shield': 'law.privacy-shield',
  'directive-95-46': 'law.directive-95-46',
};
// English keeps WORDS (the CLI's and the report contract's wording); other languages read the catalogs.
const word = (w: string, i18n: I18n) => (i18n === EN || !(w in WORD_KEYS) ? (WORDS[w] ?? w) : i18n.t(WORD_KEYS[w]));

/** One value of a term in words: 72 -> "72 hours", [] -> "none", null -> "none"; in the reader's language. */
export function termValueText(term: string, v: TermValue, i18n: I18n = EN): string {
  if (v === null || (Array.isArray(v) && !v.length)) return i18n.t('change.none');
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? days(x, i18n) : word(x, i18n))).join(', ');
  if (typeof v === 'boolean') return term === 'liability.capped' ? i18n.t(v ? 'term.liability.capped' : 'term.liability.uncapped') : i18n.t(v ? 'change.yes' : 'change.no');
  if (typeof v === 'number') return term === 'breachNotice.maxHours' ? hours(v, i18n) : term === 'audit.maxPerYear' ? i18n.t('change.perYear', { n: v }) : days(v, i18n);
  return term === 'governingLaw.country' ? countryName(v, i18n) : word(v, i18n);
}

/** "Breach notice: 48 hours → 72 hours". */
export function termChangeText(c: TermChange, i18n: I18n = EN): string {
  return i18n.t('change.line', { label: termLabel(c.term, i18n), before: termValueText(c.term, c.before, i18n), after: termValueText(c.term, c.after, i18n) });
}

/** A baseline rule's title in the reader's language. */
export const ruleTitle = (rule: string, i18n: I18n = EN) =>
  i18n === EN || !(rule in RULE_INFO) ? (RULE_INFO[rule as RuleId]?.title ?? rule) : i18n.t(`rule.${rule}.title` as MessageKey);

/** "Clauses: 2 added, 1 removed, 3 changed, 4 moved" (moves said apart: they are not changes). */
export function clauseCountsText(c: Comparison['clauses'], i18n: I18n = EN): string {
  const parts = (['added', 'removed', 'changed', 'moved'] as const).filter((k) => c[k]).map((k) => i18n.t(`change.clauses.${k}`, { n: c[k] }));
  return i18n.t('change.clauses', { list: parts.length ? parts.join(', ') : i18n.t('change.clauses.none') });
}

/** A comparison as lines a reader scans: terms first, then deviations, then clauses (the counts left out on request). */
export function comparisonLines(c: Comparison, i18n: I18n = EN, { clauses = true } = {}): string[] {
  const out: string[] = [];
  if (!c.changed) out.push(c.clauses.moved ? i18n.t('change.onlyMoved', { n: c.clauses.moved }) : i18n.t('change.noChange'));
  for (const t of c.terms) out.push(termChangeText(t, i18n));
  for (const r of c.deviations.added) out.push(i18n.t('change.newDeviation', { rule: ruleTitle(r, i18n) }));
  for (const r of c.deviations.removed) out.push(i18n.t('change.deviationGone', { rule: ruleTitle(r, i18n) }));
  for (const d of c.deviations.changed) out.push(i18n.t('change.deviationChanged', { rule: ruleTitle(d.rule, i18n), before: d.before, after: d.after }));
  if (c.changed && clauses) out.push(clauseCountsText(c.clauses, i18n));
  return out;
}

/** A changed clause in one line, git word-diff style: "… within [-48-]{+72+} hours …", long unchanged runs elided. */
export function inlineDiff(ops: WordOp[], context = 40): string {
  return ops
    .map((d, i) => {
      const t = d.text.replace(/\s+/g, ' ');
      const lead = /^\s/.test(t) && ops[i - 1]?.op === '=' ? ' ' : '';
      if (d.op === '-') return `${lead}[-${t.trim()}-]`;
      if (d.op === '+') return `${lead}{+${t.trim()}+}`;
      if (t.length <= context * 2 + 5) return t;
      if (i === 0) return `…${t.slice(-context)}`;
      if (i === ops.length - 1) return `${t.slice(0, context)}…`;
      return `${t.slice(0, context)} … ${t.slice(-context)}`;
    })
    .join('');
}

// ---- the side-by-side table -----------------------------------------------------------------

/** The columns of the side-by-side table: the key terms every reviewer compares, then deviations. */
export const TABLE_TERMS = ['breachNotice', 'subprocessors', 'deletion', 'retention', 'transfers', 'audit', 'liability', 'governingLaw', 'dsrResponseDays'] as const;

export interface TableCell {
  value: string;
  /** Where the value was read (offsets in the document), to link the cell to its clause. */
  start: number | null;
  end: number | null;
  evidence: string | null;
}

export interface TableRow {
  vendor: string;
  type: string;
  source: string;
  /** When the document was read (ISO date) — history rows; empty for files. */
  date: string;
  /**
   * The "last updated" date the document states (YYYY-MM-DD, '' when it states none): the comparison view's rows
   * carry it, and a table of rows that do has a "Last updated" column; the command line's rows leave it out.
   */
  stated?: string;
  cells: Record<string, TableCell>;
  deviations: number;
}

export const TABLE_HEADERS: Record<string, string> = {
  breachNotice: 'Breach notice',
  subprocessors: 'Sub-processors',
  deletion: 'Deletion',
  retention: 'Retention',
  transfers: 'Transfers',
  audit: 'Audit',
  liability: 'Liability',
  governingLaw: 'Governing law',
  dsrResponseDays: 'Response to data subjects',
};

/** A document's row: its key terms in the popup's words, each with the place it was read. */
export function tableRow(
  report: Pick<Report, 'docType' | 'terms' | 'source'> & { deviations: readonly unknown[] },
  vendor: string,
  date = '',
  stated?: string,
  i18n: I18n = EN,
): TableRow {
  const lines = new Map(termLines(report, i18n).map((l) => [l.key, l]));
  const cells: Record<string, TableCell> = {};
  for (const key of TABLE_TERMS) {
    const l = lines.get(key);
    cells[key] = l ? { value: l.value, start: l.start, end: l.end, evidence: l.evidence } : { value: '—', start: null, end: null, evidence: null };
  }
  const type = i18n === EN ? DOC_TYPE_LABELS[report.docType] : i18n.t(`doctype.${report.docType}`);
  return { vendor, type, source: report.source, date, ...(stated !== undefined ? { stated } : {}), cells, deviations: report.deviations.length };
}

// Words bounded in length, so a page of one endless "word" costs linear time, not quadratic.
const LEGAL_FORM = /\b((?:[A-Z0-9][\w&'’.-]{0,40}\s){0,3}[A-Z0-9][\w&'’.-]{0,40}),?\s(?:AB|Inc\.?|Ltd\.?|Limited|LLC|GmbH|AG|SE|B\.V\.|BV|N\.V\.|Oy|AS|ApS|S\.A\.|SAS|Corp(?:oration)?\.?|plc)(?=[\s,.;)"”]|$)/;
const DOC_WORDS = /\b(?:data processing (?:agreement|addendum)|dpa|privacy (?:policy|statement|notice)|personuppgiftsbiträdesavtal|integritetspolicy|datenschutz\w*|auftragsverarbeitung\w*|terms)\b/i;

/** A title's part before "Privacy Policy", without the trailing possessive and separators ("Acme's –" -> "Acme"). */
function trimTail(s: string): string {
  let e = s.length;
  while (e > 0 && ' \t\n:,–—-'.includes(s[e - 1])) e--;
  let r = s.slice(0, e);
  if (r.endsWith("'s") || r.endsWith('’s')) r = r.slice(0, -2);
  return r.trim();
}

/** Who a document is from: its title's own name, else the first company with a legal form, else the file. */
export function vendorOf(title: string | null, text: string, source: string): string {
  const t = (title ?? '').trim();
  if (t) {
    const dash = t.split(/\s[–—|-]\s/);
    if (dash.length > 1) {
      const other = dash.find((p) => !DOC_WORDS.test(p) && /\p{Lu}/u.test(p));
      if (other) return other.trim();
    }
    const m = DOC_WORDS.exec(t);
    const before = m ? trimTail(t.slice(0, m.index)) : '';
    if (before && before.length <= 40 && /^\p{Lu}/u.test(before)) return before;
  }
  const co = LEGAL_FORM.exec(text.slice(0, 20_000));
  if (co) return co[0].replace(/^(?:The|This|By|And|Between)\s/, '').replace(/,$/, '').trim();
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.[^.]+$/, '') || source;
}

/** A CSV cell: always quoted, and a leading = + - @ (or tab/CR) defused so a spreadsheet reads text, not a formula. */
export function csvCell(s: string): string {
  const v = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${v.replace(/"/g, '""')}"`;
}

const withStated = (rows: readonly TableRow[]) => rows.some((r) => r.stated !== undefined);

/** The table's column names; in English as the CLI prints them, else from the catalog (the comparison view's exports). */
function headers(stated = false, i18n: I18n = EN): string[] {
  if (i18n !== EN) {
    const t = (k: MessageKey) => i18n.t(k);
    return [t('compare.col.vendor'), t('compare.col.type'), t('compare.col.date'), ...(stated ? [t('compare.col.stated')] : []), ...TABLE_TERMS.map((k) => t(`term.${k}`)), t('compare.col.deviations'), t('change.col.source')];
  }
  return ['Vendor', 'Type', 'Date read', ...(stated ? ['Last updated'] : []), ...TABLE_TERMS.map((k) => TABLE_HEADERS[k]), 'Deviations', 'Source'];
}

const rowValues = (r: TableRow, stated = false) => [r.vendor, r.type, r.date, ...(stated ? [r.stated ?? ''] : []), ...TABLE_TERMS.map((k) => r.cells[k].value), String(r.deviations), r.source];

export function tableCsv(rows: TableRow[], i18n: I18n = EN): string {
  const stated = withStated(rows);
  return [headers(stated, i18n), ...rows.map((r) => rowValues(r, stated))].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A Markdown table; cells escaped so page text cannot break out of them. */
export function tableMarkdown(rows: TableRow[], i18n: I18n = EN): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([<>[\]`*_])/g, '\\$1');
  const stated = withStated(rows);
  const h = headers(stated, i18n);
  return [`| ${h.join(' | ')} |`, `|${h.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${rowValues(r, stated).map(esc).join(' | ')} |`)].join('\n') + '\n';
}

/** A plain-text table for a terminal: columns padded, long cells clipped. */
export function tableText(rows: TableRow[], width = 28): string {
  const h = headers().filter((x) => x !== 'Date read' || rows.some((r) => r.date));
  const vals = rows.map((r) => rowValues(r).filter((_, i) => headers()[i] !== 'Date read' || h.includes('Date read')));
  const clip = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);
  const cols = h.map((name, i) => Math.max(name.length, ...vals.map((v) => clip(v[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => clip(c).padEnd(cols[i])).join('  ').trimEnd();
  return [line(h), cols.map((w) => '-'.repeat(w)).join('  '), ...vals.map(line)].join('\n');
}

/** "3 Oct 2026": the date a reader last saw a version. */
export function changeDate(ms: number, i18n: I18n = EN): string {
  // English keeps "3 Oct 2026" (day first, as a contract reviewer in Europe reads it); Swedish and German their own.
  if (i18n.locale === 'en') return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return i18n.day(new Date(ms).toISOString().slice(0, 10));
}
