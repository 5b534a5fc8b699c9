/**
 * HTML reading without a DOM: a linear tokenizer, an entity decoder, and `HtmlFlow`, which
 * turns a stream of tags and text into blocks (the Markdown reader feeds it too, for the
 * HTML embedded in Markdown).
 */
import type { BlockHint, BlockKind, PlainText } from './types';

// ---------------------------------------------------------------------------------------
// Entities

/** Named entities seen in policy pages and exported documents (the full HTML table is 2,000+). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d',
  bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  prime: '\u2032', Prime: '\u2033', ndash: '\u2013', mdash: '\u2014', minus: '\u2212',
  hellip: '\u2026', bull: '\u2022', middot: '\u00b7', sect: '\u00a7', para: '\u00b6',
  dagger: '\u2020', Dagger: '\u2021', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', frac12: '\u00bd',
  frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  micro: '\u00b5', permil: '\u2030', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5',
  cent: '\u00a2', curren: '\u00a4', iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa',
  ordm: '\u00ba', not: '\u00ac', macr: '\u00af', acute: '\u00b4', cedil: '\u00b8',
  uml: '\u00a8', brvbar: '\u00a6', larr: '\u2190', rarr: '\u2192', uarr: '\u2191',
  darr: '\u2193', harr: '\u2194', rArr: '\u21d2', lArr: '\u21d0', hArr: '\u21d4',
  le: '\u2264', ge: '\u2265', ne: '\u2260', asymp: '\u2248', infin: '\u221e',
  check: '\u2713', starf: '\u2605', loz: '\u25ca', szlig: '\u00df',
  auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6',
  Uuml: '\u00dc', aacute: '\u00e1', eacute: '\u00e9', iacute: '\u00ed', oacute: '\u00f3',
  uacute: '\u00fa', Aacute: '\u00c1', Eacute: '\u00c9', Iacute: '\u00cd', Oacute: '\u00d3',
  Uacute: '\u00da', agrave: '\u00e0', egrave: '\u00e8', igrave: '\u00ec', ograve: '\u00f2',
  ugrave: '\u00f9', Agrave: '\u00c0', Egrave: '\u00c8', acirc: '\u00e2', ecirc: '\u00ea',
  icirc: '\u00ee', ocirc: '\u00f4', ucirc: '\u00fb', atilde: '\u00e3', otilde: '\u00f5',
  ntilde: '\u00f1', Ntilde: '\u00d1', ccedil: '\u00e7', Ccedil: '\u00c7', aring: '\u00e5',
  Aring: '\u00c5', aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8',
  euml: '\u00eb', iuml: '\u00ef', yuml: '\u00ff', oelig: '\u0153', OElig: '\u0152',
  scaron: '\u0161', Scaron: '\u0160', zcaron: '\u017e', Zcaron: '\u017d',
};

/** Windows-1252 code points that HTML numeric references map to typographic characters. */
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x84: 0x201e, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019,
  0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
};

/** Decodes named (from the table) and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let last = 0;
  let semi = -1;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
    // The next ';' is searched again only once passed, which keeps a text full of '&' linear.
    if (semi !== Infinity && semi <= i) {
      semi = s.indexOf(';', i + 1);
      if (semi < 0) semi = Infinity;
    }
    if (semi === Infinity) break;
    if (semi - i > 33) continue;
    const body = s.slice(i + 1, semi);
    let ch: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const digits = hex ? body.slice(2) : body.slice(1);
      if (digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        let cp = parseInt(digits, hex ? 16 : 10);
        cp = CP1252[cp] ?? cp;
        ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
      }
    } else if (/^[A-Za-z][A-Za-z0-9]*$/.test(body)) {
      ch = NAMED_ENTITIES[body];
    }
    if (ch === undefined) continue;
    out += s.slice(last, i) + ch;
    last = semi + 1;
    i = semi;
  }
  return out + s.slice(last);
}

// ---------------------------------------------------------------------------------------
// Tokenizer

export interface TagToken {
  type: 'tag';
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
}
export interface TextToken {
  type: 'text';
  text: string;
}
export type HtmlToken = TagToken | TextToken;

/** Elements whose content is not markup: the tokenizer jumps to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/**
 * Parses the tag starting at `s[i] === '<'`; returns it and the index after `>`, or null when
 * the text there is not a tag (a stray `<` is text).
 */
export function parseTagAt(s: string, i: number): { tag: TagToken; end: number } | null {
  let j = i + 1;
  const closing = s.charCodeAt(j) === 47; /* / */
  if (closing) j++;
  if (!isAsciiLetter(s.charCodeAt(j))) return null;
  const nameStart = j;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58) j++;
    else break;
  }
  const name = s.slice(nameStart, j).toLowerCase();
  const next = s.charCodeAt(j);
  if (j < s.length && !isSpaceCode(next) && next !== 62 && next !== 47) return null; // "<a@b" is not a tag
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 62 /* > */) return { tag: { type: 'tag', name, closing, selfClosing, attrs }, end: j + 1 };
    if (c === 60 /* < */) return null; // an unterminated tag: leave it as text
    if (isSpaceCode(c)) { j++; continue; }
    if (c === 47) { selfClosing = true; j++; continue; }
    selfClosing = false;
    const an = j;
    while (j < s.length && !isSpaceCode(s.charCodeAt(j)) && !'>/="\'<'.includes(s[j])) j++;
    if (j === an) { j++; continue; } // a stray quote or '=': skip it
    const attrName = s.slice(an, j).toLowerCase();
    let k = j;
    while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
    let value = '';
    if (s[k] === '=') {
      k++;
      while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
      const q = s[k];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, k + 1);
        if (close < 0) return null;
        value = s.slice(k + 1, close);
        k = close + 1;
      } else {
        const vs = k;
        while (k < s.length && !isSpaceCode(s.charCodeAt(k)) && s[k] !== '>') k++;
        value = s.slice(vs, k);
      }
      j = k;
    }
    attrs[attrName] = decodeEntities(value);
  }
  return null;
}

/** Splits HTML into tags and text; comments, doctypes and processing instructions are dropped. */
export function tokenizeHtml(s: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let lower: string | null = null; // made once, only if a raw-text element needs its end found
  let text = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) { text += s.slice(i); break; }
    text += s.slice(i, lt);
    const c1 = s[lt + 1];
    if (c1 === '!' || c1 === '?') {
      const isComment = s.startsWith('<!--', lt);
      const end = isComment ? s.indexOf('-->', lt + 4) : s.indexOf('>', lt + 2);
      if (end < 0) { i = s.length; break; }
      i = end + (isComment ? 3 : 1);
      continue;
    }
    const parsed = parseTagAt(s, lt);
    if (!parsed) { text += '<'; i = lt + 1; continue; }
    if (text) { tokens.push({ type: 'text', text: decodeEntities(text) }); text = ''; }
    tokens.push(parsed.tag);
    i = parsed.end;
    if (!parsed.tag.closing && !parsed.tag.selfClosing && RAW_TEXT.has(parsed.tag.name)) {
      lower ??= s.toLowerCase();
      const close = lower.indexOf('</' + parsed.tag.name, i);
      const end = close < 0 ? s.length : close;
      const raw = s.slice(i, end);
      if (raw) tokens.push({ type: 'text', text: parsed.tag.name === 'title' || parsed.tag.name === 'textarea' ? decodeEntities(raw) : raw });
      if (close < 0) { i = s.length; break; }
      const gt = s.indexOf('>', close);
      tokens.push({ type: 'tag', name: parsed.tag.name, closing: true, selfClosing: false, attrs: {} });
      i = gt < 0 ? s.length : gt + 1;
    }
  }
  if (text) tokens.push({ type: 'text', text: decodeEntities(text) });
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Building the text and its hints

/** Marks a hard line break inside a block until the block is normalised. */
const HARD_BREAK = '\u0000';
/** Marks a table-cell boundary inside a row until the row is normalised. */
const CELL = '\u0001';

/** Characters readers must strip from input so the markers above stay unambiguous. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const MARKER_CHARS = /[\u0000\u0001]/g;

const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Runs of white space, hard-break markers included: one run becomes one space or one break. */
// eslint-disable-next-line no-control-regex -- the hard-break marker is a control character
const SPACE_RUN = /[\s\u0000\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Collapses white space to single spaces and hard breaks to single "\n", trimmed. */
function normaliseInline(s: string): string {
  const collapsed = s
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_RUN, (run) => (run.includes(HARD_BREAK) ? '\n' : ' '));
  let a = 0;
  let b = collapsed.length;
  while (a < b && (collapsed[a] === ' ' || collapsed[a] === '\n')) a++;
  while (b > a && (collapsed[b - 1] === ' ' || collapsed[b - 1] === '\n')) b--;
  return collapsed.slice(a, b);
}

/** Accumulates blocks into one text with a hint per block. */
export class TextBuilder {
  private out = '';
  private readonly hints: BlockHint[] = [];
  private buf = '';
  private kind: BlockKind = 'paragraph';
  private level = 0;
  private row = false;
  private prev: { kind: BlockKind; row: boolean } | null = null;

  /** Ends the current block and starts collecting one of the given kind. */
  begin(kind: BlockKind, level = 0, row = false): void {
    this.flush();
    this.kind = kind;
    this.level = level;
    this.row = row;
  }

  /** Adds inline text; its white space collapses. */
  text(s: string): void {
    this.buf += s;
  }

  hardBreak(): void {
    this.buf += this.row ? ' ' : HARD_BREAK;
  }

  /** Starts a new cell when collecting a table row. */
  cell(): void {
    if (this.row) this.buf += CELL;
    else this.buf += ' ';
  }

  get inRow(): boolean {
    return this.row;
  }

  /** Writes the pending block, if it has any text, and keeps the current kind for what follows. */
  flush(): void {
    const raw = this.buf;
    this.buf = '';
    const block = this.row
      ? raw.split(CELL).map(normaliseInline).filter((c) => c !== '').join(' | ')
      : normaliseInline(raw);
    if (!block) return;
    // Items of one list and rows of one table are lines; everything else is a paragraph.
    const tight =
      this.prev !== null &&
      ((this.prev.kind === 'list-item' && this.kind === 'list-item') || (this.prev.row && this.row));
    if (this.out) this.out += tight ? '\n' : '\n\n';
    const start = this.out.length;
    this.out += block;
    const hint: BlockHint = { start, end: this.out.length, kind: this.kind };
    if (this.kind !== 'paragraph') hint.level = Math.max(1, this.level);
    this.hints.push(hint);
    this.prev = { kind: this.kind, row: this.row };
  }

  finish(): { text: string; hints: BlockHint[] } {
    this.flush();
    return { text: this.out, hints: this.hints };
  }
}

/** Elements whose content is not part of the readable document. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'header', 'footer', 'aside',
  'form', 'iframe', 'object', 'select', 'textarea', 'dialog', 'canvas',
]);

/** Elements that break the text into blocks. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'caption', 'figure', 'figcaption', 'details', 'summary', 'address', 'hr', 'center',
  'fieldset', 'legend', 'body', 'html', 'hgroup', 'menu',
]);

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

interface Frame {
  tag: string;
  /** The block kind in force inside this element (its own, or inherited), null for the base. */
  kind: BlockKind | null;
  level: number;
  /** Which Markdown block opened it; frames from earlier Markdown blocks do not set the kind. */
  serial: number;
  /** How many lists enclose this element's content. */
  lists: number;
}

/** How far up the element stack implied and stray end tags look: real pages nest far less. */
const STACK_SEARCH = 256;

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if ((attrs['aria-hidden'] ?? '').toLowerCase() === 'true') return true;
  const style = (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Turns HTML tags and text into blocks on a TextBuilder. The Markdown reader sets a base block
 * (heading, list item, paragraph, table row) and passes embedded tags through `tag()`.
 */
export class HtmlFlow {
  private readonly stack: Frame[] = [];
  private skipTag: string | null = null;
  private skipDepth = 0;
  private serial = 0;
  private baseKind: BlockKind = 'paragraph';
  private baseLevel = 0;
  private baseRow = false;
  private preDepth = 0;
  private rowOpen = false;
  /** Whether <header> is content here (inside <main>/<article> it holds the document's own title). */
  keepHeader = false;
  /** Text of the first <h1>, the title when the page has no <title>. */
  firstH1: string | null = null;
  private inTitle = false;
  private h1Buf: string | null = null;

  constructor(private readonly out: TextBuilder) {}

  /** Starts a Markdown-level block: a new base kind for the text that follows. */
  setBase(kind: BlockKind, level = 0, row = false): void {
    this.serial++;
    this.baseKind = kind;
    this.baseLevel = level;
    this.baseRow = row;
    this.rowOpen = false;
    this.out.begin(kind, level, row);
  }

  get skipping(): boolean {
    return this.skipTag !== null;
  }

  text(s: string): void {
    if (this.skipTag) return;
    if (this.inTitle) return;
    if (this.h1Buf !== null) this.h1Buf += s;
    if (this.preDepth > 0) {
      this.out.text(s.replace(/\r\n?|\n/g, this.out.inRow ? ' ' : HARD_BREAK));
      return;
    }
    this.out.text(s);
  }

  tag(t: TagToken): void {
    const name = t.name;
    if (this.skipTag) {
      if (name === this.skipTag && !VOID.has(name)) {
        if (t.closing) { if (--this.skipDepth === 0) this.skipTag = null; }
        else if (!t.selfClosing) this.skipDepth++;
      }
      return;
    }
    if (name === 'title') {
      this.inTitle = !t.closing && !t.selfClosing;
      return;
    }
    if (!t.closing && !VOID.has(name) && !t.selfClosing) {
      const skipped = SKIPPED.has(name) && !(name === 'header' && this.keepHeader);
      if (skipped || isHidden(t.attrs)) {
        this.skipTag = name;
        this.skipDepth = 1;
        return;
      }
    }
    if (name === 'br') { this.out.hardBreak(); return; }
    if (name === 'td' || name === 'th') { this.cellTag(t); return; }
    if (name === 'tr') { this.rowTag(t); return; }
    if (!BLOCK.has(name)) {
      // Inline elements: a space only where they usually imply one.
      if (name === 'img' || name === 'input') this.out.text(' ');
      return;
    }
    // Inside a table row, block markup within cells must not break the row's line.
    if (this.out.inRow && name !== 'table') { this.out.text(' '); return; }
    if (t.closing) this.close(name);
    else this.open(name, t.selfClosing || VOID.has(name));
  }

  private open(name: string, isVoid: boolean): void {
    if (name === 'li' || name === 'dt' || name === 'dd') this.closeImplied(name);
    if (name === 'p') this.popIfTop('p');
    if (isVoid) { this.out.begin(this.out.inRow ? 'paragraph' : this.currentKind(), this.currentLevel()); return; }
    const parent = this.stack[this.stack.length - 1];
    const inherited = parent && parent.serial === this.serial ? parent : null;
    let kind: BlockKind | null = inherited?.kind ?? null;
    let level = inherited?.level ?? 0;
    if (name in HEADING_LEVEL) { kind = 'heading'; level = HEADING_LEVEL[name]; }
    else if (name === 'li') { kind = 'list-item'; level = Math.max(1, parent?.lists ?? 0); }
    else if (name === 'dt' || name === 'summary' || name === 'caption') { kind = 'paragraph'; level = 0; }
    const lists = (parent?.lists ?? 0) + (name === 'ul' || name === 'ol' || name === 'menu' ? 1 : 0);
    this.stack.push({ tag: name, kind, level, serial: this.serial, lists });
    if (name === 'pre') this.preDepth++;
    if (name === 'h1' && this.firstH1 === null && this.h1Buf === null) this.h1Buf = '';
    this.out.begin(this.currentKind(), this.currentLevel());
  }

  private close(name: string): void {
    let idx = -1;
    for (let k = this.stack.length - 1; k >= Math.max(0, this.stack.length - STACK_SEARCH); k--) {
      if (this.stack[k].tag === name) { idx = k; break; }
    }
    if (idx < 0) { this.out.begin(this.currentKind(), this.currentLevel(), this.out.inRow); return; }
    for (let k = this.stack.length - 1; k >= idx; k--) {
      const f = this.stack.pop() as Frame;
      if (f.tag === 'pre') this.preDepth--;
      if (f.tag === 'h1' && this.h1Buf !== null) {
        const h = normaliseInline(this.h1Buf);
        this.h1Buf = null;
        if (h && this.firstH1 === null) this.firstH1 = h;
      }
      if (f.tag === 'table') this.rowOpen = false;
    }
    this.out.begin(this.currentKind(), this.currentLevel());
  }

  /** A new <li>/<dt>/<dd> ends the previous one of its list even without an end tag. */
  private closeImplied(name: string): void {
    const stoppers = name === 'li' ? ['ul', 'ol', 'menu'] : ['dl'];
    const same = name === 'li' ? ['li'] : ['dt', 'dd'];
    for (let k = this.stack.length - 1; k >= Math.max(0, this.stack.length - STACK_SEARCH); k--) {
      const tag = this.stack[k].tag;
      if (stoppers.includes(tag)) return;
      if (same.includes(tag)) {
        this.stack.length = k;
        return;
      }
    }
  }

  private popIfTop(name: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && top.tag === name) this.stack.pop();
  }

  private rowTag(t: TagToken): void {
    if (t.closing) {
      this.rowOpen = false;
      this.out.begin(this.currentKind(), this.currentLevel());
      return;
    }
    this.rowOpen = true;
    this.out.begin('paragraph', 0, true);
  }

  private cellTag(t: TagToken): void {
    if (t.closing) return;
    if (!this.rowOpen && !this.baseRow) { this.rowOpen = true; this.out.begin('paragraph', 0, true); }
    this.out.cell();
  }

  private innermost(): Frame | null {
    const top = this.stack[this.stack.length - 1];
    return top && top.serial === this.serial && top.kind ? top : null;
  }

  private currentKind(): BlockKind {
    return this.innermost()?.kind ?? this.baseKind;
  }

  private currentLevel(): number {
    const f = this.innermost();
    return f ? f.level : this.baseLevel;
  }
}

// ---------------------------------------------------------------------------------------
// The HTML reader

/** Index range [from, to) of the tokens inside the first <main>, else the first <article>. */
function mainRange(tokens: HtmlToken[]): [number, number] | null {
  for (const wanted of ['main', 'article']) {
    let start = -1;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type !== 'tag' || t.name !== wanted || t.selfClosing) continue;
      if (!t.closing) {
        if (start < 0) start = i + 1;
        depth++;
      } else if (start >= 0 && --depth === 0) {
        return [start, i];
      }
    }
    if (start >= 0) return [start, tokens.length];
  }
  return null;
}

export function readHtml(raw: string): PlainText {
  const tokens = tokenizeHtml(raw.replace(MARKER_CHARS, ''));
  // The <title> lives in <head>, outside <main>: read it from the whole page first.
  let title: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'tag' && t.name === 'title' && !t.closing) {
      const next = tokens[i + 1];
      if (next && next.type === 'text') title = normaliseInline(next.text) || null;
      break;
    }
  }
  // The site's own name (og:site_name) sits in <head>.
  let siteName: string | null = null;
  for (const t of tokens) {
    if (t.type !== 'tag') continue;
    if (t.name === 'body') break;
    if (t.name === 'meta' && t.attrs.property === 'og:site_name') {
      siteName = normaliseInline(t.attrs.content ?? '').slice(0, 200) || null;
      break;
    }
  }
  const site = siteName ? { siteName } : {};
  // A <main>/<article> is the document only when it holds most of the page's readable text:
  // one that wraps a single line of a long page is a layout detail, not "the page".
  const whole = flowText(tokens, [0, tokens.length], false);
  const range = mainRange(tokens);
  if (range) {
    const inner = flowText(tokens, range, true);
    if (inner.text.length >= MAIN_SHARE * whole.text.length) {
      return { text: inner.text, title: title ?? inner.firstH1, hints: inner.hints, available: Math.max(whole.text.length, inner.text.length), ...site };
    }
  }
  return { text: whole.text, title: title ?? whole.firstH1, hints: whole.hints, ...site };
}

/** Share of the page's readable text a <main>/<article> must hold to be read instead of the page. */
const MAIN_SHARE = 0.5;

function flowText(tokens: HtmlToken[], [from, to]: [number, number], keepHeader: boolean) {
  const builder = new TextBuilder();
  const flow = new HtmlFlow(builder);
  flow.keepHeader = keepHeader;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'text') flow.text(t.text);
    else flow.tag(t);
  }
  const { text, hints } = builder.finish();
  return { text, hints, firstH1: flow.firstH1 };
}

export { normaliseInline };
