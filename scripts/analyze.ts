/**
 * ClauseLens on the command line: the same engine the extension runs, on files.
 * Bundled to dist/cli/clauselens.mjs (scripts/build-cli.mjs) and started by bin/clauselens.mjs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { analyzeText, reevaluate } from '../lib/engine/analyze';
import { parseBaselineJson, PRESETS, presetById, type Baseline } from '../lib/engine/baseline/baseline';
import type { VersionSide } from '../lib/engine/compare';
import type { Report } from '../lib/engine/report';
import { detectFormat, readInput } from '../lib/engine/text/input';
import { lineMarks, type Doc } from '../lib/engine/text/types';
import { statedDate } from '../lib/engine/text/updated';
import type { TableRow } from '../lib/report/changes';
import { primeLiterals, tagLiteralTable } from '../lib/engine/tag/tag';
import { expandArgs } from './cli/files';
import { reportJson } from './cli/report-json';

const USAGE = `usage: clauselens [options] FILE|FOLDER|GLOB...
       clauselens --compare OLD NEW [--json]
       clauselens --table [--csv | --markdown] FILE|FOLDER|GLOB...
  (from the repository: npm run analyze -- ...)
  --json            print the report as JSON (one object for one file; an array otherwise)
  --pretty          indent the JSON, each clause's reasons in full (the default on a terminal); piped, it is
                    compact: a clause's why gives rule ids, their reasons once in the report's "reasons"
  --preset NAME     baseline preset: ${PRESETS.map((p) => p.id).join(', ')} (default ${PRESETS[0].id})
  --baseline FILE   a baseline exported from the options page (JSON)
  --jobs N          analyze with N worker threads (default: 1; large batches gain from 2+)
  --fail-on-deviation  exit 3 when any document deviates from the baseline
  --compare OLD NEW what changed between two versions of a document (--json for the comparison)
  --table           one row per document: vendor, type, key terms, deviation count (--csv, --markdown)
Reads .txt (incl. text extracted from PDFs), .md, .html and .pdf files; folders are walked for them.
Exit status: 0 all files analyzed; 1 a file could not be read or analyzed; 2 usage error;
3 with --fail-on-deviation, a document deviates from the baseline.`;

/** For scripts/build-cli.mjs: the literals it stores beside the bundle. */
export { tagLiteralTable };

/**
 * The tagging patterns' literals the build stored beside the bundle (dist/cli/literals.json): read once per process, so
 * tagging filters sentences from the first one instead of compiling every pattern on a short file. Run from source
 * (tsx) there is none beside this file, and the filter is built as before, once a process has read enough.
 */
let primed = false;
function primeFromBuild(): void {
  if (primed) return;
  primed = true;
  try {
    primeLiterals(JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'literals.json'), 'utf8')));
  } catch {
    // No stored literals (run from source) or an unreadable file: the same reports, built the slower way.
  }
}

export class CliError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2, deviated: 3 } as const;

/** Document files; a name without an extension is sniffed. */
const SUPPORTED = /(?:\.(?:txt|text|md|markdown|rmd|html?|xhtml)|(?:^|[\\/])[^.\\/]+)$/i;

type Mode = 'analyze' | 'compare' | 'table';

interface Options {
  mode: Mode;
  json: boolean;
  pretty: boolean | null;
  csv: boolean;
  markdown: boolean;
  baseline: Baseline;
  args: string[];
  jobs: number;
  failOnDeviation: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { mode: 'analyze', json: false, pretty: null, csv: false, markdown: false, baseline: PRESETS[0], args: [], jobs: 1, failOnDeviation: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--pretty') o.pretty = true;
    else if (a === '--compact') o.pretty = false;
    else if (a === '--csv') o.csv = true;
    else if (a === '--markdown') o.markdown = true;
    else if (a === '--compare') o.mode = 'compare';
    else if (a === '--table') o.mode = 'table';
    else if (a === '--fail-on-deviation') o.failOnDeviation = true;
    else if (a === '--help' || a === '-h') throw new CliError(USAGE);
    else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const v = a.startsWith('--jobs=') ? a.slice(7) : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`clauselens: --jobs needs a whole number from 1 to 64, got "${v ?? ''}"`);
      o.jobs = n;
    } else if (a === '--preset') {
      const id = argv[++i];
      const b = id ? presetById(id) : null;
      if (!b) throw new CliError(`clauselens: unknown preset "${id ?? ''}" (choose ${PRESETS.map((p) => p.id).join(', ')})`);
      o.baseline = b;
    } else if (a === '--baseline') {
      const file = argv[++i];
      if (!file) throw new CliError('clauselens: --baseline needs a file');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new CliError(`clauselens: ${file}: cannot read baseline (${(err as NodeJS.ErrnoException).code ?? err})`);
      }
      const parsed = parseBaselineJson(text);
      if (!parsed.ok) throw new CliError(`clauselens: ${file}: not a valid baseline: ${parsed.errors.map((e) => `${e.path || '(file)'}: ${e.message}`).join('; ')}`);
      o.baseline = parsed.baseline;
    } else if (a.startsWith('--')) throw new CliError(`clauselens: unknown option ${a}\n${USAGE}`);
    else o.args.push(a);
  }
  if (!o.args.length) throw new CliError(USAGE);
  if (o.mode === 'compare' && o.args.length !== 2) throw new CliError(`clauselens: --compare needs exactly two files (OLD NEW), got ${o.args.length}`);
  return o;
}

/** Reads one file into the engine's input; throws CliError with a one-line message when it cannot. */
async function readFile(file: string) {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(err))})`);
  }
  if (!buf.length) throw new CliError(`${file}: empty file`);
  if (buf.length > 4 && buf[0] === 0x25 && buf[1] === 0x50 && buf[2] === 0x44 && buf[3] === 0x46) {
    // pdfjs-dist costs ~350 ms to load: only a PDF pays for it.
    const { pdfText } = await import('./pdf');
    let pdf: Awaited<ReturnType<typeof pdfText>>;
    try {
      pdf = await pdfText(buf);
    } catch (err) {
      const e = err as Error;
      if (e.name === 'PasswordException') throw new CliError(`${file}: the PDF is password-protected`);
      throw new CliError(`${file}: unreadable PDF (${e.message})`);
    }
    if (!pdf.text.trim()) throw new CliError(`${file}: the PDF has no text layer (a scan?); run OCR first`);
    // The same text the browser's reader analyses (lib/engine/text/pdf.ts): lines and joins, not the item map.
    return { text: pdf.text, title: pdf.title, hints: pdf.hints, joins: pdf.joins, ...lineMarks(pdf) };
  }
  if (!SUPPORTED.test(file)) throw new CliError(`${file}: unsupported file type (ClauseLens reads .txt, .md, .html and .pdf)`);
  const raw = buf.toString('utf8');
  const format = detectFormat(file, raw);
  if (!format) throw new CliError(`${file}: not a text document (binary or unsupported format; ClauseLens reads .txt, .md, .html and .pdf)`);
  const input = readInput(raw, format);
  if (!input.text.trim()) throw new CliError(`${file}: no readable text`);
  return input;
}

/** Reads and analyzes one file, keeping the segmented document (versions are compared on its blocks). */
export async function analyzeFileDoc(file: string, baseline: Baseline, force = false): Promise<{ report: Report; doc: Doc }> {
  return analyzeText(await readFile(file), { source: file, baseline, force });
}

/** Reads and analyzes one file; throws CliError with a one-line message when it cannot. */
export async function analyzeFile(file: string, baseline: Baseline): Promise<Report> {
  return (await analyzeFileDoc(file, baseline)).report;
}

/**
 * The words for people (lib/report, its three languages' catalogues) and the version comparison load only when a
 * command prints them: `--json` never needs them, and a cold start is mostly loading code.
 */
const words = () => import('../lib/report/format');
const changes = () => import('../lib/report/changes');

async function summary(r: Report): Promise<string> {
  const { CATEGORY_LABELS, DOC_TYPE_LABELS, termLines } = await words();
  const out: string[] = [];
  out.push(`${r.source}${r.title ? ` — ${r.title}` : ''}`);
  out.push(`  ${DOC_TYPE_LABELS[r.docType]} (confidence ${r.confidence.toFixed(2)}) · baseline: ${r.baseline}${r.truncated ? ' · only the first part was analyzed' : ''}`);
  if (r.docType === 'other') {
    out.push(`  Why: ${r.docTypeWhy.map((w) => w.reason).join('; ')}`);
    return out.join('\n');
  }
  out.push('', `  Deviations (${r.deviations.length})`);
  if (!r.deviations.length) out.push('    none');
  for (const d of r.deviations) {
    out.push(`    [${d.severity}] ${d.title}: expected ${d.expected}; found ${d.found}`);
    if (d.clause !== null) out.push(`           clause ${d.clause}: "${clip(r.clauses[d.clause].text, 110)}"`);
  }
  out.push('', '  Key terms');
  const lines = termLines(r);
  const width = Math.max(...lines.map((l) => l.label.length));
  for (const l of lines) {
    out.push(`    ${l.label.padEnd(width)}  ${l.value}`);
    if (l.evidence) out.push(`    ${' '.repeat(width)}  "${clip(l.evidence, 110)}"`);
  }
  const counts = new Map<string, number>();
  for (const c of r.clauses) for (const cat of c.categories) counts.set(cat, (counts.get(cat) ?? 0) + 1);
  out.push('', `  Tagged clauses (${r.clauses.length})`);
  out.push(`    ${[...counts].map(([cat, n]) => `${CATEGORY_LABELS[cat as keyof typeof CATEGORY_LABELS]} ${n}`).join(' · ')}`);
  return out.join('\n');
}

/** Any failure as one line for the terminal: the message's first line, never a stack trace. */
export function oneLine(file: string, e: unknown): string {
  if (e instanceof CliError) return `clauselens: ${e.message}`;
  const message = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0];
  return `clauselens: ${file}: could not be analyzed (${clip(message, 200)})`;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.replace(/\s+/g, ' '));

// ---- one file's work, on the main thread or in a worker ----------------------------------------

type TaskKind = 'json' | 'summary' | 'row';
type Result = { ok: true; text?: string; row?: TableRow; deviated: boolean } | { ok: false; error: string };

async function runTask(file: string, kind: TaskKind, baseline: Baseline, pretty: boolean): Promise<Result> {
  try {
    const { report, doc } = await analyzeFileDoc(file, baseline);
    const deviated = report.deviations.length > 0;
    if (kind === 'row') {
      const { tableRow, vendorOf } = await changes();
      return { ok: true, row: tableRow(report, vendorOf(report.title, doc.text, file)), deviated };
    }
    return { ok: true, text: kind === 'json' ? reportJson(report, pretty) : `${await summary(report)}\n`, deviated };
  } catch (e) {
    return { ok: false, error: oneLine(file, e) };
  }
}

interface WorkerInit {
  clauselens: 1;
  kind: TaskKind;
  baseline: Baseline;
  pretty: boolean;
}

/** The argument a worker thread of runAll is started with; node:worker_threads is loaded only for --jobs 2+ (a cold start is mostly loading). */
const WORKER_ARG = '--clauselens-worker';
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads');

if (process.argv.includes(WORKER_ARG)) {
  const { isMainThread, parentPort, workerData } = workerThreads();
  if (!isMainThread && (workerData as WorkerInit | undefined)?.clauselens === 1) {
    const init = workerData as WorkerInit;
    primeFromBuild();
    parentPort!.on('message', async (m: { i: number; file: string }) => {
      parentPort!.postMessage({ i: m.i, result: await runTask(m.file, init.kind, init.baseline, init.pretty) });
    });
  }
}

/** Runs every file, `jobs` at a time in worker threads, and hands results back in input order. */
async function runAll(files: string[], kind: TaskKind, o: Options, pretty: boolean, onResult: (i: number, r: Result) => void, onDone: (n: number) => void) {
  const jobs = Math.min(o.jobs, files.length);
  if (jobs <= 1) {
    for (let i = 0; i < files.length; i++) {
      onResult(i, await runTask(files[i], kind, o.baseline, pretty));
      onDone(i + 1);
    }
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const init: WorkerInit = { clauselens: 1, kind, baseline: o.baseline, pretty };
  const results = new Map<number, Result>();
  let next = 0;
  let flushed = 0;
  let done = 0;
  const { Worker: Thread } = workerThreads();
  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < files.length) {
        w.postMessage({ i: next, file: files[next] });
        next++;
      }
    };
    for (let k = 0; k < jobs; k++) {
      // From the TypeScript source (tests, tsx) the worker needs tsx's loader; the bundle is plain JavaScript.
      const w = new Thread(self, { workerData: init, argv: [WORKER_ARG], execArgv: self.endsWith('.ts') ? ['--import', 'tsx'] : [] });
      workers.push(w);
      w.on('message', (m: { i: number; result: Result }) => {
        results.set(m.i, m.result);
        done++;
        while (results.has(flushed)) {
          onResult(flushed, results.get(flushed)!);
          results.delete(flushed);
          flushed++;
        }
        onDone(done);
        if (done === files.length) {
          for (const x of workers) void x.terminate();
          resolve();
        } else feed(w);
      });
      w.on('error', reject);
      feed(w);
    }
  });
}

// ---- the commands ----------------------------------------------------------------------------

export interface Tty {
  /** stdout is a terminal: pretty JSON by default. */
  stdout: boolean;
  /** stderr is a terminal: a progress line for long batches. */
  stderr: boolean;
  /** Writes to the terminal without a newline (the progress line). */
  write?: (s: string) => void;
}

/** Batches at least this long show a progress line on a terminal. */
const PROGRESS_MIN_FILES = 8;

async function compareCommand(o: Options, out: (s: string) => void, err: (s: string) => void, pretty: boolean): Promise<number> {
  const sides: { report: Report; doc: Doc }[] = [];
  for (const file of o.args) {
    try {
      sides.push(await analyzeFileDoc(file, o.baseline));
    } catch (e) {
      err(e instanceof CliError ? `clauselens: ${e.message}` : `clauselens: ${file}: ${(e as Error).message}`);
      return EXIT.failed;
    }
  }
  // Two versions of one document: when only one reads as a DPA or policy, the other is read as that type too,
  // so a borderline version does not make every term look removed.
  const types = sides.map((s) => s.report.docType);
  const known = types.find((t) => t !== 'other');
  if (known) {
    for (let k = 0; k < 2; k++) {
      if (types[k] !== 'other') continue;
      const forced = await analyzeFileDoc(o.args[k], o.baseline, true);
      const report = reevaluate({ ...forced.report, docType: known }, o.baseline);
      sides[k] = { report, doc: forced.doc };
    }
  }
  const [{ compareVersions, versionBlocks }, { comparisonLines, inlineDiff, termChangeText }] = await Promise.all([import('../lib/engine/compare'), changes()]);
  const side = (s: { report: Report; doc: Doc }): VersionSide => ({ blocks: versionBlocks(s.doc), terms: s.report.terms, deviations: s.report.deviations });
  const c = compareVersions(side(sides[0]), side(sides[1]));
  const [a, b] = sides;
  if (o.json) {
    const stated = { before: statedDate(a.doc.text), after: statedDate(b.doc.text) };
    out(JSON.stringify({ old: o.args[0], new: o.args[1], docType: { before: types[0], after: types[1] }, statedDate: stated, ...c }, null, pretty ? 2 : undefined));
    return EXIT.ok;
  }
  const lines = [`${o.args[0]} → ${o.args[1]}`];
  const sa = statedDate(a.doc.text);
  const sb = statedDate(b.doc.text);
  if (sa || sb) lines.push(`  stated date: ${sa ?? 'none'} → ${sb ?? 'none'}`);
  for (const l of comparisonLines(c)) lines.push(`  ${l}`);
  for (const t of c.terms) if (t.evidence) lines.push(`    ${termChangeText(t).split(':')[0]}: "${clip(t.evidence, 110)}"`);
  if (c.sections.added.length) lines.push(`  Sections added: ${c.sections.added.join('; ')}`);
  if (c.sections.removed.length) lines.push(`  Sections removed: ${c.sections.removed.join('; ')}`);
  for (const ch of c.clauses.changes) {
    if (ch.kind === 'changed') {
      lines.push('', `  ~ changed${ch.moved ? ' (and moved)' : ''}: ${inlineDiff(ch.diff!)}`);
    } else lines.push('', `  ${ch.kind === 'added' ? '+ added' : '- removed'}: "${clip((ch.after ?? ch.before)!, 100)}"`);
  }
  out(lines.join('\n'));
  return EXIT.ok;
}

export async function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error, tty: Tty = { stdout: false, stderr: false }): Promise<number> {
  primeFromBuild();
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    err((e as Error).message);
    return EXIT.usage;
  }
  const pretty = o.pretty ?? tty.stdout;
  if (o.mode === 'compare') return compareCommand(o, out, err, pretty);

  const { files, empty } = expandArgs(o.args);
  for (const a of empty) err(`clauselens: ${a}: no documents found (.txt, .md, .html, .pdf)`);
  let failed = empty.length;
  let deviated = 0;
  const progress = tty.stderr && tty.write && files.length >= PROGRESS_MIN_FILES ? tty.write : null;
  let shownAt = 0;
  const clearProgress = () => progress?.('\r\x1b[K');
  const onDone = (n: number) => {
    const now = Date.now();
    if (progress && (now - shownAt > 100 || n === files.length)) {
      shownAt = now;
      progress(`\r\x1b[K[${n}/${files.length}] ${files[n - 1] ?? ''}`.slice(0, 100));
    }
  };
  const kind: TaskKind = o.mode === 'table' ? 'row' : o.json ? 'json' : 'summary';
  const single = files.length === 1 && o.args.length === 1 && files[0] === o.args[0];
  const rows: TableRow[] = [];
  let printed = 0;
  await runAll(
    files,
    kind,
    o,
    pretty,
    (_i, r) => {
      if (!r.ok) {
        failed++;
        clearProgress();
        err(r.error);
        return;
      }
      if (r.deviated) deviated++;
      if (r.row) rows.push(r.row);
      else if (kind === 'json') {
        // One object for one file; an array streamed a report at a time otherwise.
        if (single) out(r.text!);
        else {
          const item = pretty ? `  ${r.text!.replace(/\n/g, '\n  ')}` : r.text!;
          out(printed ? `,\n${item}` : `[\n${item}`);
        }
        printed++;
      } else {
        clearProgress();
        out(r.text!);
      }
    },
    onDone,
  );
  clearProgress();
  if (kind === 'json' && !single && printed) out(']');
  if (kind === 'json' && !single && !printed && !failed) out('[]');
  if (kind === 'row' && rows.length) {
    const { tableCsv, tableMarkdown, tableText } = await changes();
    out(o.csv ? tableCsv(rows).trimEnd() : o.markdown ? tableMarkdown(rows).trimEnd() : tableText(rows));
  }
  if (failed) return EXIT.failed;
  return o.failOnDeviation && deviated ? EXIT.deviated : EXIT.ok;
}

if (!process.argv.includes(WORKER_ARG) && process.argv[1] && /analyze\.ts$/.test(process.argv[1]))
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`), {
    stdout: !!process.stdout.isTTY,
    stderr: !!process.stderr.isTTY,
    write: (s) => process.stderr.write(s),
  }).then((code) => (process.exitCode = code));
