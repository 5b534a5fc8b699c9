/**
 * The byte-for-byte guard on reports: the sha256 of the canonical JSON report of every fixture document
 * (corpus, seeds, PDFs, published versions, the odd-script pages, every document a gold file names) and of
 * the comparison of each published version pair. `npm run reports:snapshot` writes them to
 * test/fixtures/reports.sha256; test/engine/reports-digest.test.ts recomputes and compares.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, analyzeText } from '../../lib/engine/analyze';
import { compareVersions, versionBlocks } from '../../lib/engine/compare';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { isPdf, pdfText } from '../../scripts/pdf';
import { FIXTURES, loadGolds } from './score';

export const DIGEST_FILE = join(FIXTURES, 'reports.sha256');
const DIRS = ['corpus', 'seeds', 'pdf', 'versions', 'odd'];
const READABLE = /\.(txt|md|markdown|html?|pdf)$/i;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : READABLE.test(f) ? [p] : [];
    });
}

/** Paths relative to test/fixtures, sorted: every readable file of the fixture folders and every gold document. */
export function digestDocuments(): string[] {
  const files = new Set(DIRS.flatMap((d) => walk(join(FIXTURES, d))).map((p) => relative(FIXTURES, p)));
  for (const half of ['gold', 'gold-validation'] as const) for (const g of loadGolds(half)) files.add(g.document);
  return [...files].sort();
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The report of one fixture, its source the path relative to test/fixtures (the same in every checkout). */
async function report(rel: string, force = false): Promise<string> {
  const buf = readFileSync(join(FIXTURES, rel));
  if (isPdf(buf)) {
    // An encrypted PDF has no text to read: its digest is the error pdf.js gives.
    const text = await pdfText(buf).catch((e: Error) => `${e.name}: ${e.message}`);
    return typeof text === 'string' ? text : JSON.stringify(analyze(text, { source: rel, force }));
  }
  const raw = buf.toString('utf8');
  const format = detectFormat(rel, raw);
  if (!format) return 'unreadable';
  return JSON.stringify(analyze(readInput(raw, format), { source: rel, force }));
}

function comparison(dir: string): string {
  const e = JSON.parse(readFileSync(join(FIXTURES, 'versions', dir, 'expected.json'), 'utf8')) as { old: string; new: string };
  const side = (f: string) => {
    const raw = readFileSync(join(FIXTURES, 'versions', dir, f), 'utf8');
    const { report: r, doc } = analyzeText(readInput(raw, detectFormat(f, raw) ?? 'text'));
    return { blocks: versionBlocks(doc), terms: r.terms, deviations: r.deviations };
  };
  return JSON.stringify(compareVersions(side(e.old), side(e.new)));
}

/** name → sha256, in a stable order. */
export async function computeDigests(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const rel of digestDocuments()) {
    const json = await report(rel);
    out.set(rel, sha(json));
    // A document typed 'other' gets no clauses; its forced reading (the CLI's --force) covers tagging and terms too.
    if (json.includes('"docType":"other"')) out.set(`${rel} (forced)`, sha(await report(rel, true)));
  }
  const versions = join(FIXTURES, 'versions');
  for (const dir of readdirSync(versions).filter((d) => existsSync(join(versions, d, 'expected.json'))).sort())
    out.set(`versions/${dir} (comparison)`, sha(comparison(dir)));
  return out;
}

export const formatDigests = (m: Map<string, string>) => [...m].map(([name, h]) => `${h}  ${name}`).join('\n') + '\n';

export function readDigests(file = DIGEST_FILE): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m) out.set(m[2], m[1]);
  }
  return out;
}
