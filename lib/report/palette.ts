/**
 * How each category looks on the page: a tint and an underline of the same hue, one underline style for all
 * (labels are in labels.ts); shared by the in-page highlights, the card and the popup's legend. Chosen by search and checked in test/report/palette.test.ts: the forced
 * dark text stays above 7:1 on every tint (so a highlight reads the same on white and dark pages), every
 * tint shows on white, the underline stands out from its tint, and the tints of the categories shown by
 * default stay apart for protanopic, deuteranopic and tritanopic readers (CIEDE2000 on simulated colours).
 */
import type { Category } from '../engine/report';

export interface CategoryStyle {
  /** Tint behind the clause; the highlight forces dark text (TEXT) on it. */
  background: string;
  /** Underline colour, a dark shade of the tint. */
  line: string;
}

/** The text colour every highlight forces, so page colours (a dark theme's light text) never meet our tints. */
export const TEXT = '#111111';

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  'breach-notification': { background: '#f4c464', line: '#66522a' },
  'international-transfer': { background: '#a0ac64', line: '#3a3e24' },
  'retention-deletion': { background: '#88a0f4', line: '#303855' },
  subprocessors: { background: '#88e8dc', line: '#3a645f' },
  audit: { background: '#f4f4ac', line: '#6e6e4d' },
  liability: { background: '#c4a0b8', line: '#493b44' },
  'governing-law': { background: '#f48894', line: '#5a3237' },
  'data-collection': { background: '#ace864', line: '#4a642b' },
  sharing: { background: '#64b8d0', line: '#25444d' },
  'data-subject-rights': { background: '#b8a088', line: '#403830' },
  children: { background: '#d0d0e8', line: '#595964' },
  'cookies-tracking': { background: '#70e8a0', line: '#306445' },
  'security-measures': { background: '#d0dc7c', line: '#595f35' },
  'government-access': { background: '#7cc4a0', line: '#304c3e' },
  confidentiality: { background: '#f49464', line: '#5a3725' },
  'purposes-legal-basis': { background: '#c4e8d0', line: '#56665c' },
  'automated-decisions': { background: '#acace8', line: '#414158' },
  contact: { background: '#e8b8e8', line: '#614d61' },
  'policy-changes': { background: '#64d0d0', line: '#295555' },
};
