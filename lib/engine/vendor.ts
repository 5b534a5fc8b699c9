/**
 * Who the document is from: the vendor a reviewer files it under ("Acme — Data Processing Addendum").
 * For a DPA that is the processor, for a privacy policy the company that says "we". Read from the
 * document's own words first: the party it defines (`terms/parties.ts`), a legal entity it names
 * ("Acme Inc.", "Svenska Moln AB"), the name its title leads with ("Logfire Data Processing
 * Addendum"); else the site's name (og:site_name, the host), which the caller passes.
 */
import { COUNTRIES } from './baseline/countries';
import type { DocType } from './report';
import { resolveParties } from './terms/parties';
import type { Doc } from './text/types';
import { ROLES } from './vocabulary';

export interface Vendor {
  name: string;
  /** "document": the document names it; "site": the page's site name or host (the document names no one). */
  source: 'document' | 'site';
}

/** Where names are looked for: parties are defined and companies introduced at the start. */
const HEAD = 8000;
const SUFFIX = String.raw`(?:Inc|Ltd|LLC|L\.L\.C|GmbH|AB|AS|ASA|A/S|ApS|Oy|Oyj|B\.V|BV|N\.V|S\.A|SA|SAS|SARL|S\.r\.l|plc|PLC|Corp|Corporation|Limited|AG|SE|KG|UG|Pty)`;
/** A capitalised name of one to four words followed by a legal form: "Acme Cloud Inc.", "Svenska Moln AB". */
const ENTITY = new RegExp(String.raw`\b((?:[A-Z0-9][\w&'’.-]{0,30}[ \t]+){0,3}?[A-Z0-9][\w&'’-]{0,30}),?[ \t]+${SUFFIX}\b\.?`, 'g');
/** A legal entity and the short name the document calls it by: `Motif Land Inc. ("Markprompt")`. */
const ALIAS = new RegExp(String.raw`\b${SUFFIX}\b\.?\s*\(\s*(?:the\s+)?["“]\**([A-Z0-9][\w&'’.-]{1,30})\**["”]`, 'g');
/** `Acme Inc. ("we", "us")`, `Acme ("Company", "we")`: the company a policy speaks for. */
const WE = /\b((?:[A-Z0-9][\w&'’.-]{0,30}[ \t]+){0,4}?[A-Z0-9][\w&'’.-]{0,30})[ \t]*,?[ \t]*\([^()]{0,60}?["“](?:we|us|our|wir|uns|vi|oss)["”]/g;
const NAME = String.raw`(?:[A-Z0-9][\w&'’.-]{0,30}[ \t]+){0,3}?[A-Z0-9][\w&'’.-]{0,30}`;
/** The parties clause: "entered into by and between Tailscale and Customer", "The Parties, STAKATER and the Customer". */
const BETWEEN = new RegExp(String.raw`\b(?:between|parties,?)\s+(?:the\s+)?\**(${NAME})\**\s+and\s+(?:the\s+)?\**(${NAME})\**`, 'g');
/** A role word with the name in parentheses: "the **Processor** (CAOS AG)". */
const ROLE_NAMED = new RegExp(String.raw`\b(?:processor|service provider|provider|supplier|auftragsverarbeiter|auftragnehmer|personuppgiftsbiträde[tn]?|leverantör(?:en)?)\**\s*\((${NAME})\)`, 'gi');
/** "At Automattic, we ...": the company a policy speaks for. */
const AT_WE = new RegExp(String.raw`\b(?:At|Bei|På)\s+(${NAME}),\s+(?:we|wir|vi)\b`, 'g');
/** What a title calls the document, after the vendor's name ("Logfire Data Processing Addendum"). */
const TITLE_KIND =
  /\b(?:(?:global\s+|general\s+|customer\s+)?(?:data\s+(?:processing|protection|privacy)\s+(?:addendum|agreement|terms|notice)|privacy\s+(?:policy|notice|statement)|dpa\b|datenschutz\w*|auftragsverarbeitung\w*|integritetspolicy|personuppgifts\w*|pub-avtal\w*))/i;
/** Words a title or a definition uses that are no one's name. */
const NOT_A_NAME = new Set(
  [
    'the', 'this', 'our', 'your', 'annex', 'appendix', 'schedule', 'exhibit', 'contractual', 'group', 'recruitment',
    'introduction', 'general', 'privacy', 'agreement', 'addendum', 'services', 'service', 'company', 'affiliate',
    'european union', 'eu', 'eea', 'uk', 'united states', 'us', 'template', 'model', 'standard', 'website', 'websites',
  ].concat(...Object.values(ROLES).map((r) => [...r])),
);
/** A word for a document or its part never belongs to a vendor's name ("Contractual Appendix", "Anhang"). */
const DOC_WORD = /\b(?:annex|appendix|anhang|anlage|bilaga|schedule|exhibit|agreement|addendum|contract|contractual|template|websites?|cookies|communications|notice|policy|terms|introduction|remarks)\b/i;
/** Role nouns in every language read, their inflections included ("Auftragnehmers", "leverantören"). */
const ROLE_NOUN = /^(?:sub-?processor|unterauftrag|underbiträde|auftrag|verantwortlich|personuppgifts|leverantör|kund|customer|client|processor|controller)/;
const COUNTRY = new Set(COUNTRIES.map((c) => c.toLowerCase()));

const squash = (s: string) => s.replace(/[\s ]+/g, ' ').trim();
const key = (s: string) => squash(s).toLowerCase().replace(/[.,]$/, '');

function plausible(name: string): boolean {
  const k = key(name).replace(/^(?:the|der|die|das|den|dem|des)\s+/, '');
  const last = k.split(' ').pop() as string;
  if (NOT_A_NAME.has(last) || ROLE_NOUN.test(last)) return false;
  if (k.length < 2 || k.length > 40 || NOT_A_NAME.has(k) || COUNTRY.has(k)) return false;
  if (/^(?:clause|section|article)\b/.test(k) || DOC_WORD.test(k)) return false;
  return /[a-z0-9]/i.test(k);
}

/** `name` as whole words anywhere in the first 60,000 characters, case-insensitive, white space folded. */
function nameAt(name: string): RegExp {
  const esc = key(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\w@./-])${esc}(?![\\w-]|\\.\\w)`, 'gi');
}
const SEARCHED = 60000;

/** How often `name` occurs in `text` as whole words (capped: a count, not a weight). */
function occurrences(full: string, name: string): number {
  const text = full.slice(0, SEARCHED);
  const re = nameAt(name);
  let n = 0;
  while (re.exec(text) && n < 20) n++;
  return n;
}

/** The name as the body writes it most often ("37signals", not the title's "37SIGNALS"). */
function asWritten(full: string, name: string): string {
  const text = full.slice(0, SEARCHED);
  const re = nameAt(name);
  const counts = new Map<string, number>();
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) && seen++ < 50) {
    const form = squash(m[0]);
    // The body's mixed case ("HashiCorp") over a title's capitals; a short all-caps name is its spelling ("EMBL").
    const mixed = form !== form.toUpperCase() || form.length <= 4 ? 3 : form === form.toLowerCase() ? 0 : 1;
    counts.set(form, (counts.get(form) ?? 0) + mixed);
  }
  let best = squash(name);
  let top = 0;
  for (const [form, n] of counts) if (n > top) [best, top] = [form, n];
  return best;
}

/** The name the title leads with, before the words for what the document is; null when it leads with none. */
function titleLead(title: string | null): string | null {
  if (!title) return null;
  const t = squash(title.replace(/[\u{1F000}-\u{1FFFF}]/gu, ''));
  const kind = TITLE_KIND.exec(t);
  if (kind) {
    const lead = t.slice(0, kind.index).replace(/[-–—|:,]\s*$/, '').trim();
    if (lead && lead.split(' ').length <= 4 && plausible(lead)) return lead;
    // "Auftragsverarbeitungsvertrag (AVV) — ParkHub": the name after the dash.
    const tail = /[-–—|]\s*([^-–—|()]{2,40})$/.exec(t.slice(kind.index));
    if (tail && plausible(tail[1])) return tail[1].trim();
  }
  return null;
}

/** The vendor the document itself names, or null. `docType` picks the party: the processor, or "we". */
export function documentVendor(doc: Doc, docType: DocType): string | null {
  const head = doc.text.slice(0, HEAD);
  const scores = new Map<string, { name: string; score: number }>();
  const add = (raw: string, weight: number) => {
    const name = squash(raw)
      .replace(/^(?:between|and|by|with|from|of)\s+/i, '')
      .replace(new RegExp(String.raw`,?\s+${SUFFIX}\.?$`, 'i'), '');
    if (!plausible(name)) return;
    const k = key(name);
    // A name met again only adds its weight: its occurrences were counted (one search of the text) the first time.
    let entry = scores.get(k);
    if (!entry) {
      const found = occurrences(doc.text, k);
      if (!found) return;
      entry = { name, score: Math.min(found, 10) };
    }
    entry.score += weight;
    scores.set(k, entry);
  };
  const lead = titleLead(doc.title);
  if (lead) add(lead, 12);
  if (docType === 'dpa') {
    // The parties' definitions sit at the start: reading only the head keeps the second reading of them cheap.
    for (const d of resolveParties({ ...doc, text: head }).defined) if (d.role === 'processor') add(d.name, 8);
  }
  for (const m of head.matchAll(BETWEEN)) for (const n of [m[1], m[2]]) add(n, 8);
  for (const m of head.matchAll(ROLE_NAMED)) add(m[1], 8);
  for (const m of head.matchAll(AT_WE)) add(m[1], 8);
  for (const m of head.matchAll(ALIAS)) add(m[1], 8);
  for (const m of head.matchAll(WE)) add(m[1].replace(new RegExp(String.raw`,?\s+${SUFFIX}\.?$`), ''), 8);
  for (const m of head.slice(0, HEAD / 2).matchAll(ENTITY)) add(m[1], 4);
  // The name of a defined term the document also uses as a role ("the Customer") never wins.
  let best: { name: string; score: number } | null = null;
  for (const e of scores.values()) if (e.score >= 8 && (!best || e.score > best.score)) best = e;
  return best ? asWritten(doc.text, best.name) : null;
}

/** The site's own name for the page, else its host without "www."; null for files. */
export function siteName(source: string, ogSiteName?: string | null): string | null {
  const og = ogSiteName ? squash(ogSiteName) : '';
  if (og && og.length <= 60) return og;
  if (!/^https?:\/\//i.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The document's vendor: named by the document, else the site's name; null when neither says. */
export function findVendor(doc: Doc, docType: DocType, source: string, ogSiteName?: string | null): Vendor | null {
  const named = docType === 'other' ? null : documentVendor(doc, docType);
  if (named) return { name: named, source: 'document' };
  const site = siteName(source, ogSiteName);
  return site ? { name: site, source: 'site' } : null;
}
