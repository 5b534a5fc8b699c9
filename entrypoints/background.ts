// The engine runs here, off the page's main thread; the background keeps each tab's report and its badge and is
// the one writer of the notebook. Wiring only: the jobs are in lib/extension/background/.
import { browser } from 'wxt/browser';
import { BACKGROUND_AUDIENCE, createHandler, type BackgroundProtocol } from '@/lib/extension/protocol';
import { createBackground } from '@/lib/extension/background/context';
import { registerSavedPagesScript } from '@/lib/extension/background/injection';
import { pageHandlers } from '@/lib/extension/background/page-handlers';
import { notebookHandlers } from '@/lib/extension/background/notebook-handlers';
import { surfaceHandlers } from '@/lib/extension/background/surface-handlers';
import { languageHandlers } from '@/lib/extension/background/language-handlers';
import { historyHandlers } from '@/lib/extension/background/history';
import { closeStorageToContentScripts, followTabsAndBaseline } from '@/lib/extension/background/lifecycle';
import { addSaveSelectionMenu } from '@/lib/extension/background/menus';
import { readerHandlers } from '@/lib/extension/background/reader-handlers';
import { followPdfSetting } from '@/lib/extension/background/pdf-redirect';
import { repairStores } from '@/lib/extension/background/repair';
import { warmUp } from '@/lib/engine/warm';

export default defineBackground(() => {
  void closeStorageToContentScripts();
  const bg = createBackground();
  // A store damaged since the last run is repaired (damaged entries set aside) before anything else writes.
  void repairStores(bg.mutate).catch((e) => console.error('ClauseLens: could not repair its storage', e));
  registerSavedPagesScript();
  browser.runtime.onMessage.addListener(
    createHandler<BackgroundProtocol>(
      { ...pageHandlers(bg), ...notebookHandlers(bg), ...surfaceHandlers(bg), ...historyHandlers(bg), ...languageHandlers(), ...readerHandlers(bg) },
      // Every message is checked against who may send it before its handler runs.
      { audience: BACKGROUND_AUDIENCE, self: () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') }) },
    ),
  );
  followTabsAndBaseline(bg);
  addSaveSelectionMenu(bg);
  followPdfSetting();
  // The engine compiles its patterns on first use: do it now, not in the first page's analysis.
  setTimeout(warmUp, 0);
});
