// Addresses with saved highlights become match patterns for the registered in-page script.
import { describe, expect, test } from 'vitest';
import { documentKey, savedPagePatterns } from '../../lib/notebook/pagekey';

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
