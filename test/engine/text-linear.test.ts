// The plain-text (PDF text) reader on hostile input: it finishes, and the CLI never prints a stack trace
// (issue 17, item 10). Growth n..8n is measured in npm run bench (scripts/bench-hostile.ts), never here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanPlainText } from '../../lib/engine/text/pdftext';
import { main, oneLine } from '../../scripts/analyze';

describe('the plain-text reader on 4 million characters', () => {
  test('"Page 1 of 2" between 160,000 one-line pages: numbers and the running line dropped, no stack overflow', () => {
    const raw = 'Page 1 of 2\nSome words here\n'.repeat(160_000);
    const stats = { pageNumbers: 0, runningLines: 0, joinedWords: [], dehyphenated: [] };
    const out = cleanPlainText(raw, stats);
    expect(stats.pageNumbers).toBe(160_000);
    expect(stats.runningLines).toBe(160_000);
    expect(out.text.trim()).toBe('');
  });

  test('a running header at every one of 150,000 form feeds is dropped', () => {
    // Each page's body differs (page numbers alone would not: digits are ignored when headers are compared).
    const letters = (i: number) => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
    const raw = Array.from({ length: 60_000 }, (_, i) => `ACME Corp - Confidential\nThe Processor shall notify the Controller of ${letters(i)}.\n\f\n`).join('');
    const stats = { pageNumbers: 0, runningLines: 0, joinedWords: [], dehyphenated: [] };
    const out = cleanPlainText(raw, stats);
    expect(stats.runningLines).toBeGreaterThanOrEqual(60_000);
    expect(out.text).not.toContain('ACME Corp');
    expect(out.text).toContain('The Processor shall notify the Controller of bcd.');
  });

  test('a million split words are each rejoined once', () => {
    const out = cleanPlainText('the confl ict and conflict\n'.repeat(150_000));
    expect(out.joins).toHaveLength(150_000);
  });
});

describe('the CLI', () => {
  test('an unexpected failure is one line naming the file, never a stack trace', () => {
    const e = new RangeError('Maximum call stack size exceeded');
    const line = oneLine('big.txt', e);
    expect(line).toBe('clauselens: big.txt: could not be analyzed (RangeError: Maximum call stack size exceeded)');
    expect(oneLine('x.txt', new Error('first\n    at frame (file.ts:1:1)'))).not.toContain('\n');
  });

  test('4.5 M characters of "Page 1 of 2" pages: no stack trace, a one-line answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-cli-'));
    const file = join(dir, 'pages.txt');
    writeFileSync(file, 'Page 1 of 2\nSome words here\n'.repeat(160_000));
    const err: string[] = [];
    const code = await main([file], () => undefined, (s) => err.push(s));
    expect(err.every((line) => !line.includes('\n') && !/\bat .*:\d+:\d+/.test(line))).toBe(true);
    expect(err).toEqual([`clauselens: ${file}: no readable text`]);
    expect(code).toBe(1);
  });
});
