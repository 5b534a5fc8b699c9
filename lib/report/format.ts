/** Words for the report: one wording of each term, shared by the CLI, the popup and the in-page card, in the reader's language (English by default). */
import { RULE_INFO, PRESETS, type RuleId } from '../engine/baseline/baseline';
import { CATEGORY_LABELS, categoryLabel, categoryLabels } from './labels';
import { CATALOGS, EN, placeholders, type Args, type I18n, type Message, type MessageKey } from './i18n';
import type { Clause, Deviation, Phrase, Reason, Report, Terms } from '../engine/report';
import { clauseRef } from './ref';

export { CATEGORY_LABELS, categoryLabel, categoryLabels };

export function docTypeLabel(docType: Report['docType'], i18n: I18n = EN): string {
  return i18n.t(`doctype.${docType}`);
}

export const DOC_TYPE_LABELS: Record<Report['docType'], string> = {
  dpa: docTypeLabel('dpa'),
  'privacy-policy': docTypeLabel('privacy-policy'),
  other: docTypeLabel('other'),
};

/** One key term as a reader sees it: "Breach notice: 72 hours (without undue delay)". */
export interface TermLine {
  key: keyof Terms | 'retention';
  label: string;
  /** The normalized value, or what is missing ("not stated"). */
  value: string;
  stated: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
  why: string | null;
  /** Where the evidence sits: the clause's number or heading ("Clause 7.1 · Sub-processors"). */
  ref: string | null;
  /**
   * What another layer of the document states for the same term where it differs from the value above
   * ("SCCs: Ireland" beside the body's own law): kept beside the body's term, never in its place.
   */
  layers?: TermLayerLine[];
}

/** One other layer's value of a term ("SCCs: Ireland"), with the sentence it was read from. */
export interface TermLayerLine {
  layer: 'scc' | 'uk-addendum';
  /** The layer as a reader names it ("SCCs", "UK Addendum"). */
  label: string;
  value: string;
  evidence: string;
  start: number;
  end: number;
}

/** A duration in days as a reader says it: "5 days", "2 months (60 days)", "3 years". `within` inflects it after "within" (German dative). */
export function days(n: number, i18n: I18n = EN, within = false): string {
  const unit = (u: 'days' | 'months' | 'years', k: number) => i18n.t(`unit.${u}${within ? '.within' : ''}` as MessageKey, { n: k });
  if (n % 365 === 0 && n >= 365) return unit('years', n / 365);
  if (n % 30 === 0 && n >= 60 && n < 365) return i18n.t('unit.monthsInDays', { months: unit('months', n / 30), days: unit('days', n) });
  return unit('days', n);
}

export function hours(n: number, i18n: I18n = EN, within = false): string {
  return i18n.t(within ? 'unit.hours.within' : 'unit.hours', { n });
}

/** A governing-law country in the reader's language ("Sverige", "Schweden"), from the engine's English short name. */
export function countryName(name: string, i18n: I18n = EN): string {
  if (i18n.locale === 'en') return name;
  const code = regionCode(name);
  if (!code) return name;
  try {
    return new Intl.DisplayNames([i18n.locale], { type: 'region' }).of(code) ?? name;
  } catch {
    return name;
  }
}

let regionCodes: Map<string, string> | null = null;
/** ISO 3166 code of an English country name, read from the runtime's own region names (no table to keep). */
function regionCode(name: string): string | null {
  if (!regionCodes) {
    regionCodes = new Map();
    try {
      const english = new Intl.DisplayNames(['en'], { type: 'region' });
      for (let a = 65; a <= 90; a++)
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          const shown = english.of(code);
          if (shown && shown !== code) regionCodes.set(shown.toLowerCase(), code);
        }
    } catch {
      // No Intl.DisplayNames: country names stay in English.
    }
    for (const [alias, code] of Object.entries(COUNTRY_CODE_ALIASES)) regionCodes.set(alias, code);
  }
  return regionCodes.get(name.toLowerCase()) ?? null;
}

/** Short names the engine uses where the runtime's English region names differ. */
const COUNTRY_CODE_ALIASES: Record<string, string> = {
  'united states': 'US', 'united kingdom': 'GB', czechia: 'CZ', 'hong kong': 'HK', macau: 'MO', 'south korea': 'KR',
  'north korea': 'KP', 'ivory coast': 'CI', "côte d'ivoire": 'CI', 'myanmar': 'MM', 'palestine': 'PS', 'vatican city': 'VA',
  'eswatini': 'SZ', 'north macedonia': 'MK', 'bosnia and herzegovina': 'BA', 'congo': 'CG', 'dr congo': 'CD',
};

/**
 * A rule's reason in the reader's language: the catalog's `why.<rule>` with the values the engine named
 * (Reason.args; a country by its name in the language), else the engine's English (a rule with no entry yet,
 * or a reason whose values the entry cannot hold).
 */
export function reasonWords(w: Partial<Pick<Reason, 'rule' | 'args'>> & Pick<Reason, 'reason'>, i18n: I18n = EN): string {
  if (i18n.locale === 'en' || !w.rule) return w.reason;
  const key = `why.${w.rule}` as MessageKey;
  const message = CATALOGS[i18n.locale][key] as Message | undefined;
  if (message === undefined) return w.reason;
  const args: Record<string, string | number> = { ...(w.args ?? {}) };
  if (typeof args.country === 'string') args.country = countryName(args.country, i18n);
  // Transfer mechanisms by their names in the language ("adekvansbeslut, standardavtalsklausuler").
  if (typeof args.mechanisms === 'string') args.mechanisms = args.mechanisms.split(', ').map((m) => i18n.t(`dev.mechanism.${m}` as MessageKey)).join(', ');
  if (!placeholders(message).every((p) => p in args)) return w.reason;
  return i18n.t(key, args);
}

/** The key terms of a report, in reading order of importance, stated or not. */
export function termLines(report: Pick<Report, 'docType' | 'terms'> & Partial<Pick<Report, 'clauses'>>, i18n: I18n = EN): TermLine[] {
  const t2 = (key: MessageKey, args?: Args) => i18n.t(key, args);
  const d_ = (n: number) => days(n, i18n);
  const within = (n: number) => days(n, i18n, true);
  const terms = report.terms;
  const lines: TermLine[] = [];
  const notStated = t2('term.notStated');
  const add = (key: TermLine['key'], value: string | null, at: { evidence: string; start: number; end: number; why: { reason: string }[] } | null, missing: string) =>
    lines.push({
      key,
      label: t2(`term.${key}` as MessageKey),
      value: value ?? missing,
      stated: value !== null,
      evidence: at?.evidence ?? null,
      start: at?.start ?? null,
      end: at?.end ?? null,
      why: at?.why.map((w) => reasonWords(w, i18n)).join('; ') ?? null,
      ref: at ? clauseRef(clauseAt(report, at.start), i18n) : null,
    });
  const qualified = (value: string, q: string | null) => (q ? t2('term.qualified', { value, qualifier: t2(`qualifier.${q}` as MessageKey) }) : value);
  const isDpa = report.docType === 'dpa';
  const b = terms.breachNotice;
  if (isDpa || b)
    add('breachNotice', b ? qualified(b.maxHours !== null ? t2('term.breach.within', { d: hours(b.maxHours, i18n, true) }) : t2('term.breach.noHard'), b.qualifier) : null, b, notStated);
  const tr = terms.transfers;
  if (tr) {
    const stance = tr.outsideEEA === 'no' || tr.outsideEEA === 'consent' || tr.outsideEEA === 'yes' ? t2(`term.transfers.${tr.outsideEEA}`) : t2('term.transfers.mentioned');
    const value = tr.mechanisms.length ? t2('term.transfers.via', { stance, mechanisms: tr.mechanisms.map((m) => t2(`mechanism.short.${m}`)).join(', ') }) : stance;
    add('transfers', value, tr, notStated);
  } else add('transfers', null, null, notStated);
  if (isDpa || terms.subprocessors) {
    const s = terms.subprocessors;
    add('subprocessors', s ? [s.authorization ? t2(`term.sp.${s.authorization}`) : null, s.noticeDays !== null ? t2('term.sp.notice', { d: d_(s.noticeDays) }) : t2('term.sp.noNotice'), s.objectionDays !== null ? t2('term.sp.objection', { d: d_(s.objectionDays) }) : s.objectionRight ? t2('term.sp.objectionNoLimit') : t2('term.sp.noObjection')].filter(Boolean).join(', ') : null, s, notStated);
    // "SCCs: specific authorization" beside a body that authorizes generally (a 2010 Clause 11 in the annex).
    const authorization = (v: { authorization: 'general' | 'specific' | null }) => (v.authorization ? t2(`term.sp.${v.authorization}`) : '');
    const others = s?.authorization ? layerLines<{ authorization: 'general' | 'specific' | null }>(s.layers, authorization, s, i18n).filter((l) => l.value) : [];
    if (others.length) lines[lines.length - 1].layers = others;
  }
  const d = terms.deletion;
  add('deletion', d && (d.deleteWithinDays !== null || d.returnWindowDays !== null) ? [d.deleteWithinDays !== null ? t2('term.deletion.within', { d: within(d.deleteWithinDays) }) : t2('term.deletion.noDeadline'), d.returnWindowDays !== null ? t2('term.deletion.returnWindow', { d: within(d.returnWindowDays) }) : null].filter(Boolean).join(', ') : d ? t2('term.deletion.noneStated') : null, d, t2('term.deletion.noDeadline'));
  const r = terms.retention;
  const open = terms.retentionNoFixedPeriod ?? null;
  add('retention', r.length ? r.map((x) => d_(x.days)).join(', ') : open ? t2('term.retention.noFixed') : null, r[0] ?? open, t2('term.retention.none'));
  if (isDpa || terms.audit) {
    const a = terms.audit;
    add('audit', a ? [a.noticeDays !== null ? t2('term.audit.notice', { d: d_(a.noticeDays) }) : t2('term.audit.noNotice'), a.maxPerYear !== null ? t2('term.audit.perYear', { n: a.maxPerYear }) : null].filter(Boolean).join(', ') : null, a, t2('term.audit.none'));
  }
  if (isDpa || terms.liability) add('liability', terms.liability ? t2(terms.liability.capped ? 'term.liability.capped' : 'term.liability.uncapped') : null, terms.liability, notStated);
  const g = terms.governingLaw;
  const law = (l: { country: string; region: string | null }) => (l.region ? t2('term.law.region', { region: l.region, country: countryName(l.country, i18n) }) : countryName(l.country, i18n));
  add('governingLaw', g ? law(g) : null, g, notStated);
  if (g) {
    const others = layerLines(g.layers, law, g, i18n);
    if (others.length) lines[lines.length - 1].layers = others;
  }
  if (!isDpa || terms.dsrResponse) add('dsrResponseDays', terms.dsrResponse ? t2('term.dsr.within', { d: within(terms.dsrResponse.days) }) : null, terms.dsrResponse, notStated);
  if (report.docType === 'privacy-policy') {
    const yesNo = (v: boolean | null, yes: MessageKey, no: MessageKey) => (v === null ? null : t2(v ? yes : no));
    const sale = terms.sale ?? null;
    add('sale', sale ? [yesNo(sale.sells, 'term.sale.sells', 'term.sale.noSale'), yesNo(sale.targetedAds, 'term.sale.ads', 'term.sale.noAds')].filter(Boolean).join(', ') : null, sale, notStated);
    const sig = terms.optOutSignals ?? null;
    const signal = (s: string, v: boolean | null) => t2(v === null ? 'term.signal.mentioned' : v ? 'term.signal.honoured' : 'term.signal.notHonoured', { s });
    const named = (rule: string) => sig?.why.some((w) => 'rule' in w && w.rule === rule);
    add('optOutSignals', sig ? [named('gpc') ? signal('GPC', sig.gpc) : null, named('dnt') ? signal('DNT', sig.dnt) : null].filter(Boolean).join(', ') : null, sig, notStated);
    const kids = terms.children ?? null;
    add('children', kids ? (kids.minAge !== null ? t2('term.children.under', { n: kids.minAge }) : t2('term.children.addressed')) : null, kids, notStated);
  }
  if (terms.outdatedLaw) add('outdatedLaw', terms.outdatedLaw.laws.map((l) => t2(`law.${l}`)).join(', '), terms.outdatedLaw, '');
  return lines;
}

/** The other layers' values of a term that differ from its main value, SCCs first, then the UK Addendum. */
function layerLines<T>(layers: Partial<Record<string, T & { evidence: string; start: number; end: number }>> | undefined, word: (v: T) => string, main: T, i18n: I18n): TermLayerLine[] {
  const out: TermLayerLine[] = [];
  for (const layer of ['scc', 'uk-addendum'] as const) {
    const v = layers?.[layer];
    if (!v || word(v) === word(main)) continue;
    out.push({ layer, label: i18n.t(`term.layer.${layer}`), value: word(v), evidence: v.evidence, start: v.start, end: v.end });
  }
  return out;
}

/** The clause holding a text offset (the one whose span contains it), for a term's or deviation's place. */
function clauseAt(report: Partial<Pick<Report, 'clauses'>>, offset: number): Clause | null {
  return (report.clauses ?? []).find((c) => c.start <= offset && offset < c.end) ?? null;
}

/**
 * The vendor's name worth showing beside the page's address: the document's own, or the site's name, but not a copy of
 * the address's host (the engine's last resort when a page names nobody), which the address already shows.
 */
export function vendorName(report: Pick<Report, 'vendor' | 'source'> | null | undefined, url: string | null = null): string | null {
  const vendor = report?.vendor;
  if (!vendor?.name) return null;
  if (vendor.source === 'document') return vendor.name;
  let host = '';
  try {
    host = new URL(url ?? report?.source ?? '').hostname.replace(/^www\./, '');
  } catch {
    // A file name or no address: nothing to compare with.
  }
  return vendor.name.toLowerCase() === host.toLowerCase() ? null : vendor.name;
}

/** The term each baseline rule reads, so a deviation can show the sentence it was judged on. */
export const RULE_TERM: Record<string, keyof Terms> = {
  'breach-notice-max-hours': 'breachNotice',
  'transfer-safeguards': 'transfers',
  'subprocessor-notice-days': 'subprocessors',
  'subprocessor-objection-days': 'subprocessors',
  'deletion-days': 'deletion',
  'audit-notice-days': 'audit',
  'liability-cap': 'liability',
  'governing-law': 'governingLaw',
  'outdated-law': 'outdatedLaw',
  'retention-stated': 'retention',
  'dsr-response-days': 'dsrResponse',
};

/** One deviation as a reader sees it: "Breach notice: 72 hours; your baseline expects at most 48 hours". */
export interface DeviationLine {
  rule: string;
  severity: Deviation['severity'];
  title: string;
  found: string;
  expected: string;
  /** Found and expected in one phrase, without the title. */
  summary: string;
  /** The sentence the term was read from, or null when the document does not state it. */
  evidence: string | null;
  /** What to show on the page: the clause the deviation points at, else the evidence sentence. */
  start: number | null;
  end: number | null;
  /** Why the baseline has this rule. */
  why: string;
  /** The clause the deviation points at, and its number or heading. */
  clause: Clause | null;
  ref: string | null;
}

const isRule = (rule: string): rule is RuleId => Object.hasOwn(RULE_INFO, rule);

/** What a baseline rule is called, checks and why, in the reader's language. */
export function ruleText(rule: RuleId, part: 'title' | 'checks' | 'reason' | 'threshold', i18n: I18n = EN): string {
  return i18n.t(`rule.${rule}.${part}` as MessageKey);
}

/** A deviation's phrase in the reader's language; the list items (mechanisms, countries, laws) worded too. */
export function phraseWords(p: Phrase, i18n: I18n = EN): string {
  const items = p.items ?? [];
  const list = p.id.startsWith('transfer.')
    ? i18n.or(items.map((m) => i18n.t(`dev.mechanism.${m}` as MessageKey)))
    : p.id === 'outdated.found'
      ? i18n.and(items.map((l) => i18n.t(`dev.law.${l}` as MessageKey)))
      : i18n.or(items.map((c) => countryName(c, i18n)));
  const args: Record<string, string | number> = { list, n: p.n ?? 0 };
  if (p.text !== undefined) {
    args.country = countryName(p.text, i18n);
    args.qualifier = Object.hasOwn(EN_QUALIFIERS, p.text) ? i18n.t(`qualifier.${p.text}` as MessageKey) : p.text;
  }
  if (p.region !== undefined) args.region = p.region;
  return i18n.t(`dev.${p.id}` as MessageKey, args);
}

const EN_QUALIFIERS = { immediately: 1, 'without-undue-delay': 1, promptly: 1 } as const;

/** Title, expected and found of a deviation in the reader's language (the report's English when it carries no phrases). */
export function deviationWords(d: Deviation, i18n: I18n = EN): { title: string; expected: string; found: string } {
  return {
    title: isRule(d.rule) ? ruleText(d.rule, 'title', i18n) : d.title,
    expected: d.expectedPhrase ? phraseWords(d.expectedPhrase, i18n) : d.expected,
    found: d.foundPhrase ? phraseWords(d.foundPhrase, i18n) : d.found,
  };
}

export function deviationSummary(d: Pick<Deviation, 'found' | 'expected'>, i18n: I18n = EN): string {
  return i18n.t('dev.summary', { found: d.found, expected: d.expected });
}

/** The report's deviations in its order (most severe first), each with its evidence and reason. */
export function deviationLines(report: Report, i18n: I18n = EN): DeviationLine[] {
  return report.deviations.map((d) => {
    const key = RULE_TERM[d.rule];
    const term = key ? report.terms[key] : null;
    const at = Array.isArray(term) ? (term[0] ?? null) : typeof term === 'object' ? term : null;
    const clause = d.clause !== null ? (report.clauses[d.clause] ?? null) : null;
    const words = deviationWords(d, i18n);
    return {
      rule: d.rule,
      severity: d.severity,
      ...words,
      summary: deviationSummary(words, i18n),
      evidence: at?.evidence ?? null,
      start: clause?.start ?? at?.start ?? null,
      end: clause?.end ?? at?.end ?? null,
      why: isRule(d.rule) ? `${ruleText(d.rule, 'checks', i18n)} ${ruleText(d.rule, 'reason', i18n)}` : '',
      clause,
      ref: clauseRef(clause ?? (at ? clauseAt(report, at.start) : null), i18n),
    };
  });
}

export function severityLabel(severity: Deviation['severity'], i18n: I18n = EN): string {
  return i18n.t(`severity.${severity}`);
}

export const SEVERITY_LABELS: Record<Deviation['severity'], string> = { high: severityLabel('high'), medium: severityLabel('medium'), low: severityLabel('low') };

/** "98% sure", for a report's confidence. */
export function confidenceText(confidence: number, i18n: I18n = EN): string {
  return i18n.t('confidence', { n: Math.round(confidence * 100) });
}

/** A baseline's name: the shipped presets in the reader's language, a user's own baseline as they named it. */
export function baselineName(baseline: { id: string; name: string }, i18n: I18n = EN): string {
  const preset = PRESETS.find((p) => p.id === baseline.id);
  return preset && preset.name === baseline.name ? i18n.t(`preset.${preset.id}.name` as MessageKey) : baseline.name;
}

/** The name a report's baseline line shows: a preset's translated name when the report was judged against it. */
export function reportBaselineName(report: Report, i18n: I18n = EN): string {
  const preset = PRESETS.find((p) => p.name === report.baseline);
  return preset ? i18n.t(`preset.${preset.id}.name` as MessageKey) : report.baseline;
}
