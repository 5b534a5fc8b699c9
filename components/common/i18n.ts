/** The reader's language for every component: provided once by each entrypoint, English when none is (tests, the CLI's defaults). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { EN, type I18n } from '@/lib/report/i18n';

export const I18nContext = createContext<I18n>(EN);

/** The words of the language the surface shows. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
