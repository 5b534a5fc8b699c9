// Addresses with saved highlights become match patterns for the registered in-page script.
import { describe, expect, test } from 'vitest';
import { documentKey, pdfDocumentUrl, pdfIdentity, savedPagePatterns } from '../../lib/notebook/pagekey';

describe('savedPagePatterns', () => {
  const keys = [
    documentKey('https://Example.com/legal/dpa#section-7'),
    documentKey('https://example.com/legal/dpa'),
    documentKey('http://127.0.0.1:8123/notes/frostmoln-dpa.html'),
    documentKey('https://vendor.example/privacy?lang=en'),
  ];

  test('the exact path and query of each page, any port, no fragment, once each', () => {
    expect(savedPagePatterns(keys)).toEqual([
      'http://127.0.0.1/notes/frostmoln-dpa.html',
      'https://example.com/legal/dpa',
      'https://vendor.example/privacy?lang=en',
    ]);
  });

  test('addresses a content script cannot run on are skipped, not turned into broad patterns', () => {
    expect(savedPagePatterns(['file:///home/me/dpa.html', 'notes.txt', 'chrome://settings/', 'http://[::1]/dpa', ''])).toEqual([]);
  });

  test('the root page is the root page only, not the whole site', () => {
    expect(savedPagePatterns(['https://example.com/'])).toEqual(['https://example.com/']);
  });
});

describe('a PDF is filed by its bytes', () => {
  const hash = 'a'.repeat(64);
  test('the same bytes from two addresses are one document; the address is kept', () => {
    const a = pdfDocumentUrl('https://vendor.example/legal/dpa.pdf', hash);
    const b = pdfDocumentUrl('https://cdn.vendor.example/dpa.pdf?v=2#page=3', hash);
    expect(documentKey(a)).toBe(`sha256:${hash}`);
    expect(documentKey(b)).toBe(documentKey(a));
    expect(pdfIdentity(b)).toEqual({ address: 'https://cdn.vendor.example/dpa.pdf?v=2', sha256: hash });
  });
  test('a new version at the same address is another key; a dropped file keeps its name', () => {
    expect(documentKey(pdfDocumentUrl('https://vendor.example/dpa.pdf', 'b'.repeat(64)))).not.toBe(documentKey(pdfDocumentUrl('https://vendor.example/dpa.pdf', hash)));
    expect(pdfIdentity(pdfDocumentUrl('Vendor DPA.pdf', hash))?.address).toBe('Vendor DPA.pdf');
  });
  test('an ordinary fragment is not a PDF identity, nor is a short hash', () => {
    expect(pdfIdentity('https://vendor.example/dpa#clauselens-sha256=abc')).toBeNull();
    expect(documentKey('https://vendor.example/dpa#section-2')).toBe('https://vendor.example/dpa');
    expect(savedPagePatterns([`sha256:${hash}`])).toEqual([]);
  });
});
