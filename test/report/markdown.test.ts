// "Copy summary" and the memo keep page text as text: no links, images, HTML or autolinks (issue 17, item 8).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { markdownSummary } from '../../lib/report/summary';
import { inlineMarkdown } from '../../lib/report/markdown';

const HOSTILE = '<img src=x onerror=alert(1)> [Click to confirm](https://evil.example/login) ![](https://t.example/pixel.png) www.evil.example support@evil.example';

/** Markdown with every code span taken out: what a renderer would read as markup. */
const outsideCode = (md: string) => md.replace(/(`+)[\s\S]*?\1/g, '');

describe('Copy summary', () => {
  test('a clause carrying links, a tracking image, HTML and bare addresses stays text', () => {
    const seed = readFileSync('test/fixtures/seeds/connectel-dpa.txt', 'utf8');
    // The breach clause opens with the hostile text, so the key term's quoted evidence carries it.
    const breach = '(x) in the event the Service Provider becomes aware';
    expect(seed).toContain(breach);
    const text = seed.replace(breach, `(x) ${HOSTILE} in the event the Service Provider becomes aware`);
    const report = analyze({ text, title: `${HOSTILE} DPA`, hints: null }, { source: 'https://vendor.example/dpa' });
    const md = markdownSummary(report);
    expect(md).toContain('evil.example');
    const markup = outsideCode(md);
    expect(markup).not.toMatch(/(?<!\\)\]\(/);
    expect(markup).not.toMatch(/(?<!\\)</);
    expect(markup).not.toMatch(/(?<!\\)!\[/);
    expect(markup.replace(/^- \*\*Source:\*\* .*$/m, '')).not.toMatch(/https?:\/\/|www\.|@evil/);
    expect(md).toMatch(/\\<img src=x onerror=alert\(1\)\\> \\\[Click to confirm\\\]\(`https:\/\/evil\.example\/login\)`/);
  });

  test.each([
    ['a bare address', 'see https://evil.example/x now', 'see `https://evil.example/x` now'],
    ['a www name', 'at www.evil.example.', 'at `www.evil.example`.'],
    ['an address ending a sentence', 'Go to https://evil.example/x, now', 'Go to `https://evil.example/x`, now'],
    ['an e-mail address', 'write to dpo@vendor.example', 'write to `dpo@vendor.example`'],
    ['backticks inside an address', 'https://e.example/`x`', '`` https://e.example/`x` ``'],
    ['an image', '![p](x.png)', '!\\[p\\](x.png)'],
    ['raw HTML', '<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['a heading', '# Title', '\\# Title'],
    ['a list item', '- item', '\\- item'],
  ])('%s', (_name, text, expected) => {
    expect(inlineMarkdown(text)).toBe(expected);
  });
});
