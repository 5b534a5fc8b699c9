/** The one report every surface shows (see README, "Report"). Shape fixed by the report contract. */

export const CATEGORIES = [
  'breach-notification',
  'international-transfer',
  'retention-deletion',
  'subprocessors',
  'audit',
  'security-measures',
  'liability',
  'governing-law',
  'data-subject-rights',
  'government-access',
  'confidentiality',
  'data-collection',
  'purposes-legal-basis',
  'sharing',
  'cookies-tracking',
  'automated-decisions',
  'children',
  'contact',
  'policy-changes',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type { Layer, SccVersion } from './text/layers';
import type { Layer, SccVersion } from './text/layers';
export type DocType = 'dpa' | 'privacy-policy' | 'other';

/** Why a tag or term exists: the rule that produced it, in words a reviewer can check. */
export interface Reason {
  rule: string;
  /** In English, for the CLI, exports and any reader without a catalog. */
  reason: string;
  /** The values the reason names ("30" days, "senast inom 24 timmar"), for lib/report to word it in the reader's language (`why.<rule>`). */
  args?: Record<string, string | number>;
}

export interface Clause {
  categories: Category[];
  /** Offsets into the document's extracted plain text (Report-level `text` is not repeated). */
  start: number;
  end: number;
  heading: string | null;
  /** The document's own number for the clause ("7.1", "§ 7", "Clause 9", "8.2(a)"), null when it numbers nothing there. */
  number?: string | null;
  text: string;
  /** One entry per category, in the same order: the rule that tagged it. */
  why: (Reason & { category: Category })[];
  /** Where in the document the clause sits: the DPA's body, an annex, embedded SCCs, the UK Addendum... */
  layer?: Layer;
  /** Set when `layer` is "scc": which Standard Contractual Clauses. */
  sccVersion?: SccVersion;
}

export type BreachQualifier = 'immediately' | 'without-undue-delay' | 'promptly';
export type TransferStance = 'no' | 'consent' | 'yes';
export type TransferMechanism = 'scc' | 'adequacy' | 'dpf' | 'bcr' | 'tia';

interface Evidence {
  /** The sentence the term was read from. */
  evidence: string;
  /** Offsets of that sentence in the document text. */
  start: number;
  end: number;
  why: Reason[];
  /** The layer of the clause the term was read from (terms come from the body first). */
  layer?: Layer;
  sccVersion?: SccVersion;
  /**
   * Set when the document states the term in two ways the engine cannot reconcile (two different
   * periods, a duty and its opposite): `alsoEvidence` holds the other clause.
   */
  unclear?: boolean;
  alsoEvidence?: { evidence: string; start: number; end: number; layer?: Layer }[];
}

/** What another layer (the SCCs, the UK Addendum) states for the same term, shown beside the body's. */
export type LayerValues<T> = Partial<Record<Layer, T & Evidence>>;

export interface Terms {
  breachNotice: ({ maxHours: number | null; qualifier: BreachQualifier | null } & Evidence) | null;
  transfers: ({ outsideEEA: TransferStance | null; mechanisms: TransferMechanism[] } & Evidence) | null;
  subprocessors:
    | ({
        authorization: 'general' | 'specific' | null;
        noticeDays: number | null;
        objectionDays: number | null;
        layers?: LayerValues<{ authorization: 'general' | 'specific' | null }>;
        /** true when the controller may object to a new sub-processor with no time limit stated (not "no objection right"). */
        objectionRight?: boolean;
      } & Evidence)
    | null;
  deletion: ({ deleteWithinDays: number | null; returnWindowDays: number | null } & Evidence) | null;
  retention: ({ days: number } & Evidence)[];
  audit: ({ noticeDays: number | null; maxPerYear: number | null } & Evidence) | null;
  liability: ({ capped: boolean } & Evidence) | null;
  governingLaw:
    | ({ country: string; region: string | null; layers?: LayerValues<{ country: string; region: string | null }> } & Evidence)
    | null;
  dsrResponseDays: number | null;
  /** Evidence for dsrResponseDays (a number in the contract, so its evidence sits beside it). */
  dsrResponse: ({ days: number } & Evidence) | null;
  /** Superseded law the text relies on (Directive 95/46/EC as applicable law, Privacy Shield). */
  outdatedLaw: ({ laws: ('directive-95-46' | 'privacy-shield')[] } & Evidence) | null;
  // Privacy-policy terms (null on other document types):
  /** Retention stated as a criterion with no fixed period ("as long as you use the Services"). */
  retentionNoFixedPeriod?: Evidence | null;
  /** Sale of personal data, and sharing or use for targeted advertising: true done, false denied, null unsaid. */
  sale?: ({ sells: boolean | null; targetedAds: boolean | null } & Evidence) | null;
  /** Opt-out signals: Global Privacy Control and Do Not Track honoured (true), refused (false), mentioned (null). */
  optOutSignals?: ({ gpc: boolean | null; dnt: boolean | null } & Evidence) | null;
  /** Children's data, and the age under which the policy treats users as children. */
  children?: ({ minAge: number | null } & Evidence) | null;
}

export type Severity = 'high' | 'medium' | 'low';

export interface Deviation {
  rule: string;
  severity: Severity;
  /** Short title of the rule ("Breach notice"). */
  title: string;
  expected: string;
  found: string;
  /** Index into `clauses` of the clause that shows it, or null when the term is missing. */
  clause: number | null;
  /** `expected` and `found` as data, so the surfaces can word them in the reader's language (lib/report/i18n). */
  expectedPhrase?: Phrase;
  foundPhrase?: Phrase;
}

/**
 * A deviation's wording as data: a phrase id and its values. `n` is a count of hours or days; `items` are
 * mechanism ids (transfer.*), country names (law.*) or superseded-law ids (outdated.found); `text` is a
 * qualifier id (breach.noHardQ) or a country (law.found*), `region` a state or province.
 */
export interface Phrase {
  id: PhraseId;
  n?: number;
  items?: string[];
  text?: string;
  region?: string;
}

export type PhraseId =
  | 'breach.max' | 'breach.missing' | 'breach.noHard' | 'breach.noHardQ' | 'breach.hours'
  | 'transfer.under' | 'transfer.none' | 'transfer.relying' | 'transfer.noSafeguard'
  | 'sp.noticeMin' | 'sp.noticeMissing' | 'sp.notice'
  | 'sp.objectionMin' | 'sp.objectionMissing' | 'sp.objection'
  | 'deletion.within' | 'deletion.missing'
  | 'audit.max' | 'audit.missing' | 'audit.notice'
  | 'liability.noCap' | 'liability.capped'
  | 'law.none' | 'law.of' | 'law.ofCount' | 'law.eea' | 'law.eeaAnd' | 'law.eeaOrCount' | 'law.missing' | 'law.found' | 'law.foundRegion'
  | 'outdated.none' | 'outdated.found'
  | 'retention.expected' | 'retention.missing' | 'retention.noFixedPeriod'
  | 'dsr.within';

export interface Report {
  schema: 1;
  source: string;
  docType: DocType;
  confidence: number;
  /** The document's title (first heading or HTML title), when it has one. */
  title: string | null;
  /** Name of the baseline the deviations were computed against. */
  baseline: string;
  clauses: Clause[];
  terms: Terms;
  deviations: Deviation[];
  /** Why the document type was chosen. */
  docTypeWhy: Reason[];
  /** Set when the analysis covered only part of the text (see MAX_CHARS). */
  truncated: boolean;
  /** ISO 639-1 code of the text, detected from the text itself; a language ClauseLens does not read gets no terms. */
  language: string;
  /** Characters analyzed against the readable characters the source had (the page, the file). */
  coverage: { read: number; available: number };
  /**
   * Who the document is from (lib/engine/vendor.ts): the processor of a DPA, the "we" of a policy, as the
   * document names it ("document"), else the site's name or host ("site"); null when neither says.
   * Optional: reports stored before it have none.
   */
  vendor?: { name: string; source: 'document' | 'site' } | null;
  /** The "last updated" / effective date the document states, as YYYY-MM-DD; null when it states none. */
  updated?: string | null;
}
