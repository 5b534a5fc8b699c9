/**
 * The gate: the only code that runs on every page the user opens. It looks at the page cheaply
 * (URL, title, first headings, a text sample; lib/page/signals.ts and lib/engine/detect/prefilter.ts) and, on a
 * page that may be a DPA or privacy policy, asks for the in-page code to be loaded. On any other
 * page it touches no extension API at all: it only watches for text arriving later (single-page
 * apps, "read more" expanders) and looks again, debounced.
 */
import type { PageSample, PrefilterResult } from '../engine/detect/prefilter';
import { createRechecker, OBSERVE_OPTIONS, textMayHaveChanged } from './recheck';
import { readSignals } from './signals';

export interface GateDeps {
  doc: Document;
  mightBePolicy(sample: PageSample): PrefilterResult;
  /** The page may be a policy: load the in-page code. Called at most once. */
  found(result: PrefilterResult): void;
  now(): number;
  /** Stops watching (tests; the extension being unloaded). */
  signal: AbortSignal;
  /** Quiet time before a changed page is looked at again. */
  debounceMs?: number;
}

export interface Gate {
  /** The last verdict: null before the first look. */
  readonly verdict: PrefilterResult | null;
  /** How many times the page was looked at. */
  readonly checks: number;
}

export function startGate(deps: GateDeps): Gate {
  const { doc, signal } = deps;
  let verdict: PrefilterResult | null = null;
  let checks = 0;
  let done = false;

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)((records) => {
    if (textMayHaveChanged(records)) rechecker.schedule();
  });
  const rechecker = createRechecker({ run: look, now: deps.now, signal, debounceMs: deps.debounceMs ?? 500, quick: () => true });

  function stop(): void {
    done = true;
    observer.disconnect();
    rechecker.cancel();
  }
  signal.addEventListener('abort', stop);

  function look(): void {
    if (done) return;
    checks++;
    verdict = deps.mightBePolicy(readSignals(doc));
    if (!verdict.likely) return;
    stop();
    deps.found(verdict);
  }

  look();
  // Until the page looks like a policy: its text may still be on its way.
  if (!done && !signal.aborted) observer.observe(doc.body ?? doc.documentElement, OBSERVE_OPTIONS);

  return {
    get verdict() {
      return verdict;
    },
    get checks() {
      return checks;
    },
  };
}
