/**
 * `HtmlFlow`: a stream of tags and text turned into blocks on a TextBuilder (the Markdown reader feeds it too, for the
 * HTML embedded in Markdown).
 */
import type { BlockKind } from '../types';
import { HARD_BREAK, normaliseInline, type TextBuilder } from '../blocks';
import type { TagToken } from './tokens';

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
