import { analyze, analyzeText } from '../../lib/engine/analyze';
import type { Category, Report } from '../../lib/engine/report';
import { matchCategory } from '../../lib/engine/tag/tag';
import { readInput } from '../../lib/engine/text/input';

/**
 * Short documents for tables of drafting variants: each kind's opening (its title and its parties), so a sentence is
 * read as that document would read it, and the value of a dotted term path ("breachNotice.maxHours").
 */
export const INTRO = {
  en: '# Data Processing Agreement\n\nThis Data Processing Agreement is between Customer (the controller) and Vendor (the processor).',
  de: '# Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO\n\nzwischen dem Kunden (Verantwortlicher, „Auftraggeber“) und der Anbieter GmbH (Auftragsverarbeiter, „Auftragnehmer“).',
  sv: '# Personuppgiftsbiträdesavtal\n\nDetta avtal ingås mellan Kunden (personuppgiftsansvarig) och Leverantören AB (personuppgiftsbiträde).',
  policyDe: '# Datenschutzerklärung\n\nDiese Datenschutzerklärung informiert Sie darüber, wie die Acme GmbH Ihre personenbezogenen Daten verarbeitet, wenn Sie unsere Website nutzen. Verantwortlicher im Sinne der DSGVO ist die Acme GmbH.',
  policySv: '# Integritetspolicy\n\nI denna integritetspolicy beskriver vi hur Exempel AB behandlar dina personuppgifter när du använder vår webbplats och app. Exempel AB är personuppgiftsansvarig.',
  policy: '# Privacy Policy\n\nThis privacy policy explains how Acme collects and uses your personal data when you use our website and app. We are the controller of your personal data.',
} as const;

/** A document of that kind with `body` under the section heading `heading`. */
export const underHeading = (kind: keyof typeof INTRO, heading: string, body: string): string => `${INTRO[kind]}\n\n## ${heading}\n\n${body}\n`;

/** The report of `sentence` read under `heading` in a document of that kind. */
export const readUnder = (kind: keyof typeof INTRO, heading: string, sentence: string): Report =>
  analyzeText(readInput(underHeading(kind, heading, sentence), 'markdown'), { source: `${kind}.md`, force: true }).report;

/** The categories of the clause holding `sentence` (found by its 25 characters from `from`); none when no clause does. */
export const categoriesOf = (report: Report, sentence: string, from = 0): string[] =>
  report.clauses.find((c) => c.text.includes(sentence.slice(from, from + 25)))?.categories ?? [];

/** The value at a dotted path of an object ("subprocessors.noticeDays"); undefined past a missing step. */
export const valueAt = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x == null ? x : (x as Record<string, unknown>)[k]), o);

/** Whether one sentence, read alone, is tagged `category` (a policy's rules unless `kind` says otherwise). */
export const taggedAlone = (category: Category, sentence: string, kind: 'privacy-policy' | 'base' = 'privacy-policy'): boolean =>
  matchCategory(category, sentence.toLowerCase(), '', kind) !== null;

/** Plain-text blocks (a title, a sentence, a heading) read as one document, forced past the page-type check. */
export const readBlocks = (...blocks: string[]): Report => analyze({ text: blocks.join('\n\n'), title: null, hints: null }, { force: true });

/** The retention periods of a report, in days and document order (none: an empty list). */
export const retentionDays = (r: Report): number[] => r.terms.retention?.map((x) => x.days) ?? [];
