/** The cheap look at a page that decides whether it may be a policy: URL, title, first headings, a text sample. */
import type { PageSample } from '../engine/detect/prefilter';

const SAMPLE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'SVG', 'svg', 'SELECT', 'TEXTAREA', 'BUTTON', 'IFRAME']);
/** Walking stops after this many nodes even if the sample is short: bounds the cost on menu-heavy pages. */
const MAX_NODES = 3000;

/** Elements that hold prose on almost every page: reading these first avoids walking menus and wrappers. */
const PROSE_TAGS = ['p', 'li'];

/** Text of the first prose elements under `root`, via live collections that stop as soon as enough is read. */
function proseSample(root: Element, sampleChars: number): string[] {
  const parts: string[] = [];
  let size = 0;
  for (const tag of PROSE_TAGS) {
    const found = root.getElementsByTagName(tag);
    for (let i = 0; size < sampleChars; i++) {
      const el = found.item(i);
      if (!el) break;
      if (el.closest('nav, [hidden], [aria-hidden="true"]')) continue;
      const t = el.textContent ?? '';
      if (!t.trim()) continue;
      parts.push(t);
      size += t.length;
    }
  }
  return parts;
}

/** Text nodes in document order, for pages whose prose is not in <p> or <li>; bounded by MAX_NODES. */
function walkSample(root: Element, sampleChars: number): string[] {
  const parts: string[] = [];
  let size = 0;
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
  return parts;
}

/**
 * The page's <main>/<article> when it holds most of its prose (counted in paragraphs and list
 * items, which costs no layout and no copy of the text); null when there is none or it wraps a
 * line of a longer page.
 */
function mainContent(doc: Document): Element | null {
  const main = doc.querySelector('main, article, [role="main"]');
  if (!main) return null;
  const prose = (root: Document | Element) => root.getElementsByTagName('p').length + root.getElementsByTagName('li').length;
  const all = prose(doc);
  return all > 0 && prose(main) * 2 >= all ? main : null;
}

/**
 * Reads the page's URL, title, first headings and the first `sampleChars` of its text, from the
 * main content when the page marks it. Paragraphs and list items are read first; the node walk
 * runs only when they hold too little. No style reads, so it never forces a layout.
 */
export function readSignals(doc: Document, sampleChars = 6000): PageSample {
  const headings: string[] = [];
  const found = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && headings.length < 12; i++) {
    const t = (found[i].textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) headings.push(t.slice(0, 160));
  }
  const root = mainContent(doc) ?? doc.body;
  let parts: string[] = [];
  if (root) {
    parts = proseSample(root, sampleChars);
    // A quarter of the sample in prose elements is enough to judge; less means the text lives in other elements.
    if (parts.reduce((n, t) => n + t.length, 0) < sampleChars / 4) parts = walkSample(root, sampleChars);
  }
  return {
    url: doc.URL,
    title: doc.title,
    headings,
    text: parts.join(' ').replace(/\s+/g, ' ').slice(0, sampleChars),
  };
}
