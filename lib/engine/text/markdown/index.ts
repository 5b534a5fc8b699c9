/**
 * Markdown (GitHub-flavoured, with the Jekyll, kramdown, Liquid, Pandoc and R Markdown
 * additions policy repositories use) to plain text with block hints. Embedded HTML goes
 * through the same HtmlFlow as the HTML reader.
 */
import { MARKER_CHARS, TextBuilder, normaliseInline } from '../blocks';
import { decodeEntities } from '../html/entities';
import { HtmlFlow } from '../html/flow';
import type { TagToken } from '../html/tokens';
import type { BlockKind, PlainText } from '../types';
import { BR, emitInline, normLabel } from './inline';

const TD: TagToken = { type: 'tag', name: 'td', closing: false, selfClosing: false, attrs: {} };

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
