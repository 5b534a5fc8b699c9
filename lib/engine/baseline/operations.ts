/**
 * Changes to the stored baselines as operations: the options page sends one, the background (their one writer)
 * applies it to the store as it is when its turn comes, so two windows editing never undo each other's edits.
 */
import { isObject } from '../jsontext';
import { RULE_INFO, parseBaseline, type RuleId, type RuleSetting } from './baseline';
import {
  createBaseline,
  deleteBaseline,
  duplicateBaseline,
  importBaseline,
  renameBaseline,
  setActiveBaseline,
  updateRule,
  type BaselineStore,
  type Edit,
} from './store';

export type BaselineOperation =
  | { op: 'create'; name?: string }
  | { op: 'duplicate'; id: string }
  | { op: 'rename'; id: string; name: string }
  | { op: 'delete'; id: string }
  | { op: 'activate'; id: string }
  | { op: 'rule'; id: string; rule: RuleId; patch: Partial<RuleSetting> }
  /** A baseline as its file holds it (serialized); checked again by the writer. */
  | { op: 'import'; baseline: unknown };

/** What the options page learns: the baseline the edit names, or why it was refused. */
export type BaselineOutcome = { ok: true; id: string; name: string; renamed?: boolean } | { ok: false; error: string };

/** Applies an operation to the store (pure). */
export function applyBaselineOperation(store: BaselineStore, operation: BaselineOperation): Edit & { renamed?: boolean } {
  switch (operation.op) {
    case 'create':
      return createBaseline(store, operation.name);
    case 'duplicate':
      return duplicateBaseline(store, operation.id);
    case 'rename':
      return renameBaseline(store, operation.id, operation.name);
    case 'delete':
      return deleteBaseline(store, operation.id);
    case 'activate':
      return setActiveBaseline(store, operation.id);
    case 'rule':
      return updateRule(store, operation.id, operation.rule, operation.patch);
    case 'import': {
      const parsed = parseBaseline(operation.baseline);
      if (!parsed.ok) return { ok: false, error: `${parsed.errors[0].path}: ${parsed.errors[0].message}` };
      return importBaseline(store, parsed.baseline);
    }
  }
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** The operation in a message, checked field by field; a string says what is wrong with it. */
export function readBaselineOperation(v: unknown): BaselineOperation | string {
  if (!isObject(v)) return 'an operation must be an object';
  switch (v.op) {
    case 'create':
      return v.name === undefined || (typeof v.name === 'string' && v.name.length <= 200) ? { op: 'create', name: v.name as string | undefined } : 'create: name must be text';
    case 'duplicate':
    case 'delete':
    case 'activate':
      return isId(v.id) ? { op: v.op, id: v.id } : `${v.op}: id must be a baseline id`;
    case 'rename':
      return isId(v.id) && typeof v.name === 'string' && v.name.length <= 1000 ? { op: 'rename', id: v.id, name: v.name } : 'rename: needs an id and a name';
    case 'rule':
      if (!isId(v.id) || typeof v.rule !== 'string' || !Object.hasOwn(RULE_INFO, v.rule) || !isObject(v.patch)) return 'rule: needs an id, a rule id and a patch object';
      return { op: 'rule', id: v.id, rule: v.rule as RuleId, patch: v.patch as Partial<RuleSetting> };
    case 'import':
      return isObject(v.baseline) ? { op: 'import', baseline: v.baseline } : 'import: baseline must be an object';
    default:
      return 'unknown operation';
  }
}
