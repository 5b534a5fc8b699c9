/** Documents side by side: one row per document read (history and notebook), one column per key term; sortable, filterable, exported as CSV or Markdown. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HistoryRow, Result } from '@/lib/extension/protocol';
import { TABLE_TERMS, tableCsv, tableMarkdown } from '@/lib/report/changes';
import TermCell from './TermCell';
import { useI18n } from '../common/i18n';

export interface Props {
  load(): Promise<Result<HistoryRow[]>>;
  download(name: string, text: string, type: string): void;
}

type Column = 'vendor' | 'type' | 'date' | 'stated' | 'deviations' | (typeof TABLE_TERMS)[number];

const valueOf = (r: HistoryRow, c: Column): string | number =>
  c === 'vendor' ? r.vendor : c === 'type' ? r.type : c === 'date' ? r.date : c === 'stated' ? (r.stated ?? '') : c === 'deviations' ? r.deviations : r.cells[c].value;

/** Numbers inside values ("72 hours", "30 days") sort by number first, so 24 hours comes before 168. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const na = /\d+/.exec(String(a));
  const nb = /\d+/.exec(String(b));
  if (na && nb && Number(na[0]) !== Number(nb[0])) return Number(na[0]) - Number(nb[0]);
  return String(a).localeCompare(String(b));
}

export default function CompareApp({ load, download }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ column: Column; dir: 1 | -1 }>({ column: 'vendor', dir: 1 });
  useEffect(() => {
    void load().then((r) => (r.ok ? setRows(r.value) : setError(r.error)));
  }, []);
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    const all = (rows ?? []).filter((r) => {
      const hay = [r.vendor, r.title ?? '', r.type, r.date, r.stated ?? '', r.url, ...Object.values(r.cells).map((c) => c.value)].join(' ').toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    return all.sort((a, b) => sort.dir * compareValues(valueOf(a, sort.column), valueOf(b, sort.column)));
  }, [rows, filter, sort]);
  if (error) return <p class="page-note error" role="alert">{t('compare.historyError', { error })}</p>;
  if (!rows) return <p class="page-note" role="status">{t('page.loading')}</p>;
  const columns: [Column, string][] = [['vendor', t('compare.col.vendor')], ['type', t('compare.col.type')], ['date', t('compare.col.date')], ['stated', t('compare.col.stated')], ['deviations', t('compare.col.deviations')], ...TABLE_TERMS.map((k) => [k, t(`term.${k}`)] as [Column, string])];
  const header = (c: Column, label: string) => (
    <th key={c} scope="col" aria-sort={sort.column === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort({ column: c, dir: sort.column === c ? (-sort.dir as 1 | -1) : 1 })}>
        {label}
        {sort.column === c ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <main class="compare-page">
      <p class="brand">ClauseLens</p>
      <h1>{t('compare.heading')}</h1>
      <p class="intro">{t('compare.intro')}</p>
      <div class="toolbar">
        <label>
          {t('compare.filter')} <input type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} placeholder={t('compare.filterPlaceholder')} />
        </label>
        <span class="shown">
          {t('compare.shown', { shown: shown.length, n: rows.length })}
        </span>
        <button type="button" class="button" onClick={() => download('clauselens-comparison.csv', tableCsv(shown, i18n), 'text/csv')} disabled={!shown.length}>
          {t('compare.exportCsv')}
        </button>
        <button type="button" class="button" onClick={() => download('clauselens-comparison.md', tableMarkdown(shown, i18n), 'text/markdown')} disabled={!shown.length}>
          {t('compare.exportMarkdown')}
        </button>
      </div>
      {rows.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>{columns.map(([c, l]) => header(c, l))}</tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.key} data-key={r.key}>
                  <th scope="row">
                    <a href={r.url} target="_blank" rel="noreferrer noopener">
                      {r.vendor}
                    </a>
                    {r.from === 'notebook' ? <span class="from">{t('compare.fromNotebook')}</span> : r.versions > 1 ? <span class="from">{t('compare.versions', { n: r.versions })}</span> : null}
                    {/* The document's own title under its vendor: one vendor's DPA and policy are two rows. */}
                    {r.title && r.title !== r.vendor ? <span class="doc-title" dir="auto">{r.title}</span> : null}
                  </th>
                  <td>{r.type}</td>
                  <td>{r.date}</td>
                  <td class="stated">{r.stated || '—'}</td>
                  <td class={r.deviations ? 'deviations has' : 'deviations'}>{r.deviations}</td>
                  {TABLE_TERMS.map((k) => (
                    <TermCell key={k} url={r.url} cell={r.cells[k]} term={k} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="page-note">{t('compare.empty')}</p>
      )}
    </main>
  );
}
