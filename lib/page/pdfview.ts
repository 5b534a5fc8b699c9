/**
 * A PDF shown as pages: a canvas (drawn when the page comes into view) under pdf.js's text layer,
 * whose spans hold the text, selectable and copyable. The document's text is made by the engine's
 * PDF module (lib/engine/text/pdf.ts, the CLI's too) from the same text items, so each character of
 * the analysed text maps to the Text node of its span: that map is the PageText the painting,
 * the card, saving and revealing use, as on any page. DOM only through arguments.
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { fromPdfjsItem, readPdfItems, pageOfItem, type PdfText, type PdfTextItem } from '../engine/text/pdf';
import { lineMarks } from '../engine/text/types';
import { OWN_ATTRIBUTE } from './highlight';
import type { PageText } from './extract';

export interface PdfView {
  /** The analysed text and its map to the text layers. */
  page: PageText;
  /** The engine's PDF text (page of each character). */
  text: PdfText;
  /** One element per page, in order. */
  pages: HTMLElement[];
  /** The page (0-based) a text offset is on; -1 for offsets between lines. */
  pageAt(offset: number): number;
  destroy(): void;
}

export interface PdfViewOptions {
  /** CSS pixels a page is wide at most. */
  width: number;
  /** Each page's text layer is in place (n of total): progress for the reader's status line. */
  onPage?(done: number, total: number): void;
  signal?: AbortSignal;
}

/** Lays out every page with its text layer (canvases follow as pages scroll into view) and maps the text to it. */
export async function renderPdfView(doc: Document, container: HTMLElement, pdf: PDFDocumentProxy, options: PdfViewOptions): Promise<PdfView> {
  const view = doc.defaultView!;
  const pages: HTMLElement[] = [];
  const proxies: PDFPageProxy[] = [];
  const itemPages: PdfTextItem[][] = [];
  /** Text node of every item (numbered as PdfText numbers them), null for items with no text. */
  const itemNodes: (Text | null)[] = [];
  /** Pages whose canvas is drawn (or being drawn), with the job drawing it. */
  const drawn = new Map<Element, { cancel(): void }>();

  const drawCanvas = async (index: number) => {
    const el = pages[index];
    if (drawn.has(el)) return;
    const page = proxies[index];
    const scale = Number(el.dataset.scale);
    const viewport = page.getViewport({ scale });
    const ratio = view.devicePixelRatio || 1;
    const canvas = el.querySelector('canvas')!;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    drawn.set(el, task);
    await task.promise.catch(() => drawn.delete(el));
  };
  /** A page scrolled far away gives its pixels back (a 57-page PDF would hold ~280 MB of canvases); the text layer stays. */
  const release = (el: Element) => {
    const job = drawn.get(el);
    if (!job) return;
    job.cancel();
    drawn.delete(el);
    const canvas = el.querySelector('canvas')!;
    canvas.width = 0;
    canvas.height = 0;
  };
  const observer = new view.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) void drawCanvas(pages.indexOf(entry.target as HTMLElement));
        else release(entry.target);
      }
    },
    { rootMargin: '1500px 0px' },
  );

  // Every page's text asked for at once: the worker answers them back to back instead of one round trip each.
  const contents = Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1).then(async (page) => ({ page, content: await page.getTextContent() })));
  for (const [i, pending] of contents.entries()) {
    const n = i + 1;
    if (options.signal?.aborted) break;
    const { page, content } = await pending;
    const base = page.getViewport({ scale: 1 });
    const scale = Math.min(2, options.width / base.width);
    const viewport = page.getViewport({ scale });
    const el = doc.createElement('section');
    el.className = 'pdf-page';
    el.dataset.page = String(n);
    el.dataset.scale = String(scale);
    el.setAttribute('aria-label', `Page ${n} of ${pdf.numPages}`);
    el.style.setProperty('--scale-factor', String(scale));
    el.style.width = `${Math.floor(viewport.width)}px`;
    el.style.height = `${Math.floor(viewport.height)}px`;
    const canvas = doc.createElement('canvas');
    canvas.setAttribute(OWN_ATTRIBUTE, 'canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const layer = doc.createElement('div');
    layer.className = 'textLayer';
    el.append(canvas, layer);
    container.append(el);
    pages.push(el);
    proxies.push(page);
    const textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
    await textLayer.render();
    // The layer's spans follow the items that have a string, in order: the same items the engine reads.
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    itemPages.push(items.map(fromPdfjsItem));
    textLayer.textDivs.forEach((div, k) => {
      const node = div.firstChild;
      itemNodes.push(items[k]?.str && node && node.nodeType === 3 && div.isConnected ? (node as Text) : null);
    });
    // A layer that stopped early (pdf.js caps the spans it makes) leaves items without a node.
    for (let k = textLayer.textDivs.length; k < items.length; k++) itemNodes.push(null);
    observer.observe(el);
    options.onPage?.(n, pdf.numPages);
  }

  const text = readPdfItems(itemPages);
  const nodes: Text[] = [];
  const nodeOfItem = new Int32Array(itemNodes.length).fill(-1);
  itemNodes.forEach((node, i) => {
    if (node) nodeOfItem[i] = nodes.push(node) - 1;
  });
  const nodeIndex = new Int32Array(text.text.length);
  const nodeOffset = new Int32Array(text.text.length);
  for (let i = 0; i < text.text.length; i++) {
    const item = text.item[i];
    const node = item < 0 ? -1 : nodeOfItem[item];
    nodeIndex[i] = node;
    nodeOffset[i] = node < 0 ? -1 : text.offset[i];
  }
  const page: PageText = { text: text.text, title: text.title, hints: null, joins: text.joins, ...lineMarks(text), nodes, nodeIndex, nodeOffset, truncated: false };
  return {
    page,
    text,
    pages,
    pageAt: (offset) => (text.item[offset] >= 0 ? pageOfItem(text.pageStarts, text.item[offset]) : -1),
    destroy() {
      observer.disconnect();
      for (const p of proxies) p.cleanup();
    },
  };
}
