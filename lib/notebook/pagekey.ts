/** The key a page's saved highlights are filed under; a module of its own because every page's content script needs it. */

/** Key (in storage.local) of the list of page keys with saved highlights: every content script reads it directly. */
export const SAVED_PAGES_KEY = 'notebookPages';

// Two letters at least, so a Windows path ("C:\\...") is not read as a URL scheme.
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/**
 * A PDF is one document whatever address it is opened from: the reader files it by a hash of its
 * bytes, written into the fragment of the address it was read from ("…/dpa.pdf#clauselens-sha256=…";
 * a picked or dropped file has its name there), so the notebook keeps the address for display and
 * for opening it again, and exports and imports keep the identity without a new field.
 */
export const PDF_HASH_FRAGMENT = 'clauselens-sha256=';
const PDF_HASH = /#clauselens-sha256=([0-9a-f]{64})$/;

/** The notebook address of a PDF read from `address` (a URL or a file name) whose bytes hash to `sha256` (hex). */
export function pdfDocumentUrl(address: string, sha256: string): string {
  return `${address.trim().split('#')[0]}#${PDF_HASH_FRAGMENT}${sha256}`;
}

/** The PDF's address and hash from a notebook address made by pdfDocumentUrl; null for other addresses. */
export function pdfIdentity(url: string): { address: string; sha256: string } | null {
  const m = PDF_HASH.exec(url.trim());
  return m ? { address: url.trim().slice(0, m.index), sha256: m[1] } : null;
}

/** The key a page's highlights are filed under: the URL without its fragment, host lower-cased, default port dropped; non-URLs returned trimmed; a PDF's hash for a PDF. */
export function documentKey(url: string): string {
  const trimmed = url.trim();
  const pdf = pdfIdentity(trimmed);
  if (pdf) return `sha256:${pdf.sha256}`;
  if (!URL_SCHEME.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return trimmed;
  }
}

/** The pages ClauseLens reads: the gate runs on all of them, the in-page script is injected into them. */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/**
 * Match patterns for the addresses (document keys) with saved highlights, so the in-page script is
 * registered for exactly those pages and re-finds their highlights on a visit without the gate ever
 * reading storage. Chrome and Firefox both match a pattern's path against the URL's path and query
 * (checked in both by the e2e suite). Ports cannot be written in a pattern: any port matches, and
 * the in-page script checks the exact key before it reads anything.
 */
export function savedPagePatterns(keys: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const key of keys) {
    let url: URL;
    try {
      url = new URL(key);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname.startsWith('[')) continue;
    patterns.add(`${url.protocol}//${url.hostname}${url.pathname}${url.search}`);
  }
  return [...patterns].sort();
}

/**
 * Why a saved or imported address is refused, or null when it is accepted: only web pages (http, https), local
 * files, and the extension's own reader page. Everything else (javascript:, data:, view-source:, chrome://, another
 * extension's pages) could run or open something other than the document when "Show on page" opens it.
 */
export function addressProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `must be a web address (http or https) or a file, got ${JSON.stringify(url.slice(0, 80))}`;
  }
  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') return parsed.hostname ? null : 'a web address needs a host name';
  if (scheme === 'file:') return null;
  if ((scheme === 'chrome-extension:' || scheme === 'moz-extension:') && parsed.pathname === '/reader.html') return null;
  return `must be a web address (http or https) or a file, got a ${scheme} address`;
}
