/** A linear HTML tokenizer: tags (with attributes) and text; comments, doctypes and processing instructions dropped. */
import { decodeEntities } from './entities';

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
