/**
 * HTML reading without a DOM: tokens (./tokens), entities (./entities), blocks (./flow onto ../blocks); the page's
 * <main>/<article> is read when it holds most of the readable text.
 */
import type { PlainText } from '../types';
import { MARKER_CHARS, TextBuilder, normaliseInline } from '../blocks';
import { HtmlFlow } from './flow';
import { tokenizeHtml, type HtmlToken } from './tokens';

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
