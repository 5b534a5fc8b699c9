/**
 * Markdown (GitHub-flavoured, with the Jekyll, kramdown, Liquid, Pandoc and R Markdown
 * additions policy repositories use) to plain text with block hints. Embedded HTML goes
 * through the same HtmlFlow as the HTML reader.
 */
import { HtmlFlow, MARKER_CHARS, TextBuilder, decodeEntities, normaliseInline, parseTagAt, type TagToken } from './html';
import type { BlockKind, PlainText } from './types';

const BR: TagToken = { type: 'tag', name: 'br', closing: false, selfClosing: true, attrs: {} };
const TD: TagToken = { type: 'tag', name: 'td', closing: false, selfClosing: false, attrs: {} };

// ---------------------------------------------------------------------------------------
// Inline content

type Piece =
  | { t: 'text'; s: string; literal?: boolean }
  | { t: 'tag'; tag: TagToken }
  | { t: 'break' }
  | { t: 'delim'; ch: string; len: number; open: boolean; close: boolean; matched: boolean };

const ASCII_PUNCT = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const isWs = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c);

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
/** kramdown `{: …}` / `{#id}` / `{.class}` and Pandoc `{target="_blank"}` attribute lists. */
const ATTR_LIST = /\{(?:[:#.]|[A-Za-z-]+=)[^{}\n]{0,300}\}/y;
const SPECIAL = /[\\`<![\]*_~{\n&]/g;

/** Positions of the bracket (or parenthesis) closing each opener, ignoring escaped ones. */
function matchPairs(s: string, open: '[' | '('): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  const relevant = open === '[' ? /[\\[\]]/g : /[\\()]/g;
  for (let m = relevant.exec(s); m; m = relevant.exec(s)) {
    const c = m[0];
    if (c === '\\') relevant.lastIndex++;
    else if (c === open) stack.push(m.index);
    else if (stack.length) pairs.set(stack.pop() as number, m.index);
  }
  return pairs;
}

/** For each run of backticks, the start of the next run of the same length (a code span's end). */
function backtickRuns(s: string): Map<number, number> {
  const runs: Array<[number, number]> = [];
  let i = s.indexOf('`');
  while (i >= 0) {
    let j = i;
    while (s[j] === '`') j++;
    runs.push([i, j - i]);
    i = s.indexOf('`', j);
  }
  const next = new Map<number, number>();
  const lastSeen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const [pos, len] = runs[k];
    const after = lastSeen.get(len);
    if (after !== undefined) next.set(pos, after);
    lastSeen.set(len, pos);
  }
  return next;
}

/**
 * Finds the next `end` at or after `from` within `limit` characters, remembering the last hit
 * per delimiter so a text full of unclosed `{%` stays linear.
 */
function nearFinder(s: string): (end: string, from: number, limit: number) => number {
  const next = new Map<string, number>();
  return (end, from, limit) => {
    let at = next.get(end);
    if (at === undefined || (at !== Infinity && at < from)) {
      const found = s.indexOf(end, from);
      at = found < 0 ? Infinity : found;
      next.set(end, at);
    }
    return at !== Infinity && at - from <= limit ? at : -1;
  };
}

function tokenizeInline(s: string, refs: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  const brackets = matchPairs(s, '[');
  const parens = matchPairs(s, '(');
  const ticks = backtickRuns(s);
  const findNear = nearFinder(s);
  /** Where a link's text ends: jump over its destination. */
  const jumps = new Map<number, number>();
  let text = '';
  const pushText = (): void => {
    if (text) pieces.push({ t: 'text', s: text });
    text = '';
  };
  /** End of a link or image tail starting at `]` position m, or -1 when `[...]` is not a link. */
  const linkTail = (open: number, m: number): number => {
    const next = s[m + 1];
    if (next === '(') {
      const p = parens.get(m + 1);
      if (p !== undefined) return p + 1;
    } else if (next === '[') {
      const q = brackets.get(m + 1);
      if (q !== undefined) return q + 1;
    }
    return refs.has(normLabel(s.slice(open + 1, m))) ? m + 1 : -1;
  };
  let i = 0;
  while (i < s.length) {
    const jump = jumps.get(i);
    if (jump !== undefined) { i = jump; continue; }
    const c = s[i];
    if (c === '\\') {
      const n = s[i + 1];
      if (n === '\n') { pushText(); pieces.push({ t: 'break' }); i += 2; continue; }
      if (n !== undefined && ASCII_PUNCT.includes(n)) { pushText(); pieces.push({ t: 'text', s: n, literal: true }); i += 2; continue; }
      text += c; i++; continue;
    }
    if (c === '`') {
      let j = i;
      while (s[j] === '`') j++;
      const end = ticks.get(i);
      if (end === undefined) { text += s.slice(i, j); i = j; continue; }
      pushText();
      const code = s.slice(j, end).replace(/\n/g, ' ');
      pieces.push({ t: 'text', s: code, literal: true });
      i = end + (j - i);
      continue;
    }
    if (c === '<') {
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(s);
      if (auto) { pushText(); pieces.push({ t: 'text', s: auto[1].replace(/^mailto:/i, ''), literal: true }); i = AUTOLINK.lastIndex; continue; }
      const tag = parseTagAt(s, i);
      if (tag) { pushText(); pieces.push({ t: 'tag', tag: tag.tag }); i = tag.end; continue; }
      text += c; i++; continue;
    }
    if (c === '!' && s[i + 1] === '[') {
      const m = brackets.get(i + 1);
      const tail = m === undefined ? -1 : linkTail(i + 1, m);
      if (tail >= 0) { i = tail; continue; } // images: their alt text is not document text
      text += c; i++; continue;
    }
    if (c === '[') {
      const m = brackets.get(i);
      if (m !== undefined && s[i + 1] === '^') { i = m + 1; continue; } // footnote reference
      const tail = m === undefined ? -1 : linkTail(i, m);
      if (m !== undefined && tail >= 0) { jumps.set(m, tail); i++; continue; }
      text += c; i++; continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (s[j] === c) j++;
      const len = j - i;
      if (c === '~' && len !== 2) { text += s.slice(i, j); i = j; continue; }
      const before = i > 0 ? s[i - 1] : undefined;
      const after = s[j];
      const left = !isWs(after) && (!isPunct(after) || isWs(before) || isPunct(before));
      const right = !isWs(before) && (!isPunct(before) || isWs(after) || isPunct(after));
      // Intraword underscores (snake_case, file_names) are not emphasis.
      const open = c === '_' ? left && (!right || isPunct(before)) : left;
      const close = c === '_' ? right && (!left || isPunct(after)) : right;
      pushText();
      pieces.push({ t: 'delim', ch: c, len, open, close, matched: false });
      i = j;
      continue;
    }
    if (c === '{') {
      const n = s[i + 1];
      if (n === '%' || n === '{') {
        const end = findNear(n === '%' ? '%}' : '}}', i + 2, 500);
        if (end >= 0) { i = end + 2; continue; } // Liquid tags and output
      }
      ATTR_LIST.lastIndex = i;
      if (ATTR_LIST.test(s)) { i = ATTR_LIST.lastIndex; continue; }
      text += c; i++; continue;
    }
    if (c === '\n') { text += ' '; i++; continue; }
    SPECIAL.lastIndex = i + 1;
    const next = SPECIAL.exec(s);
    const stop = next ? next.index : s.length;
    text += s.slice(i, stop);
    i = stop;
  }
  pushText();
  matchEmphasis(pieces);
  return pieces;
}

/** Pairs emphasis delimiters (a simplified CommonMark rule); paired ones are dropped. */
function matchEmphasis(pieces: Piece[]): void {
  const openers: number[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.t !== 'delim') continue;
    if (p.close) {
      // A bounded look-back keeps pathological inputs linear.
      for (let o = openers.length - 1; o >= Math.max(0, openers.length - 50); o--) {
        const q = pieces[openers[o]];
        if (q.t === 'delim' && q.ch === p.ch) {
          q.matched = p.matched = true;
          openers.length = o;
          break;
        }
      }
      if (p.matched) continue;
    }
    if (p.open) openers.push(k);
  }
}

function emitInline(s: string, refs: Set<string>, flow: HtmlFlow): void {
  for (const p of tokenizeInline(s, refs)) {
    if (p.t === 'text') flow.text(p.literal ? p.s : decodeEntities(p.s));
    else if (p.t === 'tag') flow.tag(p.tag);
    else if (p.t === 'break') flow.tag(BR);
    // Stray `**` runs are dropped too: they are markup even when unbalanced.
    else if (!p.matched && !(p.ch === '*' && p.len >= 2)) flow.text(p.ch.repeat(p.len));
  }
}

function normLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

// ---------------------------------------------------------------------------------------
// Blocks

interface ListFrame {
  markerIndent: number;
  contentIndent: number;
}

interface OpenBlock {
  kind: BlockKind;
  level: number;
  lines: string[];
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** A list marker (`-`, `*`, `+`, `1.`, `1)`, `a)`) at the start of a trimmed line. */
function listMarker(t: string): { marker: string; width: number } | null {
  const m = /^(?:[-*+]|\d{1,9}[.)]|[A-Za-z]\))(?=[ \t]|$)/.exec(t);
  if (!m) return null;
  let w = m[0].length;
  let spaces = 0;
  while (t[w + spaces] === ' ') spaces++;
  w += spaces >= 1 && spaces <= 4 ? spaces : 1;
  return { marker: m[0], width: w };
}

function isThematicBreak(t: string): boolean {
  const ch = t[0];
  if (ch !== '-' && ch !== '*' && ch !== '_') return false;
  let count = 0;
  for (const c of t) {
    if (c === ch) count++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return count >= 3;
}

function isDelimiterRow(line: string): boolean {
  if (!line.includes('|') && !line.includes('-')) return false;
  const cells = splitRow(line);
  return cells.length > 0 && line.includes('|') && cells.every((c) => /^:?-+:?$/.test(c.trim()));
}

/** Splits a pipe-table row into cells (escaped `\|` and pipes in code spans stay in the cell). */
function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  let inCode = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\' && t[i + 1] === '|') { cur += '|'; i++; continue; }
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inCode) { cells.push(cur); cur = ''; continue; }
    cur += c;
  }
  cells.push(cur);
  return cells;
}

/** Removes `<!-- … -->` comments, which may span paragraphs. */
function stripComments(s: string): string {
  if (!s.includes('<!--')) return s;
  let out = '';
  let i = 0;
  for (let c = s.indexOf('<!--'); c >= 0; c = s.indexOf('<!--', i)) {
    const end = s.indexOf('-->', c + 4);
    out += s.slice(i, c);
    i = end < 0 ? s.length : end + 3;
  }
  return out + s.slice(i);
}

/** Splits off Jekyll/R Markdown front matter and returns its `title:`. */
function frontMatter(s: string): { body: string; title: string | null } {
  const first = /^---[ \t]*\n/.exec(s);
  if (!first) return { body: s, title: null };
  const end = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = s.slice(first[0].length);
  const m = end.exec(rest);
  if (!m) return { body: s, title: null };
  const yaml = rest.slice(0, m.index);
  const t = /^title:[ \t]*(.+)$/m.exec(yaml);
  let title = t ? t[1].trim() : null;
  if (title && /^(['"]).*\1$/.test(title)) title = title.slice(1, -1);
  return { body: rest.slice(m.index + m[0].length), title: title ? decodeEntities(title) : null };
}

export function readMarkdown(raw: string): PlainText {
  const fm = frontMatter(raw.replace(MARKER_CHARS, '').replace(/\r\n?/g, '\n').replace(/^\ufeff/, ''));
  const lines = stripComments(fm.body).split('\n');

  const refs = new Set<string>();
  const refDef = /^ {0,3}\[([^\]^][^\]]{0,998})\]:[ \t]*\S/;
  for (const line of lines) {
    const m = refDef.exec(line);
    if (m) refs.add(normLabel(m[1]));
  }

  const builder = new TextBuilder();
  const flow = new HtmlFlow(builder);
  const lists: ListFrame[] = [];
  let open: OpenBlock | null = null;
  let prevBlank = true;

  const closeOpen = (): void => {
    if (!open) return;
    // "1. **Subcontracting**": a numbered item that is only a bold title heads the section below it.
    if (open.kind === 'list-item' && open.lines.length === 1 && /^(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)[.:]?$/.test(open.lines[0])) {
      flow.setBase('heading', Math.min(6, 2 + open.level));
      emitInline(open.lines[0], refs, flow);
      open = null;
      return;
    }
    flow.setBase(open.kind, open.level);
    emitInline(open.lines.join('\n'), refs, flow);
    open = null;
  };
  const heading = (level: number, content: string): void => {
    closeOpen();
    lists.length = 0;
    flow.setBase('heading', level);
    emitInline(content, refs, flow);
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // Blockquotes: their content reads like any other text.
    while (/^ {0,3}>/.test(line)) line = line.replace(/^ {0,3}> ?/, '');
    const t = line.trim();
    if (t === '') {
      if (open) closeOpen();
      prevBlank = true;
      continue;
    }
    const indent = indentOf(line);
    const wasBlank = prevBlank;
    prevBlank = false;
    const inPara = open !== null && !wasBlank;

    const fence = indent <= 3 ? /^(`{3,}|~{3,})(.*)$/.exec(t) : null;
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      closeOpen();
      const closer = new RegExp('^ {0,3}' + (fence[1][0] === '`' ? '`' : '~') + '{' + fence[1].length + ',}[ \\t]*$');
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !closer.test(lines[j])) body.push(lines[j++]);
      i = j;
      // R Markdown chunks (```{r}) are code that runs, not text anyone reads.
      if (fence[2].trim().startsWith('{')) continue;
      flow.setBase('paragraph');
      body.forEach((b, k) => {
        if (k) flow.tag(BR);
        flow.text(b);
      });
      continue;
    }
    if (indent <= 3 && /^:{3,}/.test(t)) { closeOpen(); continue; } // Pandoc fenced div markers
    // A block attribute list or a Liquid control tag on its own line.
    if (/^\{:.*\}$/.test(t) || /^\{%.*%\}$/.test(t) || /^\{\{.*\}\}$/.test(t)) continue;

    const atx = indent <= 3 ? /^(#{1,6})(?=[ \t]|$)/.exec(t) : null;
    if (atx) {
      let content = t.slice(atx[1].length).trim();
      let end = content.length;
      while (end > 0 && content[end - 1] === '#') end--;
      if (end === 0 || content[end - 1] === ' ') content = content.slice(0, end).trim();
      heading(atx[1].length, content);
      continue;
    }
    if (inPara && open !== null && (open as OpenBlock).kind === 'paragraph' && lists.length === 0 && indent <= 3) {
      if (/^=+[ \t]*$/.test(t) || /^-+[ \t]*$/.test(t)) {
        const text = (open as OpenBlock).lines.join('\n');
        open = null;
        heading(t[0] === '=' ? 1 : 2, text);
        continue;
      }
    }
    if (indent <= 3 && isThematicBreak(t)) { closeOpen(); lists.length = 0; continue; }

    if (t.includes('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      closeOpen();
      lists.length = 0;
      let j = i;
      while (j < lines.length && lines[j].trim() !== '') {
        let row = lines[j].trim();
        // A trailing backslash continues the row on the next line.
        while (row.endsWith('\\') && j + 1 < lines.length && lines[j + 1].trim() !== '') row = row.slice(0, -1) + ' ' + lines[++j].trim();
        if (j !== i + 1) {
          flow.setBase('paragraph', 0, true);
          for (const cell of splitRow(row)) {
            flow.tag(TD);
            emitInline(cell, refs, flow);
          }
        }
        j++;
      }
      i = j - 1;
      continue;
    }

    if (!inPara && refDef.test(line)) continue;
    const foot = /^ {0,3}\[\^[^\]]{1,100}\]:[ \t]*/.exec(line);
    if (foot) {
      closeOpen();
      open = { kind: 'paragraph', level: 0, lines: [line.slice(foot[0].length)] };
      continue;
    }

    const marker = listMarker(t);
    const canInterrupt =
      marker !== null &&
      (!inPara || lists.length > 0 || /^[-*+]$/.test(marker.marker) || /^1[.)]$/.test(marker.marker));
    if (marker && canInterrupt) {
      closeOpen();
      while (lists.length && indent < lists[lists.length - 1].markerIndent) lists.pop();
      const frame = { markerIndent: indent, contentIndent: indent + marker.width };
      const top = lists[lists.length - 1];
      if (top && indent < top.contentIndent) lists[lists.length - 1] = frame;
      else lists.push(frame);
      open = { kind: 'list-item', level: lists.length, lines: [t.slice(marker.marker.length).trim()] };
      continue;
    }

    if (inPara && open) {
      (open as OpenBlock).lines.push(t);
      continue;
    }
    // After a blank line: indented text continues the list it sits in, as a paragraph.
    while (lists.length && indent < lists[lists.length - 1].contentIndent) lists.pop();
    closeOpen();
    open = { kind: 'paragraph', level: 0, lines: [t] };
  }
  closeOpen();

  const { text, hints } = builder.finish();
  let title = fm.title;
  if (!title) {
    const h = hints.find((x) => x.kind === 'heading');
    title = h ? text.slice(h.start, h.end) : flow.firstH1;
  }
  return { text, title: title ? normaliseInline(title) : null, hints };
}
