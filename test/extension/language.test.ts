// The language ClauseLens's own text follows: the browser's preferred-languages list (Accept-Language,
// navigator.languages) before its UI language, the options page's choice before both.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserLanguages, languageItem, loadI18n, localeFor } from '../../lib/extension/language';

function browserSays(accept: string[], ui: string, nav: string[] = []): void {
  vi.spyOn(fakeBrowser.i18n, 'getAcceptLanguages').mockResolvedValue(accept);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
  vi.stubGlobal('navigator', { languages: nav, language: nav[0] ?? '' });
}

describe('following the browser', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test('the preferred-languages list comes before the UI language', async () => {
    browserSays(['sv-SE', 'en-US'], 'en-US');
    expect(await browserLanguages()).toEqual(['sv-SE', 'en-US']);
    expect(await localeFor('auto')).toBe('sv');
  });

  test('navigator.languages counts when the extension API gives no list', async () => {
    browserSays([], 'en-GB', ['de-AT', 'en']);
    expect(await localeFor('auto')).toBe('de');
  });

  test('the first supported language of the list wins; English when none is ours', async () => {
    browserSays(['fr-FR', 'de-DE', 'sv-SE'], 'fr-FR');
    expect(await localeFor('auto')).toBe('de');
    browserSays(['fr-FR', 'es-ES'], 'fr-FR');
    expect(await localeFor('auto')).toBe('en');
  });

  test('a failing getAcceptLanguages falls back to the UI language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getAcceptLanguages').mockRejectedValue(new Error('not available'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('sv');
    vi.stubGlobal('navigator', { languages: [], language: '' });
    expect(await localeFor('auto')).toBe('sv');
  });

  test('the choice on the options page overrides the browser', async () => {
    browserSays(['sv-SE'], 'sv-SE');
    await languageItem.setValue('de');
    expect((await loadI18n()).locale).toBe('de');
  });
});
