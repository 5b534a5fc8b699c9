// The only script on every page (added to the manifest's content_scripts in wxt.config.ts): a few KB, no
// extension API until the page looks like a policy. Everything else (extraction, painting, the card, saving)
// is in the in-page script (inpage.ts), which the background injects on the pages that need it.
import { startGate } from '@/lib/page/gate';
import { mightBePolicy } from '@/lib/engine/detect/prefilter';
import { createSender, type BackgroundProtocol } from '@/lib/extension/protocol';

type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export default defineUnlistedScript(() => {
  const begin = () =>
    startGate({
      doc: document,
      mightBePolicy,
      now: () => performance.now(),
      signal: new AbortController().signal,
      found: (verdict) => {
        // The extension API is touched only here: its bindings alone cost about 1 ms per page.
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        // Fails only when the extension was updated or removed since the page loaded: nothing to do then.
        void createSender<BackgroundProtocol>((message) => api.runtime.sendMessage(message))('loadInPage', { why: verdict.why });
      },
    });
  // After the page's own load work, never inside it.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 300 });
  else setTimeout(begin, 0);
});
