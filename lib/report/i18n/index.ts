/**
 * The extension's words in English, Swedish and German: one catalog per language (en.ts is the
 * reference; sv.ts and de.ts are typed against it), a `t()` that fills `{placeholders}` and picks
 * plural forms with Intl.PluralRules, and the choice of language (the user's setting, else the browser's).
 * Pure data and Intl only: the engine, the CLI and tests use it as they are, the browser layer passes a locale in.
 */
import { en } from './en';
import { sv } from './sv';
import { de } from './de';

export const LOCALES = ['en', 'sv', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message with singular and plural forms, chosen by its `{n}` argument. */
export interface Plural {
  one: string;
  other: string;
}
export type Message = string | Plural;
export type MessageKey = keyof typeof en;
export type Catalog = { readonly [K in MessageKey]: Message };
export type Args = Readonly<Record<string, string | number>>;

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, sv, de };

/** What the options page offers: follow the browser, or one of the three languages. */
export type LanguageSetting = 'auto' | Locale;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LOCALES];
/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', sv: 'Svenska', de: 'Deutsch' };

export interface I18n {
  locale: Locale;
  /** The message `key` with `args` filled in; numbers are written the language's way. */
  t(key: MessageKey, args?: Args): string;
  /** A number written the language's way (decimal comma in Swedish and German; no grouping, as contracts write day counts). */
  num(n: number): string;
  /** "a, b or c" in the language. */
  or(items: readonly string[]): string;
  /** "a, b and c" in the language. */
  and(items: readonly string[]): string;
  /** A date as the language writes it ("1 Dec 2026", "1 dec. 2026", "01.12.2026"). */
  date(iso: string): string;
  /** A calendar day (YYYY-MM-DD, as a document states it) written the same way, the same day in every time zone. */
  day(ymd: string): string;
}

/** The supported language of a BCP 47 tag ("sv-SE" → sv, "de-AT" → de), or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : null;
}

/** The language to show: the user's choice, else the browser's when it is one of ours, else English. */
export function resolveLocale(setting: LanguageSetting | null | undefined, browserLanguages: readonly string[]): Locale {
  if (setting && setting !== 'auto' && (LOCALES as readonly string[]).includes(setting)) return setting;
  for (const tag of browserLanguages) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'en';
}

export function isLanguageSetting(v: unknown): v is LanguageSetting {
  return typeof v === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(v);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholders a message uses, every form counted, for the catalogs' consistency test. */
export function placeholders(message: Message): string[] {
  const text = typeof message === 'string' ? message : `${message.one} ${message.other}`;
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

const cache = new Map<Locale, I18n>();

export function createI18n(locale: Locale): I18n {
  const known = cache.get(locale);
  if (known) return known;
  const catalog = CATALOGS[locale];
  // Each formatter is made on first use: creating Intl objects loads locale data (~20 ms in a cold process),
  // and most reports, the CLI's one-line ones among them, never word a plural, a number or a date.
  const lazy = <T,>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const plural = lazy(() => new Intl.PluralRules(locale));
  const number = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }));
  const dates = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }));
  const days = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
  const fill = (text: string, args: Args | undefined) =>
    args ? text.replace(PLACEHOLDER, (all, name: string) => {
      const v = args[name];
      return v === undefined ? all : typeof v === 'number' ? number().format(v) : v;
    }) : text;
  const join = (word: MessageKey) => (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : fill(catalog[word] as string, { rest: items.slice(0, -1).join(', '), last: items[items.length - 1] });
  const i18n: I18n = {
    locale,
    t(key, args) {
      const message = catalog[key] ?? en[key];
      if (typeof message === 'string') return fill(message, args);
      const n = Number(args?.n);
      return fill(plural().select(n) === 'one' ? message.one : message.other, args);
    },
    num: (n) => number().format(n),
    or: join('list.or'),
    and: join('list.and'),
    date(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dates().format(d);
    },
    day(ymd) {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(ymd) ? new Date(`${ymd}T00:00:00Z`) : new Date(NaN);
      return Number.isNaN(d.getTime()) ? ymd : days().format(d);
    },
  };
  cache.set(locale, i18n);
  return i18n;
}

/** English: the default of every function that words a report, so the CLI and the report contract stay English. */
export const EN: I18n = createI18n('en');
