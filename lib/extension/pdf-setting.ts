/**
 * "Open PDFs from the web in the reader": the stored switch and the permission it needs. Chrome redirects
 * with a declarativeNetRequest rule on response headers (declarativeNetRequestWithHostAccess, in the
 * manifest: no install warning beyond the host access ClauseLens has); Firefox, whose declarativeNetRequest
 * has no response-header conditions, with a blocking webRequest listener (webRequest + webRequestBlocking,
 * optional: asked for when the user turns the switch on, given back when it goes off).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const openPdfsInReader = storage.defineItem<boolean>('local:openPdfsInReader', { version: 1, fallback: false });

/** Chrome has declarativeNetRequest with response-header conditions; Firefox gets webRequest. */
export const redirectPermissions = (): string[] =>
  import.meta.env.FIREFOX ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess'];

export async function hasRedirectPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: redirectPermissions() as never });
}

/** Asks the browser for the redirect's permission (call it from the click: the prompt needs the gesture). */
export function requestRedirectPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: redirectPermissions() as never });
}

/** The background (the switch's one writer): turns it on (when the permission is there) or off; answers what is now in force. */
export async function setOpenPdfsInReader(on: boolean): Promise<boolean> {
  if (on && !(await hasRedirectPermission())) return false;
  await openPdfsInReader.setValue(on);
  // Firefox's optional permission is given back when the switch goes off: nothing held that is not used.
  if (!on && import.meta.env.FIREFOX) await browser.permissions.remove({ permissions: redirectPermissions() as never }).catch(() => false);
  return on;
}
