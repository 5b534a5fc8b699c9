// The PDF reader (reader.html?file=<PDF URL, encoded>): wiring only. pdf.js lays out the pages (lib/page/pdfview.ts),
// the page controller paints them as on any page, the background analyses the text; the frame is components/reader.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { getDocument, GlobalWorkerOptions, InvalidPDFException, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist';
import ReaderApp, { type ReaderDeps, type ReaderHooks, type ReaderOutcome, type ReaderSource } from '@/components/reader/ReaderApp';
import { noticeText } from '@/components/reader/ReaderNotice';
import { I18nContext } from '@/components/common/i18n';
import { EN, type I18n } from '@/lib/report/i18n';
import { loadI18n } from '@/lib/extension/language';
import { createPageController } from '@/lib/page/page';
import { attachStyle, useConstructedStyles } from '@/lib/page/styles';
import { highlightName } from '@/lib/page/palette';
import { SAVED_HIGHLIGHT } from '@/lib/page/saved';
import { CATEGORIES } from '@/lib/engine/report';
import { renderPdfView, type PdfView } from '@/lib/page/pdfview';
import { pdfDocumentUrl } from '@/lib/notebook/pagekey';
import { createHandler, createSender, type BackgroundProtocol, type ContentProtocol } from '@/lib/extension/protocol';
import { contentHandlers, pageNotebook } from '@/lib/extension/page-link';
import { connectSourceFor, isFetchable, readerFile, readerPath } from '@/lib/extension/reader';
import '@/components/common/base.css';
import './style.css';

const send = createSender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

// Every pdf.js asset comes from the extension itself (copied there at build time, wxt.config.ts).
const asset = (path: string) => browser.runtime.getURL(`/pdfjs/${path}` as Parameters<typeof browser.runtime.getURL>[0]);
GlobalWorkerOptions.workerSrc = asset('pdf.worker.min.mjs');

// This page's CSP allows no inline <style>: the highlight, saved-highlight and card sheets are adopted instead.
useConstructedStyles();
// Over the canvas the text layer's glyphs stay invisible: a highlight colours the background (and underlines), never the text.
attachStyle(document, [...CATEGORIES.map(highlightName), SAVED_HIGHLIGHT].map((name) => `.textLayer span::highlight(${name}){color:transparent}`).join('\n'));

/** The page's connect-src narrowed to the one PDF: a second <meta> policy can only take away. */
function allowOnly(url: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${connectSourceFor(url)}`;
  document.head.prepend(meta);
}

class LoadError extends Error {}

/** The reader's words (the user's language), set before anything is opened; the notices sent to the popup use them too. */
let words: I18n = EN;

/** The PDF's bytes from its address, from the browser's cache when it has them. */
async function download(url: string): Promise<Uint8Array> {
  if (/^file:/i.test(url)) {
    // fetch() refuses file: URLs; XHR reads them where the browser lets the extension ("Allow access to file URLs").
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.responseType = 'arraybuffer';
      xhr.onload = () => (xhr.response ? resolve(new Uint8Array(xhr.response as ArrayBuffer)) : reject(new LoadError('the file is empty')));
      xhr.onerror = () => reject(new LoadError('the browser does not let ClauseLens read files from your disk by address. Allow it in the extension’s settings (“Allow access to file URLs”), or drop the file here.'));
      xhr.open('GET', url);
      xhr.send();
    });
  }
  let response: Response;
  try {
    response = await fetch(url, { cache: 'force-cache', credentials: 'include' });
  } catch (e) {
    throw new LoadError(`the address did not answer (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!response.ok) throw new LoadError(`the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  return new Uint8Array(await response.arrayBuffer());
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What is open now; replaced (and its controller stopped) when another PDF is opened. */
let current: { abort: AbortController; pdf: PDFDocumentProxy | null; view: PdfView | null; controller: ReturnType<typeof createPageController> | null } | null = null;

async function openPdf(source: ReaderSource, container: HTMLElement, hooks: ReaderHooks): Promise<ReaderOutcome> {
  if (current) {
    current.abort.abort();
    current.view?.destroy();
    void current.pdf?.destroy();
  }
  container.replaceChildren();
  const mine = { abort: new AbortController(), pdf: null as PDFDocumentProxy | null, view: null as PdfView | null, controller: null as ReturnType<typeof createPageController> | null };
  current = mine;
  // A picked or dropped file has no address of its own: it is filed under the reader's, with its name (where the
  // side panel's "Show on page" asks for the file again).
  const address = 'file' in source ? `${location.origin}${readerPath()}?name=${encodeURIComponent(source.file.name)}` : source.url;
  const finish = (outcome: ReaderOutcome, key?: string): ReaderOutcome => {
    const notice = noticeText(outcome, words);
    // The popup says the same thing on this tab, never an empty or a clean report.
    if (notice) void send('readerNotice', { notice, ...(key ? { document: key } : {}) });
    return outcome;
  };

  let bytes: Uint8Array;
  try {
    if ('file' in source) bytes = new Uint8Array(await source.file.arrayBuffer());
    else {
      if (!isFetchable(source.url)) return finish({ kind: 'unreachable', message: 'the reader opens web (http, https) and local (file) addresses only.' });
      allowOnly(source.url);
      bytes = await download(source.url);
    }
  } catch (e) {
    return finish({ kind: 'unreachable', message: e instanceof Error ? e.message : String(e) });
  }
  const key = pdfDocumentUrl(address, await sha256(bytes));

  const task = getDocument({
    data: bytes,
    cMapUrl: asset('cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts/'),
    iccUrl: asset('iccs/'),
    wasmUrl: asset('wasm/'),
    // The JavaScript image decoders: the WebAssembly ones would need 'wasm-unsafe-eval' in the extension's CSP.
    useWasm: false,
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  let gaveUp = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void hooks.password(reason === PasswordResponses.INCORRECT_PASSWORD).then((password) => {
      if (password === null) {
        gaveUp = true;
        void task.destroy();
      } else update(password);
    });
  };
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (e) {
    if (gaveUp || (e instanceof Error && e.name === 'PasswordException')) return finish({ kind: 'locked' }, key);
    const message = e instanceof InvalidPDFException ? 'it is damaged or not a PDF' : e instanceof Error ? e.message : String(e);
    return finish({ kind: 'broken', message }, key);
  }
  mine.pdf = pdf;
  // Marks on the page's own timeline, read by scripts/bench-reader.ts (nothing leaves the page).
  performance.mark('clauselens:pdf-open');
  if (mine.abort.signal.aborted) return { kind: 'unreachable', message: 'another PDF was opened' };

  const view = await renderPdfView(document, container, pdf, {
    width: Math.min(1000, container.clientWidth - 32 || 900),
    onPage: hooks.progress,
    signal: mine.abort.signal,
  });
  mine.view = view;
  performance.mark('clauselens:text-layers');
  const meta = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
  // A metadata title that is a file name ("Basecamp_Data_Processing_Addendum_v202109") says less than the first line.
  const metaTitle = meta?.Title?.trim() ?? '';
  const title = (/\s/.test(metaTitle) ? metaTitle : '') || view.text.title || metaTitle || address;
  document.title = `${title} · ClauseLens`;
  if (!view.text.text.trim()) return finish({ kind: 'no-text', title, pages: pdf.numPages }, key);

  const controller = createPageController({
    doc: document,
    // The user opened this document in ClauseLens: it is always read; the engine decides what it is.
    mightBePolicy: () => ({ likely: true, kind: null, score: 1, why: 'opened in the ClauseLens reader' }),
    analyze: ({ plain, forced, truncated }) => send('analyzePage', { plain, forced, truncated, document: key }),
    cleared: () => void send('pageCleared', { document: key }),
    highlightingShown: (highlighting) => void send('highlightingShown', { highlighting }),
    yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
    now: () => performance.now(),
    signal: mine.abort.signal,
    notebook: pageNotebook(send, { document: key }),
    source: { url: key, extract: async () => view.page },
  });
  mine.controller = controller;
  const result = await controller.start();
  performance.mark('clauselens:painted');
  return { kind: 'shown', title, pages: pdf.numPages, ...result };
}

// The content messages (popup's jump to a clause, the side panel's "show", saving from the context menu) go to what is open.
browser.runtime.onMessage.addListener((message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => {
  const controller = current?.controller;
  if (!controller) return undefined;
  // The popup's own runtime messages reach every extension page too; theirs carry a tabId, ours never do.
  const data = (message as { data?: unknown } | null)?.data;
  if (data && typeof data === 'object' && 'tabId' in data) return undefined;
  return createHandler<ContentProtocol>(contentHandlers(controller))(message, sender as { tab?: { id?: number } }, sendResponse);
});

const deps: ReaderDeps = {
  initial: readerFile(location.href),
  askFor: new URLSearchParams(location.search).get('name'),
  open: openPdf,
  async analyzeAnyway() {
    const controller = current?.controller;
    const pages = current?.pdf?.numPages ?? 0;
    if (!controller) return { kind: 'unreachable', message: 'no PDF is open' };
    const result = await controller.analyzeNow();
    return { kind: 'shown', title: document.title.replace(/ · ClauseLens$/, ''), pages, ...result };
  },
};

// The reader is web-accessible (the PDF redirect lands on it): inside another site's frame it does nothing, so no page can
// put it under a click-jacking overlay or make it save on the user's behalf.
void loadI18n()
  .catch(() => EN)
  .then((i18n) => {
    words = i18n;
    document.documentElement.lang = i18n.locale;
    if (window.top !== window) document.getElementById('app')!.textContent = i18n.t('reader.framed');
    else
      render(
        <I18nContext.Provider value={i18n}>
          <ReaderApp deps={deps} />
        </I18nContext.Provider>,
        document.getElementById('app')!,
      );
  });
