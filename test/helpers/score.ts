/** The corpus scorer (../shared/eval/score.mjs) run in-process over test/fixtures, so tests need no CLI spawn. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/engine/analyze';
import type { Report } from '../../lib/engine/report';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { isPdf, pdfText } from '../../scripts/pdf';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Gold {
  /** The gold file's own name (set when loaded). */
  file?: string;
  document: string;
  docType: Report['docType'];
  /** ISO 639-1 code of the document (English when absent). */
  language?: string;
  terms?: Record<string, unknown>;
  mustTag?: [string, string][];
  mustNotTag?: [string, string][];
  deviations?: { present?: string[]; absent?: string[] };
}

export const fold = (s: unknown) =>
  String(s ?? '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const near = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b)) : a === b;

function sameValue(want: unknown, got: unknown): boolean {
  if (want === null) return got === null || got === undefined;
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return false;
    if (want.every((w) => typeof w === 'number')) {
      const g = got.map((x) => (typeof x === 'object' && x !== null ? (x as { days: number }).days : x)).sort((a, b) => a - b);
      return [...want].sort((a, b) => a - b).every((w, i) => near(w, g[i]));
    }
    const g = new Set(got.map(String));
    return want.every((w) => g.has(String(w)));
  }
  if (typeof want === 'object') return got !== null && typeof got === 'object';
  return near(want, got);
}

export function tagged(report: Report, category: string, quote: string): boolean {
  const q = fold(quote);
  return report.clauses.some((c) => {
    if (!(c.categories as string[]).includes(category)) return false;
    const t = fold(c.text);
    return t.includes(q) || (t.length > 20 && q.includes(t));
  });
}

export type Part = 'docType' | 'terms' | 'tags' | 'traps' | 'deviations';
/** The parts only a real reading earns (score.mjs's last line): terms the document does state, deviations that must fire. */
export type Earned = 'stated' | 'flagged';
export interface Scored {
  gold: Gold;
  report: Report;
  parts: Record<Part, [number, number]>;
  earned: Record<Earned, [number, number]>;
  misses: string[];
}

/** The gold files of one half: `gold` (the tuning half, seeds included) or `gold-validation` (never tuned on). */
export function loadGolds(dir: 'gold' | 'gold-validation' = 'gold'): Gold[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(FIXTURES, dir, f), 'utf8')) as Gold), file: f }));
}

/** The report of a fixture, read as the CLI reads it (a PDF through its text layer). */
export async function readReport(path: string): Promise<Report> {
  const buf = readFileSync(path);
  if (!isPdf(buf)) return reportFor(path);
  return analyze(await pdfText(buf), { source: path });
}

/** Every gold file of a half, scored (PDFs included). */
export async function scoreHalf(dir: 'gold' | 'gold-validation'): Promise<Scored[]> {
  return Promise.all(loadGolds(dir).map(async (g) => score(g, await readReport(join(FIXTURES, g.document)))));
}

export function reportFor(path: string): Report {
  const raw = readFileSync(path, 'utf8');
  const format = detectFormat(path, raw);
  if (!format) throw new Error(`${path}: unreadable`);
  return analyze(readInput(raw, format), { source: path });
}

/** Scores one gold file exactly as score.mjs does: a wrong docType scores nothing. */
export function score(gold: Gold, report = reportFor(join(FIXTURES, gold.document))): Scored {
  const parts: Record<Part, [number, number]> = { docType: [0, 0], terms: [0, 0], tags: [0, 0], traps: [0, 0], deviations: [0, 0] };
  const earned: Record<Earned, [number, number]> = { stated: [0, 0], flagged: [0, 0] };
  const earn = (k: Earned, ok: boolean) => {
    earned[k][0] += ok && typed ? 1 : 0;
    earned[k][1] += 1;
  };
  const isStated = (w: unknown) => w !== null && !(Array.isArray(w) && !w.length);
  const misses: string[] = [];
  const typed = report.docType === gold.docType;
  const check = (part: Part, label: string, ok: boolean) => {
    parts[part][0] += ok && typed ? 1 : 0;
    parts[part][1] += 1;
    if (!ok) misses.push(`${part} ${label}`);
  };
  check('docType', `${gold.docType} (got ${report.docType})`, typed);
  for (const [key, want] of Object.entries(gold.terms ?? {})) {
    const got = (report.terms as unknown as Record<string, unknown>)[key];
    if (want === null || Array.isArray(want) || typeof want !== 'object') {
      const ok = sameValue(want, got);
      check('terms', key, ok);
      if (isStated(want)) earn('stated', ok);
    } else
      for (const [field, w] of Object.entries(want)) {
        const ok = sameValue(w, (got as Record<string, unknown> | null)?.[field]);
        check('terms', `${key}.${field}`, ok);
        if (isStated(w)) earn('stated', ok);
      }
  }
  for (const [cat, quote] of gold.mustTag ?? []) check('tags', `${cat}: "${quote}"`, tagged(report, cat, quote));
  for (const [cat, quote] of gold.mustNotTag ?? []) check('traps', `${cat}: "${quote}"`, !tagged(report, cat, quote));
  const rules = new Set(report.deviations.map((d) => d.rule));
  for (const r of gold.deviations?.present ?? []) {
    check('deviations', `missing ${r}`, rules.has(r));
    earn('flagged', rules.has(r));
  }
  for (const r of gold.deviations?.absent ?? []) check('deviations', `spurious ${r}`, !rules.has(r));
  return { gold, report, parts, earned, misses };
}

/** Sums of each part over several scored documents. */
export function totals(results: Scored[]): Record<Part | Earned, [number, number]> {
  const out = {} as Record<Part | Earned, [number, number]>;
  for (const r of results)
    for (const [k, [a, b]] of [...Object.entries(r.parts), ...Object.entries(r.earned)] as [Part | Earned, [number, number]][]) {
      const t = (out[k] ??= [0, 0]);
      t[0] += a;
      t[1] += b;
    }
  return out;
}
