/** The highlight style sheet and registry names, from the palette in lib/report/palette.ts. */
import { CATEGORIES, type Category } from '../engine/report';
import { CATEGORY_STYLE, TEXT } from '../report/palette';

export { CATEGORY_STYLE };

/** Name a category's highlight is registered under in `CSS.highlights`. */
export function highlightName(category: Category): string {
  return `clauselens-${category}`;
}

/** Style sheet for both drawing paths: `::highlight()` where the Custom Highlight API exists, <mark> elsewhere. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    const s = CATEGORY_STYLE[category];
    const paint = `background-color:${s.background};color:${TEXT};text-decoration:underline solid ${s.line};text-decoration-thickness:2px`;
    rules.push(`::highlight(${highlightName(category)}){${paint}}`);
    // all:unset and !important keep page rules for <mark> (padding, display, fonts) from changing the layout.
    const important = paint.replace(/;/g, ' !important;') + ' !important';
    rules.push(`mark[data-clauselens-category="${category}"]{all:unset;${important}}`);
  }
  // The clause the keyboard is on (next/previous highlight): an outline, which does not move the text.
  rules.push(`::highlight(clauselens-focus){background-color:#1a1a1a;color:#fff;text-decoration:underline solid #ffd43b;text-decoration-thickness:3px}`);
  rules.push(`mark[data-clauselens-focus]{outline:2px solid #1864ab !important;outline-offset:1px !important}`);
  return rules.join('\n');
}
