/**
 * When a changing page is looked at again: after a quiet spell (debounced), quickly while its text
 * is still arriving, and ever less often while it never stops changing. Shared by the gate that
 * runs on every page and by the in-page controller of a recognised page.
 */

export interface RecheckOptions {
  /** The check itself; it schedules nothing by itself. */
  run(): void;
  now(): number;
  signal: AbortSignal;
  /** Quiet time before a changed page is checked again. */
  debounceMs: number;
  /** Whether the next check may be a quick one (a page not yet recognised, whose text may be arriving). */
  quick(): boolean;
}

/** Quiet time of the first checks of a page not yet recognised: late text gets highlights within a frame or three. */
export const QUICK_MS = 50;
/** How many quick checks a page gets before the ordinary debounce applies. */
export const QUICK_CHECKS = 3;
/** A page that never stops changing is still checked after this long, then 2x, 4x... up to 32x longer. */
export const MAX_WAIT_MS = 2000;

export function createRechecker(opts: RecheckOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstDirty = 0;
  let quickChecks = 0;
  let busyStreak = 0;

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }
  opts.signal.addEventListener('abort', cancel);

  return {
    /** The page changed: check it once it has been quiet for a moment (or the deadline of a busy page passed). */
    schedule(): void {
      if (opts.signal.aborted) return;
      const t = opts.now();
      if (timer === null) firstDirty = t;
      else clearTimeout(timer);
      const quick = opts.quick() && quickChecks < QUICK_CHECKS;
      const quiet = quick ? Math.min(opts.debounceMs, QUICK_MS) : opts.debounceMs;
      // 2 s, 4 s, ... up to 64 s between checks while the page keeps changing.
      const untilDeadline = firstDirty + MAX_WAIT_MS * 2 ** Math.min(busyStreak, 5) - t;
      const byDeadline = untilDeadline < quiet;
      timer = setTimeout(
        () => {
          timer = null;
          busyStreak = byDeadline ? busyStreak + 1 : 0;
          if (quick) quickChecks++;
          opts.run();
        },
        Math.max(0, byDeadline ? untilDeadline : quiet),
      );
    },
    cancel,
  };
}

/** Attributes whose change can show or hide text ("read more" expanders, tabs, accordions). */
export const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-expanded'];

export const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

/** Whether a batch of mutations can have changed the page's text: whitespace-only and `ignore`d nodes do not count. */
export function textMayHaveChanged(records: MutationRecord[], ignore: (node: Node | null) => boolean = () => false): boolean {
  for (const r of records) {
    if (ignore(r.target)) continue;
    if (r.type === 'childList') {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (nodes.every((n) => ignore(n) || (n.nodeType === 3 && !(n as Text).data.trim()))) continue;
    }
    return true;
  }
  return false;
}
