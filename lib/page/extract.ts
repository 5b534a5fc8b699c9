/**
 * The visible text of a page in reading order, with a map from every text offset back to a DOM
 * position. The walk follows the rendered (flat) tree: open shadow roots with their slots, and
 * same-origin iframes; closed shadow roots and cross-origin frames cannot be read and are skipped.
 */
import { lineMarks, type BlockHint, type BlockKind, type PlainText } from '../engine/text/types';

/**
 * `text` plus, for each of its code units, the Text node and offset it came from. Separators
 * the extractor inserts between blocks map to no node (`nodeIndex` -1).
 */
export interface PageText extends PlainText {
  /** null: no markup to go by (a PDF's text), segmented like plain text. */
  hints: BlockHint[] | null;
  nodes: Text[];
  nodeIndex: Int32Array;
  nodeOffset: Int32Array;
  /** The walk stopped at `maxChars`: the text is the page's beginning only. */
  truncated: boolean;
}

/** A page's text read from its DOM: the markup always gives blocks. */
export interface DomText extends PageText {
  hints: BlockHint[];
}

export interface ExtractOptions {
  /** Elements (and their subtrees) to leave out besides the built-in ones, e.g. the extension's own UI. */
  skip?: (el: Element) => boolean;
  /** Stop after about this many characters (default MAX_PAGE_CHARS) and mark the result truncated. */
  maxChars?: number;
}

/** The engine analyses at most 1.5 M characters (lib/engine/analyze.ts MAX_CHARS); reading more of a page only costs time and memory. */
export const MAX_PAGE_CHARS = 1_500_000;

/** Subtrees that never hold readable prose. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'NAV', 'SVG', 'svg', 'CANVAS',
  'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON',
  'MATH', 'DATALIST',
]);
/** ARIA roles of navigation chrome. */
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar', 'toolbar', 'tablist', 'search']);
/** Elements that break the text into blocks; the value is the separator put before and after them. */
const BLOCK_SEPARATOR: Record<string, string> = {
  P: '\n\n', DIV: '\n\n', SECTION: '\n\n', ARTICLE: '\n\n', MAIN: '\n\n', ASIDE: '\n\n', HEADER: '\n\n',
  FOOTER: '\n\n', BLOCKQUOTE: '\n\n', PRE: '\n\n', FIGURE: '\n\n', FIGCAPTION: '\n\n', ADDRESS: '\n\n',
  H1: '\n\n', H2: '\n\n', H3: '\n\n', H4: '\n\n', H5: '\n\n', H6: '\n\n', HR: '\n\n', TABLE: '\n\n',
  UL: '\n\n', OL: '\n\n', DL: '\n\n', DETAILS: '\n\n', FIELDSET: '\n\n', FORM: '\n\n', HGROUP: '\n\n',
  LI: '\n', DT: '\n', DD: '\n', TR: '\n', TD: '\n', TH: '\n', CAPTION: '\n', SUMMARY: '\n', BR: '\n',
  LEGEND: '\n', BODY: '\n\n', HTML: '\n\n', IFRAME: '\n\n', FRAME: '\n\n',
};
const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

interface Context {
  kind: BlockKind;
  level: number;
  pre: boolean;
}

/** Growable Int32Array: the map is one entry per code unit, so plain arrays would be wasteful on long pages. */
class IntBuffer {
  data = new Int32Array(4096);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  result(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Children still to visit of one parent: a sibling chain, or a list (a slot's assigned nodes, a frame's body). */
interface Frame {
  /** Element whose end is reached when the frame runs out (null for the root). */
  owner: Element | null;
  next: Node | null;
  list: Node[] | null;
  index: number;
}

function chain(owner: Element | null, first: Node | null): Frame {
  return { owner, next: first, list: null, index: 0 };
}

function listed(owner: Element | null, list: Node[]): Frame {
  return { owner, next: null, list, index: 0 };
}

function take(frame: Frame): Node | null {
  if (frame.list) return frame.index < frame.list.length ? frame.list[frame.index++] : null;
  const n = frame.next;
  if (n) frame.next = n.nextSibling;
  return n;
}

/** The document inside a same-origin frame; null for cross-origin ones (the browser refuses access). */
function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * Walks `root` once, in reading order, in slices: `run(shouldYield)` does work until
 * `shouldYield()` says stop, and returns the PageText when the walk is complete (null before).
 * Hidden subtrees (display:none, visibility:hidden, [hidden], aria-hidden, closed <details>),
 * scripts, styles, form controls and navigation are left out.
 */
export function createTextExtractor(root: Element, options: ExtractOptions = {}) {
  const doc = root.ownerDocument;
  const skip = options.skip;
  const maxChars = options.maxChars ?? MAX_PAGE_CHARS;
  const chunks: string[] = [];
  let chunk = '';
  let length = 0;
  const nodes: Text[] = [];
  const nodeIndex = new IntBuffer();
  const nodeOffset = new IntBuffer();
  const hints: BlockHint[] = [];
  const contexts: Context[] = [{ kind: 'paragraph', level: 0, pre: false }];
  const contextOwners: Element[] = [root];
  // The separator owed before the next visible character, and a collapsible space held back until then.
  let pendingBreak = '';
  let pendingSpace: { node: number; offset: number } | null = null;
  let blockStart = -1;
  let blockContext: Context | null = null;
  let listDepth = 0;
  let title: string | null = null;
  const stack: Frame[] = [];
  let done = false;
  let truncated = false;

  function append(s: string, n: number, offset: number, identity: boolean): void {
    chunk += s;
    for (let i = 0; i < s.length; i++) {
      nodeIndex.push(n);
      nodeOffset.push(identity ? offset + i : offset);
    }
    length += s.length;
    if (chunk.length > 8192) {
      chunks.push(chunk);
      chunk = '';
    }
  }

  function closeBlock(): void {
    if (blockStart >= 0 && blockContext) {
      const hint: BlockHint = { start: blockStart, end: length, kind: blockContext.kind };
      if (blockContext.kind !== 'paragraph') hint.level = blockContext.level;
      hints.push(hint);
      if (title === null && blockContext.kind === 'heading' && blockContext.level === 1) title = currentText(blockStart, length);
    }
    blockStart = -1;
    blockContext = null;
  }

  function currentText(start: number, end: number): string {
    return (chunks.join('') + chunk).slice(start, end);
  }

  function boundary(sep: string): void {
    closeBlock();
    pendingSpace = null;
    if (length > 0 && sep.length > pendingBreak.length) pendingBreak = sep;
  }

  function beginVisible(): void {
    if (blockStart >= 0) return;
    if (pendingBreak) append(pendingBreak, -1, 0, false);
    pendingBreak = '';
    blockStart = length;
    blockContext = contexts[contexts.length - 1];
  }

  function emitText(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    const ctx = contexts[contexts.length - 1];
    const n = nodes.length;
    let used = false;
    if (ctx.pre) {
      // Pre-formatted text keeps its line breaks; each line is still one stretch of mapped text.
      beginVisible();
      append(data, n, 0, true);
      nodes.push(text);
      return;
    }
    let runStart = -1;
    for (let i = 0; i <= data.length; i++) {
      const code = i < data.length ? data.charCodeAt(i) : 32;
      if (isSpace(code)) {
        if (runStart >= 0) {
          append(data.slice(runStart, i), n, runStart, true);
          used = true;
          runStart = -1;
        }
        if (i < data.length && blockStart >= 0 && pendingSpace === null) pendingSpace = { node: n, offset: i };
      } else if (runStart < 0) {
        const hadBlock = blockStart >= 0;
        beginVisible();
        if (hadBlock && pendingSpace) {
          append(' ', pendingSpace.node, pendingSpace.offset, false);
          used = true;
        }
        pendingSpace = null;
        runStart = i;
      }
    }
    // The node is kept when it supplied text or the space still pending (its index is `n` in both cases).
    if (used || (pendingSpace && pendingSpace.node === n)) nodes.push(text);
  }

  function hiddenByAttributes(el: Element): boolean {
    if (SKIP_TAGS.has(el.tagName)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
    if (el.namespaceURI !== null && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
    return skip !== undefined && skip(el);
  }

  function hiddenByStyle(el: Element): boolean {
    // Only elements with content can hide text; skipping the call on empty ones keeps style reads rare. Frames have no children but a document.
    if (el.firstChild === null && !el.shadowRoot && el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return false;
    // Each frame's elements are styled by that frame's window.
    const view = el.ownerDocument.defaultView;
    if (!view) return false;
    const style = view.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
  }

  function enter(el: Element): boolean {
    if (hiddenByAttributes(el) || hiddenByStyle(el)) return false;
    const tag = el.tagName;
    const sep = BLOCK_SEPARATOR[tag];
    if (sep !== undefined) boundary(sep);
    const level = HEADING_LEVEL[tag];
    if (level !== undefined) push(el, { kind: 'heading', level, pre: false });
    else if (tag === 'LI') {
      listDepth++;
      push(el, { kind: 'list-item', level: listDepth, pre: false });
    } else if (tag === 'PRE') push(el, { kind: 'paragraph', level: 0, pre: true });
    else if (sep !== undefined && sep.length === 2) push(el, { kind: 'paragraph', level: 0, pre: contexts[contexts.length - 1].pre });
    return true;
  }

  function push(el: Element, ctx: Context): void {
    contexts.push(ctx);
    contextOwners.push(el);
  }

  function exit(el: Element): void {
    const sep = BLOCK_SEPARATOR[el.tagName];
    if (sep !== undefined) boundary(sep);
    if (contextOwners[contextOwners.length - 1] === el) {
      contextOwners.pop();
      contexts.pop();
      if (el.tagName === 'LI') listDepth--;
    }
  }

  /** What the browser renders inside `el`, in order; null when nothing. */
  function children(el: Element): Frame | null {
    const tag = el.tagName;
    // A closed <details> shows its <summary> only.
    if (tag === 'DETAILS' && !el.hasAttribute('open')) {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'SUMMARY') return listed(el, [c]);
      return null;
    }
    // An open shadow root replaces the light children, which show only where a <slot> takes them.
    if (el.shadowRoot) return chain(el, el.shadowRoot.firstChild);
    if (tag === 'SLOT') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) return listed(el, assigned);
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const body = frameDocument(el)?.body;
      return body ? listed(el, [body]) : null;
    }
    return el.firstChild ? chain(el, el.firstChild) : null;
  }

  function finish(): DomText {
    closeBlock();
    if (chunk) chunks.push(chunk);
    const text = chunks.join('');
    const docTitle = doc.title ? doc.title.trim() : '';
    const site = doc.querySelector?.('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
    return {
      text,
      title: docTitle || title,
      ...(site ? { siteName: site.slice(0, 200) } : {}),
      hints,
      nodes,
      nodeIndex: nodeIndex.result(),
      nodeOffset: nodeOffset.result(),
      truncated,
    };
  }

  return {
    run(shouldYield: () => boolean): DomText | null {
      if (done) return finish();
      if (stack.length === 0 && !truncated) {
        const first = children(root);
        if (first) stack.push({ ...first, owner: null });
      }
      let steps = 0;
      while (stack.length > 0) {
        // Checking the clock every node would cost more than the nodes themselves.
        if ((++steps & 63) === 0 && shouldYield()) return null;
        if (length >= maxChars) {
          truncated = true;
          break;
        }
        const frame = stack[stack.length - 1];
        const node = take(frame);
        if (!node) {
          stack.pop();
          if (frame.owner) exit(frame.owner);
          continue;
        }
        if (node.nodeType === 3) emitText(node as Text);
        else if (node.nodeType === 1) {
          const el = node as Element;
          if (!enter(el)) continue;
          const inner = children(el);
          if (inner) stack.push(inner);
          else exit(el);
        }
      }
      stack.length = 0;
      done = true;
      return finish();
    },
  };
}

/** The whole walk in one go (tests, small pages). */
export function extractPageText(root: Element, options: ExtractOptions = {}): DomText {
  const result = createTextExtractor(root, options).run(() => false);
  if (!result) throw new Error('extraction did not finish');
  return result;
}

/** The walk in slices of `sliceMs`, letting the page's own tasks run between them; null when the page has no body or the session ended. */
export async function extractInSlices(
  doc: Document,
  opts: { now(): number; yieldToPage(): Promise<void>; signal: AbortSignal; sliceMs: number; skip: (el: Element) => boolean },
): Promise<DomText | null> {
  const body = doc.body;
  if (!body) return null;
  const extractor = createTextExtractor(body, { skip: opts.skip });
  while (true) {
    const start = opts.now();
    const result = extractor.run(() => opts.now() - start > opts.sliceMs);
    if (result) return result;
    await opts.yieldToPage();
    if (opts.signal.aborted) return null;
  }
}

/** The part of the page's text the engine reads (text, title, hints, joins, line marks): no DOM nodes or offset map. */
export function plainText(page: PageText): PlainText {
  return {
    text: page.text,
    title: page.title,
    hints: page.hints,
    ...(page.joins ? { joins: page.joins } : {}),
    ...(page.siteName ? { siteName: page.siteName } : {}),
    ...lineMarks(page),
  };
}
