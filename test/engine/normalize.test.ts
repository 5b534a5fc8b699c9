// The normalized copy the rules read: one code unit per code unit (offsets are shared with the text), folded as below.
import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../lib/engine/text/structure';

describe('normalizeForMatch', () => {
  test.each([
    ['The Processor SHALL notify', 'the processor shall notify'],
    ['Customer’s “Personal Data”', 'customer\'s "personal data"'],
    ['Sub‑processor – 30\u00a0days', 'sub-processor - 30 days'],
    ['line\none\ttab\rcr', 'line one tab cr'],
    ['ÄNDRINGAR OCH ÜBERPRÜFUNG', 'ändringar och überprüfung'],
    ['«Datenschutz» ″x″ ´y`', '"datenschutz" "x" \'y`'],
    // "İ" lower-cases to two code units: kept as it is, so offsets stay shared.
    ['İstanbul ß', 'İstanbul ß'],
  ])('%s', (text, want) => {
    expect(normalizeForMatch(text)).toBe(want);
  });

  test('every code unit, a lone surrogate included, maps to exactly one, past the chunk size too', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const norm = normalizeForMatch(all);
    expect(norm.length).toBe(all.length);
    expect(norm.charCodeAt(0xd800)).toBe(0xd800);
    expect(norm.charCodeAt(0x41)).toBe(0x61);
    expect(norm.charCodeAt(0xc5)).toBe(0xe5);
    expect(norm.slice(9000, 9100)).toBe(normalizeForMatch(all.slice(9000, 9100)));
    expect(normalizeForMatch('')).toBe('');
  });
});
