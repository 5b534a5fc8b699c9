/** The options page's language choice: validated here and written by the background, the one writer of the setting. */
import { isLanguageSetting } from '@/lib/report/i18n';
import { languageItem } from '../language';
import type { BackgroundHandlers } from './context';

export function languageHandlers(): BackgroundHandlers {
  return {
    async setLanguage({ language }) {
      // A message is untrusted input: only the four known settings are stored.
      if (!isLanguageSetting(language)) throw new Error(`unknown language setting ${JSON.stringify(language)?.slice(0, 40)}`);
      await languageItem.setValue(language);
      return { language };
    },
  };
}
