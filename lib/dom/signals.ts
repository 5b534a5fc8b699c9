/** The cheap look at a page that decides whether it may be a policy: URL, title, first headings, a text sample. */
import type { PageSample } from '../prefilter';

const SAMPLE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'SVG', 'svg', 'SELECT', 'TEXTAREA', 'BUTTON', 'IFRAME']);
/** Walking stops after this many nodes even if the sample is short: bounds the cost on menu-heavy pages. */
const MAX_NODES = 3000;

/**
 * Reads the page's URL, title, first headings and the first `sampleChars` of its text, from the
 * main content when the page marks it. No style reads, so it never forces a layout.
 */
export function readSignals(doc: Document, sampleChars = 6000): PageSample {
  const headings: string[] = [];
  const found = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < 12; i++) {
    const t = (found[i].textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) headings.push(t.slice(0, 160));
  }
  const root = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  const parts: string[] = [];
  let size = 0;
  if (root) {
    let visited = 0;
    let node: Node | null = root.firstChild;
    while (node && size < sampleChars && visited++ < MAX_NODES) {
      let descend = false;
      if (node.nodeType === 3) {
        const t = (node as Text).data;
        if (t.trim()) {
          parts.push(t);
          size += t.length;
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        descend = !SAMPLE_SKIP.has(el.tagName) && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
      }
      if (descend && node.firstChild) node = node.firstChild;
      else {
        while (node && node !== root && !node.nextSibling) node = node.parentNode;
        node = node && node !== root ? node.nextSibling : null;
      }
    }
  }
  return {
    url: doc.URL,
    title: doc.title,
    headings,
    text: parts.join(' ').replace(/\s+/g, ' ').slice(0, sampleChars),
  };
}
