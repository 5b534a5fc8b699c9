/** Test pages: documents (plain text, Markdown, HTML) rendered as the web pages a user would open. */
import { buildDoc } from '../../lib/engine/text/structure';
import type { PlainText } from '../../lib/engine/text/types';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The body HTML of a document: its blocks as headings, paragraphs and list items. */
export function documentHtml(plain: PlainText): string {
  const doc = buildDoc(plain);
  const out: string[] = [];
  let inList = false;
  for (const block of doc.blocks) {
    const text = escapeHtml(doc.text.slice(block.start, block.end).replace(/\s*\n\s*/g, ' '));
    if (!text.trim()) continue;
    if (block.kind === 'list-item' && !inList) out.push('<ul>');
    if (block.kind !== 'list-item' && inList) out.push('</ul>');
    inList = block.kind === 'list-item';
    if (block.kind === 'heading') {
      const level = Math.min(6, Math.max(1, block.level || 2));
      out.push(`<h${level}>${text}</h${level}>`);
    } else if (block.kind === 'list-item') out.push(`<li>${text}</li>`);
    else out.push(`<p>${text}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

/** A whole page around `bodyHtml`, with the chrome real sites have: navigation, a script, a footer. */
export function pageHtml(title: string, bodyHtml: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
nav a{margin-right:1rem} .sr-hidden{display:none}</style>${extraHead}</head>
<body>
<nav><a href="/">Home</a><a href="/pricing">Pricing</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav>
<main>
${bodyHtml}
</main>
<div class="sr-hidden">Hidden promotional text that is not shown.</div>
<footer><p>© Example Ltd.</p></footer>
<script>window.pageScriptRan = true;</script>
</body></html>`;
}

/**
 * Runs in the page (pass it to `page.evaluate`, Playwright or Puppeteer): selects the first occurrence of
 * `needle`, as a user's drag would.
 */
export function selectInPage(needle: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + needle.length);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(r);
    return;
  }
  throw new Error(`"${needle}" is not on the page`);
}
