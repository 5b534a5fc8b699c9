/**
 * Reading an obligation in a candidate clause: who must act, whether it is a duty (shall/will/
 * must/agrees to), a permission (may) or a prohibition (shall not), towards whom, and where in the
 * sentence its verb sits, so a deadline can be tied to the verb it belongs to. compromise finds the
 * verbs (with their auxiliaries, negation, passive voice and infinitive); the document's own party
 * names (parties.ts) decide who the subject and the recipient are.
 *
 * Runs on candidate clauses only (a breach sentence with a deadline, a sub-processor sentence),
 * never on a whole page; the engine itself runs in the service worker and Node, not in the page.
 */
import { isSpace } from './name-scan';
import nlp from 'compromise';
import { MODALITY, anyOf, compile } from '../vocabulary';

/** Words after a party's name that make it a modifier, not the party ("Customer Data", "Processor's sub-processors"). */
const NOT_THE_PARTY = new Set([
  'data', 'content', 'information', 'personal', 'affiliate', 'affiliates', 'subprocessor', 'subprocessors', 'sub-processor',
  'sub-processors', 'instruction', 'instructions', 'account', 'system', 'systems', 'employees', 'premises', 'agreement',
  'obligations', 'materials', 'user', 'users',
]);

/** A word without its possessive 's or its final full stop ("Customer's" -> "customer", "Ltd." -> "ltd"). */
function stripTail(w: string): string {
  if (w.endsWith("'s") || w.endsWith('’s')) return w.slice(0, -2);
  return w.endsWith('.') ? w.slice(0, -1) : w;
}
import { roleOf, type Parties, type Role } from './parties';

export type Modality = 'duty' | 'permission' | 'prohibition';

export interface Obligation {
  /** The party who acts (the subject of an active verb), when the text says. */
  actor: Role | null;
  actorText: string;
  modality: Modality | null;
  /** The verb's infinitive, lower case ("notify"). */
  verb: string;
  passive: boolean;
  negative: boolean;
  /** The first party named after the verb ("notify the Controller"), or the subject of a passive. */
  recipient: Role | null;
  /** Offsets of the verb phrase in the sentence. */
  start: number;
  end: number;
}

interface VerbInfo {
  start: number;
  end: number;
  aux: string;
  negative: boolean;
  passive: boolean;
  infinitive: string;
  /** The verb's subject as compromise reads it; null until asked (subjectOf), it is most of compromise's cost. */
  subject: string | null;
  /** Which piece of the sentence, and which of that piece's verbs, this is (to find its subject later). */
  piece: number;
  nth: number;
}

type Verbs = ReturnType<ReturnType<typeof nlp>['verbs']>;

/** Sentences longer than this are read in pieces (at ";" and ":"), so compromise stays linear. */
const MAX_PIECE = 1200;
const CACHE_SIZE = 4000;
const cache = new Map<string, VerbInfo[]>();

/** Time spent in compromise since the process started, the sentences it parsed and the verbs' subjects it found (the bench reports its share). */
export const nlpCost = { ms: 0, sentences: 0, subjects: 0 };

/**
 * How many new sentences one document may send to compromise: candidate clauses of a real DPA are a
 * few dozen; a hostile page with thousands must not make the analysis slow (past it, no verbs are read
 * and the terms fall back to their phrase rules).
 */
export const NLP_BUDGET = 120;
let budget = NLP_BUDGET;
/**
 * The verbs views of the last few parsed sentences, kept so a subject asked for soon after the parse needs no new
 * parse; an older sentence is parsed again (compromise reads the same text the same way).
 */
const VIEWS_SIZE = 8;
const views = new Map<string, Verbs[]>();
/** Forgets the parsed sentences (the bench measures compromise's cost on a cold read). */
export function clearNlpCache(): void {
  cache.clear();
  views.clear();
}

/** Starts a new document's budget. */
export function resetNlpBudget(n = NLP_BUDGET): void {
  budget = n;
}

function verbsOf(text: string): VerbInfo[] {
  const hit = cache.get(text);
  if (hit) return hit;
  if (budget <= 0) return [];
  budget--;
  const t0 = typeof performance !== 'undefined' ? performance.now() : 0;
  const out: VerbInfo[] = [];
  let base = 0;
  const seen: Verbs[] = [];
  pieces(text).forEach((piece, p) => {
    const vs = nlp(piece).verbs();
    seen.push(vs);
    let nth = -1;
    vs.forEach((v) => {
      nth++;
      const j = v.json({ offset: true })[0] as
        | { offset: { start: number; length: number }; verb?: { root?: string; auxiliary?: string; negative?: boolean; infinitive?: string; grammar?: { passive?: boolean } } }
        | undefined;
      if (!j?.verb) return;
      const aux = (j.verb.auxiliary ?? '').toLowerCase().trim();
      out.push({
        start: base + j.offset.start,
        end: base + j.offset.start + j.offset.length,
        aux,
        negative: Boolean(j.verb.negative),
        passive: Boolean(j.verb.grammar?.passive) || participleAfterBe(aux, j.verb.root, j.verb.infinitive),
        infinitive: (j.verb.infinitive ?? '').toLowerCase(),
        subject: null,
        piece: p,
        nth,
      });
    });
    base += piece.length;
  });
  if (t0) nlpCost.ms += performance.now() - t0;
  nlpCost.sentences++;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, out);
  keepViews(text, seen);
  return out;
}

/**
 * "shall be notified", "shall be made", "must be given": a modal, "be" and a participle. compromise marks "will be
 * notified" passive but reads "shall be notified" as a past tense, and contracts say "shall be" most.
 */
function participleAfterBe(aux: string, root: string | undefined, infinitive: string | undefined): boolean {
  if (!/\b(?:be|been|being)$/.test(aux) || !root) return false;
  const r = root.toLowerCase().replace(/[^a-z]+$/, '');
  return r !== (infinitive ?? '').toLowerCase() && !r.endsWith('ing');
}

function keepViews(text: string, vs: Verbs[]): void {
  views.delete(text);
  if (views.size >= VIEWS_SIZE) views.delete(views.keys().next().value as string);
  views.set(text, vs);
}

/**
 * The subject compromise finds for verb `v` of `text` (read once, then kept with the verb). Finding a subject
 * walks the sentence's noun phrases and is most of what compromise costs, so it is asked only for the verbs whose
 * actor the party names around them leave open.
 */
function subjectOf(text: string, v: VerbInfo): string {
  if (v.subject !== null) return v.subject;
  const t0 = typeof performance !== 'undefined' ? performance.now() : 0;
  let vs = views.get(text);
  if (!vs) {
    vs = pieces(text).map((piece) => nlp(piece).verbs());
    keepViews(text, vs);
  }
  // The view forEach gave the verb in verbsOf: the same pointer, updated.
  const all = vs[v.piece] as unknown as { fullPointer: unknown[]; update(p: unknown[]): { subjects(): { text(): string } } };
  const one = all.update([all.fullPointer[v.nth]]);
  v.subject = one.subjects().text();
  nlpCost.subjects++;
  if (t0) nlpCost.ms += performance.now() - t0;
  return v.subject;
}

function pieces(text: string): string[] {
  if (text.length <= MAX_PIECE) return [text];
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + MAX_PIECE);
    if (end < text.length) {
      const cut = Math.max(text.lastIndexOf(';', end), text.lastIndexOf(':', end), text.lastIndexOf(',', end));
      if (cut > at + MAX_PIECE / 3) end = cut + 1;
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

const PROHIBITION = compile('modality-prohibition', `\\b${anyOf(MODALITY.prohibition)}\\s*$`);
const DUTY_LEAD = compile('modality-duty', `\\b${anyOf(MODALITY.duty)}\\s*(?:(?:promptly|immediately|also|further|without undue delay|,)\\s*){0,3}$`);
const PERMISSION_LEAD = compile('modality-permission', `\\b${anyOf(MODALITY.permission)}\\s*(?:(?:also|,)\\s*){0,2}$`);
/**
 * A permission word anywhere in a sentence: where none is, no verb of it reads as a permission (readObligations
 * takes one from the verb's auxiliary, "may", "can" or "might", or from a permission phrase in the 60 characters
 * before it), so a caller that wants only permissions can skip the parse. Unanchored: the 60 characters may start
 * inside a word, and "cannot" holds "can".
 */
const PERMISSION_ANYWHERE = compile('modality-permission-anywhere', anyOf(MODALITY.permission, ['might']));
/** Whether some verb of `sentence` (normalized) may read as a permission; false settles it without compromise. */
export const mayGrantPermission = (sentence: string): boolean => PERMISSION_ANYWHERE.test(sentence);
const JOIN = /and|or|but|then/iy;
const ALSO = /also/iy;
const MODAL = /shall|will|must|may|can/iy;
/** `[\s,]*` from `i`: where the run of white space and commas ends. */
function skipGap(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 44 || isSpace(s.charCodeAt(i)))) i++;
  return i;
}
/** The length of `re` (sticky) matched at `i`, or -1. */
function wordAt(re: RegExp, s: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0].length : -1;
}
/**
 * Whether a clause gap holds only joining words: `^[\s,]*(?:and|or|but|then)?[\s,]*(?:also\s+)?(?:shall|will|must|may|can)?[\s,]*$`
 * (case-insensitive), read in linear time — the regex backtracks cubically over a long run of white space. Every
 * optional word starts with a letter, so a run of white space and commas is read whole, and each of the eight
 * choices of the three optional words is tried once.
 */
export function onlyJoins(gap: string): boolean {
  const i1 = skipGap(gap, 0);
  if (i1 === gap.length) return true;
  const join = wordAt(JOIN, gap, i1);
  for (const i2 of join < 0 ? [i1] : [skipGap(gap, i1 + join), i1]) {
    const also = wordAt(ALSO, gap, i2);
    let afterAlso = -1;
    if (also > 0 && isSpace(gap.charCodeAt(i2 + also))) {
      afterAlso = i2 + also;
      while (afterAlso < gap.length && isSpace(gap.charCodeAt(afterAlso))) afterAlso++;
    }
    for (const i3 of afterAlso < 0 ? [i2] : [afterAlso, i2]) {
      const modal = wordAt(MODAL, gap, i3);
      for (const i4 of modal < 0 ? [i3] : [i3 + modal, i3]) if (skipGap(gap, i4) === gap.length) return true;
    }
  }
  return false;
}

/** Words that end the subject's clause: a new clause begins after them. */
const CLAUSE_BREAK = /[;:]|,\s*(?:and|or|but|provided|unless|except|if|where|when|whereupon)\b|\b(?:and|but|or)\s+(?=(?:shall|will|must|may)\b)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;

export interface Mention {
  role: Role;
  text: string;
  start: number;
  end: number;
}

/** Party names in `text` (longest first at each word), with their roles. */
export function mentions(text: string, parties: Parties): Mention[] {
  const ws: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) ws.push({ w: stripTail(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length });
  const out: Mention[] = [];
  for (let i = 0; i < ws.length; i++) {
    for (let k = Math.min(4, ws.length - i); k >= 1; k--) {
      const name = ws.slice(i, i + k).map((x) => x.w).join(' ');
      const role = parties.names.get(name);
      if (!role) continue;
      // "Customer Data", "Processor's sub-processors", "controller-to-processor": not the party.
      const next = ws[i + k]?.w ?? '';
      if (NOT_THE_PARTY.has(next)) break;
      out.push({ role, text: text.slice(ws[i].start, ws[i + k - 1].end), start: ws[i].start, end: ws[i + k - 1].end });
      i += k - 1;
      break;
    }
  }
  return out;
}

/**
 * Every verb of `sentence` read as an obligation; `inherited` is the subject of a list's lead ("The Processor shall:").
 * Modality, voice and offsets are read at once; who acts (and, for a passive, who is told) is read when first asked:
 * it may need compromise's subject of this verb or of the ones before it, the costly part of a parse, and a caller
 * usually asks about one verb.
 */
export function readObligations(sentence: string, parties: Parties, inherited: Role | null = null): Obligation[] {
  const verbs = verbsOf(sentence);
  const names = mentions(sentence, parties);
  const out: Obligation[] = [];
  /** Per verb, once read: who acts, and who is told. */
  const who: ({ actor: Role | null; actorText: string; recipient: Role | null } | undefined)[] = [];
  /** The actor a verb without its own inherits: the last earlier active verb's, or the list lead's. */
  const previousActor = (k: number): [Role | null, string] => {
    for (let j = k - 1; j >= 0; j--) {
      const w = resolve(j);
      if (w.actor && !verbs[j].passive) return [w.actor, w.actorText];
    }
    return [inherited, ''];
  };
  const segStarts: number[] = [];
  const resolve = (k: number) => {
    const hit = who[k];
    if (hit) return hit;
    const v = verbs[k];
    const segStart = segStarts[k];
    const before = names.filter((n) => n.start >= segStart && n.end <= v.start);
    // "notify the Controller ... and Processor shall" - a name right before the verb wins over one further back.
    const actorM: Mention | null = before[before.length - 1] ?? null;
    let actor: Role | null = actorM?.role ?? null;
    let actorText = actorM?.text ?? '';
    if (!actorM) {
      const gap = sentence.slice(segStart, v.start);
      const subject = /\b(?:to|of|for|with|by)\s*$/.test(gap) ? '' : subjectOf(sentence, v);
      const subj = subject ? roleOf(subject, parties) : null;
      if (subj) {
        actor = subj;
        actorText = subject;
      } else if (onlyJoins(gap) || segStart === 0) {
        [actor, actorText] = previousActor(k);
      }
    }
    // Towards whom: the party right after the verb ("notify the Controller") or after "to" before the next clause.
    const nextModal = verbs.find((x) => x.start > v.end && (x.aux || x.negative));
    const stop = Math.min(nextModal ? nextModal.start : sentence.length, v.end + 200);
    const after = names.filter((n) => n.start >= v.end && n.start < stop);
    const direct = after.find((n) => /^\s*(?:the\s+|a\s+|an\s+)?$/.test(sentence.slice(v.end, n.start)));
    const toward = after.find((n) => /\b(?:to|with|towards)\s+(?:the\s+|a\s+|an\s+|any\s+|affected\s+)?$/.test(sentence.slice(Math.max(0, n.start - 14), n.start)));
    let recipient: Role | null = direct?.role ?? toward?.role ?? null;
    if (v.passive) {
      // "Customer will be notified": the subject is the one told; "notice shall be given by Processor to Customer".
      recipient = after.find((n) => /\bto\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 12), n.start)))?.role ?? actor ?? recipient;
      const by = after.find((n) => /\bby\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 12), n.start)));
      actor = by?.role ?? null;
      actorText = by?.text ?? '';
    }
    return (who[k] = { actor, actorText, recipient });
  };
  let prevEnd = 0;
  verbs.forEach((v, k) => {
    const lead = sentence.slice(Math.max(0, v.start - 60), v.start).toLowerCase();
    const phrase = sentence.slice(v.start, v.end).toLowerCase();
    // "agrees to notify": compromise reads "agrees" and "notify" apart; the modality is in the lead.
    let modality: Modality | null = null;
    const full = `${lead} ${phrase}`;
    if ((v.negative && /\b(?:shall|will|must|may|can|agrees?|undertakes?)\b/.test(full)) || PROHIBITION.test(lead)) modality = 'prohibition';
    else if (/^(?:shall|will|must)\b/.test(v.aux) || DUTY_LEAD.test(lead)) modality = 'duty';
    else if (/^(?:may|can|might)\b/.test(v.aux) || PERMISSION_LEAD.test(lead)) modality = 'permission';
    // The subject: the last party named between the previous clause break and this verb.
    let segStart = prevEnd;
    CLAUSE_BREAK.lastIndex = prevEnd;
    let b: RegExpExecArray | null;
    while ((b = CLAUSE_BREAK.exec(sentence)) && b.index < v.start) segStart = b.index + b[0].length;
    segStarts[k] = segStart;
    out.push({
      get actor() {
        return resolve(k).actor;
      },
      get actorText() {
        return resolve(k).actorText;
      },
      modality,
      verb: v.infinitive,
      passive: v.passive,
      negative: v.negative,
      get recipient() {
        return resolve(k).recipient;
      },
      start: v.start,
      end: v.end,
    });
    prevEnd = v.end;
  });
  return out;
}

/** The obligation whose verb governs the text at `at` (the last verb before it). */
export function governing(obligations: Obligation[], at: number): Obligation | null {
  let best: Obligation | null = null;
  for (const o of obligations) if (o.start < at) best = o;
  return best;
}
