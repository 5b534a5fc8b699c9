// The background's history writer on fake browser storage: versions, changes, the switch, forgetting, and storage errors said, not swallowed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';
import { createHistoryService } from '../../lib/extension/background/history';
import { loadHistory } from '../../lib/extension/history-store';
import { EMPTY_NOTEBOOK } from '../../lib/notebook/notebook';
import { createI18n } from '../../lib/report/i18n';

const connectel = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', 'connectel-dpa.txt'), 'utf8');
const edited = connectel.replace('no later than seventy-two (72) hours', 'no later than forty-eight (48) hours');
const URL_ = 'https://connectel.example/dpa#section-1';
const read = (text: string) => analyzeText(readInput(text, 'text'), { source: URL_ });
const DAY = 86_400_000;

describe('history service', () => {
  beforeEach(() => fakeBrowser.reset());

  test('first visit, an identical revisit, a changed text: only the change comes back, with its clause offsets', async () => {
    let now = 3 * DAY;
    const history = createHistoryService(() => now);
    const a = read(connectel);
    expect(await history.record(URL_, a.report, a.doc, false)).toEqual({ changes: null, changed: [], error: null });
    now += DAY;
    expect((await history.record(URL_, a.report, a.doc, false)).changes).toBeNull();
    now += DAY;
    const b = read(edited);
    const r = await history.record(URL_, b.report, b.doc, false);
    expect(r.changes).toMatchObject({ since: 4 * DAY, statedBefore: '2026-01-29', statedAfter: '2026-01-29' });
    expect(r.changes!.comparison.terms.map((t) => [t.term, t.before, t.after])).toEqual([['breachNotice.maxHours', 72, 48]]);
    expect(r.changed).toHaveLength(1);
    expect(b.doc.text.slice(r.changed[0].start, r.changed[0].end)).toContain('forty-eight (48) hours');
    const { history: stored } = await loadHistory();
    // Keyed like saved highlights: the address without its fragment.
    expect(stored.docs.map((d) => [d.key, d.vendor, d.versions.length])).toEqual([['https://connectel.example/dpa', 'Connectel', 2]]);
    expect(await history.status()).toMatchObject({ enabled: true, documents: 1, versions: 2, error: null });
  });

  test('text arriving in steps during one visit is one version, compared with the previous visit', async () => {
    const history = createHistoryService(() => DAY);
    const a = read(connectel);
    await history.record(URL_, a.report, a.doc, false);
    const half = read(connectel.slice(0, connectel.length / 2));
    expect((await history.record(URL_, half.report, half.doc, false)).changes).not.toBeNull();
    const whole = read(connectel);
    // The rest of the page arrives in the same visit: the half version is replaced and nothing changed after all.
    expect((await history.record(URL_, whole.report, whole.doc, true)).changes).toBeNull();
    expect((await loadHistory()).history.docs[0].versions).toHaveLength(1);
  });

  test('off: nothing is stored; forget: everything goes', async () => {
    const history = createHistoryService();
    const a = read(connectel);
    await history.setEnabled(false);
    await history.record(URL_, a.report, a.doc, false);
    expect((await history.status()).versions).toBe(0);
    await history.setEnabled(true);
    await history.record(URL_, a.report, a.doc, false);
    expect((await history.status()).versions).toBe(1);
    expect((await history.rows(EMPTY_NOTEBOOK)).map((r) => [r.vendor, r.cells.breachNotice.value, r.deviations])).toEqual([['Connectel', '72 hours (without undue delay)', a.report.deviations.length]]);
    expect(await history.forget()).toMatchObject({ documents: 0, versions: 0, bytes: 0 });
  });

  test('the comparison view rows in the reader language: type and key-term values worded by the catalog', async () => {
    const history = createHistoryService(() => DAY);
    const a = read(connectel);
    await history.record(URL_, a.report, a.doc, false);
    const row = async (locale: 'en' | 'sv' | 'de') => (await history.rows(EMPTY_NOTEBOOK, createI18n(locale)))[0];
    expect((await row('en'))).toMatchObject({ type: 'Data processing agreement', cells: { breachNotice: { value: '72 hours (without undue delay)' } } });
    expect((await row('sv'))).toMatchObject({ type: 'Personuppgiftsbiträdesavtal', cells: { breachNotice: { value: expect.stringContaining('72 timmar') } } });
    expect((await row('de'))).toMatchObject({ type: 'Auftragsverarbeitungsvertrag', cells: { breachNotice: { value: expect.stringContaining('72 Stunden') } } });
    expect((await row('sv')).cells.breachNotice.value).toContain('utan onödigt dröjsmål');
  });

  test('a storage failure (quota) is reported to the tab and on the options page, not swallowed', async () => {
    const history = createHistoryService();
    const a = read(connectel);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await history.record(URL_, a.report, a.doc, false);
    spy.mockRestore();
    expect(r.error).toMatch(/storage for ClauseLens is full .*QUOTA_BYTES/);
    expect((await history.status()).error).toMatch(/full/);
  });

  test('a cap below 0.1 MB is refused', async () => {
    await expect(createHistoryService().setCap(10)).rejects.toThrow(/at least 0.1 MB/);
  });
});
