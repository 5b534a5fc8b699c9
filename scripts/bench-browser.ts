/**
 * In-browser figures for the content script, from Chromium's own trace (not self-timing):
 * main-thread time it spends on an ordinary page and on a ~40 KB DPA, the longest main-thread
 * task while a DPA is analysed, and the time from the text being there to the highlights; and the
 * odd pages of test/fixtures/odd (shadow root, 5 MB, 100,000 elements, a page rewriting itself
 * every 50 ms, watched for 10 s).
 * Needs the Chrome build (`npm run bench:browser` builds it first). Prints a table and JSON.
 * Env: BENCH_RUNS (default 5), BENCH_ONLY (scenario label filter), EXTENSION_DIR (another build), BENCH_MARKS
 * (print the page's performance marks named cl:…, from a build instrumented by hand, per run).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/browser';
import { startServer } from '../test/e2e/server';
import { startOddServer } from '../test/fixtures/odd/pages';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not inflated when a loaded machine deschedules the thread. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'].join(',');

// Marks the first frame with highlights, in the page's main world, before any page script runs.
const WATCH_HIGHLIGHTS = `
  (() => {
    const tick = () => {
      if (CSS.highlights && CSS.highlights.size > 0) { window.__highlightsAt = performance.now(); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document.addEventListener('DOMContentLoaded', () => { window.__textAt = performance.now(); });
  })();`;

async function traced(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/** Main-thread figures of the page's renderer: content-script time, its longest task, the longest task. */
function analyse(events: TraceEvent[]) {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const isOurs = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://');
  // Only the page's own renderer thread: headless Chromium runs internal pages in other renderers at the same time.
  const pageThread = events.find((e) => e.name === 'EvaluateScript' && isOurs(e) && mainThreads.has(`${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => pageThread && e.pid === pageThread.pid && e.tid === pageThread.tid && e.ph === 'X' && typeof e.dur === 'number');
  // Script entry points of the content script: evaluation, compilation, and every callback it registered.
  const ours = onMain
    .filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame'].includes(e.name) && isOurs(e))
    .sort((a, b) => a.ts - b.ts);
  // Nested entries (a FunctionCall inside EvaluateScript) must not count twice.
  const top: TraceEvent[] = [];
  for (const e of ours) {
    const last = top[top.length - 1];
    if (last && e.ts + e.dur! <= last.ts + last.dur!) continue;
    top.push(e);
  }
  if (process.env.BENCH_DEBUG) {
    for (const e of top) console.log(`  ${e.name} ${((e.tdur ?? e.dur!) / 1000).toFixed(2)} ms cpu ${(e.dur! / 1000).toFixed(2)} ms wall ${e.args?.data?.url ?? e.args?.data?.scriptName ?? ''}`);
  }
  const sum = (xs: TraceEvent[], k: 'dur' | 'tdur') => xs.reduce((n, e) => n + (e[k] ?? e.dur!), 0) / 1000;
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const ourTasks = tasks.filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!));
  const longest = (xs: TraceEvent[], k: 'dur' | 'tdur') => Math.max(0, ...xs.map((t) => t[k] ?? t.dur!)) / 1000;
  return {
    scriptCpuMs: sum(top, 'tdur'),
    scriptWallMs: sum(top, 'dur'),
    longestContentTaskCpuMs: longest(ourTasks, 'tdur'),
    longestContentTaskWallMs: longest(ourTasks, 'dur'),
    longestTaskCpuMs: longest(tasks, 'tdur'),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const round = (n: number) => Math.round(n * 100) / 100;

type Kind = 'static' | 'late' | 'none';

interface Scenario {
  label: string;
  url: string;
  /** static/late: wait for highlights (text there at load / inserted later); none: watch for `watchMs`. */
  kind: Kind;
  watchMs?: number;
}

async function main(): Promise<void> {
  const [browser, server, odd] = await Promise.all([launchWithExtension(), startServer(), startOddServer()]);
  try {
    for (const p of browser.context.pages()) await p.close();
    const results: Record<string, Record<string, number>> = {};
    const record = (key: string, values: Record<string, number>[]) => {
      results[key] = Object.fromEntries(Object.keys(values[0]).map((k) => [k, round(median(values.map((v) => v[k])))]));
    };

    const scenarios: Scenario[] = [
      { label: 'ordinary article', url: server.origin + '/raw/article.html', kind: 'none' },
      { label: '40 KB DPA (infracom)', url: server.origin + '/fixture/seeds/infracom-dpa.txt', kind: 'static' },
      { label: '147 KB DPA (GitHub)', url: server.origin + '/fixture/corpus/dpa/github-dpa.md', kind: 'static' },
      { label: 'DPA text arriving 2 s late', url: server.origin + '/late/seeds/frostmoln-dpa.txt', kind: 'late' },
      { label: 'DPA in a shadow root', url: odd.origin + '/odd/shadow-dpa', kind: 'static' },
      { label: '5 MB DPA page', url: odd.origin + '/odd/huge', kind: 'static' },
      { label: '100,000 elements', url: odd.origin + '/odd/many-elements', kind: 'none', watchMs: 3000 },
      { label: 'rewriting every 50 ms, 10 s', url: odd.origin + '/odd/rewriting?clock=1', kind: 'none', watchMs: 10_000 },
    ];
    // BENCH_ONLY=ordinary with EXTENSION_DIR=<an empty WXT content script's build> gives the floor any content script pays.
    for (const { label, url, kind, watchMs } of scenarios.filter(({ label: l }) => l.includes(process.env.BENCH_ONLY ?? ''))) {
      const runs: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        await page.addInitScript(WATCH_HIGHLIGHTS);
        const events = await traced(page, async () => {
          await page.goto(url, { timeout: 60_000 });
          if (kind === 'none') await page.waitForTimeout(watchMs ?? 1200);
          else {
            await page.waitForFunction(() => (window as unknown as { __highlightsAt?: number }).__highlightsAt !== undefined, null, { timeout: 60_000 });
            await page.waitForTimeout(300);
          }
        });
        const figures: Record<string, number> = analyse(events);
        if (kind !== 'none') {
          const t = await page.evaluate(() => {
            const w = window as unknown as { __highlightsAt: number; __textAt: number; textArrivedAt?: number };
            return { highlightsAt: w.__highlightsAt, textAt: w.textArrivedAt ?? w.__textAt };
          });
          figures.textToHighlightsMs = t.highlightsAt - t.textAt;
          // A build instrumented with performance.mark('cl:…') (not the shipped one) gives its own timeline.
          if (process.env.BENCH_MARKS) {
            const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('cl:')).map((m) => [m.name, m.startTime] as const));
            console.log(`  ${label}: ` + [...marks, ['highlights', t.highlightsAt] as const].map(([n, at]) => `${n} ${Math.round(at - t.textAt)}`).join(', '));
          }
        }
        runs.push(figures);
        await page.close();
      }
      record(label, runs);
    }

    const { readFileSync } = await import('node:fs');
    const { EXTENSION_DIR } = await import('../test/e2e/browser');
    const size = (f: string) => readFileSync(`${EXTENSION_DIR}/${f}`).length;
    const { gzipSync } = await import('node:zlib');
    const kb = (f: string) => {
      const bytes = readFileSync(`${EXTENSION_DIR}/${f}`);
      return `${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`;
    };
    console.log(`On every page (gate.js): ${kb('gate.js')}; on policy pages only (inpage.js): ${kb('inpage.js')}; background ${(size('background.js') / 1024).toFixed(1)} KB`);
    console.log(`Median of ${RUNS} runs, ms. script*: the content script's own main-thread time (CPU, and wall clock);`);
    console.log('longestContentTask*: the longest main-thread task it ran in; longestTaskCpuMs: the longest task of any origin;');
    console.log('textToHighlightsMs: DOMContentLoaded (or the late text being inserted) to the first frame with highlights.');
    console.table(results);
    console.log(JSON.stringify({ bench: 'browser', runs: RUNS, results }));
  } finally {
    await browser.close();
    await server.close();
    await odd.close();
  }
}

await main();
