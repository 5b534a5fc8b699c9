/** The e2e and bench web server: test documents as pages on 127.0.0.1, on a random port. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { readInput } from '../../lib/engine/text/input';
import { documentHtml, escapeHtml, pageHtml } from './pages';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Renders a fixture (seed .txt, corpus .md or .txt, or .html served as it is) as a page. */
export function renderFixture(path: string): string {
  const raw = readFileSync(resolve(FIXTURES, path), 'utf8');
  if (path.endsWith('.html')) return raw;
  const plain = readInput(raw, path.endsWith('.md') ? 'markdown' : 'text');
  return pageHtml(plain.title ?? path, documentHtml(plain));
}

/** A page whose document arrives two seconds after load, as in a single-page app. */
export function latePage(path: string, delayMs = 2000): string {
  const plain = readInput(readFileSync(resolve(FIXTURES, path), 'utf8'), path.endsWith('.md') ? 'markdown' : 'text');
  const body = JSON.stringify(documentHtml(plain)).replace(/</g, '\\u003c');
  const script = `<script>setTimeout(() => { document.title = ${JSON.stringify(plain.title ?? 'Document')};
document.getElementById('app').innerHTML = ${body}; window.textArrivedAt = performance.now(); }, ${delayMs});</script>`;
  return pageHtml('Loading…', `<div id="app"><p>${escapeHtml('Loading…')}</p></div>`, script);
}

export interface TestServer {
  origin: string;
  /** Pages a test sets (and changes) itself: path -> HTML. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Routes: /fixture/<path under test/fixtures> renders that file; /late/<path> delays it by two
 * seconds; /raw/<name> serves test/fixtures/dom/<name> unchanged; /pdf/<name> serves test/fixtures/pdf/<name>.
 */
export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    try {
      // /getfile?id=<name>: the same, at an address that does not end in ".pdf", as document stores serve them.
      const pdfName = path.startsWith('/pdf/') ? path.slice('/pdf/'.length) : path === '/getfile' ? (url.searchParams.get('id') ?? '') : null;
      if (pdfName !== null && !pdfName.includes('..') && !pdfName.includes('/')) {
        // The PDF fixtures as a web server sends them (cacheable, so the reader's cache-first fetch can be seen).
        const bytes = readFileSync(resolve(FIXTURES, 'pdf', pdfName));
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': bytes.length, 'cache-control': 'max-age=3600' }).end(bytes);
        return;
      }
      let html: string | null = pages.get(path) ?? null;
      if (html !== null) {
        // A test page: served as set.
      } else if (path.startsWith('/fixture/')) html = renderFixture(path.slice('/fixture/'.length));
      else if (path.startsWith('/late/')) html = latePage(path.slice('/late/'.length));
      else if (path.startsWith('/raw/')) html = readFileSync(resolve(FIXTURES, 'dom', path.slice('/raw/'.length)), 'utf8');
      if (html === null || path.includes('..')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
