/** How each category looks on the page: a highlight colour and an underline style (labels are in lib/report/format.ts). */
import { CATEGORIES, type Category } from '../engine/report';

export interface CategoryStyle {
  /** Light background; dark text on it stays above 7:1 contrast, and the highlight forces dark text. */
  background: string;
  /** Underline colour, darker, so neighbouring categories differ by more than hue alone. */
  line: string;
  /** Underline style: a second cue besides colour for readers who cannot tell the hues apart. */
  lineStyle: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
}

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  'breach-notification': { background: '#ffc9c9', line: '#c92a2a', lineStyle: 'solid' },
  'international-transfer': { background: '#bfdcff', line: '#1864ab', lineStyle: 'solid' },
  'retention-deletion': { background: '#ffd8a8', line: '#d9480f', lineStyle: 'dashed' },
  subprocessors: { background: '#e5dbff', line: '#5f3dc4', lineStyle: 'solid' },
  audit: { background: '#c3fae8', line: '#087f5b', lineStyle: 'dashed' },
  'security-measures': { background: '#d3f9d8', line: '#2b8a3e', lineStyle: 'solid' },
  liability: { background: '#fff3bf', line: '#e67700', lineStyle: 'double' },
  'governing-law': { background: '#e9ddd0', line: '#7c5a3a', lineStyle: 'double' },
  'data-subject-rights': { background: '#fcc2d7', line: '#a61e4d', lineStyle: 'dotted' },
  'government-access': { background: '#d0d7ff', line: '#364fc7', lineStyle: 'wavy' },
  confidentiality: { background: '#c5f6fa', line: '#0b7285', lineStyle: 'dotted' },
  'data-collection': { background: '#ffe3e3', line: '#e03131', lineStyle: 'dotted' },
  'purposes-legal-basis': { background: '#e9fac8', line: '#5c940d', lineStyle: 'dashed' },
  sharing: { background: '#f3d9fa', line: '#862e9c', lineStyle: 'dashed' },
  'cookies-tracking': { background: '#ffec99', line: '#a07000', lineStyle: 'wavy' },
  'automated-decisions': { background: '#dee2e6', line: '#343a40', lineStyle: 'wavy' },
  children: { background: '#ffdeeb', line: '#c2255c', lineStyle: 'wavy' },
  contact: { background: '#d0ebff', line: '#1971c2', lineStyle: 'dotted' },
  'policy-changes': { background: '#ebfbee', line: '#37b24d', lineStyle: 'double' },
};

/** Name a category's highlight is registered under in `CSS.highlights`. */
export function highlightName(category: Category): string {
  return `clauselens-${category}`;
}

/** Style sheet for both drawing paths: `::highlight()` where the Custom Highlight API exists, <mark> elsewhere. */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    const s = CATEGORY_STYLE[category];
    const paint = `background-color:${s.background};color:#111;text-decoration:underline ${s.lineStyle} ${s.line};text-decoration-thickness:2px`;
    rules.push(`::highlight(${highlightName(category)}){${paint}}`);
    // all:unset and !important keep page rules for <mark> (padding, display, fonts) from changing the layout.
    const important = paint.replace(/;/g, ' !important;') + ' !important';
    rules.push(`mark[data-clauselens-category="${category}"]{all:unset;${important}}`);
  }
  return rules.join('\n');
}
