/** Tags each sentence of a document with the categories it is about, and says why. */
import type { Clause, Category, DocType } from '../report';
import { CATEGORY_RULES, DEFINITION, MAX_SECTION_SENTENCE, type CategoryRules, type ClauseRule } from './rules';
import { announcesList, introducesList } from '../text/lists';
import type { Doc } from '../text/types';
import { foldSpaces, sentenceNorms } from '../text/structure';
import { literalTable, LiteralFilter } from './literals';
import { tester } from './tester';
import * as V from '../vocabulary';

/** The sentence that introduces a list, the depth of its block (0 for a paragraph), its topics, and the lead it nests in. */
interface Lead {
  si: number;
  block: number;
  level: number;
  categories: Category[];
  outer?: Lead | null;
  /** It announces the contents of what its clause is about ("Notification will include:"): its items carry that topic. */
  contents?: boolean;
  /** Its items finish its sentence ("... shall notify the Client if:"): each is read joined to it. */
  completes?: string;
  /** An item whose items are the ones after it at its own depth that finish its sentence: one in upper case ends them. */
  lowerCase?: boolean;
}

/** One tagged sentence (or list item): the unit a reader wants highlighted. */
export function tagClauses(doc: Doc, docType: DocType = 'dpa'): Clause[] {
  const kind = docType === 'privacy-policy' ? 'privacy-policy' : 'base';
  const clauses: Clause[] = [];
  const headingNorm = new Map<string, string>();
  // A list item inherits the topic of the sentence that introduces its list ("..., provided that:", "... under följande perioder.").
  let lead: Lead | null = null;
  const refs = clauseRefs(doc);
  sentencesTagged += doc.sentences.length;
  const FILTER = filter ?? (sentencesTagged >= FILTER_AFTER ? sentenceFilter() : null);
  const MAY = FILTER ? (re: RegExp) => FILTER.may(re) : ALWAYS;
  // Hard wraps and runs of spaces fold to one space so patterns can say "outside of the eu".
  const norms = sentenceNorms(doc);
  // A run-in heading ("Confidentiality. Any person authorized…") heads the rest of its block as a heading would.
  const runIn = runInHeadings(doc);
  let runInHeading = '';
  /** Whether that run-in heading names a topic of its own (read once per heading, not per sentence under it). */
  let runInNamesTopic = false;
  /** The categories named so far in the sentence's paragraph, which a sentence carrying on their act takes. */
  let before: Category[] = [];
  /** The categories of the sentence before, and the section heading it stood under (for a clause that carries its section on). */
  let previous: { categories: Category[]; heading: string | null | undefined } = { categories: [], heading: undefined };
  /** Whether the sentence's paragraph opened by defining a term. */
  let defining = false;
  /** The topics leads take from the items that finish their sentence, by the lead's sentence. */
  const completedLeads = new Map<number, Clause['why']>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const sentence = norms[si];
    const block = doc.blocks[s.block];
    let heading = '';
    if (block.heading) {
      heading = headingNorm.get(block.heading) ?? block.heading.toLowerCase();
      headingNorm.set(block.heading, heading);
    }
    if (runIn.has(si)) {
      runInHeading = sentence;
      runInNamesTopic = namesTopic(sentence, kind);
      // Itself, it is about what it names, not about the section around it.
      if (runInNamesTopic) heading = '';
    }
    else if (si > 0 && doc.sentences[si - 1].block !== s.block) runInHeading = '';
    // The nearest heading decides: a run-in heading that names a topic ("4.4. Personal Data Breach." under "4. Security")
    // heads its clause alone; one that names none ("Generally.") adds to the section's heading.
    if (runInHeading && !runIn.has(si)) heading = heading && !runInNamesTopic ? `${runInHeading} / ${heading}` : runInHeading;
    const why: Clause['why'] = [];
    FILTER?.read(sentence);
    for (const rules of CATEGORY_RULES) {
      const hit = matchCategory(rules.category, sentence, heading, kind, MAY);
      if (hit) why.push({ category: rules.category, ...hit });
    }
    // Under a heading about security any sentence reads as a measure (the section rule takes any word). One that states
    // another topic in its own words (a breach notice, the personnel's confidentiality, "Security and Obligations"'s
    // rights procedure) is that topic, not a measure, outside a security annex, whose entries are all measures.
    const securityBySection = why.findIndex((w) => w.category === 'security-measures' && w.rule === 'security-measures-section');
    if (securityBySection >= 0 && doc.layers?.[s.block]?.layer !== 'security-annex' && why.some((w) => w.category !== 'security-measures' && !w.rule.endsWith('-section'))) why.splice(securityBySection, 1);
    // A layer whose title is its subject tags each of its entries with that subject (LAYER_ENTRIES), unless the
    // entry is about something else or the category's vetoes hold.
    const layer = doc.layers?.[s.block]?.layer ?? 'body';
    // A sub-processor list's row names a service ("AWS | United States | account management, backup storage"): the
    // words that describe the service are no security measure of the processor's; the row is an entry of the list.
    if (layer === 'subprocessor-list' && why.length && why.every((w) => w.category === 'security-measures') && LAYER_ENTRIES[layer]?.entry(doc.text.slice(s.start, s.end), block.kind === 'list-item')) why.length = 0;
    const entries = !why.length ? LAYER_ENTRIES[layer] : undefined;
    if (entries && sentence.length <= MAX_SECTION_SENTENCE && entries.entry(doc.text.slice(s.start, s.end), block.kind === 'list-item')) {
      const rules = BY_KIND[kind].get(entries.category);
      if (rules && !rules.veto?.some((v) => vetoes(v, sentence, MAY))) why.push({ category: entries.category, rule: entries.rule, reason: entries.reason });
    }
    // A list item that is not deeper than a nested lead belongs to the lead's own list: the outer lead applies.
    while (block.kind === 'list-item' && lead?.outer !== undefined && lead.block < s.block && (block.level <= lead.level || (lead.lowerCase && startsUpper(doc, si)))) lead = lead.outer;
    if (block.kind === 'list-item' && lead && lead.block < s.block && block.level > lead.level) {
      for (const category of lead.categories) {
        const rules = BY_KIND[kind].get(category);
        if (!rules || why.some((w) => w.category === category)) continue;
        if (!lead.contents && !(rules.weak && MAY(rules.weak) && rules.weak.test(sentence)) && !(kind === 'privacy-policy' && rules.policy?.listItems)) continue;
        if (rules.veto?.some((v) => vetoes(v, sentence, MAY))) continue;
        why.push({ category, rule: `${category}-list`, reason: 'an item of a list introduced as being about it' });
      }
      // "... shall notify the Client if:" over "- it becomes aware of a personal data breach": the item finishes the
      // lead's sentence, so the two are read as one; what only the whole says is the item's topic, and its lead's.
      if (lead.completes !== undefined) {
        const joined = `${lead.completes} ${sentence}`;
        FILTER?.read(joined);
        for (const rules of CATEGORY_RULES) {
          const category = rules.category;
          if (lead.categories.includes(category) || why.some((w) => w.category === category)) continue;
          const hit = matchCategory(category, joined, heading, kind, MAY);
          if (!hit || hit.rule.endsWith('-section')) continue;
          why.push({ category, rule: `${category}-completes-lead`, reason: 'finishes the sentence of the lead that introduces its list' });
          const add = completedLeads.get(lead.si) ?? [];
          if (!add.some((w) => w.category === category)) add.push({ category, rule: `${category}-lead-completed`, reason: 'introduces a list whose items finish it as being about it' });
          completedLeads.set(lead.si, add);
        }
        FILTER?.read(sentence);
      }
    }
    if (block.kind !== 'list-item') {
      lead = introducesList(sentence) ? leadOf(si, s.block, 0, why, sentence) : null;
    } else if (opensNestedList(doc, si)) {
      // A list item may open a nested list ("2. ... under följande perioder." over "- Logg: 3 månader", "1. ... shall
      // notify the Client if:" over "- it becomes aware of a personal data breach"); the lead it replaces still holds
      // for the items after the nested list.
      const nested = leadOf(si, s.block, block.level, why, sentence);
      if (announcesList(sentence) || nested.completes !== undefined || nested.contents) {
        // "1. ... notify the Client if:" over "- it becomes aware ..." at the same depth: the items in lower case that
        // finish its sentence are its own.
        const deeper = doc.blocks[doc.sentences[si + 1].block].level > block.level;
        lead = deeper ? { ...nested, outer: lead } : { ...nested, level: block.level - 0.5, outer: lead, lowerCase: true };
      }
    }
    // "The notification must be made within 24 hours": a sentence that carries on an act named earlier in its
    // paragraph takes that category (vocabulary tags.followOn), unless the category's vetoes hold.
    if (si > 0 && doc.sentences[si - 1].block !== s.block) before = [];
    // The rest of a paragraph that opens by defining a term is that definition ("1.1 "Applicable Data Protection
    // Laws" means: ...; and for You (a) if You are located in the EU/EEA, ..."): the categories a definition vetoes stay off.
    const firstOfBlock = si === 0 || doc.sentences[si - 1].block !== s.block;
    if (firstOfBlock) defining = DEFINITION.re.test(sentence);
    else if (defining) {
      for (let i = why.length - 1; i >= 0; i--) if (BY_KIND[kind].get(why[i].category)?.veto?.some((v) => v.id === DEFINITION.id)) why.splice(i, 1);
    }
    if (before.length) {
      for (const category of before) {
        const rules = BY_KIND[kind].get(category);
        if (!rules || why.some((w) => w.category === category) || !(rules.followOn?.test(sentence) || rules.carry?.test(sentence))) continue;
        if (rules.veto?.some((v) => vetoes(v, sentence, MAY))) continue;
        why.push({ category, rule: `${category}-follow-on`, reason: 'carries on the sentence before it in its paragraph' });
      }
    }
    // "We send the notice to your account email address.", "This is how we return it.": a sentence that names no topic
    // of its own, in a paragraph whose earlier sentences named one, under a heading about that topic, carries it on.
    // The same for a clause of its own right after one about that topic under the same section heading ("5.4 If Vendor
    // is unable to make available such change ..., Customer may terminate" after "5.3 If Customer objects to a new
    // Sub-processor ...").
    const carried = before.length ? before : previous.heading === block.heading ? previous.categories : [];
    if (!why.length && kind === 'base' && carried.length && heading) {
      const headed = carried.filter((category) => BY_KIND[kind].get(category)?.heading?.test(heading));
      const rules = headed.length === 1 ? BY_KIND[kind].get(headed[0]) : undefined;
      if (rules && !rules.veto?.some((v) => vetoes(v, sentence, MAY)))
        why.push({ category: headed[0], rule: `${headed[0]}-paragraph`, reason: 'carries on its paragraph, under a heading about it' });
    }
    // Where two topics meet in a DPA sentence, one may only name the other's object (PRECEDENCE).
    if (kind === 'base') applyPrecedence(why, sentence);
    for (const w of why) if (!before.includes(w.category)) before.push(w.category);
    previous = { categories: why.map((w) => w.category), heading: block.heading };
    if (!why.length) continue;
    clauses.push(clauseOf(doc, si, refs, why));
  }
  if (completedLeads.size) addToLeads(doc, clauses, completedLeads, refs);
  return runIn.size ? headRunIns(doc, clauses, runIn, refs) : clauses;
}

function leadOf(si: number, block: number, level: number, why: Clause['why'], sentence: string): Lead {
  const categories = why.map((w) => w.category);
  const lead: Lead = { si, block, level, categories };
  if (categories.length && V.LIST_CONTENTS.test(sentence)) lead.contents = true;
  if (V.LIST_COMPLETES.test(sentence)) lead.completes = sentence.replace(/\s*:\s*$/, '');
  return lead;
}

/** The leads whose items finished them get those items' topics: a clause of their own where they had none. */
function addToLeads(doc: Doc, clauses: Clause[], completed: Map<number, Clause['why']>, refs: (string | null)[]): void {
  const byStart = new Map(clauses.map((c, i) => [c.start, i]));
  const fresh: Clause[] = [];
  for (const [si, add] of completed) {
    const i = byStart.get(doc.sentences[si].start);
    if (i === undefined) {
      fresh.push(clauseOf(doc, si, refs, add));
      continue;
    }
    const own = clauses[i];
    const extra = add.filter((w) => !own.categories.includes(w.category));
    clauses[i] = { ...own, categories: [...own.categories, ...extra.map((w) => w.category)], why: [...own.why, ...extra] };
  }
  if (!fresh.length) return;
  clauses.push(...fresh);
  clauses.sort((a, b) => a.start - b.start);
}

/**
 * The layers whose every entry is about their subject: a TOM annex's lines are security measures whatever their own
 * sub-heading ("Access control", "Pseudonymisation"); a sub-processor list's rows and items each name one ("Equinix |
 * United States | Hosting provider", "Keycloak (for authentication)").
 */
const LAYER_ENTRIES: Partial<Record<string, { category: Category; rule: string; reason: string; entry: (text: string, listItem: boolean) => boolean }>> = {
  'security-annex': { category: 'security-measures', rule: 'security-measures-annex', reason: 'a measure of the annex of technical and organisational measures', entry: (t) => measureLike(t) },
  'subprocessor-list': {
    category: 'subprocessors',
    rule: 'subprocessors-list-entry',
    reason: 'an entry of the list of sub-processors',
    entry: (t, listItem) => (listItem || t.includes(' | ')) && /\p{L}{2}/u.test(t) && !/[?{}]/.test(t),
  },
};

/**
 * Whether a line of a TOM annex can state a measure: two words at least, not a link or footnote, not a question
 * ("Need to get in touch with us?"), not code or a template's {{placeholder}}, not a name or signature line whose every word is capitalized ("GitHub, Inc.", "Lynn Hashimoto, Head of
 * Product & Regulatory Legal"). "Availability control", "Emergency plan" and full sentences are measures.
 */
export function measureLike(text: string): boolean {
  const t = text.trim();
  if (!t || /:\/\/|↩|\?|[{}]|=>/.test(t)) return false;
  let end = t.length;
  while (end > 0 && '.,:;'.includes(t[end - 1])) end--; // a loop: /[.,:;]+$/ backtracks on every start in a run of dots
  const words = t.slice(0, end).split(/[\s,]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  return !words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL.test(w) || w === '&');
}

/**
 * Where two topics meet in one DPA sentence, one of them may only name the other's object: the reading drops it.
 * Each entry drops `drop` (only when it was found by one of `by`, if given) from a sentence for which `when` holds;
 * the entries run in order, each on what the ones before it left.
 */
interface Precedence {
  drop: Category;
  by?: ReadonlySet<string>;
  when: (why: Clause['why'], sentence: string) => boolean;
}

const has = (why: Clause['why'], ...categories: Category[]) => why.some((w) => categories.includes(w.category));

const PRECEDENCE: Precedence[] = [
  // Verifying compliance names security documents as what is verified ("regularly audited against the standards
  // defined in the security policy", "audits may be fulfilled by certification mechanisms"): the audit clause, not a
  // measure, unless it names a measure itself (encryption, access control, backups, TOMs), or the audit topic is only
  // its heading's.
  {
    drop: 'security-measures',
    by: new Set(['security-measures', 'certification', 'security-measures-section']),
    when: (why) => why.some((w) => w.category === 'audit' && w.rule !== 'audit-section'),
  },
  // An audit "on a confidential basis", "subject to reasonable confidentiality procedures", or restricting the
  // auditor's access to protect others' secrets: the audit's own secrecy, not the duty of the persons who process the
  // data (Art. 28(3)(b)), unless it names them. However the audit topic was found (heading, paragraph, list).
  { drop: 'confidentiality', when: (why, sentence) => has(why, 'audit') && !V.PERSONNEL.test(sentence) },
  // A data subject's request or right to have data deleted ("if a data subject makes a valid request to delete") is
  // the rights clause, unless it names a period ("we keep it for 30 days after your request"); the controller's own
  // instruction to erase ("erased at the request of the Data Controller") stays deletion.
  {
    drop: 'retention-deletion',
    when: (why, sentence) =>
      has(why, 'data-subject-rights') &&
      /\b(?:requests?|rights?)\b/.test(sentence) &&
      /\brights?\b|\bdata subjects?\b|\bindividuals?\b|\busers?\b/.test(sentence) &&
      !/\b\d+\)?\s*(?:business |calendar )?(?:days?|weeks?|months?|years?|hours?)\b/.test(sentence),
  },
  // Sub-processors named in passing: beside the party another clause binds ("Spacelift and its sub-processors" in a
  // transfer clause), or as a party's role ("Provider will be deemed a subprocessor"), with no word of engaging,
  // objecting or notifying.
  {
    drop: 'subprocessors',
    by: new Set(['subprocessor']),
    when: (why, sentence) =>
      !V.ENGAGE.test(sentence) && !V.OBJECT.test(sentence) && !V.NOTIFY.test(sentence) &&
      ((why.length > 1 && V.SUBPROCESSOR_CO_ACTOR.test(sentence)) || V.SUBPROCESSOR_ROLE.test(sentence)),
  },
  // The SCCs named as a document in a law or liability clause ("except for the provisions of the Standard Contractual
  // Clauses"), with no word of transferring; completing them ("In Clause 17, Option 1 will apply") is a transfer term.
  {
    drop: 'international-transfer',
    by: new Set(['scc']),
    when: (why, sentence) => has(why, 'governing-law', 'liability') && !V.TRANSFER.test(sentence) && !/\b(?:clause|option) \d/.test(sentence),
  },
];

function applyPrecedence(why: Clause['why'], sentence: string): void {
  for (const p of PRECEDENCE) {
    const i = why.findIndex((w) => w.category === p.drop && (!p.by || p.by.has(w.rule)));
    if (i >= 0 && p.when(why, sentence)) why.splice(i, 1);
  }
}

/** Whether a heading names one of the categories' topics (their section headings: "personal data breach", "personnel"). */
function namesTopic(heading: string, kind: keyof typeof BY_KIND): boolean {
  for (const rules of BY_KIND[kind].values()) if (rules.heading?.test(heading)) return true;
  return false;
}

/** Sentence `si` as a tagged clause: its categories are those its reasons give, in their order. */
function clauseOf(doc: Doc, si: number, refs: (string | null)[], why: Clause['why']): Clause {
  const s = doc.sentences[si];
  return {
    categories: why.map((w) => w.category),
    start: s.start,
    end: s.end,
    heading: doc.blocks[s.block].heading,
    number: refs[s.block],
    text: foldSpaces(doc.text.slice(s.start, s.end)),
    why,
    ...layerOf(doc, s.block),
  };
}

/** Words a title leaves in lower case between its capitalized words ("Sale or Sharing of Customer Personal Data"). */
const TITLE_SMALL = /^(?:of|and|or|the|to|for|in|on|with|a|an|by|from|at|as|under|und|oder|der|die|das|des|von|zur|zum|och|av|för|i|till|med)$/;
/** A section number opening the run-in heading ("15.1", "(a)", "§ 3"). */
const LEADING_NUMBER = /^(?:§\s*)?(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|\([ivx]+\))\s+/;

/**
 * The first sentence of a paragraph or list item set as a title ending in a full stop ("Demonstrable Compliance.",
 * "15.1 Notices.") when more sentences follow in its block: a run-in heading. Every word of up to ten is
 * capitalized but the small words of a title; a sentence says something, a title names it.
 */
export function isRunInHeading(text: string): boolean {
  const t = text.trim().replace(LEADING_NUMBER, '');
  if (t.length > 90 || !t.endsWith('.') || t.endsWith('..')) return false;
  const words = t.slice(0, -1).split(/\s+|\s*[/&]\s*/).filter(Boolean);
  if (!words.length || words.length > 10) return false;
  if (!/^\p{Lu}/u.test(words[0]) || words.length === 1 && !/^\p{Lu}\p{Ll}{3,}$/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}'’-]*$/u.test(w) || /^\p{Lu}+$/u.test(w) || TITLE_SMALL.test(w));
}

/** The sentences that are run-in headings: the first of a non-heading block, with more of that block after it. */
function runInHeadings(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (let si = 0; si + 1 < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (doc.sentences[si + 1].block !== s.block || (si > 0 && doc.sentences[si - 1].block === s.block)) continue;
    if (doc.blocks[s.block].kind === 'heading') continue;
    if (isRunInHeading(doc.text.slice(s.start, s.end))) out.add(si);
  }
  return out;
}

/** A run-in heading carries the categories of the sentences it heads (the rest of its block), as its own clause. */
function headRunIns(doc: Doc, clauses: Clause[], runIn: Set<number>, refs: (string | null)[]): Clause[] {
  const out: Clause[] = [];
  const byStart = new Map(clauses.map((c) => [c.start, c]));
  let ci = 0;
  for (const si of [...runIn].sort((a, b) => a - b)) {
    const s = doc.sentences[si];
    const headed = new Set<Category>();
    for (let sj = si + 1; sj < doc.sentences.length && doc.sentences[sj].block === s.block; sj++)
      for (const c of byStart.get(doc.sentences[sj].start)?.categories ?? []) headed.add(c);
    const own = byStart.get(s.start);
    const add = [...headed].filter((c) => !own?.categories.includes(c));
    if (!add.length) continue;
    while (ci < clauses.length && clauses[ci].start < s.start) out.push(clauses[ci++]);
    const why = add.map((category) => ({ category, rule: `${category}-run-in`, reason: 'the run-in heading of a clause about it' }));
    if (own) {
      out.push({ ...own, categories: [...own.categories, ...add], why: [...own.why, ...why] });
      ci++;
    } else {
      out.push(clauseOf(doc, si, refs, why));
    }
  }
  while (ci < clauses.length) out.push(clauses[ci++]);
  return out;
}

/** The sentence is the last of a list item and the next block is a deeper list item. */
function opensNestedList(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  const next = doc.sentences[si + 1];
  if (!next || next.block === s.block) return false;
  const a = doc.blocks[s.block];
  const b = doc.blocks[next.block];
  if (b.kind !== 'list-item') return false;
  // An item ending on "if:", then items at its own depth that finish it in lower case ("1. ... if:" / "- it becomes
  // aware"): written as one list, read as one nested in the other.
  return b.level > a.level || (b.level === a.level && V.LIST_COMPLETES.test(doc.norm.slice(s.start, s.end)) && !startsUpper(doc, si + 1));
}

/** Whether sentence `si` opens with a capital letter (after its list marker). */
function startsUpper(doc: Doc, si: number): boolean {
  const s = doc.sentences[si];
  return /^[^\p{L}]{0,6}\p{Lu}/u.test(doc.text.slice(s.start, Math.min(s.end, s.start + 8)));
}

/** The rules as a privacy policy reads them: the policy cues and vetoes joined to the base ones. */
function forPolicy(rules: CategoryRules): CategoryRules {
  const p = rules.policy;
  if (!p) return rules;
  return {
    ...rules,
    cue: [...rules.cue.filter((c) => !p.drop?.includes(c.id)), ...(p.cue ?? [])],
    veto: [...(rules.veto ?? []), ...(p.veto ?? [])],
    heading: p.heading ?? rules.heading,
  };
}

function layerOf(doc: Doc, block: number): Pick<Clause, 'layer' | 'sccVersion'> {
  const l = doc.layers?.[block];
  if (!l) return { layer: 'body' };
  return l.sccVersion ? { layer: l.layer, sccVersion: l.sccVersion } : { layer: l.layer };
}


/** "7.1", "§ 7", "Clause 9", "Article 28": numbers that name a section rather than an item of a list. */
const SECTION_NUMBER = /^(?:\d|§|clause\b|section\b|article\b)/i;

/**
 * The document's own number for what each block says: its own section number, a list item's marker under the
 * section it belongs to ("8.2(a)"), else the number of the section it sits in; null where the document numbers nothing.
 */
export function clauseRefs(doc: Doc): (string | null)[] {
  let section: string | null = null;
  return doc.blocks.map((block) => {
    const n = block.number;
    if (block.kind === 'heading') {
      section = n && SECTION_NUMBER.test(n) ? n : null;
      return section;
    }
    if (n && SECTION_NUMBER.test(n)) {
      section = n;
      return n;
    }
    if (n) {
      const item = n.startsWith('(') ? n : `(${n.replace(/\)$/, '')})`;
      return section ? `${section}${item}` : item;
    }
    return section;
  });
}


/** The rules with every pattern swapped for its `.test()` twin (tester.ts): tagging only asks whether a sentence matches. */
function forTesting(rules: CategoryRules): CategoryRules {
  const rule = (c: ClauseRule): ClauseRule => ({ ...c, re: tester(c.re), ...(c.unless ? { unless: tester(c.unless) } : {}) });
  const p = rules.policy;
  return {
    ...rules,
    cue: rules.cue.map(rule),
    ...(rules.veto ? { veto: rules.veto.map(rule) } : {}),
    ...(rules.heading ? { heading: tester(rules.heading) } : {}),
    ...(rules.weak ? { weak: tester(rules.weak) } : {}),
    ...(rules.followOn ? { followOn: tester(rules.followOn) } : {}),
    ...(rules.carry ? { carry: tester(rules.carry) } : {}),
    ...(p ? { policy: { ...p, ...(p.weak ? { weak: tester(p.weak) } : {}) } } : {}),
  };
}

const BY_KIND = {
  base: new Map(CATEGORY_RULES.map((c) => [c.category, forTesting(c)])),
  'privacy-policy': new Map(CATEGORY_RULES.map((c) => [c.category, forTesting(forPolicy(c))])),
};

/**
 * Every sentence pattern of the rules, for one literal scan per sentence (literals.ts). Building it
 * costs ~20–50 ms in a cold process, more than it saves on one small document: it is built once the
 * process has tagged FILTER_AFTER sentences (a long document, a batch, the warm service worker).
 */
let filter: LiteralFilter | null = null;
let sentencesTagged = 0;
const FILTER_AFTER = 2000;
const tagPatterns = (): RegExp[] =>
  Object.values(BY_KIND).flatMap((byCategory) =>
    [...byCategory.values()].flatMap((r) => [
      ...[...r.cue, ...(r.veto ?? [])].flatMap((c) => (c.unless ? [c.re, c.unless] : [c.re])),
      ...(r.weak ? [r.weak] : []),
      ...(r.policy?.weak ? [r.policy.weak] : []),
    ]),
  );
export const sentenceFilter = (): LiteralFilter => (filter ??= new LiteralFilter(tagPatterns()));
/** The literals of every tagging pattern, for a build to store (scripts/build-cli.mjs writes dist/cli/literals.json). */
export const tagLiteralTable = (): Record<string, string[] | null> => literalTable(tagPatterns());
/**
 * The sentence filter built now from literals read before (tagLiteralTable): with the reading done, the filter costs
 * less than it saves from the first sentence, so even a one-line document runs only the patterns its words allow.
 * Reports are the same either way (a pattern is skipped only when a literal every match needs is absent).
 */
export function primeLiterals(table: Readonly<Record<string, readonly string[] | null>>): void {
  filter ??= new LiteralFilter(tagPatterns(), table);
}
/** Whether a pattern may match: without a filter, always (the pattern itself decides). */
type May = (re: RegExp) => boolean;
const ALWAYS: May = () => true;

const vetoes = (v: ClauseRule, sentence: string, may: May = ALWAYS) => may(v.re) && v.re.test(sentence) && !(v.unless && may(v.unless) && v.unless.test(sentence));

/** Whether `sentence` carries one of the category's weak words (on a policy, its policy weak words count too). */
function weakWords(rules: CategoryRules, kind: keyof typeof BY_KIND, sentence: string, may: May): boolean {
  if (rules.weak && may(rules.weak) && rules.weak.test(sentence)) return true;
  const p = kind === 'privacy-policy' ? rules.policy?.weak : undefined;
  return !!p && may(p) && p.test(sentence);
}

/** The rule that tags `sentence` (normalized) with `category`, or null; `kind` picks the privacy-policy reading. */
export function matchCategory(
  category: Category,
  sentence: string,
  heading: string,
  kind: keyof typeof BY_KIND = 'base',
  /** Which patterns may match `sentence` (tagClauses' literal scan); by default every one is run. */
  may: May = ALWAYS,
): { rule: string; reason: string } | null {
  const rules = BY_KIND[kind].get(category);
  if (!rules) return null;
  // The vetoes are read only once a cue (or the heading) would tag: most sentences are about no category.
  let hit: { rule: string; reason: string } | null = null;
  for (const c of rules.cue) {
    if (may(c.re) && c.re.test(sentence)) {
      hit = { rule: c.id, reason: c.reason };
      break;
    }
  }
  // On a policy the category's own weak words count too (rules.policy.weak; BY_KIND's policy rules keep `policy`).
  if (!hit && rules.heading && rules.weak && heading && sentence.length <= MAX_SECTION_SENTENCE && rules.heading.test(heading) && weakWords(rules, kind, sentence, may)) {
    hit = { rule: `${category}-section`, reason: `sits under the heading "${heading.slice(0, 60)}"` };
  }
  if (!hit) return null;
  for (const v of rules.veto ?? []) if (vetoes(v, sentence, may)) return null;
  return hit;
}
