/**
 * Page text as inert Markdown: whatever a page says, pasted into a ticket or a wiki it stays text. No links,
 * no images (tracking pixels), no raw HTML, no emphasis or block markers, and no autolinks: a bare address,
 * "www." name or e-mail address goes into a code span, where no renderer links it.
 */

const MARKDOWN_SPECIAL = /[\\`*_[\]<>&|~$#]/g;
/** What GFM and most renderers turn into links by themselves: scheme://..., www.host, and e-mail addresses. */
// Each alternative starts only where its run of characters starts (the lookbehinds), so no text is scanned twice.
const AUTOLINK = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s<>]*|(?<![\w.])www\.[^\s<>]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Text escaped for Markdown, outside any link-like run. */
function escapeText(s: string): string {
  return s.replace(MARKDOWN_SPECIAL, '\\$&');
}

/** A code span holding `s` literally (fenced with more backticks than any run inside). */
function codeSpan(s: string): string {
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Page text as inert Markdown on one line. */
export function inlineMarkdown(s: string): string {
  const flat = s.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim();
  let out = '';
  let last = 0;
  for (const m of flat.matchAll(AUTOLINK)) {
    // Sentence punctuation after an address stays outside the code span.
    let cut = m[0].length;
    while (cut > 0 && '.,;:!?'.includes(m[0][cut - 1])) cut--;
    const trail = m[0].slice(cut);
    out += escapeText(flat.slice(last, m.index)) + codeSpan(m[0].slice(0, m[0].length - trail.length)) + escapeText(trail);
    last = m.index + m[0].length;
  }
  out += escapeText(flat.slice(last));
  // A line start that would open a list, a heading or a table row stays text.
  return out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A document's own address (checked on save and import: http, https, file or the reader page) escaped but left
 * linkable, so the memo's reader can open the page.
 */
export function addressMarkdown(url: string): string {
  return escapeText(url.replace(/\s+/g, '').replace(/\p{Cc}/gu, ''));
}

/** A user's note, escaped line by line; line breaks kept as hard breaks. */
export function noteMarkdown(note: string): string {
  return note
    .split(/\r\n|\r|\n/)
    .map(inlineMarkdown)
    .filter(Boolean)
    .join('\\\n');
}
