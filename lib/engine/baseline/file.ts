/** Baseline files: import (validated, with the path of every problem), export, and schema migrations. */
import { isObject, readJsonText, shown } from '../jsontext';
import { canonicalCountry, countryKey } from './countries';
import { CURRENT_SCHEMA, DEFAULT_BASELINE, type Baseline } from './presets';
import { ACCEPTED_MECHANISMS, RULE_IDS, RULE_INFO, SEVERITIES, type AcceptedMechanism, type RuleId, type RuleSettings, type ThresholdInfo } from './rules';

/** Marker written into exported files; imports may omit it. */
export const BASELINE_FORMAT = 'clauselens-baseline';

export interface BaselineIssue {
  path: string;
  message: string;
  /** 1-based position, for JSON syntax errors. */
  line?: number;
  column?: number;
}

export type ParseBaselineResult =
  | { ok: true; baseline: Baseline; warnings: BaselineIssue[] }
  | { ok: false; errors: BaselineIssue[] };

type JsonObject = Record<string, unknown>;



/** Upgrades an older file's raw object to the current schema, one version at a time. */
const MIGRATIONS: Record<number, (old: JsonObject) => JsonObject> = {
  // 1: (v1) => ({ ...v1, schema: 2, ... }),
};

export function migrateBaseline(
  raw: JsonObject,
): { ok: true; value: JsonObject; warnings: BaselineIssue[] } | { ok: false; error: BaselineIssue } {
  const warnings: BaselineIssue[] = [];
  let schema = raw.schema;
  if (schema === undefined) {
    warnings.push({ path: 'schema', message: `missing; read as schema ${CURRENT_SCHEMA}` });
    schema = CURRENT_SCHEMA;
  }
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { ok: false, error: { path: 'schema', message: `must be a whole number of 1 or more, got ${shown(schema)}` } };
  }
  if (schema > CURRENT_SCHEMA) {
    return {
      ok: false,
      error: { path: 'schema', message: `was written by a newer ClauseLens (schema ${schema}); this version reads up to schema ${CURRENT_SCHEMA}` },
    };
  }
  let value: JsonObject = { ...raw, schema };
  for (let v = schema; v < CURRENT_SCHEMA; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: { path: 'schema', message: `no migration from schema ${v}` } };
    value = step(value);
  }
  return { ok: true, value, warnings };
}

interface Collector {
  errors: BaselineIssue[];
  warnings: BaselineIssue[];
}

const KNOWN_TOP_LEVEL = new Set(['format', '$schema', 'schema', 'id', 'name', 'description', 'rules']);

function readThreshold(info: ThresholdInfo, value: unknown, path: string, out: Collector): unknown {
  switch (info.kind) {
    case 'number': {
      if (typeof value === 'number' && Number.isInteger(value) && value >= info.min && value <= info.max) return value;
      out.errors.push({ path, message: `must be a whole number of ${info.unit} between ${info.min} and ${info.max}, got ${shown(value)}` });
      return undefined;
    }
    case 'mechanisms': {
      if (!Array.isArray(value)) {
        out.errors.push({ path, message: `must be a list of mechanisms (${ACCEPTED_MECHANISMS.join(', ')}), got ${shown(value)}` });
        return undefined;
      }
      const result: AcceptedMechanism[] = [];
      value.forEach((m, i) => {
        const key = typeof m === 'string' ? m.trim().toLowerCase() : m;
        if (key === 'tia') {
          out.errors.push({ path: `${path}[${i}]`, message: `"tia" (transfer impact assessment) is not a transfer mechanism; use ${ACCEPTED_MECHANISMS.join(', ')}` });
        } else if (typeof key === 'string' && (ACCEPTED_MECHANISMS as readonly string[]).includes(key)) {
          if (!result.includes(key as AcceptedMechanism)) result.push(key as AcceptedMechanism);
        } else {
          out.errors.push({ path: `${path}[${i}]`, message: `must be one of ${ACCEPTED_MECHANISMS.join(', ')}, got ${shown(m)}` });
        }
      });
      return result;
    }
    case 'countries': {
      if (!Array.isArray(value)) {
        out.errors.push({ path, message: `must be a list of country names, got ${shown(value)}` });
        return undefined;
      }
      const result: string[] = [];
      value.forEach((c, i) => {
        const country = typeof c === 'string' ? canonicalCountry(c) : null;
        if (country === null) {
          const what = typeof c === 'string' ? `unknown country ${shown(c)}` : `must be a country name, got ${shown(c)}`;
          out.errors.push({ path: `${path}[${i}]`, message: `${what}; use English short names such as "Germany" or "United Kingdom"` });
        } else if (!result.includes(country)) {
          result.push(country);
        }
      });
      return result;
    }
    case 'none':
      return undefined;
  }
}

function thresholdKeys(info: ThresholdInfo): string[] {
  return info.kind === 'none' ? [] : [info.key];
}

function readRule(id: RuleId, raw: unknown, out: Collector): JsonObject {
  const path = `rules.${id}`;
  const fallback = DEFAULT_BASELINE.rules[id] as unknown as JsonObject;
  const info = RULE_INFO[id].threshold;
  const keys = ['enabled', 'severity', ...thresholdKeys(info)];
  if (!isObject(raw)) {
    out.errors.push({ path, message: `must be an object with ${keys.join(', ')}, got ${shown(raw)}` });
    return {};
  }
  for (const k of Object.keys(raw)) {
    if (!keys.includes(k)) out.errors.push({ path: `${path}.${k}`, message: `unknown setting; this rule has ${keys.join(', ')}` });
  }
  const rule: JsonObject = {};
  for (const k of keys) {
    if (raw[k] === undefined) {
      rule[k] = structuredClone(fallback[k]);
      out.warnings.push({ path: `${path}.${k}`, message: `missing; using the default preset's value ${JSON.stringify(fallback[k])}` });
      continue;
    }
    if (k === 'enabled') {
      if (typeof raw.enabled === 'boolean') rule.enabled = raw.enabled;
      else out.errors.push({ path: `${path}.enabled`, message: `must be true or false, got ${shown(raw.enabled)}` });
    } else if (k === 'severity') {
      if (typeof raw.severity === 'string' && (SEVERITIES as readonly string[]).includes(raw.severity)) rule.severity = raw.severity;
      else out.errors.push({ path: `${path}.severity`, message: `must be one of "high", "medium", "low", got ${shown(raw.severity)}` });
    } else {
      rule[k] = readThreshold(info, raw[k], `${path}.${k}`, out);
    }
  }
  return rule;
}

function slug(name: string): string {
  const s = countryKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return (s || 'baseline').slice(0, 64);
}

/** Validates an imported (already JSON.parse'd) baseline; missing rules come from the default preset. */
export function parseBaseline(input: unknown): ParseBaselineResult {
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: `the file must hold a JSON object, got ${shown(input)}` }] };
  if (input.format !== undefined && input.format !== BASELINE_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `must be "${BASELINE_FORMAT}", got ${shown(input.format)}; this is not a ClauseLens baseline` }] };
  }
  const migrated = migrateBaseline(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const raw = migrated.value;
  const out: Collector = { errors: [], warnings: [...migrated.warnings] };

  for (const k of Object.keys(raw)) {
    if (!KNOWN_TOP_LEVEL.has(k)) out.warnings.push({ path: k, message: 'unknown field, ignored' });
  }

  let name = '';
  if (typeof raw.name !== 'string' || raw.name.trim() === '') {
    out.errors.push({ path: 'name', message: raw.name === undefined ? 'missing; a baseline needs a name' : `must be a non-empty text, got ${shown(raw.name)}` });
  } else if (raw.name.trim().length > 100) {
    out.errors.push({ path: 'name', message: `must be at most 100 characters, got ${raw.name.trim().length}` });
  } else {
    name = raw.name.trim();
  }

  let id = '';
  if (raw.id === undefined) {
    id = slug(name);
    if (name) out.warnings.push({ path: 'id', message: `missing; using "${id}"` });
  } else if (typeof raw.id !== 'string' || raw.id.trim() === '' || raw.id.length > 64) {
    out.errors.push({ path: 'id', message: `must be a non-empty text of at most 64 characters, got ${shown(raw.id)}` });
  } else {
    id = raw.id.trim();
  }

  let description: string | undefined;
  if (raw.description !== undefined && raw.description !== null) {
    if (typeof raw.description === 'string') description = raw.description;
    else out.errors.push({ path: 'description', message: `must be text, got ${shown(raw.description)}` });
  }

  const rules: JsonObject = {};
  if (!isObject(raw.rules)) {
    out.errors.push({
      path: 'rules',
      message: raw.rules === undefined ? 'missing; expected an object keyed by rule id' : `must be an object keyed by rule id, got ${shown(raw.rules)}`,
    });
  } else {
    for (const k of Object.keys(raw.rules)) {
      if (!(RULE_IDS as readonly string[]).includes(k)) {
        out.errors.push({ path: `rules.${k}`, message: `unknown rule id; known rules: ${RULE_IDS.join(', ')}` });
      }
    }
    for (const ruleId of RULE_IDS) {
      const given = raw.rules[ruleId];
      if (given === undefined) {
        rules[ruleId] = structuredClone(DEFAULT_BASELINE.rules[ruleId]);
        out.warnings.push({ path: `rules.${ruleId}`, message: `missing; using the default preset's setting` });
      } else {
        rules[ruleId] = readRule(ruleId, given, out);
      }
    }
  }

  if (out.errors.length) return { ok: false, errors: out.errors };
  const baseline: Baseline = {
    schema: CURRENT_SCHEMA,
    id,
    name,
    ...(description !== undefined ? { description } : {}),
    // Every rule and field was checked above against RULE_INFO, which mirrors RuleThresholds.
    rules: rules as unknown as RuleSettings,
  };
  return { ok: true, baseline, warnings: out.warnings };
}

/** The export file: stable key order, two-space indent, trailing newline. */
export function serializeBaseline(b: Baseline): string {
  const rules: JsonObject = {};
  for (const id of RULE_IDS) {
    const r = b.rules[id] as unknown as JsonObject;
    const ordered: JsonObject = { enabled: r.enabled, severity: r.severity };
    for (const k of thresholdKeys(RULE_INFO[id].threshold)) ordered[k] = r[k];
    rules[id] = ordered;
  }
  const file: JsonObject = { format: BASELINE_FORMAT, schema: b.schema, id: b.id, name: b.name };
  if (b.description !== undefined) file.description = b.description;
  file.rules = rules;
  return `${JSON.stringify(file, null, 2)}\n`;
}

const MAX_FILE_CHARS = 1_000_000;

/** Parses an imported file's text, reporting JSON syntax errors with line and column. */
export function parseBaselineJson(text: string): ParseBaselineResult {
  const read = readJsonText(text, MAX_FILE_CHARS);
  if (!read.ok) {
    const message = read.reason === 'too-large' ? `the file is too large for a baseline (${text.length} characters)` : read.message;
    return { ok: false, errors: [{ path: '', ...(read.line !== undefined ? { line: read.line, column: read.column } : {}), message }] };
  }
  return parseBaseline(read.value);
}
