/**
 * Who is who: the processor and the controller as the document itself names them ("Svenska Moln
 * AB ("Processor", "Frostmoln")", "Connectel AB shall be referred to as the "Service Provider"",
 * ""Supplier" means ...", "we"/"you"), on top of the role words every DPA uses.
 */
import { anyOf, compile, ROLES } from '../vocabulary';
import type { Doc } from '../text/types';
import { ACTS_AS_ROLE, PAREN_ALIASES, REFERRED_AS, runsOf, scanDefinitions, scanNames } from './name-scan';

export type Role = 'processor' | 'controller' | 'authority' | 'data-subject';

export interface Parties {
  /** Lower-case names and aliases, each with the role the document gives it. */
  names: Map<string, Role>;
  /** Why each defined name got its role (for the report's reasons). */
  defined: { name: string; role: Role; evidence: string }[];
}

/** How much of the document's start is read for the parties (definitions sit there). */
const HEAD = 20000;
/** A quoted alias: "Processor", “Frostmoln”, 'you'. */
const QUOTED = /["'“”‘’]([^"'“”‘’]{1,40})["'“”‘’]/g;
const ROLE_WORDS: [RegExp, Role][] = [
  [compile('role-processor', `\\b${anyOf(ROLES.processorWords)}\\b`), 'processor'],
  [compile('role-controller', `\\b${anyOf(ROLES.controllerWords)}\\b`), 'controller'],
];
/** A defined term whose last word names a thing ("Customer Data", "Personal Data"): no party, whatever its definition mentions. */
const THING = compile('defined-thing', `\\b${anyOf(ROLES.thingWords)}$`, 'i');

function roleFromWords(s: string): Role | null {
  const t = s.toLowerCase();
  // "sub-processor" names neither party.
  if (/\bsub-?processor/.test(t) && !/\b(?:data )?processor\b(?!s)/.test(t.replace(/sub-?processor\w*/g, ''))) return null;
  const hits = ROLE_WORDS.filter(([re]) => re.test(t.replace(/sub-?processor\w*/g, '')));
  return hits.length === 1 ? hits[0][1] : null;
}

/** The role the aliases give as persons ("we", "you"), when they agree on one. */
function personRole(aliases: string[]): Role | null {
  const persons = aliases.map(clean);
  const speaker = persons.some((a) => /^(?:we|us|our)$/.test(a));
  const reader = persons.some((a) => /^(?:you|your)$/.test(a));
  return speaker === reader ? null : speaker ? 'processor' : 'controller';
}

function defaults(): Map<string, Role> {
  const m = new Map<string, Role>();
  for (const n of ROLES.processor) m.set(n, 'processor');
  for (const n of ROLES.controller) m.set(n, 'controller');
  for (const n of ROLES.authority) m.set(n, 'authority');
  for (const n of ROLES.dataSubject) m.set(n, 'data-subject');
  return m;
}

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The parties of `doc`, from its own definitions. */
export function resolveParties(doc: Doc): Parties {
  const names = defaults();
  const defined: Parties['defined'] = [];
  const head = doc.text.slice(0, HEAD);
  const assign = (name: string, role: Role, evidence: string) => {
    // "DPA, Connectel AB": the name is what follows the last comma, unless that is a company suffix.
    const parts = name.split(/,\s*/);
    const last = parts[parts.length - 1];
    const n = clean(parts.length > 1 && !/^(?:inc|ltd|llc|gmbh|ab|as|oy|bv|b\.v|sa|plc|corp|limited|ag)\.?$/i.test(last) ? last : name);
    if (n.length < 2 || n.length > 40 || /^(?:this|that|such|each|any|all|these)\b/.test(n)) return;
    if (ROLES.authority.includes(n) || ROLES.dataSubject.includes(n)) return;
    // A name is defined once: "Notra, Inc. ("Notra", "we") and the customer using Notra ("Customer", "you")" makes Notra
    // the first party; the second parenthesis defines the customer, whatever name stands nearest before it.
    if (defined.some((d) => d.name === n && d.role !== role)) return;
    names.set(n, role);
    defined.push({ name: n, role, evidence: evidence.slice(0, 200) });
  };
  // A name of up to six capitalized words (scanned in linear time: ./name-scan.ts) followed by its aliases in
  // parentheses: `Svenska Moln AB ("Processor", "Frostmoln")`.
  const runs = runsOf(head);
  for (const m of scanNames(runs, 5, true, PAREN_ALIASES)) {
    // "(collectively 'Client Personal Data')": a defined thing, not a party, whatever role word it carries.
    const aliases = [...m[2].matchAll(QUOTED)].map((q) => q[1]).filter((a) => !THING.test(a.trim()));
    if (!aliases.length) continue;
    // The aliases may name the role only as a person: ("Notra", "we", "us", or "our") is the speaking party, the processor
    // of a DPA as "we" is by default; ("Customer", "you") the controller.
    const role = roleFromWords(aliases.join(' ')) ?? roleFromWords(m[2]) ?? personRole(aliases);
    if (!role) continue;
    assign(m[1].replace(/^(?:between|and|by|with)\s+/i, ''), role, m[0]);
    for (const a of aliases) assign(a, role, m[0]);
  }
  // `X shall be referred to as the "Y"`, `hereinafter "Y"`, `X (hereinafter referred to as "Y")`.
  for (const m of scanNames(runs, 5, true, REFERRED_AS)) {
    const role = roleFromWords(m[2]);
    if (!role) continue;
    assign(m[1], role, m[0]);
    assign(m[2], role, m[0]);
  }
  // `"Supplier" means X ...` or `Supplier: means ...`, after a line break or a full stop.
  for (const m of scanDefinitions(runs)) {
    const alias = clean(m[1]);
    if (names.has(alias) && !defined.some((d) => d.name === alias)) {
      // A role word defined ("Supplier" means Acme Inc.): the definition's own name joins it.
      const role = names.get(alias) as Role;
      if (role !== 'processor' && role !== 'controller') continue;
      const who = /^((?:[A-Z][\w&.'-]*\s*){1,4})/.exec(m[2].replace(/^(?:the\s+)?/i, ''));
      if (who && !roleFromWords(who[1])) assign(who[1], role, m[0]);
      continue;
    }
    const role = roleFromWords(m[2].slice(0, 120));
    if (role && !/\bsub-?processor/i.test(alias) && !THING.test(alias)) assign(alias, role, m[0]);
  }
  // `X acts as (a|the) processor`, `X is the data processor`, `X, as processor` (a name of up to five words).
  for (const m of scanNames(runsOf(doc.text.slice(0, HEAD * 2)), 4, false, ACTS_AS_ROLE)) {
    if (/sub-?processor/i.test(m[2])) continue;
    const role: Role = /controller/i.test(m[2]) ? 'controller' : 'processor';
    const n = clean(m[1]);
    if (names.get(n) === (role === 'processor' ? 'controller' : 'processor') && !defined.some((d) => d.name === n)) continue;
    if (!names.has(n) || !defined.some((d) => d.name === n)) assign(m[1], role, m[0]);
  }
  return { names, defined };
}

/** The role of a noun phrase ("the Service Provider", "Frostmoln's", "Customer"), or null. */
export function roleOf(phrase: string, parties: Parties): Role | null {
  const p = clean(phrase.replace(/^(?:that|which|who|where|if|when|then|and|or|but)\s+/i, ''));
  if (!p) return null;
  const direct = parties.names.get(p);
  if (direct) return direct;
  // The last words name the head: "each Sub-processor" is not the processor, "the Customer's Affiliates" is not Customer.
  const words = p.split(' ');
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tail = words.slice(words.length - k).join(' ');
    if (/^sub-?processors?$|^subcontractors?$/.test(tail)) return null;
    const r = parties.names.get(tail) ?? parties.names.get(tail.replace(/s$/, ''));
    if (r) return r;
  }
  return null;
}
