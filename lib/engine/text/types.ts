/** The document model shared by readers (files, DOM) and the engine. */
import type { BlockLayer } from './layers';

export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/**
 * A structural hint from a reader that knows the markup (Markdown, HTML, the DOM):
 * `text.slice(start, end)` is one block of that kind. Plain text has no hints and is
 * segmented heuristically.
 */
export interface BlockHint {
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading level 1..6 for headings; nesting depth for list items. */
  level?: number;
}

/** What a reader produces: the document's plain text and what it knows of its structure. */
export interface PlainText {
  /** Blocks separated by at least one "\n"; paragraphs by a blank line. */
  text: string;
  title: string | null;
  hints: BlockHint[] | null;
  /**
   * Words broken by PDF extraction ("confl ict", "notifi-\ncation"): `len` characters at `at` are
   * not part of the text's words. The text keeps them (it must match the source); matching does not.
   */
  joins?: { at: number; len: number }[];
  /**
   * Readable characters the source had, when the reader kept only part of them (an HTML page read
   * from its <main>, a page cut at a size limit); `text.length` otherwise.
   */
  available?: number;
  /** The site's own name for the page (og:site_name), when a page reader found one: the vendor when the document names none. */
  siteName?: string | null;
  /**
   * Offsets of lines the reader saw set as headings (a PDF's larger or bolder type), ascending: the plain-text
   * segmenter takes them as headings even where their words alone would not say so ("6. Governing law, dispute
   * resolution, no waiver of privileges"); a heading set over two lines is one heading.
   */
  headingLines?: number[];
  /**
   * Offsets of lines the reader saw start a list item although no bullet is typed (a PDF whose bullets are drawn):
   * the plain-text segmenter starts a list item there.
   */
  itemLines?: number[];
}

/** The line marks a reader saw (headings, list items), to pass on with the text. */
export function lineMarks(t: Pick<PlainText, 'headingLines' | 'itemLines'>): Pick<PlainText, 'headingLines' | 'itemLines'> {
  return { ...(t.headingLines ? { headingLines: t.headingLines } : {}), ...(t.itemLines ? { itemLines: t.itemLines } : {}) };
}

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Clause number as written: "6.1", "(x)", "Clause 9", "a)"; null when unnumbered. */
  number: string | null;
  level: number;
  /** Text of the nearest heading this block sits under (a heading's own text for headings). */
  heading: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into Doc.blocks. */
  block: number;
}

export interface Doc {
  /** The text all offsets point into. */
  text: string;
  /**
   * Same length as `text`, for matching: lower case, typographic quotes and dashes folded,
   * every kind of white space a plain space, words broken by PDF extraction rejoined.
   */
  norm: string;
  title: string | null;
  blocks: Block[];
  sentences: Sentence[];
  /** The layer of each block (text/layers.ts), once segmented; absent means all body. */
  layers?: BlockLayer[];
}
