/**
 * The engine's input readers: what format a file is, and its readable text with whatever
 * structure the format makes explicit.
 */
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { cleanPlainText } from './pdftext';
import type { PlainText } from './types';

export type InputFormat = 'text' | 'markdown' | 'html';

/** File extensions whose format is not in doubt. */
const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', rmd: 'markdown', mdown: 'markdown', mkd: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
};

/** How much of a file sniffing looks at: enough to judge, bounded for huge inputs. */
const SNIFF_CHARS = 65_536;

/** Share of control or replacement characters above which input is binary, not text. */
const BINARY_SHARE = 0.02;

function looksBinary(head: string): boolean {
  if (/^\ufeff?\s*%PDF-/.test(head)) return true;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c <= 0x9f)) odd++;
  }
  return head.length > 0 && odd / head.length > BINARY_SHARE;
}

/** Signals of HTML and of Markdown in a document's opening, counted over lines. */
function sniff(head: string): InputFormat {
  const start = head.replace(/^\ufeff/, '').trimStart().slice(0, 200).toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(start)) return 'html';
  const htmlTags = (head.match(/<\/?(?:p|div|h[1-6]|li|ul|ol|table|tr|td|span|a|br|section|article|body|meta|link|script|strong|em)[\s>/]/gi) ?? []).length;
  const frontMatter = /^---[ \t]*\n[\s\S]{0,2000}?\n---[ \t]*\n/.test(head);
  const atxHeadings = (head.match(/^ {0,3}#{1,6}[ \t]+\S/gm) ?? []).length;
  // Markdown that embeds HTML (tables, lists) still has its own headings; HTML pages never do.
  if (frontMatter || atxHeadings >= 2) return 'markdown';
  let md = atxHeadings;
  md += (head.match(/\]\([^)\s]+\)/g) ?? []).length;
  md += (head.match(/\*\*[^*\n]+\*\*/g) ?? []).length;
  md += (head.match(/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*\|/gm) ?? []).length * 2;
  if (htmlTags >= 5 && htmlTags > md * 2) return 'html';
  if (md >= 2) return 'markdown';
  return 'text';
}

/**
 * The format of a file from its extension, else from its content; null for binary input
 * (a PDF, or more than a few NUL, control or replacement characters: a stray NUL that a PDF extraction left in a
 * text does not make it binary) that no reader can use.
 */
export function detectFormat(path: string, raw: string): InputFormat | null {
  const head = raw.slice(0, SNIFF_CHARS);
  if (looksBinary(head)) return null;
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return BY_EXTENSION[ext] ?? sniff(head);
}

/** The document's readable text: blocks separated by "\n", paragraphs by a blank line. */
export function readInput(raw: string, format: InputFormat): PlainText {
  switch (format) {
    case 'markdown':
      return readMarkdown(raw);
    case 'html':
      return readHtml(raw);
    case 'text':
      return cleanPlainText(raw);
  }
}
