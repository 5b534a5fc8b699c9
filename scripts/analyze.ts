/**
 * ClauseLens on the command line: the same engine the extension runs, on files.
 *   npm run analyze -- [--json] [--preset NAME | --baseline FILE] FILE...
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/engine/analyze';
import { parseBaselineJson, PRESETS, presetById, type Baseline } from '../lib/engine/baseline/baseline';
import { CATEGORY_LABELS, DOC_TYPE_LABELS, termLines } from '../lib/report/format';
import type { Report } from '../lib/engine/report';
import { detectFormat, readInput } from '../lib/engine/text/input';
import { isPdf, pdfText } from './pdf';
import type { PdfText } from '../lib/engine/text/pdf';

const USAGE = `usage: npm run analyze -- [--json] [--preset NAME | --baseline FILE] FILE...
  --json            print the report as JSON (one object; an array for several files)
  --preset NAME     baseline preset: ${PRESETS.map((p) => p.id).join(', ')} (default ${PRESETS[0].id})
  --baseline FILE   a baseline exported from the options page (JSON)
Reads .txt (incl. text extracted from PDFs), .md, .html and .pdf files.`;

export class CliError extends Error {}

/** Document files; a name without an extension is sniffed. */
const SUPPORTED = /(?:\.(?:txt|text|md|markdown|rmd|html?|xhtml)|(?:^|[\\/])[^.\\/]+)$/i;

interface Options {
  json: boolean;
  baseline: Baseline;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  let json = false;
  let baseline: Baseline | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') throw new CliError(USAGE);
    else if (a === '--preset') {
      const id = argv[++i];
      baseline = id ? presetById(id) : null;
      if (!baseline) throw new CliError(`clauselens: unknown preset "${id ?? ''}" (choose ${PRESETS.map((p) => p.id).join(', ')})`);
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
      baseline = parsed.baseline;
    } else if (a.startsWith('--')) throw new CliError(`clauselens: unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (!files.length) throw new CliError(USAGE);
  return { json, baseline: baseline ?? PRESETS[0], files };
}

/** Reads and analyzes one file; throws CliError with a one-line message when it cannot. */
export async function analyzeFile(file: string, baseline: Baseline): Promise<Report> {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(err))})`);
  }
  if (!buf.length) throw new CliError(`${file}: empty file`);
  if (isPdf(buf)) {
    let pdf: PdfText;
    try {
      pdf = await pdfText(buf);
    } catch (err) {
      const e = err as Error;
      if (e.name === 'PasswordException') throw new CliError(`${file}: the PDF is password-protected`);
      throw new CliError(`${file}: unreadable PDF (${e.message})`);
    }
    if (!pdf.text.trim()) throw new CliError(`${file}: the PDF has no text layer (a scan?); run OCR first`);
    return analyze({ text: pdf.text, title: pdf.title, hints: pdf.hints, joins: pdf.joins }, { source: file, baseline });
  }
  if (!SUPPORTED.test(file)) throw new CliError(`${file}: unsupported file type (ClauseLens reads .txt, .md, .html and .pdf)`);
  const raw = buf.toString('utf8');
  const format = detectFormat(file, raw);
  if (!format) throw new CliError(`${file}: not a text document (binary or unsupported format; ClauseLens reads .txt, .md, .html and .pdf)`);
  const input = readInput(raw, format);
  if (!input.text.trim()) throw new CliError(`${file}: no readable text`);
  return analyze(input, { source: file, baseline });
}

function summary(r: Report): string {
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

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
  const reports: Report[] = [];
  let failed = 0;
  for (const file of opts.files) {
    try {
      const r = await analyzeFile(file, opts.baseline);
      reports.push(r);
      if (!opts.json) out(`${summary(r)}\n`);
    } catch (e) {
      failed++;
      err(e instanceof CliError ? `clauselens: ${e.message}` : `clauselens: ${file}: ${(e as Error).stack ?? e}`);
    }
  }
  if (opts.json && reports.length) out(JSON.stringify(reports.length === 1 && opts.files.length === 1 ? reports[0] : reports, null, 2));
  return failed ? 1 : 0;
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
