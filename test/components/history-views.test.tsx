// @vitest-environment happy-dom
// The history surfaces as a reader uses them: "Changed since" in the popup, "See changes", the comparison table, the options section.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import ChangesApp from '../../components/changes/ChangesApp';
import CompareApp from '../../components/compare/CompareApp';
import HistorySettings from '../../components/options/HistorySettings';
import ChangeSummary from '../../components/popup/ChangeSummary';
import { analyzeText } from '../../lib/engine/analyze';
import { compareVersions, versionBlocks } from '../../lib/engine/compare';
import { readInput } from '../../lib/engine/text/input';
import type { ChangeSummary as Changes, HistoryRow, HistoryStatus, TabState } from '../../lib/extension/protocol';
import { tableRow } from '../../lib/report/changes';
import { createI18n } from '../../lib/report/i18n';
import { I18nContext } from '../../components/common/i18n';
import type * as preact from 'preact';

afterEach(cleanup);

const seed = (name: string) => readFileSync(`test/fixtures/seeds/${name}`, 'utf8');
const side = (text: string) => {
  const { report, doc } = analyzeText(readInput(text, 'text'), { source: 'https://vendor.example/dpa' });
  return { report, side: { blocks: versionBlocks(doc), terms: report.terms, deviations: report.deviations } };
};
const before = side(seed('connectel-dpa.txt'));
const after = side(seed('connectel-dpa.txt').replace('no later than seventy-two (72) hours', 'no later than forty-eight (48) hours'));
const changes: Changes = { since: Date.UTC(2026, 9, 3), statedBefore: '2026-01-29', statedAfter: '2026-01-29', comparison: compareVersions(before.side, after.side) };

describe('Changed since', () => {
  test('names the date, the term with before and after, the deviation gone and the clause counts; "show" reveals the sentence', () => {
    const onReveal = vi.fn();
    const onSeeChanges = vi.fn();
    render(<ChangeSummary changes={changes} onReveal={onReveal} onSeeChanges={onSeeChanges} />);
    expect(screen.getByRole('heading', { name: 'Changed since 3 Oct 2026' })).toBeTruthy();
    const term = document.querySelector('[data-change-term="breachNotice.maxHours"]')!;
    expect(term.textContent).toMatch(/Breach notice:\s*72 hours\s*→\s*48 hours/);
    fireEvent.click(within(term as HTMLElement).getByRole('button', { name: 'show' }));
    const t = changes.comparison.terms[0];
    expect(onReveal).toHaveBeenCalledWith(t.start, t.end, 'Breach notice');
    expect(screen.getByText('Deviation gone: Breach notice')).toBeTruthy();
    expect(screen.getByText('Clauses: 1 changed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See changes' }));
    expect(onSeeChanges).toHaveBeenCalled();
  });
});

describe('Changed since, in Swedish and German', () => {
  test.each([
    ['sv', /Anmälan av personuppgiftsincident:\s*72 timmar\s*→\s*48 timmar/, 'Avvikelsen borta: Anmälan av personuppgiftsincident', 'Klausuler: 1 ändrade', 'visa', 'Visa ändringar', /3 okt\. 2026/],
    ['de', /Meldung von Datenschutzverletzungen:\s*72 Stunden\s*→\s*48 Stunden/, 'Abweichung entfallen: Meldung von Datenschutzverletzungen', 'Klauseln: 1 geändert', 'zeigen', 'Änderungen ansehen', /3\. Okt\. 2026/],
  ] as const)('%s: the term, the deviation, the counts and the date in the reader language', (locale, term, gone, counts, show, see, date) => {
    const i18n = createI18n(locale);
    render(
      <I18nContext.Provider value={i18n}>
        <ChangeSummary changes={changes} onReveal={vi.fn()} onSeeChanges={vi.fn()} />
      </I18nContext.Provider>,
    );
    const row = document.querySelector('[data-change-term="breachNotice.maxHours"]')!;
    expect(row.textContent).toMatch(term);
    expect(within(row as HTMLElement).getByRole('button', { name: show })).toBeTruthy();
    expect(screen.getByText(gone)).toBeTruthy();
    expect(screen.getByText(counts)).toBeTruthy();
    expect(screen.getByRole('button', { name: see })).toBeTruthy();
    expect(document.getElementById('changes-heading')!.textContent).toMatch(date);
  });
});

describe('See changes', () => {
  test('shows the changed clause with its words removed and added', async () => {
    const state: TabState = { url: 'https://vendor.example/dpa', report: after.report, detected: true, forced: false, highlighting: true, siteHighlighting: true, changes };
    render(<ChangesApp load={async () => ({ ok: true, value: state })} />);
    await screen.findByRole('heading', { name: 'Changed since 3 Oct 2026' });
    // Who the document is from, its title and address; the date it states.
    expect(document.querySelector('.source')!.textContent).toBe(`${after.report.vendor!.name} — ${after.report.title} — https://vendor.example/dpa`);
    expect(document.querySelector('.stated')!.textContent).toBe(`The document says it was last updated on ${changes.statedAfter}.`);
    const item = document.querySelector('.clause-change[data-kind="changed"]')!;
    expect([...item.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['seventy-two', '72']);
    expect([...item.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['forty-eight', '48']);
  });

  test('an unchanged document says so', async () => {
    render(<ChangesApp load={async () => ({ ok: true, value: null })} />);
    await screen.findByText(/has not changed since your previous visit/);
  });
});

describe('documents side by side', () => {
  const row = (file: string, vendor: string, url: string): HistoryRow => {
    const { report } = side(seed(file));
    return { ...tableRow(report, vendor, '2026-10-03', report.updated ?? ''), key: url, url, title: report.title, versions: 1, from: 'history' };
  };
  const rows = [row('connectel-dpa.txt', 'Connectel AB', 'https://connectel.example/dpa'), row('frostmoln-dpa.txt', 'Svenska Moln AB', 'https://frostmoln.example/dpa'), row('infracom-dpa.txt', 'InfraCom Communications AB', 'https://infracom.example/dpa')];
  const vendors = () => [...document.querySelectorAll('tbody th a')].map((a) => a.textContent);

  test('sorts by a column (hours as numbers), filters, links each value to its clause, exports what is shown', async () => {
    const download = vi.fn();
    render(<CompareApp load={async () => ({ ok: true, value: rows })} download={download} />);
    await screen.findByText('Connectel AB');
    expect(vendors()).toEqual(['Connectel AB', 'InfraCom Communications AB', 'Svenska Moln AB']);
    // Each row: the document's title under its vendor, and the date the document states ('—' where none).
    expect([...document.querySelectorAll('tbody th .doc-title')].map((t) => t.textContent)).toEqual(['Data Processing Agreement', 'DATA PROCESSING AGREEMENT', 'Data Processing Agreement']);
    expect([...document.querySelectorAll('tbody td.stated')].map((t) => t.textContent)).toEqual(['2026-01-29', '—', '2026-03-18']);
    fireEvent.click(screen.getByRole('button', { name: 'Breach notice' }));
    expect([...document.querySelectorAll('tbody td[data-term="breachNotice"]')].map((td) => td.textContent)).toEqual(['24 hours (immediately)', '24 hours (without undue delay)', '72 hours (without undue delay)']);
    fireEvent.click(screen.getByRole('button', { name: /Breach notice/ }));
    expect(vendors()[0]).toBe('Connectel AB');
    const link = document.querySelector<HTMLAnchorElement>('tbody tr td[data-term="breachNotice"] a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/connectel\.example\/dpa#:~:text=/);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'sweden' } });
    expect(vendors()).toEqual(['InfraCom Communications AB']);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [name, csv] = download.mock.calls[0];
    expect(name).toBe('clauselens-comparison.csv');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv.split('\r\n')[0]).toMatch(/^"Vendor","Type","Date read","Last updated","Breach notice"/);
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(download.mock.calls[1][1]).toMatch(/^\| Vendor \| Type \|/);
  });
});

describe('options: history', () => {
  test('shows the size, turns history off, and forgets everything after a confirmation', async () => {
    let status: HistoryStatus = { enabled: true, cap: 4 * 1024 * 1024, bytes: 123_456, documents: 2, versions: 3, error: null };
    const deps = {
      status: vi.fn(async () => ({ ok: true as const, value: status })),
      setEnabled: vi.fn(async (enabled: boolean) => ({ ok: true as const, value: (status = { ...status, enabled }) })),
      setCap: vi.fn(async (cap: number) => ({ ok: true as const, value: (status = { ...status, cap }) })),
      forget: vi.fn(async () => ({ ok: true as const, value: (status = { ...status, bytes: 0, documents: 0, versions: 0 }) })),
    };
    render(<HistorySettings deps={deps} />);
    await screen.findByText(/2 documents, 3 versions: 0\.12 MB of/);
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep a history/ }));
    await waitFor(() => expect(deps.setEnabled).toHaveBeenCalledWith(false));
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    expect(deps.forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    await screen.findByText(/0 documents, 0 versions/);
  });

  test('a storage error is shown', async () => {
    const status: HistoryStatus = { enabled: true, cap: 4 * 1024 * 1024, bytes: 10, documents: 1, versions: 1, error: "the browser's storage for ClauseLens is full" };
    const ok = async () => ({ ok: true as const, value: status });
    render(<HistorySettings deps={{ status: ok, setEnabled: ok, setCap: ok, forget: ok }} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for ClauseLens is full/);
  });
});

describe('the history pages in the reader’s language', () => {
  const inLocale = (locale: 'sv' | 'de', node: preact.ComponentChildren) => render(<I18nContext.Provider value={createI18n(locale)}>{node}</I18nContext.Provider>);
  const status: HistoryStatus = { enabled: true, cap: 4 * 1024 * 1024, bytes: 123_456, documents: 2, versions: 3, error: null };
  const deps = {
    status: async () => ({ ok: true as const, value: status }),
    setEnabled: async () => ({ ok: true as const, value: status }),
    setCap: async () => ({ ok: true as const, value: status }),
    forget: async () => ({ ok: true as const, value: status }),
  };

  test('options: the History section in Swedish, with a decimal comma', async () => {
    inLocale('sv', <HistorySettings deps={deps} />);
    await screen.findByRole('heading', { name: 'Historik' });
    await screen.findByText(/2 dokument, 3 versioner: 0,12 MB av/);
    screen.getByRole('checkbox', { name: /Spara en historik/ });
    screen.getByRole('button', { name: 'Glöm allt…' });
  });

  test('See changes in German', async () => {
    const state: TabState = { url: 'https://vendor.example/dpa', report: after.report, detected: true, forced: false, highlighting: true, siteHighlighting: true, changes };
    inLocale('de', <ChangesApp load={async () => ({ ok: true, value: state })} />);
    await screen.findByRole('heading', { name: /^Geändert seit / });
    cleanup();
    inLocale('de', <ChangesApp load={async () => ({ ok: true, value: null })} />);
    await screen.findByText(/hat sich seit Ihrem letzten Besuch nicht geändert/);
  });

  test('the comparison page in Swedish: heading, columns, count and exports', async () => {
    const { report } = side(seed('connectel-dpa.txt'));
    const rows: HistoryRow[] = [{ ...tableRow(report, 'Connectel AB', '2026-10-03'), key: 'k', url: 'https://connectel.example/dpa', title: report.title, versions: 2, from: 'history' }];
    inLocale('sv', <CompareApp load={async () => ({ ok: true, value: rows })} download={vi.fn()} />);
    await screen.findByRole('heading', { name: 'Dokument sida vid sida' });
    screen.getByRole('button', { name: 'Leverantör ▲' });
    screen.getByText('1 av 1 dokument');
    screen.getByText('(2 versioner)', { exact: false });
    screen.getByRole('button', { name: 'Exportera CSV' });
  });
});
