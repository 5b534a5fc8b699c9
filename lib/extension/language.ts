/** The language of ClauseLens's own text: the user's choice (options page), declared once; 'auto' follows the browser. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createI18n, isLanguageSetting, resolveLocale, type I18n, type LanguageSetting, type Locale } from '@/lib/report/i18n';

export const languageItem = storage.defineItem<LanguageSetting>('local:language', { version: 1, fallback: 'auto' });

/** The browser's own languages, its UI language first (what `_locales` follows). */
export function browserLanguages(): string[] {
  const ui = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return '';
    }
  })();
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])];
  return [ui, ...nav].filter(Boolean);
}

/** The stored setting; a damaged value counts as 'auto'. */
export async function loadLanguageSetting(): Promise<LanguageSetting> {
  const value: unknown = await languageItem.getValue();
  return isLanguageSetting(value) ? value : 'auto';
}

export function localeFor(setting: LanguageSetting): Locale {
  return resolveLocale(setting, browserLanguages());
}

/** The words to show now: the setting resolved against the browser's languages. */
export async function loadI18n(): Promise<I18n> {
  return createI18n(localeFor(await loadLanguageSetting()));
}

/** Calls back with the new words whenever the setting changes (from the options page, in another window). */
export function watchI18n(callback: (i18n: I18n) => void): () => void {
  return languageItem.watch((next) => callback(createI18n(localeFor(isLanguageSetting(next) ? next : 'auto'))));
}
