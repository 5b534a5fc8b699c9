/**
 * The report as the command line prints it. Indented (--pretty, the default on a terminal): the engine's report as
 * it is. Compact (piped): the same report with each clause's `why` written once per report instead of once per
 * clause, since most of a clause's reasons are the same few sentences repeated thousands of times (on 1 MB of DPAs,
 * `why` was 29 % of the JSON): `why[i]` is the rule id that tagged `categories[i]`, its reason in the report's
 * `reasons` table, or `{ rule, reason, args? }` where the reason is the clause's own (a heading it names, values).
 * Nothing else changes: the contract's fields (report-contract.md) are all there, texts whole. `expandReport` reads it back.
 */
import type { Clause, Report } from '../../lib/engine/report';

type CompactWhy = string | Omit<Clause['why'][number], 'category'>;
export type CompactReport = Omit<Report, 'clauses'> & { clauses: (Omit<Clause, 'why'> & { why: CompactWhy[] })[]; reasons: Record<string, string> };

/** The report with its clauses' reasons in one table. */
export function compactReport(report: Report): CompactReport {
  const reasons: Record<string, string> = {};
  const clauses = report.clauses.map((c) => ({
    ...c,
    why: c.why.map(({ category: _category, ...w }): CompactWhy => {
      if (w.args) return w;
      const known = Object.hasOwn(reasons, w.rule) ? reasons[w.rule] : (reasons[w.rule] = w.reason);
      return known === w.reason ? w.rule : w;
    }),
  }));
  return { ...report, clauses, reasons };
}

/** The engine's report from its compact form. */
export function expandReport(compact: CompactReport): Report {
  const { reasons, ...report } = compact;
  return {
    ...report,
    clauses: compact.clauses.map((c) => ({
      ...c,
      why: c.why.map((w, i) => ({ category: c.categories[i], ...(typeof w === 'string' ? { rule: w, reason: reasons[w] } : w) })),
    })),
  };
}

/** The JSON the command prints for one report: indented and whole for people, compact when piped. */
export const reportJson = (report: Report, pretty: boolean): string => (pretty ? JSON.stringify(report, null, 2) : JSON.stringify(compactReport(report)));
