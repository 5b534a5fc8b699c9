/**
 * Which table patterns a sentence could possibly match, from one scan for literal words.
 *
 * Tagging tests some 150 patterns on every sentence, and most sentences match none: each test is a
 * full scan (V8 has no fast path for an alternation of words). Most patterns cannot match without
 * one of a few literal strings ("notif", "breach", "sub-processor"): `requiredLiterals` reads
 * them out of the pattern's source, and `LiteralFilter` finds, in one pass over a sentence,
 * every such literal it holds. A pattern none of whose literals occurs is not run: the answer
 * is the same (false), the work is not. Patterns with no usable literal are always run.
 */

/** What a piece of a pattern is known to match. */
interface Info {
  /** Every string the piece can match (a small finite set), or null. */
  exact: string[] | null;
  /** Strings one of which every match contains, or null when nothing is known. */
  req: string[] | null;
}

const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };
const MAX_SET = 64;
/** Literals shorter than this occur in nearly every sentence: no use as a filter. */
const MIN_LITERAL = 3;
/** Longer literals are cut to this (a prefix is implied by the whole). */
const MAX_LITERAL = 8;

/** The better of two requirements: longer shortest string first, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  const la = shortest(a);
  const lb = shortest(b);
  if (!la) return lb ? b : null;
  if (!lb) return a;
  if (la !== lb) return la > lb ? a : b;
  return a!.length <= b!.length ? a : b;
}

/** The length of the shortest string of a set; 0 for no set, or one holding the empty string. */
function shortest(set: string[] | null): number {
  if (!set) return 0;
  let min = Infinity;
  for (const s of set) if (s.length < min) min = s.length;
  return min === Infinity ? 0 : min;
}

const best = (i: Info): string[] | null => better(i.exact, i.req);

/**
 * Every x + y. A string already MAX_LITERAL long is kept as it is: only its prefix is ever used,
 * and a prefix of a required string is required too, so the sets stay small.
 */
function product(a: string[], b: string[]): string[] | null {
  // Most appends are to strings already full: nothing to build.
  if (a.every((x) => x.length >= MAX_LITERAL)) return a;
  if (b.length === 1 && a.length === 1) return [(a[0] + b[0]).slice(0, MAX_LITERAL)];
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= MAX_LITERAL) {
      out.add(x.slice(0, MAX_LITERAL));
      continue;
    }
    for (const y of b) out.add((x + y).slice(0, MAX_LITERAL));
    if (out.size > MAX_SET) return null;
  }
  return [...out];
}

function union(sets: (string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return out.size > MAX_SET * 4 ? null : [...out];
}

/** `{n}`, `{n,}`, `{n,m}` where the parser stands (sticky: no copy of the rest of the source). */
const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;

class Parser {
  i = 0;
  /** `unicode`: the `u` flag, where `\p{…}` is a class, not the letter p. */
  constructor(readonly src: string, readonly unicode = false) {}

  /** alternative ('|' alternative)* */
  alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0];
    const exact = alts.every((a) => a.exact) ? union(alts.map((a) => a.exact)) : null;
    return { exact: exact && exact.length <= MAX_SET ? exact : null, req: union(alts.map(best)) };
  }

  sequence(): Info {
    let exactAll: string[] | null = [''];
    let run: string[] | null = [''];
    let req: string[] | null = null;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      exactAll = exactAll && item.exact ? product(exactAll, item.exact) : null;
      const joined: string[] | null = run && item.exact ? product(run, item.exact) : null;
      if (joined) {
        run = joined;
      } else {
        req = better(req, run);
        req = better(req, best(item));
        run = item.exact ?? [''];
      }
    }
    req = better(req, run);
    return { exact: exactAll, req };
  }

  quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    if (min === 0) return { exact: max === 1 && atom.exact ? union([atom.exact, ['']]) : null, req: null };
    if (min === max && atom.exact) {
      let exact: string[] | null = atom.exact;
      for (let k = 1; k < min && exact; k++) exact = product(exact, atom.exact);
      if (exact) return { exact, req: null };
    }
    return { exact: null, req: best(atom) };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (with an optional lazy `?`), or null. */
  quantifier(): [number, number] | null {
    const ch = this.src[this.i];
    let q: [number, number] | null = null;
    if (ch === '*') q = [0, Infinity];
    else if (ch === '+') q = [1, Infinity];
    else if (ch === '?') q = [0, 1];
    else if (ch === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(this.src);
      if (!m) return null;
      const min = Number(m[1]);
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
      this.i += m[0].length - 1;
    }
    if (!q) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  atom(): Info {
    const src = this.src;
    const ch = src[this.i++];
    if (ch === '(') {
      let look = false;
      if (src.startsWith('?:', this.i)) this.i += 2;
      else if (src.startsWith('?=', this.i) || src.startsWith('?!', this.i)) {
        this.i += 2;
        look = true;
      } else if (src.startsWith('?<=', this.i) || src.startsWith('?<!', this.i)) {
        this.i += 3;
        look = true;
      } else if (src.startsWith('?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      // A look-around consumes nothing: what it reads need not be inside the match.
      return look ? EMPTY : inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') return UNKNOWN;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '\\') return this.escape();
    return { exact: [ch], req: null };
  }

  escape(): Info {
    const c = this.src[this.i++];
    if (c === 'b' || c === 'B') return EMPTY;
    const ch = this.escapedChar(c);
    return ch === null ? UNKNOWN : { exact: [ch], req: null };
  }

  /** The character an escape stands for, or null for a class or a back-reference. */
  escapedChar(c: string): string | null {
    if ('dDwWsS'.includes(c) || /[0-9]/.test(c) || c === 'k') return null;
    if (this.unicode && (c === 'p' || c === 'P')) {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return null;
    }
    if (this.unicode && c === 'u' && this.src[this.i] === '{') return null;
    const hex = (n: number) => {
      const h = this.src.slice(this.i, this.i + n);
      if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) return null;
      this.i += n;
      return String.fromCharCode(parseInt(h, 16));
    };
    if (c === 'u') return hex(4);
    if (c === 'x') return hex(2);
    if (c === 'c') return null;
    return ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' } as Record<string, string>)[c] ?? c;
  }

  charClass(): Info {
    const src = this.src;
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.i < src.length && src[this.i] !== ']') {
      let c: string | null = src[this.i++];
      if (c === '\\') {
        const e = src[this.i++];
        c = e === 'b' ? '\b' : this.escapedChar(e);
      }
      if (c === null) {
        known = false;
        continue;
      }
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        let hi: string | null = src[this.i++];
        if (hi === '\\') hi = this.escapedChar(src[this.i++]);
        if (hi === null) {
          known = false;
          continue;
        }
        const span = hi.charCodeAt(0) - c.charCodeAt(0);
        if (span < 0 || span > 8) known = false;
        else for (let k = 0; k <= span; k++) chars.add(String.fromCharCode(c.charCodeAt(0) + k));
        continue;
      }
      chars.add(c);
    }
    if (src[this.i] !== ']') throw new Error('unterminated class');
    this.i++;
    return known && chars.size > 0 && chars.size <= 8 ? { exact: [...chars], req: null } : UNKNOWN;
  }
}


/**
 * Strings one of which every match of `re` contains, or null when none is known (or worth
 * checking). Case-insensitive patterns are not read.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[^gyu]/.test(re.flags)) return null;
  try {
    const p = new Parser(re.source, re.flags.includes('u'));
    const info = p.alternation();
    if (p.i !== re.source.length) return null;
    const req = best(info);
    if (!req || !req.every((s) => s.length >= MIN_LITERAL)) return null;
    // A match holding "notification of a breach" holds "notifica": prefixes keep the scan small.
    const cut = [...new Set(req.map((s) => s.slice(0, MAX_LITERAL)))].sort((a, b) => a.length - b.length);
    return cut.filter((s, k) => !cut.slice(0, k).some((p) => s.startsWith(p)));
  } catch {
    return null;
  }
}

/** A pattern's identity across processes: the same flags and source are the same pattern, whatever built it. */
export const patternKey = (re: RegExp): string => `${re.flags}/${re.source}`;

/**
 * The required literals of each pattern, by patternKey: what a build stores so that a process can filter sentences
 * from its first one without reading every pattern (reading them costs more than a short document's tagging).
 */
export function literalTable(patterns: Iterable<RegExp>): Record<string, string[] | null> {
  const out: Record<string, string[] | null> = {};
  for (const re of patterns) out[patternKey(re)] ??= requiredLiterals(re);
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** One scan of a sentence for the literals of many patterns; then `may(re)` says whether `re` can match it. */
export class LiteralFilter {
  private readonly ids = new Map<RegExp, number>();
  /** Pattern ids per literal, and per literal the shorter literals that are its prefixes. */
  private readonly owners = new Map<string, number[]>();
  private readonly scan: RegExp | null;
  private readonly seen: Int32Array;
  private stamp = 0;

  /** `known`: the literals of patterns read before (literalTable), by patternKey; a pattern not in it is read now. */
  constructor(patterns: Iterable<RegExp>, known?: Readonly<Record<string, readonly string[] | null>>) {
    const byLiteral = new Map<string, Set<number>>();
    let n = 0;
    for (const re of patterns) {
      if (this.ids.has(re)) continue;
      const key = known && patternKey(re);
      const lits = key && Object.hasOwn(known, key) ? known[key] : requiredLiterals(re);
      if (!lits) continue;
      const id = n++;
      this.ids.set(re, id);
      for (const l of lits) {
        let set = byLiteral.get(l);
        if (!set) byLiteral.set(l, (set = new Set()));
        set.add(id);
      }
    }
    const literals = [...byLiteral.keys()].sort((a, b) => b.length - a.length);
    // The scan reports the longest literal at each position; every shorter one there is a prefix of it.
    for (const l of literals) {
      const ids = new Set<number>();
      for (let k = MIN_LITERAL; k <= l.length; k++) for (const id of byLiteral.get(l.slice(0, k)) ?? []) ids.add(id);
      this.owners.set(l, [...ids]);
    }
    this.scan = literals.length ? new RegExp(literals.map(escapeRe).join('|'), 'g') : null;
    this.seen = new Int32Array(n);
  }

  /** Reads `sentence`; `may` then answers for it. */
  read(sentence: string): void {
    const stamp = ++this.stamp;
    const scan = this.scan;
    if (!scan) return;
    const seen = this.seen;
    scan.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scan.exec(sentence))) {
      for (const id of this.owners.get(m[0])!) seen[id] = stamp;
      // Literals overlap ("sub-processor" and "processor"): the next one may start one character on.
      scan.lastIndex = m.index + 1;
    }
  }

  /** Whether `re` can match the sentence last read (false only when none of its literals is in it). */
  may(re: RegExp): boolean {
    const id = this.ids.get(re);
    return id === undefined || this.seen[id] === this.stamp;
  }
}
