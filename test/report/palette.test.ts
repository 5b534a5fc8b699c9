// The highlight palette stays legible on white and dark pages and distinct for colour-blind readers.
import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../lib/engine/report';
import { DEFAULT_SHOWN } from '../../lib/report/focus';
import { CATEGORY_STYLE, TEXT } from '../../lib/report/palette';
import { contrast, deltaE2000, parseHex, simulate, type Vision } from '../helpers/colour';

const WHITE = '#ffffff';
/** The background of a typical dark theme. */
const NEAR_BLACK = '#121212';
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const pairs = <T,>(list: readonly T[]): [T, T][] => list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [T, T]));

describe('every category', () => {
  test.each(CATEGORIES.map((c) => [c]))('%s: dark text on its tint, the tint on white and dark pages, its underline', (category) => {
    const { background, line } = CATEGORY_STYLE[category];
    // The highlight forces its own text colour: 7:1 (WCAG AAA) whatever the page's own colours.
    expect(contrast(TEXT, background)).toBeGreaterThanOrEqual(7);
    // The tint must be seen on a white page (a clear colour difference) and on a dark one (contrast).
    expect(deltaE2000(parseHex(background), parseHex(WHITE))).toBeGreaterThanOrEqual(14);
    expect(contrast(background, NEAR_BLACK)).toBeGreaterThanOrEqual(7);
    // The underline (the same hue, darker) stands out from its tint as non-text contrast must (3:1), with room.
    expect(contrast(line, background)).toBeGreaterThanOrEqual(4.5);
  });

  test('no two categories share a tint (CIEDE2000 ≥ 6 in normal vision)', () => {
    for (const [a, b] of pairs(CATEGORIES)) {
      const d = deltaE2000(parseHex(CATEGORY_STYLE[a].background), parseHex(CATEGORY_STYLE[b].background));
      expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(6);
    }
  });
});

describe.each(Object.entries(DEFAULT_SHOWN))('the categories shown by default for a %s', (_type, shown) => {
  test.each(VISIONS.map((v) => [v]))('stay apart for %s vision (CIEDE2000 ≥ 8 after simulation)', (vision) => {
    for (const [a, b] of pairs(shown)) {
      const ca = simulate(parseHex(CATEGORY_STYLE[a].background), vision);
      const cb = simulate(parseHex(CATEGORY_STYLE[b].background), vision);
      expect(deltaE2000(ca, cb), `${a} vs ${b}`).toBeGreaterThanOrEqual(8);
    }
  });

  test('in normal vision they are far apart (CIEDE2000 ≥ 12)', () => {
    for (const [a, b] of pairs(shown)) {
      expect(deltaE2000(parseHex(CATEGORY_STYLE[a].background), parseHex(CATEGORY_STYLE[b].background)), `${a} vs ${b}`).toBeGreaterThanOrEqual(12);
    }
  });
});

test('the colour maths matches published values (Sharma et al. CIEDE2000 pairs, WCAG contrast)', async () => {
  const { deltaE2000Lab } = await import('../helpers/colour');
  expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
  expect(deltaE2000Lab([50, 2.5, 0], [50, 0, -2.5])).toBeCloseTo(4.3065, 4);
  expect(deltaE2000Lab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  // A simulated pure red and green become hard to tell apart for a deuteranope, and stay apart in normal vision.
  const red = parseHex('#ff0000');
  const green = parseHex('#00aa00');
  expect(deltaE2000(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE2000(red, green) / 2);
});
