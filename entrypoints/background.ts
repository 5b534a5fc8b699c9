// The engine runs here, off the page's main thread; the background keeps each tab's report and its badge and is
// the one writer of the notebook. Wiring only: the jobs are in lib/extension/background/.
import { browser } from 'wxt/browser';
import { createHandler, type BackgroundProtocol } from '@/lib/extension/protocol';
import { createBackground } from '@/lib/extension/background/context';
import { registerSavedPagesScript } from '@/lib/extension/background/injection';
import { pageHandlers } from '@/lib/extension/background/page-handlers';
import { notebookHandlers } from '@/lib/extension/background/notebook-handlers';
import { surfaceHandlers } from '@/lib/extension/background/surface-handlers';
import { languageHandlers } from '@/lib/extension/background/language-handlers';
import { followTabsAndBaseline } from '@/lib/extension/background/lifecycle';
import { addSaveSelectionMenu } from '@/lib/extension/background/menus';

export default defineBackground(() => {
  const bg = createBackground();
  registerSavedPagesScript();
  browser.runtime.onMessage.addListener(
    createHandler<BackgroundProtocol>({ ...pageHandlers(bg), ...notebookHandlers(bg), ...surfaceHandlers(bg), ...languageHandlers() }),
  );
  followTabsAndBaseline(bg);
  addSaveSelectionMenu(bg);
});
