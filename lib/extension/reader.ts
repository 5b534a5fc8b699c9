/**
 * The PDF reader's address and the rules that open PDFs in it. Its address is
 * `reader.html?file=<the PDF's URL, encoded>` (the convention of PDF.js and Hypothesis), so a link, a
 * saved highlight and a test can name it.
 */
export const READER_PATH = '/reader.html';

/** The reader's address (below the extension's root) for a PDF at `file`; the bare reader without one. */
export function readerPath(file?: string | null): string {
  return file ? `${READER_PATH}?file=${encodeURIComponent(file)}` : READER_PATH;
}

/**
 * The PDF address a reader address names. The redirect rule puts the address in raw (a declarative
 * rule cannot encode), so everything after "file=" is taken, query and fragment included.
 */
export function readerFile(href: string): string | null {
  const at = href.indexOf('?file=');
  if (at < 0) return null;
  const raw = href.slice(at + 6);
  if (!raw) return null;
  // Encoded by readerPath ("https%3A%2F%2F…"), or raw from the redirect ("https://…").
  if (/^[a-z][a-z0-9+.-]*%3A/i.test(raw)) {
    try {
      return decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  return raw;
}

/** Addresses the reader fetches itself: web PDFs, and local ones where the browser lets an extension read them. */
export function isFetchable(url: string): boolean {
  return /^(https?|file):/i.test(url);
}

/** A tab's address looks like a PDF (its path ends in .pdf); the popup also asks the tab itself. */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url || !isFetchable(url)) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * A CSP source that allows exactly this address: the reader narrows its own connect-src to it before
 * it fetches, so the only request it can make is for the PDF the user opened.
 */
export function connectSourceFor(url: string): string {
  const u = new URL(url);
  if (u.protocol === 'file:') return 'file:';
  // ";" and "," end a source expression; the path is matched after percent-decoding, so encoding them is safe.
  const path = u.pathname.replace(/[;,\s]/g, (c) => encodeURIComponent(c));
  return `${u.protocol}//${u.host}${path}`;
}

/** Id of the dynamic rule that opens web PDFs in the reader (Chrome). */
export const PDF_RULE_ID = 1;

/**
 * Chrome's declarativeNetRequest rule: a top-level http(s) response with a PDF content type, not
 * sent as a download, is redirected to the reader (as Mozilla's PDF.js extension does). Response-header
 * conditions need Chrome 128.
 */
export function pdfRedirectRule(extensionOrigin: string) {
  return {
    id: PDF_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${extensionOrigin}${READER_PATH}?file=\\0` } },
    condition: {
      regexFilter: '^https?://.*$',
      resourceTypes: ['main_frame'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*'] }],
      excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
    },
  };
}

/** Firefox (webRequest): whether a top-level response is a PDF to show in the reader. */
export function isPdfResponse(headers: { name: string; value?: string }[]): boolean {
  const get = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value?.toLowerCase() ?? '';
  return /^application\/pdf\s*(;|$)/.test(get('content-type')) && !get('content-disposition').startsWith('attachment');
}

/** Whether `url` is the reader page of this extension build (any query: the PDF it shows). */
export function isReaderAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:') && u.pathname === READER_PATH;
  } catch {
    return false;
  }
}
