import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { baselineStoreItem, loadActiveBaseline, loadStore, saveStore, watchActiveBaseline } from '../../lib/extension/baselines';
import { analyze } from '../../lib/engine/analyze';
import { DEFAULT_BASELINE_ID, PRESETS, presetById, serializeBaseline, type Baseline } from '../../lib/engine/baseline/baseline';
import type { TabState } from '../../lib/extension/protocol';
import { reevaluateTabState } from '../../lib/extension/tabstate';
import {
  DEFAULT_STORE,
  activeBaseline,
  activeBaselineChanged,
  allBaselines,
  createBaseline,
  deleteBaseline,
  duplicateBaseline,
  importBaseline,
  normalizeStore,
  renameBaseline,
  setActiveBaseline,
  thresholdError,
  uniqueName,
  updateRule,
  type BaselineStore,
  type Edit,
} from '../../lib/engine/baseline/store';
import { readInput } from '../../lib/engine/text/input';

const connectel = analyze(readInput(readFileSync('test/fixtures/seeds/connectel-dpa.txt', 'utf8'), 'text'), { source: 'seeds/connectel-dpa.txt' });

function ok(edit: Edit): { store: BaselineStore; id: string } {
  if (!edit.ok) throw new Error(`edit refused: ${edit.error}`);
  return edit;
}

/** A store with one baseline of the user's, copied from the default preset. */
function withOwn(name = 'Procurement'): { store: BaselineStore; id: string } {
  return ok(createBaseline(normalizeStore(DEFAULT_STORE), name));
}

describe('normalizeStore', () => {
  test.each([undefined, null, 42, 'baselines', []])('an unreadable value (%j) becomes the default store', (raw) => {
    expect(normalizeStore(raw)).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] });
  });

  test('keeps valid baselines and the active id', () => {
    const { store, id } = withOwn();
    const again = normalizeStore(JSON.parse(JSON.stringify({ ...store, activeId: id })));
    expect(again.activeId).toBe(id);
    expect(again.baselines.map((b) => b.name)).toEqual(['Procurement']);
  });

  test('drops a stored baseline that fails validation, and falls back to the default when the active one went with it', () => {
    const { store, id } = withOwn();
    const broken = JSON.parse(JSON.stringify(store.baselines[0]));
    broken.rules['breach-notice-max-hours'].maxHours = -5;
    expect(normalizeStore({ activeId: id, baselines: [broken] })).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] });
  });

  test('a stored baseline that reuses a preset id is renamed, and stays active under its new id', () => {
    const clash = { ...JSON.parse(serializeBaseline(presetById('lenient')!)), name: 'My lenient' };
    const store = normalizeStore({ activeId: 'lenient', baselines: [clash] });
    expect(store.baselines[0].id).not.toBe('lenient');
    expect(store.activeId).toBe(store.baselines[0].id);
    expect(activeBaseline(store).name).toBe('My lenient');
  });

  test('an unknown active id falls back to the default preset', () => {
    expect(activeBaseline(normalizeStore({ activeId: 'gone', baselines: [] })).id).toBe(DEFAULT_BASELINE_ID);
  });
});

describe('edits', () => {
  test('presets come first, then the user’s own', () => {
    const { store } = withOwn();
    expect(allBaselines(store).map((b) => b.id)).toEqual([...PRESETS.map((p) => p.id), 'procurement']);
  });

  test('duplicating a preset copies its rules under a new id and name', () => {
    const { store, id } = ok(duplicateBaseline(normalizeStore(null), 'strict-enterprise'));
    const copy = store.baselines.find((b) => b.id === id)!;
    expect(copy.name).toBe('Copy of Strict enterprise');
    expect(copy.rules).toEqual(presetById('strict-enterprise')!.rules);
    const twice = ok(duplicateBaseline(store, 'strict-enterprise'));
    expect(twice.store.baselines.map((b) => b.name)).toEqual(['Copy of Strict enterprise', 'Copy of Strict enterprise (2)']);
  });

  test('names are unique without regard to case', () => {
    const { store } = withOwn();
    expect(uniqueName(store, 'procurement')).toBe('procurement (2)');
    expect(uniqueName(store, 'lenient')).toBe('lenient (2)');
  });

  test.each([
    ['', 'A baseline needs a name.'],
    ['Lenient', 'Another baseline is already called "Lenient".'],
    ['x'.repeat(101), 'A name can have at most 100 characters.'],
  ])('renaming to %j is refused', (name, error) => {
    const { store, id } = withOwn();
    expect(renameBaseline(store, id, name)).toEqual({ ok: false, error });
  });

  test('presets cannot be renamed, changed or deleted', () => {
    const store = normalizeStore(null);
    expect(renameBaseline(store, DEFAULT_BASELINE_ID, 'Mine').ok).toBe(false);
    expect(updateRule(store, DEFAULT_BASELINE_ID, 'breach-notice-max-hours', { maxHours: 12 }).ok).toBe(false);
    expect(deleteBaseline(store, DEFAULT_BASELINE_ID).ok).toBe(false);
  });

  test('deleting the active baseline makes the default preset active', () => {
    const { store, id } = withOwn();
    const active = ok(setActiveBaseline(store, id)).store;
    const after = ok(deleteBaseline(active, id)).store;
    expect(after).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] });
  });

  test('a threshold within range is stored; one out of range is refused with the range', () => {
    const { store, id } = withOwn();
    const changed = ok(updateRule(store, id, 'breach-notice-max-hours', { maxHours: 24 })).store;
    expect(changed.baselines[0].rules['breach-notice-max-hours'].maxHours).toBe(24);
    const refused = updateRule(store, id, 'deletion-days', { maxDays: 5000 });
    expect(refused).toEqual({ ok: false, error: 'Deletion: must be a whole number of days between 0 and 3650, got 5000' });
  });

  test('countries are stored under their canonical names', () => {
    const { store, id } = withOwn();
    const changed = ok(updateRule(store, id, 'governing-law', { countries: ['Sweden', 'england'] })).store;
    expect(changed.baselines[0].rules['governing-law'].countries).toEqual(['Sweden', 'United Kingdom']);
  });

  test('an import that clashes with a preset and a stored name is renamed, never overwriting', () => {
    const { store } = withOwn();
    const file: Baseline = { ...structuredClone(presetById('lenient')!), name: 'Procurement' };
    const edit = importBaseline(store, file);
    const added = ok(edit);
    expect(added.store.baselines).toHaveLength(2);
    expect(added.store.baselines[0]).toEqual(store.baselines[0]);
    expect(added.store.baselines[1]).toMatchObject({ name: 'Procurement (2)', rules: presetById('lenient')!.rules });
    expect(added.id).not.toBe('lenient');
    expect(edit.ok && edit.renamed).toBe(true);
  });

  test.each([
    ['breach-notice-max-hours', '48', null],
    ['breach-notice-max-hours', '0', 'Enter 1 to 8760 hours.'],
    ['deletion-days', '3651', 'Enter 0 to 3650 days.'],
    ['deletion-days', '2.5', 'Enter a whole number of days.'],
    ['deletion-days', '', 'Enter a whole number of days.'],
  ] as const)('thresholdError(%s, %j)', (rule, text, error) => {
    expect(thresholdError(rule, text)).toBe(error);
  });
});

describe('re-evaluating open tabs', () => {
  test('only a change to the active baseline counts', () => {
    const { store, id } = withOwn();
    expect(activeBaselineChanged(store, store)).toBe(false);
    expect(activeBaselineChanged(store, ok(updateRule(store, id, 'breach-notice-max-hours', { maxHours: 96 })).store)).toBe(false);
    const active = ok(setActiveBaseline(store, id)).store;
    expect(activeBaselineChanged(store, active)).toBe(true);
    expect(activeBaselineChanged(active, ok(updateRule(active, id, 'breach-notice-max-hours', { maxHours: 96 })).store)).toBe(true);
    expect(activeBaselineChanged(null, store)).toBe(true);
  });

  test('a tab’s report takes the new baseline’s deviations and name, and keeps its terms', () => {
    const state: TabState = { url: 'https://example.com/dpa', report: connectel, detected: true, forced: false, highlighting: true, siteHighlighting: true };
    const lenient = presetById('lenient')!;
    const next = reevaluateTabState(state, lenient);
    expect(connectel.deviations.map((d) => d.rule)).toContain('breach-notice-max-hours');
    expect(next.report!.deviations.map((d) => d.rule)).not.toContain('breach-notice-max-hours');
    expect(next.report!.baseline).toBe('Lenient');
    expect(next.report!.terms).toBe(connectel.terms);
    expect(reevaluateTabState({ ...state, report: null }, lenient).report).toBeNull();
  });
});

describe('storage item (local:baselines)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('an empty browser reads as the default store', async () => {
    expect(await loadStore()).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] });
    expect((await loadActiveBaseline()).id).toBe(DEFAULT_BASELINE_ID);
  });

  test('saved stores read back, with the version recorded for future migrations', async () => {
    const { store, id } = withOwn();
    await saveStore({ ...store, activeId: id });
    expect((await loadActiveBaseline()).name).toBe('Procurement');
    expect(await fakeBrowser.storage.local.get('baselines$')).toEqual({ baselines$: { v: 1 } });
  });

  test('a corrupted stored value is repaired on read, not thrown', async () => {
    await fakeBrowser.storage.local.set({ baselines: { activeId: 7, baselines: 'nope' } });
    expect(await loadStore()).toEqual({ activeId: DEFAULT_BASELINE_ID, baselines: [] });
  });

  test('the watcher fires when the active baseline changes, not for other edits', async () => {
    const seen: string[] = [];
    const stop = watchActiveBaseline((b) => seen.push(`${b.name}:${b.rules['breach-notice-max-hours'].maxHours}`));
    const { store, id } = withOwn();
    await baselineStoreItem.setValue(store); // a new baseline, not active
    const active = ok(setActiveBaseline(store, id)).store;
    await baselineStoreItem.setValue(active);
    await baselineStoreItem.setValue(ok(updateRule(active, id, 'breach-notice-max-hours', { maxHours: 12 })).store);
    stop();
    expect(seen).toEqual(['Procurement:48', 'Procurement:12']);
  });
});
