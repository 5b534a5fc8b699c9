// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import OptionsApp from '../../components/options/OptionsApp';
import { baselineStoreItem, createBaselineWriter, loadStore, watchStore } from '../../lib/extension/baselines';
import { DEFAULT_BASELINE_ID, PRESETS, parseBaselineJson, presetById, serializeBaseline } from '../../lib/engine/baseline/baseline';
import type { BaselineStore } from '../../lib/engine/baseline/store';

// The options page's edits go to the same writer the background runs; `stored()` reads after the last one is written.
const writer = createBaselineWriter();
let pending: Promise<unknown> = Promise.resolve();
const storage = { load: loadStore, change: (operation: Parameters<typeof writer>[0]) => (pending = writer(operation)), watch: watchStore };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function open(): Promise<void> {
  render(<OptionsApp storage={storage} />);
  await screen.findByRole('navigation', { name: 'Baselines' });
}

const stored = async () => {
  await pending;
  return loadStore();
};
const nav = () => within(screen.getByRole('navigation', { name: 'Baselines' }));
const rule = (id: string) => within(document.querySelector<HTMLElement>(`li.rule[data-rule="${id}"]`)!);

/** Duplicates the selected preset and waits for the copy to be stored and selected. */
async function duplicateDefault(): Promise<BaselineStore> {
  fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
  await screen.findByRole('heading', { level: 2, name: 'Copy of GDPR processor, customer side' });
  return stored();
}

function chooseFile(name: string, text: string): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the list of baselines', () => {
  test('shows the three presets, with the default one active and selected', async () => {
    await open();
    for (const p of PRESETS) expect(nav().getByRole('button', { name: new RegExp(p.name) })).toBeTruthy();
    const current = nav().getByRole('button', { current: true });
    expect(current.textContent).toContain('GDPR processor, customer side');
    expect(current.textContent).toContain('Active');
    expect(screen.getByRole('button', { name: 'This is the active baseline' })).toHaveProperty('disabled', true);
  });

  test('presets are read-only: their fields are disabled and the page says how to change them', async () => {
    await open();
    expect(rule('breach-notice-max-hours').getByLabelText('Longest acceptable notice (hours)')).toHaveProperty('disabled', true);
    expect(screen.getByText(/Presets are read-only/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  test('choosing another baseline as active stores it', async () => {
    await open();
    fireEvent.click(nav().getByRole('button', { name: /Strict enterprise/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use as active baseline' }));
    await waitFor(async () => expect((await stored()).activeId).toBe('strict-enterprise'));
    expect(nav().getByRole('button', { name: /Strict enterprise/ }).textContent).toContain('Active');
  });

  test('“New baseline” creates one with the default rules', async () => {
    await open();
    fireEvent.click(nav().getByRole('button', { name: '+ New baseline' }));
    await screen.findByRole('heading', { level: 2, name: 'My baseline' });
    const store = await stored();
    expect(store.baselines.map((b) => b.name)).toEqual(['My baseline']);
    expect(store.baselines[0].rules).toEqual(presetById(DEFAULT_BASELINE_ID)!.rules);
  });
});

describe('editing one’s own baseline', () => {
  test('duplicate, rename, and refuse a name already taken', async () => {
    await open();
    await duplicateDefault();
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Vendor review' } });
    await waitFor(async () => expect((await stored()).baselines[0].name).toBe('Vendor review'));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'lenient' } });
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent).join(' ')).toContain('Another baseline is already called "lenient".');
    expect((await stored()).baselines[0].name).toBe('Vendor review');
  });

  test('a threshold in range is stored; one out of range is shown as an error and not stored', async () => {
    await open();
    await duplicateDefault();
    const hours = rule('breach-notice-max-hours').getByLabelText('Longest acceptable notice (hours)') as HTMLInputElement;
    fireEvent.input(hours, { target: { value: '24' } });
    await waitFor(async () => expect((await stored()).baselines[0].rules['breach-notice-max-hours'].maxHours).toBe(24));
    fireEvent.input(hours, { target: { value: '0' } });
    expect(rule('breach-notice-max-hours').getByRole('alert').textContent).toBe('Enter 1 to 8760 hours.');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).baselines[0].rules['breach-notice-max-hours'].maxHours).toBe(24);
  });

  test('a rule can be turned off and its severity changed', async () => {
    await open();
    await duplicateDefault();
    fireEvent.click(rule('liability-cap').getByRole('checkbox', { name: 'Liability cap' }));
    fireEvent.change(rule('deletion-days').getByRole('combobox'), { target: { value: 'high' } });
    await waitFor(async () => {
      const rules = (await stored()).baselines[0].rules;
      expect(rules['liability-cap'].enabled).toBe(false);
      expect(rules['deletion-days'].severity).toBe('high');
    });
  });

  test('accepted transfer mechanisms and allowed countries are edited in place', async () => {
    await open();
    await duplicateDefault();
    fireEvent.click(rule('transfer-safeguards').getByRole('checkbox', { name: 'EU–US Data Privacy Framework' }));
    fireEvent.click(rule('governing-law').getByRole('button', { name: 'Remove Switzerland' }));
    const add = rule('governing-law').getByLabelText('Add a country');
    fireEvent.input(add, { target: { value: 'usa' } });
    fireEvent.click(rule('governing-law').getByRole('button', { name: 'Add' }));
    await waitFor(async () => {
      const rules = (await stored()).baselines[0].rules;
      expect(rules['transfer-safeguards'].mechanisms).toEqual(['scc', 'adequacy', 'bcr']);
      expect(rules['governing-law'].countries).not.toContain('Switzerland');
      expect(rules['governing-law'].countries.at(-1)).toBe('United States');
    });
    fireEvent.input(add, { target: { value: 'Atlantis' } });
    fireEvent.click(rule('governing-law').getByRole('button', { name: 'Add' }));
    expect(rule('governing-law').getByRole('alert').textContent).toContain('“Atlantis” is not a country ClauseLens knows');
  });

  test('deleting the active baseline asks first, then makes the default preset active', async () => {
    await open();
    await duplicateDefault();
    fireEvent.click(screen.getByRole('button', { name: 'Use as active baseline' }));
    fireEvent.click(screen.getByRole('button', { name: /Delete…/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Copy of GDPR processor, customer side”' }));
    await waitFor(async () => expect(await stored()).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] }));
  });
});

describe('import and export', () => {
  test('export offers the baseline as the JSON file the CLI reads', async () => {
    await open();
    const link = screen.getByRole('link', { name: /Export JSON/ }) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('gdpr-processor.clauselens-baseline.json');
    const json = decodeURIComponent(link.getAttribute('href')!.replace(/^data:application\/json;charset=utf-8,/, ''));
    expect(json).toBe(serializeBaseline(presetById(DEFAULT_BASELINE_ID)!));
    expect(parseBaselineJson(json).ok).toBe(true);
  });

  test('a valid file is added as a new baseline and selected', async () => {
    await open();
    const file = JSON.parse(serializeBaseline(presetById('strict-enterprise')!));
    file.id = 'acme';
    file.name = 'Acme playbook';
    file.rules['breach-notice-max-hours'].maxHours = 36;
    chooseFile('acme.json', JSON.stringify(file));
    await screen.findByText('Imported “Acme playbook” from acme.json.');
    const store = await stored();
    expect(store.baselines.map((b) => [b.id, b.name, b.rules['breach-notice-max-hours'].maxHours])).toEqual([['acme', 'Acme playbook', 36]]);
    expect(screen.getByRole('heading', { level: 2, name: 'Acme playbook' })).toBeTruthy();
  });

  // The parsed preset file, loosely typed on purpose: each case breaks it in a different way.
  type Loose = { schema: unknown; rules: Record<string, Record<string, unknown> & { countries: unknown[] }> };
  const bad = (mutate: (f: Loose) => void) => {
    const f = JSON.parse(serializeBaseline(presetById('lenient')!));
    mutate(f);
    return JSON.stringify(f, null, 2);
  };

  test.each([
    ['broken JSON', '{\n  "name": "x",\n  "rules": {,}\n}', ['line 3', 'invalid JSON at line 3, column 13']],
    ['an hour limit out of range', bad((f) => (f.rules['breach-notice-max-hours'].maxHours = 100000)), ['rules.breach-notice-max-hours.maxHours', 'between 1 and 8760, got 100000']],
    ['a negative day count', bad((f) => (f.rules['deletion-days'].maxDays = -1)), ['rules.deletion-days.maxDays', 'got -1']],
    ['an unknown country', bad((f) => f.rules['governing-law'].countries.push('Atlantis')), ['rules.governing-law.countries[32]', 'unknown country "Atlantis"']],
    ['a severity that does not exist', bad((f) => (f.rules['audit-notice-days'].severity = 'critical')), ['rules.audit-notice-days.severity', 'must be one of']],
    ['another program’s file', '{"format": "eslint-config", "rules": {}}', ['format', 'this is not a ClauseLens baseline']],
    ['a file from a newer version', bad((f) => (f.schema = 9)), ['schema', 'newer ClauseLens']],
    ['an empty file', '', ['file', 'the file is empty']],
  ])('%s is refused with what is wrong and where, and nothing stored changes', async (_what, text, expected) => {
    await baselineStoreItem.setValue({ activeId: 'lenient', baselines: [] });
    const before = await fakeBrowser.storage.local.get(null);
    await open();
    chooseFile('playbook.json', text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('playbook.json was not imported.');
    expect(alert.textContent).toContain('Your stored baselines are unchanged.');
    for (const part of expected) expect(alert.textContent).toContain(part);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(nav().getAllByRole('listitem')).toHaveLength(PRESETS.length);
  });
});
