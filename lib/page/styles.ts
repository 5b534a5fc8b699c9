/**
 * Our style sheets in a document or a shadow root. On web pages a <style> element (the page's CSP
 * does not apply to content scripts); in the extension's own pages (the PDF reader), whose CSP allows
 * no inline styles, a constructed sheet adopted by the root, which CSP does not restrict.
 */
type Root = Document | ShadowRoot;

let constructed = false;

/** The extension page calls this once at startup: its strict CSP blocks <style> elements. */
export function useConstructedStyles(): void {
  constructed = true;
}

/** Adds `css` to `root`; returns the function that takes it out again. `mark` tags a <style> element as ours. */
export function attachStyle(root: Root, css: string, mark?: (el: HTMLStyleElement) => void): () => void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const view = doc.defaultView;
  if (constructed && view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = doc.createElement('style');
  mark?.(style);
  style.textContent = css;
  if (root.nodeType === 9) (doc.head ?? doc.documentElement).appendChild(style);
  else root.appendChild(style);
  return () => style.remove();
}
