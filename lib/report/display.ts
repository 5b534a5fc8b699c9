/** Page text as the extension's own pages show it. */

/** Bidi overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069): a page can use them to show text reversed. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text for display in the popup or side panel: without bidi controls, so a title such as "\u202Egnp.exe" shows in
 * its stored order. Right-to-left scripts still read right to left: the element gets dir="auto" and is isolated.
 */
export function displayText(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}
