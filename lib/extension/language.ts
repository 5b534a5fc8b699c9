/** The language of ClauseLens's own text: the user's choice (options page), declared once; 'auto' follows the browser. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createI18n, isLanguageSetting, resolveLocale, type I18n, type LanguageSetting, type Locale } from '@/lib/report/i18n';

export const languageItem = storage.defineItem<LanguageSetting>('local:language', { version: 1, fallback: 'auto' });

/**
 * The browser's languages in the order the user prefers them: its preferred-languages list first (the
 * Accept-Language list set in the browser's settings, `i18n.getAcceptLanguages`, and `navigator.languages`),
 * then its UI language (what `_locales` follows), so a Swedish reader with an English browser gets Swedish.
 */
export async function browserLanguages(): Promise<string[]> {
  const accept = await (async () => {
    try {
      return await browser.i18n.getAcceptLanguages();
    } catch {
      return [] as string[];
    }
  })();
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])];
  const ui = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return '';
    }
  })();
  return [...new Set([...accept, ...nav, ui].filter(Boolean))];
}

/** The stored setting; a damaged value counts as 'auto'. */
export async function loadLanguageSetting(): Promise<LanguageSetting> {
  const value: unknown = await languageItem.getValue();
  return isLanguageSetting(value) ? value : 'auto';
}

export async function localeFor(setting: LanguageSetting): Promise<Locale> {
  return resolveLocale(setting, await browserLanguages());
}

/** The words to show now: the setting resolved against the browser's languages. */
export async function loadI18n(): Promise<I18n> {
  return createI18n(await localeFor(await loadLanguageSetting()));
}

/** Calls back with the new words whenever the setting changes (from the options page, in another window). */
export function watchI18n(callback: (i18n: I18n) => void): () => void {
  return languageItem.watch(async (next) => callback(createI18n(await localeFor(isLanguageSetting(next) ? next : 'auto'))));
}
