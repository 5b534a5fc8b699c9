/** The key a page's saved highlights are filed under; a module of its own because every page's content script needs it. */

/** Key (in storage.local) of the list of page keys with saved highlights: every content script reads it directly. */
export const SAVED_PAGES_KEY = 'notebookPages';

// Two letters at least, so a Windows path ("C:\\...") is not read as a URL scheme.
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** The key a page's highlights are filed under: the URL without its fragment, host lower-cased, default port dropped; non-URLs returned trimmed. */
export function documentKey(url: string): string {
  const trimmed = url.trim();
  if (!URL_SCHEME.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return trimmed;
  }
}
