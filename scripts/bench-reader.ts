/**
 * The PDF reader in headless Chromium (the built Chrome extension): for real DPA PDFs served from
 * 127.0.0.1, the time from opening reader.html?file=… to the first highlight on page 1 and to every
 * page highlighted (the analysis done and painted), the first page drawn, and the reader's memory (JS
 * heap, DOM nodes, and the canvases' pixels once every page has been scrolled into view).
 * Needs the Chrome build (`npm run bench:browser` builds it). Env: BENCH_RUNS (default 3).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/browser';
import { startServer } from '../test/e2e/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILES = ['basecamp-dpa-2020.pdf', 'basecamp-dpa-2021.pdf', '37signals-dpa.pdf'];

// Runs in the reader before its own scripts: notes (performance.now(), from navigation start) the first frame with a
// highlight on page 1, the first frame with the first canvas drawn, and when painting has reached the last page.
const WATCH = `(() => {
  const marks = (window.__bench = {});
  const onPage = (n) => { for (const h of CSS.highlights.values()) for (const r of h) { const p = r.startContainer.parentElement?.closest('.pdf-page'); if (p && p.dataset.page === String(n)) return true; } return false; };
  const tick = () => {
    const now = performance.now();
    if (!marks.firstPage && CSS.highlights.size && onPage(1)) marks.firstPage = now;
    const last = document.querySelectorAll('.pdf-page').length;
    const status = document.querySelector('.reader-status')?.textContent ?? '';
    if (!marks.allPages && /tagged/.test(status)) marks.allPages = now;
    if (!marks.firstCanvas && document.querySelector('.pdf-page canvas')?.width) marks.firstCanvas = now;
    if (!marks.allPages || !marks.firstCanvas) requestAnimationFrame(tick);
    marks.pages = last;
  };
  requestAnimationFrame(tick);
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function memory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  return { heapMb: get('JSHeapUsedSize') / 2 ** 20, nodes: get('Nodes') };
}

async function main(): Promise<void> {
  const [browser, server] = await Promise.all([launchWithExtension(), startServer()]);
  const id = new URL(browser.worker.url()).host;
  const rows: Record<string, Record<string, number | string>> = {};
  try {
    for (const file of FILES) {
      const runs: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        await page.addInitScript(WATCH);
        await page.goto(`chrome-extension://${id}/reader.html?file=${encodeURIComponent(`${server.origin}/pdf/${file}`)}`);
        await page.waitForFunction(() => (window as unknown as { __bench: { allPages?: number; firstCanvas?: number } }).__bench?.allPages && (window as unknown as { __bench: { firstCanvas?: number } }).__bench.firstCanvas, null, { timeout: 120_000 });
        const marks = (await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench)) as Record<string, number>;
        const steps = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])));
        Object.assign(marks, { open: steps['clauselens:pdf-open'], layers: steps['clauselens:text-layers'] });
        const loaded = await memory(page);
        // Every page drawn: what a reader who scrolled to the end holds.
        await page.evaluate(async () => {
          for (const p of document.querySelectorAll('.pdf-page')) {
            p.scrollIntoView();
            await new Promise((r) => setTimeout(r, 60));
          }
          await new Promise((r) => setTimeout(r, 500));
        });
        const scrolled = await memory(page);
        const canvasMb = await page.evaluate(() => [...document.querySelectorAll('canvas')].reduce((s, c) => s + c.width * c.height * 4, 0) / 2 ** 20);
        runs.push({ open: marks.open, layers: marks.layers, pages: marks.pages, firstCanvas: marks.firstCanvas, firstPage: marks.firstPage, allPages: marks.allPages, heap: loaded.heapMb, heapScrolled: scrolled.heapMb, nodes: scrolled.nodes, canvasMb });
        await page.close();
      }
      const m = (k: string) => median(runs.map((r) => r[k]));
      rows[file] = {
        pages: m('pages'),
        'PDF parsed ms': Math.round(m('open')),
        'text layers ms': Math.round(m('layers')),
        'first page drawn ms': Math.round(m('firstCanvas')),
        'highlights on page 1 ms': Math.round(m('firstPage')),
        'all pages highlighted ms': Math.round(m('allPages')),
        'JS heap MB': Number(m('heap').toFixed(1)),
        'JS heap, all pages drawn MB': Number(m('heapScrolled').toFixed(1)),
        'DOM nodes': m('nodes'),
        'canvas pixels MB': Number(m('canvasMb').toFixed(0)),
      };
    }
    console.log(`PDF reader: median of ${RUNS} runs, from opening reader.html?file=… (navigation start) on a PDF served from 127.0.0.1.`);
    console.table(rows);
    console.log(JSON.stringify({ bench: 'reader', runs: RUNS, results: rows }));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
