import { describe, expect, test } from 'vitest';
import { connectSourceFor, isPdfResponse, looksLikePdf, pdfRedirectRule, readerFile, readerPath } from '../../lib/extension/reader';

describe('the reader address', () => {
  test.each([
    'https://basecamp.com/assets/general/dpa.pdf',
    'https://vendor.example/legal/dpa.pdf?v=3&lang=en#page=2',
    'file:///home/me/Vendor%20DPA.pdf',
  ])('names the PDF it shows: %s', (url) => {
    expect(readerPath(url)).toMatch(/^\/reader\.html\?file=[^&#?]+$/);
    expect(readerFile(`chrome-extension://abc${readerPath(url)}`)).toBe(url);
  });
  test('reads the raw address the redirect rule writes, query and all', () => {
    expect(readerFile('chrome-extension://abc/reader.html?file=https://v.example/dpa.pdf?a=1&b=2')).toBe('https://v.example/dpa.pdf?a=1&b=2');
    expect(readerFile('moz-extension://abc/reader.html')).toBeNull();
  });
  test('a PDF tab by its address', () => {
    expect(looksLikePdf('https://v.example/DPA.PDF')).toBe(true);
    expect(looksLikePdf('https://v.example/dpa.pdf.html')).toBe(false);
    expect(looksLikePdf('chrome://settings/x.pdf')).toBe(false);
  });
});

describe('what the reader may connect to', () => {
  test('exactly the PDF', () => {
    expect(connectSourceFor('https://v.example:8443/a/dpa.pdf?x=1#p')).toBe('https://v.example:8443/a/dpa.pdf');
    expect(connectSourceFor("https://v.example/a;b,c d.pdf")).toBe('https://v.example/a%3Bb%2Cc%20d.pdf');
  });
});

describe('opening web PDFs in the reader', () => {
  test('the Chrome rule matches PDF responses that are not downloads, top-level only', () => {
    const rule = pdfRedirectRule('chrome-extension://abc');
    expect(rule.condition.resourceTypes).toEqual(['main_frame']);
    expect(rule.action.redirect.regexSubstitution).toBe('chrome-extension://abc/reader.html?file=\\0');
  });
  test.each([
    [[{ name: 'Content-Type', value: 'application/pdf' }], true],
    [[{ name: 'content-type', value: 'application/pdf; charset=binary' }], true],
    [[{ name: 'content-type', value: 'application/pdf' }, { name: 'Content-Disposition', value: 'attachment; filename=dpa.pdf' }], false],
    [[{ name: 'content-type', value: 'application/pdfx' }], false],
    [[{ name: 'content-type', value: 'text/html' }], false],
  ])('Firefox: %j is a PDF to open: %s', (headers, expected) => {
    expect(isPdfResponse(headers)).toBe(expected);
  });
});
