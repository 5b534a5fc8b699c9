/**
 * One text built block by block, with a hint (kind, level) per block: what the HTML and Markdown readers write into.
 * Hard breaks and table cells are marked with control characters until a block is normalised.
 */
import type { BlockHint, BlockKind } from './types';

/** Marks a hard line break inside a block until the block is normalised. */
export const HARD_BREAK = '\u0000';
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

export { normaliseInline };
