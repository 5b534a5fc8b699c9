/**
 * The stored baselines: the data shape the options page edits, its repair and migration, and
 * every edit as a pure function (store in, store out). Storage itself is declared in
 * lib/extension/baselines.ts, because the engine never touches `browser`.
 */
import {
  DEFAULT_BASELINE_ID,
  PRESETS,
  RULE_INFO,
  cloneBaseline,
  parseBaseline,
  presetById,
  serializeBaseline,
  type Baseline,
  type RuleId,
  type RuleSetting,
} from './baseline';

/** What `local:baselines` holds. Presets live in code and are never stored, so they can improve with updates. */
export interface BaselineStore {
  /** Id of the active baseline: a preset's or one of `baselines`. */
  activeId: string;
  /** The user's own baselines, in the order they were made. */
  baselines: Baseline[];
}

/** Version of the stored shape, as WXT's storage item records it. */
export const STORE_VERSION = 1;

/**
 * WXT runs `STORE_MIGRATIONS[v]` on a stored value of version v-1 when STORE_VERSION is raised to v.
 * Version 1 is the first; each stored baseline also carries its own `schema`, upgraded by
 * `migrateBaseline` when `normalizeStore` reads it, so a baseline format change needs no entry here.
 */
export const STORE_MIGRATIONS: Record<number, (old: unknown) => BaselineStore> = {};

export const DEFAULT_STORE: BaselineStore = Object.freeze({ activeId: DEFAULT_BASELINE_ID, baselines: [] as Baseline[] });

export const MAX_NAME_CHARS = 100;

export type Edit = { ok: true; store: BaselineStore; id: string } | { ok: false; error: string };

const fail = (error: string): Edit => ({ ok: false, error });

export function isPreset(id: string): boolean {
  return presetById(id) !== null;
}

/** Presets first, then the user's own. */
export function allBaselines(store: BaselineStore): readonly Baseline[] {
  return [...PRESETS, ...store.baselines];
}

export function findBaseline(store: BaselineStore, id: string): Baseline | null {
  return allBaselines(store).find((b) => b.id === id) ?? null;
}

/** The baseline deviations are computed against; the default preset when the stored id is gone. */
export function activeBaseline(store: BaselineStore): Baseline {
  return findBaseline(store, store.activeId) ?? presetById(DEFAULT_BASELINE_ID)!;
}

/**
 * Reads whatever storage holds into a valid store: each baseline goes through the import
 * validator (which also upgrades old schemas); ones that fail are dropped, clashing ids renamed,
 * and an unknown active id falls back to the default preset. Never throws.
 */
export function normalizeStore(raw: unknown): BaselineStore {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_STORE, baselines: [] };
  const given = raw as { activeId?: unknown; baselines?: unknown };
  let store: BaselineStore = { activeId: DEFAULT_BASELINE_ID, baselines: [] };
  const idMap = new Map<string, string>();
  for (const item of Array.isArray(given.baselines) ? given.baselines : []) {
    const parsed = parseBaseline(item);
    if (!parsed.ok) continue;
    const added = addBaseline(store, parsed.baseline);
    idMap.set(parsed.baseline.id, added.id);
    store = added.store;
  }
  const wanted = typeof given.activeId === 'string' ? (idMap.get(given.activeId) ?? given.activeId) : '';
  store.activeId = findBaseline(store, wanted) ? wanted : DEFAULT_BASELINE_ID;
  return store;
}

function nameTaken(store: BaselineStore, name: string, except?: string): boolean {
  const key = name.trim().toLowerCase();
  return allBaselines(store).some((b) => b.id !== except && b.name.trim().toLowerCase() === key);
}

/** `name`, or `name (2)`, `name (3)`, ... whichever no baseline uses yet. */
export function uniqueName(store: BaselineStore, name: string): string {
  const base = name.trim().slice(0, MAX_NAME_CHARS - 5) || 'My baseline';
  if (!nameTaken(store, base)) return base;
  for (let n = 2; ; n++) if (!nameTaken(store, `${base} (${n})`)) return `${base} (${n})`;
}

/** An id made from the name, unique among presets and the user's baselines. */
export function uniqueId(store: BaselineStore, name: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 56) || 'baseline';
  if (!findBaseline(store, base)) return base;
  for (let n = 2; ; n++) if (!findBaseline(store, `${base}-${n}`)) return `${base}-${n}`;
}

/** Adds a copy of `b`, renaming its id and name if either is taken. */
function addBaseline(store: BaselineStore, b: Baseline): { store: BaselineStore; id: string } {
  const copy = cloneBaseline(b);
  copy.name = uniqueName(store, copy.name);
  if (findBaseline(store, copy.id) || !copy.id) copy.id = uniqueId(store, copy.name);
  return { store: { ...store, baselines: [...store.baselines, copy] }, id: copy.id };
}

/** A new baseline with the default preset's rules. */
export function createBaseline(store: BaselineStore, name = 'My baseline'): Edit {
  const from = presetById(DEFAULT_BASELINE_ID)!;
  const { description: _unused, ...rest } = cloneBaseline(from);
  return { ok: true, ...addBaseline(store, { ...rest, id: '', name }) };
}

export function duplicateBaseline(store: BaselineStore, id: string): Edit {
  const from = findBaseline(store, id);
  if (!from) return fail('That baseline no longer exists.');
  return { ok: true, ...addBaseline(store, { ...cloneBaseline(from), id: '', name: `Copy of ${from.name}` }) };
}

/** Replaces one of the user's baselines; presets are read-only (duplicate one to change it). */
function replace(store: BaselineStore, id: string, change: (b: Baseline) => Baseline | string): Edit {
  if (isPreset(id)) return fail('Presets cannot be changed. Duplicate the preset and edit the copy.');
  const index = store.baselines.findIndex((b) => b.id === id);
  if (index < 0) return fail('That baseline no longer exists.');
  const next = change(cloneBaseline(store.baselines[index]));
  if (typeof next === 'string') return fail(next);
  const baselines = store.baselines.slice();
  baselines[index] = next;
  return { ok: true, store: { ...store, baselines }, id };
}

export function renameBaseline(store: BaselineStore, id: string, name: string): Edit {
  const trimmed = name.trim();
  if (!trimmed) return fail('A baseline needs a name.');
  if (trimmed.length > MAX_NAME_CHARS) return fail(`A name can have at most ${MAX_NAME_CHARS} characters.`);
  if (nameTaken(store, trimmed, id)) return fail(`Another baseline is already called "${trimmed}".`);
  return replace(store, id, (b) => ({ ...b, name: trimmed }));
}

/** Deletes one of the user's baselines; when it was active, the default preset becomes active. */
export function deleteBaseline(store: BaselineStore, id: string): Edit {
  if (isPreset(id)) return fail('Presets cannot be deleted.');
  if (!store.baselines.some((b) => b.id === id)) return fail('That baseline no longer exists.');
  const activeId = store.activeId === id ? DEFAULT_BASELINE_ID : store.activeId;
  return { ok: true, store: { activeId, baselines: store.baselines.filter((b) => b.id !== id) }, id: activeId };
}

export function setActiveBaseline(store: BaselineStore, id: string): Edit {
  if (!findBaseline(store, id)) return fail('That baseline no longer exists.');
  return { ok: true, store: { ...store, activeId: id }, id };
}

/**
 * Changes one rule's settings. The result is checked by the same validator as an imported
 * file, so the editor can never store what an import would refuse.
 */
export function updateRule<R extends RuleId>(store: BaselineStore, id: string, rule: R, patch: Partial<RuleSetting<R>>): Edit {
  return replace(store, id, (b) => {
    const next: Baseline = { ...b, rules: { ...b.rules, [rule]: { ...b.rules[rule], ...patch } } };
    const checked = parseBaseline(JSON.parse(serializeBaseline(next)));
    if (!checked.ok) return `${RULE_INFO[rule].title}: ${checked.errors[0].message}`;
    return { ...next, rules: checked.baseline.rules };
  });
}

/** Adds an imported baseline; a clashing id or name gets a new one, so nothing stored is overwritten. */
export function importBaseline(store: BaselineStore, b: Baseline): Edit & { renamed?: boolean } {
  const added = addBaseline(store, b);
  const stored = added.store.baselines[added.store.baselines.length - 1];
  return { ok: true, ...added, renamed: stored.name !== b.name.trim() };
}

/** Why a number typed into a threshold field cannot be used, or null when it can. */
export function thresholdError(rule: RuleId, text: string): string | null {
  const info = RULE_INFO[rule].threshold;
  if (info.kind !== 'number') return null;
  if (!/^\s*\d+\s*$/.test(text)) return `Enter a whole number of ${info.unit}.`;
  const n = Number(text);
  if (n < info.min || n > info.max) return `Enter ${info.min} to ${info.max} ${info.unit}.`;
  return null;
}

/** Whether two stores would give different deviations (another baseline chosen, or its rules edited). */
export function activeBaselineChanged(before: BaselineStore | null, after: BaselineStore): boolean {
  if (!before) return true;
  return serializeBaseline(activeBaseline(before)) !== serializeBaseline(activeBaseline(after));
}
