/** Writing notebook files: the JSON export, the Markdown memo, the CSV sheet. */
import { categoryLabel, docTypeLabel, severityLabel } from '../report/format';
import { EN, type I18n } from '../report/i18n';
import { addressMarkdown, inlineMarkdown, noteMarkdown } from '../report/markdown';
import { byNewest, byReadingOrder, NOTEBOOK_FORMAT, snapshotFields, NOTEBOOK_VERSION, type Notebook, type SavedHighlight } from './shapes';

function serializeHighlight(h: SavedHighlight) {
  const { quote, position } = h.selectors;
  return {
    id: h.id,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    category: h.category,
    note: h.note,
    origin: h.origin,
    ...(h.clauseRef ? { clauseRef: h.clauseRef } : {}),
    savedAt: h.savedAt,
    updatedAt: h.updatedAt,
  };
}

/** The export file: {"format":"clauselens-notebook","version":1,"exportedAt":...,"documents":[...]}, stable key order, trailing newline. */
export function exportJson(nb: Notebook, now: Date): string {
  const file = {
    format: NOTEBOOK_FORMAT,
    version: NOTEBOOK_VERSION,
    exportedAt: now.toISOString(),
    documents: nb.documents.map((d) => {
      // The snapshot's own fields, notice included: a document that was not read must not come back from a file
      // looking read ("no deviations"). The key order stays that of earlier files.
      const { url, title, docType, baseline, terms, deviations, notice, vendor, stated } = snapshotFields(d);
      return {
        key: d.key, url, title, ...(vendor ? { vendor } : {}), docType, baseline, ...(stated ? { stated } : {}), savedAt: d.savedAt, updatedAt: d.updatedAt,
        terms, deviations, ...(notice ? { notice } : {}), highlights: d.highlights.map(serializeHighlight),
      };
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "2025-01-31 09:30 UTC": the same in every locale and time zone, so memos diff cleanly. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

// Backslash-escapes what could start markup, a link, HTML, an entity, a table cell, math or an issue reference.
const inline = inlineMarkdown;

/**
 * The review memo: per document title, address, type, date, baseline, key terms, deviations, then
 * quotes (as > blockquotes, in reading order) with category and note. Markdown-escaped so page
 * text cannot inject markup/links. Documents newest first.
 */
export function exportMarkdown(nb: Notebook, now: Date, i18n: I18n = EN): string {
  const t = i18n.t.bind(i18n);
  const docs = nb.documents.slice().sort(byNewest);
  const total = docs.reduce((n, d) => n + d.highlights.length, 0);
  const out = [`# ${t('memo.title')}`, '', t('memo.exported', { date: when(now.toISOString()), documents: t('panel.documents', { n: docs.length }), highlights: t('panel.highlights', { n: total }) }), ''];
  if (!docs.length) out.push(t('memo.empty'), '');
  for (const d of docs) {
    out.push(`## ${inline(d.title) || inline(d.url)}`, '');
    if (d.vendor) out.push(`- ${t('memo.vendor', { vendor: inline(d.vendor) })}`);
    out.push(`- ${t('memo.address', { url: addressMarkdown(d.url) })}`);
    out.push(`- ${t('memo.type', { type: docTypeLabel(d.docType, i18n) })}`);
    if (d.stated) out.push(`- ${t('memo.stated', { date: d.stated })}`);
    out.push(`- ${d.updatedAt !== d.savedAt ? t('memo.savedUpdated', { date: when(d.savedAt), updated: when(d.updatedAt) }) : t('memo.saved', { date: when(d.savedAt) })}`);
    if (d.baseline) out.push(`- ${t('memo.baseline', { baseline: inline(d.baseline) })}`);
    out.push('');
    if (d.terms.length) {
      out.push(`### ${t('memo.keyTerms')}`, '');
      for (const term of d.terms) out.push(`- **${inline(term.label)}:** ${inline(term.value)}`);
      out.push('');
    }
    if (d.docType !== 'other' || d.deviations.length) {
      out.push(`### ${t('memo.deviations', { n: d.deviations.length })}`, '');
      if (!d.deviations.length) out.push(d.notice ? t('memo.notJudged', { notice: inline(d.notice) }) : d.baseline ? t('memo.noDeviations') : t('memo.noneRecorded'));
      for (const x of d.deviations) out.push(`- **${severityLabel(x.severity, i18n)}:** ${inline(x.text)}`);
      out.push('');
    }
    out.push(`### ${t('memo.highlights', { n: d.highlights.length })}`, '');
    for (const h of d.highlights.slice().sort(byReadingOrder)) {
      out.push(`> ${inline(h.selectors.quote.exact)}`, '');
      const label = h.category ? categoryLabel(h.category, i18n) : t('memo.uncategorised');
      const place = h.clauseRef ? `${inline(h.clauseRef)} · ` : '';
      const meta = `*${label}* · ${place}${t(h.origin === 'clause' ? 'memo.clause' : 'memo.selection')} · ${t('memo.savedAt', { date: when(h.savedAt) })}`;
      const note = noteMarkdown(h.note);
      out.push(note ? `${meta}\\\n${t('memo.note', { note })}` : meta, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_HEADER = ['csv.document', 'csv.vendor', 'csv.url', 'csv.type', 'csv.clause', 'csv.category', 'csv.quote', 'csv.note', 'csv.savedAt'] as const;

/** A formula's first character (= + - @, ASCII or full-width) at the cell's start after spaces, or a tab or CR there. */
const FORMULA_AT_START = /^(?:[ \u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;
/**
 * The same after a character that is a field or row separator in some locale (";" where the decimal comma is used,
 * tab, line breaks): a spreadsheet that splits there would start a cell with the formula.
 */
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n][ \u00a0\u3000]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One CSV cell, always quoted (RFC 4180): a formula start is defused with ' at the cell's start and after every
 * character some locale splits on, so no spreadsheet, whatever its separator, reads a formula in page text.
 */
function csvCell(value: string): string {
  const safe = (FORMULA_AT_START.test(value) ? `'${value}` : value).replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * One row per highlight: document title, vendor, url, document type, clause (number or heading), category, quote, note, saved at.
 * Every cell quoted, CRLF; formula starts defused (see csvCell). Documents newest first, highlights in reading order.
 */
export function exportCsv(nb: Notebook, i18n: I18n = EN): string {
  const rows: string[][] = [CSV_HEADER.map((k) => i18n.t(k))];
  for (const d of nb.documents.slice().sort(byNewest)) {
    for (const h of d.highlights.slice().sort(byReadingOrder)) {
      rows.push([d.title, d.vendor ?? '', d.url, docTypeLabel(d.docType, i18n), h.clauseRef ?? '', h.category ? categoryLabel(h.category, i18n) : '', h.selectors.quote.exact, h.note, h.savedAt]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
