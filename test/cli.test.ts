// The command line: readable summary, --json report, baselines, and one-line errors that spare the other files.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { serializeBaseline, cloneBaseline, DEFAULT_BASELINE } from '../lib/engine/baseline/baseline';
import { analyzeFile, main, type Tty } from '../scripts/analyze';
import { compactReport, expandReport } from '../scripts/cli/report-json';
import { DOCUMENT_FILE } from '../scripts/cli/files';

const root = join(__dirname, '..');
const seed = (name: string) => join(__dirname, 'fixtures', 'seeds', name);
const SEEDS = ['cloudmqtt-dpa.txt', 'connectel-dpa.txt', 'frostmoln-dpa.txt', 'infracom-dpa.txt', 'infrasec-privacy-policy.txt'];

async function run(...argv: string[]) {
  return runTty({ stdout: false, stderr: false }, ...argv);
}

async function runTty(tty: Tty, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s), tty);
  return { code, out: out.join('\n'), err };
}

describe('analyze CLI', () => {
  test('--json prints exactly the report', async () => {
    const { code, out } = await run('--json', seed('connectel-dpa.txt'));
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ schema: 1, docType: 'dpa', terms: { breachNotice: { maxHours: 72 } } });
    expect(report.deviations.map((d: { rule: string }) => d.rule)).toContain('breach-notice-max-hours');
  });

  test('the summary names the type, the deviations with their clause, and the terms', async () => {
    const { code, out } = await run(seed('connectel-dpa.txt'));
    expect(code).toBe(0);
    expect(out).toMatch(/Data processing agreement \(confidence/);
    expect(out).toMatch(/\[high\] Breach notice: expected at most 48 hours; found 72 hours/);
    expect(out).toMatch(/clause \d+: "/);
    expect(out).toMatch(/Breach notice\s+72 hours \(without undue delay\)/);
  });

  test('a bad file gets a one-line error and a non-zero exit; the others are still analyzed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]));
    writeFileSync(join(dir, 'data.json'), '{"a": 1}');
    const { code, out, err } = await run('--json', join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'data.json'), seed('frostmoln-dpa.txt'));
    expect(code).toBe(1);
    expect(err).toHaveLength(4);
    expect(err[0]).toMatch(/missing\.txt: cannot read \(no such file\)/);
    expect(err[1]).toMatch(/empty\.txt: empty file/);
    expect(err[2]).toMatch(/binary\.txt: not a text document/);
    expect(err[3]).toMatch(/data\.json: unsupported file type/);
    for (const line of err) expect(line).not.toContain('\n');
    const reports = JSON.parse(out);
    expect(reports).toHaveLength(1);
    expect(reports[0].source).toMatch(/frostmoln-dpa\.txt$/);
  });

  test('reads a PDF (37signals DPA, CC BY 4.0)', async () => {
    const { code, out } = await run('--json', join(__dirname, 'fixtures', 'pdf', '37signals-dpa.pdf'));
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.docType).toBe('dpa');
    expect(r.terms.governingLaw.country).toBe('Ireland');
  });

  test('--preset and --baseline change the deviations', async () => {
    const strict = JSON.parse((await run('--json', '--preset', 'lenient', seed('connectel-dpa.txt'))).out);
    expect(strict.baseline).toBe('Lenient');
    expect(strict.deviations.map((d: { rule: string }) => d.rule)).not.toContain('breach-notice-max-hours');

    const mine = cloneBaseline(DEFAULT_BASELINE);
    mine.id = 'team';
    mine.name = 'Team playbook';
    mine.rules['breach-notice-max-hours'].maxHours = 96;
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    writeFileSync(join(dir, 'team.json'), serializeBaseline(mine));
    const r = JSON.parse((await run('--json', '--baseline', join(dir, 'team.json'), seed('connectel-dpa.txt'))).out);
    expect(r.baseline).toBe('Team playbook');
    expect(r.deviations.map((d: { rule: string }) => d.rule)).not.toContain('breach-notice-max-hours');
  });

  test('a malformed baseline file is refused with what is wrong and where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: 'x', rules: { 'breach-notice-max-hours': { maxHours: -5 } } }));
    const { code, err } = await run('--baseline', join(dir, 'bad.json'), seed('connectel-dpa.txt'));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/rules\.breach-notice-max-hours\.maxHours/);
  });

  test('unknown preset and no files are usage errors', async () => {
    expect((await run('--preset', 'nope', seed('connectel-dpa.txt'))).code).toBe(2);
    expect((await run()).err[0]).toMatch(/usage/);
  });
});

describe('batches: folders, globs, jobs, progress, exit status', () => {
  test('a folder is walked for documents, in name order; one report per file in an array', async () => {
    const { code, out } = await run('--json', join(__dirname, 'fixtures', 'seeds'));
    expect(code).toBe(0);
    const reports = JSON.parse(out);
    expect(reports.map((r: { source: string }) => r.source.split('/').pop())).toEqual(SEEDS);
  });

  test('a glob is expanded by the CLI (npm passes it quoted); ** reaches subfolders; no match is an error', async () => {
    const rel = relative(process.cwd(), join(__dirname, 'fixtures'));
    const txt = JSON.parse((await run('--json', `${rel}/seeds/*-dpa.txt`)).out);
    expect(txt).toHaveLength(4);
    const deep = JSON.parse((await run('--json', `${rel}/corpus/**/github-{dpa,privacy-statement}.md`)).out);
    expect(deep.map((r: { docType: string }) => r.docType).sort()).toEqual(['dpa', 'privacy-policy']);
    const none = await run('--json', `${rel}/seeds/*.nothing`);
    expect(none.code).toBe(1);
    expect(none.err[0]).toMatch(/no documents found/);
  });

  test('JSON is compact when piped and indented with --pretty or on a terminal', async () => {
    const piped = (await run('--json', seed('frostmoln-dpa.txt'))).out;
    expect(piped.split('\n')).toHaveLength(1);
    const pretty = (await run('--json', '--pretty', seed('frostmoln-dpa.txt'))).out;
    expect(pretty).toContain('\n  "docType": "dpa"');
    const terminal = (await runTty({ stdout: true, stderr: false }, '--json', seed('frostmoln-dpa.txt'))).out;
    expect(terminal).toBe(pretty);
    // Indented, it is the engine's report as it is; piped, the same report with the clauses' reasons in one table.
    const report = await analyzeFile(seed('frostmoln-dpa.txt'), DEFAULT_BASELINE);
    expect(pretty).toBe(JSON.stringify(report, null, 2));
    expect(JSON.stringify(expandReport(JSON.parse(piped)))).toBe(JSON.stringify(report));
    // An array printed a report at a time is still one JSON value, pretty or not.
    const many = (await run('--json', '--pretty', seed('frostmoln-dpa.txt'), seed('infrasec-privacy-policy.txt'))).out;
    expect(JSON.parse(many)).toHaveLength(2);
  });

  test.each(SEEDS)('piped JSON of %s: each reason once per report, read back to the very report (contract fields untouched)', async (name) => {
    const report = await analyzeFile(seed(name), DEFAULT_BASELINE);
    const compact = compactReport(report);
    expect(JSON.stringify(expandReport(JSON.parse(JSON.stringify(compact))))).toBe(JSON.stringify(report));
    expect(compact.clauses.map(({ categories, start, end, heading, text }) => ({ categories, start, end, heading, text }))).toEqual(
      report.clauses.map(({ categories, start, end, heading, text }) => ({ categories, start, end, heading, text })),
    );
    expect(compact.terms).toEqual(report.terms);
    expect(compact.deviations).toEqual(report.deviations);
    // Every reason repeated in the engine's report is written once.
    const repeated = report.clauses.flatMap((c) => c.why.map((w) => w.reason)).length;
    const written = Object.keys(compact.reasons).length + compact.clauses.flatMap((c) => c.why).filter((w) => typeof w !== 'string').length;
    if (report.clauses.length > 5) expect(written).toBeLessThan(repeated);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(report).length);
  });

  test('a long batch shows a progress line on a terminal and nothing when stderr is piped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    for (let i = 0; i < 10; i++) copyFileSync(seed('frostmoln-dpa.txt'), join(dir, `v${String(i).padStart(2, '0')}.txt`));
    const written: string[] = [];
    const shown = await runTty({ stdout: false, stderr: true, write: (s) => written.push(s) }, '--json', dir);
    expect(shown.code).toBe(0);
    expect(written.join('')).toMatch(/\[10\/10\] .*v09\.txt/);
    expect(written[written.length - 1]).toBe('\r\x1b[K');
    const quiet: string[] = [];
    await runTty({ stdout: false, stderr: false, write: (s) => quiet.push(s) }, '--json', dir);
    expect(quiet).toEqual([]);
  });

  test('exit status: 0 analyzed, 3 with --fail-on-deviation when a document deviates, 1 when a file fails (it wins)', async () => {
    expect((await run('--json', seed('connectel-dpa.txt'))).code).toBe(0);
    expect((await run('--json', '--fail-on-deviation', seed('connectel-dpa.txt'))).code).toBe(3);
    expect((await run('--json', '--fail-on-deviation', '--preset', 'lenient', seed('infrasec-privacy-policy.txt'))).code).toBe(0);
    expect((await run('--json', '--fail-on-deviation', seed('connectel-dpa.txt'), join(tmpdir(), 'no-such-file.txt'))).code).toBe(1);
    expect((await run('--jobs', '0', seed('connectel-dpa.txt'))).code).toBe(2);
  });
});

describe('the bundled command (bin/clauselens.mjs)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'pipe' });
  });

  const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'clauselens.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });

  test('prints the same report as the engine in-process, compact when piped', async () => {
    const r = cli('--json', 'test/fixtures/seeds/connectel-dpa.txt');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse((await run('--json', 'test/fixtures/seeds/connectel-dpa.txt')).out));
  });

  test('waits for another launch that is rebuilding the bundle, then uses what it built', async () => {
    const lock = join(root, 'dist', 'cli', '.building');
    mkdirSync(lock, { recursive: true });
    const started = Date.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'clauselens.mjs'), '--json', 'test/fixtures/seeds/connectel-dpa.txt'], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    await new Promise((r) => setTimeout(r, 700));
    rmSync(lock, { recursive: true, force: true });
    expect(await done).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(JSON.parse(out).docType).toBe('dpa');
  });

  test('takes over a lock left by a build that died', () => {
    const lock = join(root, 'dist', 'cli', '.building');
    mkdirSync(lock, { recursive: true });
    const old = new Date(Date.now() - 600_000);
    utimesSync(lock, old, old);
    const r = cli('--json', 'test/fixtures/seeds/connectel-dpa.txt');
    expect(r.status).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  test('--jobs 2 runs worker threads and keeps the input order', () => {
    const one = cli('--json', 'test/fixtures/seeds');
    const two = cli('--json', '--jobs', '2', 'test/fixtures/seeds', 'test/fixtures/corpus/dpa');
    expect(two.status).toBe(0);
    const reports = JSON.parse(two.stdout);
    const dpas = readdirSync(join(__dirname, 'fixtures', 'corpus', 'dpa')).filter((f) => DOCUMENT_FILE.test(f)).sort();
    expect(reports.map((r: { source: string }) => r.source.split('/').pop())).toEqual([...SEEDS, ...dpas]);
    expect(reports.slice(0, 5)).toEqual(JSON.parse(one.stdout));
    // Two CLI runs over every DPA of the corpus: seconds alone, more on a loaded machine.
  }, 90_000);

  const bundleFile = join(root, 'dist', 'cli', 'clauselens.cjs');
  const bundle = (): string => readFileSync(bundleFile, 'utf8');
  /** How many times a run of the launcher constructed `Intl.PluralRules` (the words for people do, on load). */
  const pluralRulesMade = (...args: string[]): { status: number | null; stdout: string; made: number } => {
    const count = `data:text/javascript,${encodeURIComponent('let n = 0; const P = Intl.PluralRules; Intl.PluralRules = new Proxy(P, { construct(t, a) { n++; return new t(...a); } }); process.on("exit", () => process.stderr.write(`\nPLURAL_RULES ${n}\n`));')}`;
    const r = spawnSync(process.execPath, ['--import', count, join(root, 'bin', 'clauselens.mjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    return { status: r.status, stdout: r.stdout, made: Number(/PLURAL_RULES (\d+)/.exec(r.stderr)?.[1] ?? NaN) };
  };

  test('compromise is loaded on its first call, not at start-up (not required at the top, not inlined in the bundle)', () => {
    expect(bundle()).not.toMatch(/^(?:var|const|let)[^;\n]*require\("compromise"\)/m);
    expect(bundle()).not.toContain('compromise-three');
    expect(bundle()).not.toContain('expandLexicon');
    expect(bundle()).toContain('nlp ??= require(loader)()');
  });

  test("the bundle's code cache is accepted under the flags the launcher sets, and the bundle runs without it", () => {
    const flags = [...readFileSync(join(root, 'bin', 'clauselens.mjs'), 'utf8').matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1]);
    const loader = pathToFileURL(join(root, 'bin', 'bundle.mjs')).href;
    const probe = (set: string[], cache: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `for (const f of ${JSON.stringify(set)}) (await import('node:v8')).setFlagsFromString(f); const { loadBundle } = await import(${JSON.stringify(loader)}); const b = loadBundle(${JSON.stringify(bundleFile)}, ${JSON.stringify(cache)}); process.stdout.write(String(b.cacheUsed) + ' ' + typeof b.exports.main);`], { encoding: 'utf8' });
    const cache = join(root, 'dist', 'cli', 'clauselens.cache');
    expect(probe(flags, cache)).toBe('true function');
    expect(probe([], cache)).toBe('false function');
    expect(probe(flags, join(tmpdir(), 'no-such-cache'))).toBe('false function');
  });

  test('the prebuilt compromise (dist/cli/compromise.cjs) holds the model stock compromise builds on load', async () => {
    const { sameModel } = (await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href)) as { sameModel: (a: unknown, b: unknown) => string | null };
    const load = createRequire(join(root, 'package.json'));
    const stock = load('compromise');
    const prebuilt = load(join(root, 'dist', 'cli', 'compromise.cjs'));
    expect(prebuilt).not.toBe(stock);
    expect(sameModel(prebuilt.world().model, stock.world().model)).toBeNull();
    // and the check can fail: one word's tag changed.
    const changed = structuredClone(stock.world().model);
    changed.one.lexicon.shall = 'Noun';
    expect(sameModel(prebuilt.world().model, changed)).toBe('model.one.lexicon.shall');
    // The code that unpacks and expands the lexicon on load is not in it: its result is.
    expect(readFileSync(join(root, 'dist', 'cli', 'compromise.cjs'), 'utf8')).not.toMatch(/preTagger\/model\/(?:_expand|lexicon)\//);
  });

  test('a rebuild for the engine\'s sources leaves the prebuilt compromise as it is; a changed stamp makes it again', () => {
    const file = join(root, 'dist', 'cli', 'compromise.cjs');
    const stamp = join(root, 'dist', 'cli', 'compromise.stamp');
    const built = statSync(file).mtimeMs;
    const rebuild = () => execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'pipe' });
    rebuild();
    expect(statSync(file).mtimeMs).toBe(built);
    writeFileSync(stamp, '{"compromise":"an older version"}');
    rebuild();
    expect(statSync(file).mtimeMs).toBeGreaterThan(built);
    expect(readFileSync(stamp, 'utf8')).toContain(process.version);
  });

  test("compromise's code cache is accepted under the flags the launcher sets (else it is compiled again, slower)", () => {
    const flags = [...readFileSync(join(root, 'bin', 'clauselens.mjs'), 'utf8').matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1]);
    expect(flags.length).toBeGreaterThan(0);
    const loader = join(root, 'dist', 'cli', 'compromise-loader.cjs');
    const probe = (set: string[]) =>
      execFileSync(process.execPath, ['-e', `for (const f of ${JSON.stringify(set)}) require('node:v8').setFlagsFromString(f); const load = require(${JSON.stringify(loader)}); load()('We shall notify you.').verbs(); process.stdout.write(String(load.cacheUsed));`], { encoding: 'utf8' });
    expect(probe(flags)).toBe('true');
    expect(probe([])).toBe('false');
  });

  test('the words for people (three languages\' catalogues) are initialized only for a command that prints them, not for --json', () => {
    expect(bundle()).toContain('new Intl.PluralRules(');
    const json = pluralRulesMade('--json', 'test/fixtures/seeds/connectel-dpa.txt');
    expect(json.status).toBe(0);
    expect(json.made).toBe(0);
    const words = pluralRulesMade('test/fixtures/seeds/connectel-dpa.txt');
    expect(words.status).toBe(0);
    expect(words.stdout).toContain('Key terms');
    expect(words.made).toBeGreaterThan(0);
  });

  test('pdfjs-dist is loaded only for a PDF (imported on demand through dist/cli/import.cjs), and a PDF still reads', () => {
    expect(bundle()).not.toMatch(/require\("pdfjs-dist/);
    expect(bundle()).toMatch(/await __importEsm\("pdfjs-dist\//);
    expect(bundle()).not.toMatch(/\bimport\(/);
    const r = cli('--json', 'test/fixtures/pdf/37signals-dpa.pdf');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).terms.governingLaw.country).toBe('Ireland');
  });

  test('a source newer than the bundle is rebuilt before running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-bin-'));
    // A copy of the launcher and build script with a bundle made from a stale inputs list.
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    copyFileSync(join(root, 'bin', 'clauselens.mjs'), join(dir, 'bin', 'clauselens.mjs'));
    copyFileSync(join(root, 'bin', 'bundle.mjs'), join(dir, 'bin', 'bundle.mjs'));
    writeFileSync(join(dir, 'src.txt'), 'newer than the bundle');
    writeFileSync(join(dir, 'dist', 'cli', 'clauselens.cjs'), 'exports.main = async () => 7;');
    writeFileSync(join(dir, 'dist', 'cli', 'inputs.json'), JSON.stringify(['src.txt']));
    const past = new Date(Date.now() - 60_000);
    for (const f of ['clauselens.cjs', 'inputs.json']) spawnSync('touch', ['-d', past.toISOString(), join(dir, 'dist', 'cli', f)]);
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'build-cli.mjs'), `import { writeFileSync } from 'node:fs';\nexport async function buildCli() { writeFileSync(new URL('../dist/cli/clauselens.cjs', import.meta.url), 'exports.main = async () => 5;'); }\n`);
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'clauselens.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(5);
    // Now fresh: run as is.
    writeFileSync(join(dir, 'scripts', 'build-cli.mjs'), 'export async function buildCli() { throw new Error("must not rebuild"); }\n');
    expect(spawnSync(process.execPath, [join(dir, 'bin', 'clauselens.mjs')], { encoding: 'utf8' }).status).toBe(5);
  });

  test('npm run -s analyze -- --json FILE prints one JSON report (the scorers\' command)', () => {
    const r = spawnSync('npm', ['run', '-s', 'analyze', '--', '--json', 'test/fixtures/seeds/frostmoln-dpa.txt'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: 1, docType: 'dpa' });
  });
});

describe('--compare and --table', () => {
  const versions = (dir: string, f: string) => join(__dirname, 'fixtures', 'versions', dir, f);

  test('--compare --json: term changes as dotted paths, deviations by rule id, clause counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    const old = readFileSync(seed('connectel-dpa.txt'), 'utf8');
    writeFileSync(join(dir, 'v1.txt'), old);
    writeFileSync(join(dir, 'v2.txt'), old.replace('no later than seventy-two (72) hours', 'no later than forty-eight (48) hours'));
    const { code, out } = await run('--compare', '--json', join(dir, 'v1.txt'), join(dir, 'v2.txt'));
    expect(code).toBe(0);
    const c = JSON.parse(out);
    expect(c.terms).toEqual([expect.objectContaining({ term: 'breachNotice.maxHours', before: 72, after: 48 })]);
    expect(c.deviations).toMatchObject({ added: [], removed: ['breach-notice-max-hours'] });
    expect(c.clauses).toMatchObject({ added: 0, removed: 0, changed: 1, moved: 0 });
    expect(c.clauses.changes[0]).toMatchObject({ kind: 'changed', wordsAdded: ['forty-eight', '48'] });
    expect(c.statedDate).toEqual({ before: '2026-01-29', after: '2026-01-29' });
  });

  test('--compare on published versions prints what changed, in words', async () => {
    const { code, out } = await run('--compare', versions('github-privacy-statement', '2022-12-15.md'), versions('github-privacy-statement', '2023-10-10.md'));
    expect(code).toBe(0);
    expect(out).toMatch(/Transfer safeguards: SCCs → .*DPF/);
    expect(out).toMatch(/stated date: 2022-12-15 → 2023-10-10/);
    expect(out).toMatch(/Sections added: Data Privacy Framework \(DPF\); Government Enforcement/);
    expect(out).toMatch(/~ changed: Effective date: \[-December 15-\]\{\+October 10\+\}, \[-2022-\]\{\+2023\+\}/);
  });

  test('--compare reads a version that alone would not pass as a DPA as the other version\'s type', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    // The first version is only the breach clause: on its own it is not recognised as a DPA.
    const clause = readFileSync(seed('connectel-dpa.txt'), 'utf8').split('\n').find((l) => l.startsWith('(x) in the event'))!;
    writeFileSync(join(dir, 'old.txt'), `${clause}\n`);
    expect(JSON.parse((await run('--json', join(dir, 'old.txt'))).out).docType).toBe('other');
    const c = JSON.parse((await run('--compare', '--json', join(dir, 'old.txt'), seed('connectel-dpa.txt'))).out);
    expect(c.docType).toEqual({ before: 'other', after: 'dpa' });
    // Its 72-hour breach notice is read, so the breach notice is not reported as a change.
    expect(c.terms.map((t: { term: string }) => t.term)).not.toContain('breachNotice.maxHours');
    expect(c.terms.map((t: { term: string }) => t.term)).toContain('subprocessors.noticeDays');
    expect(c.deviations.added).not.toContain('breach-notice-max-hours');
    expect(c.deviations.removed).not.toContain('breach-notice-max-hours');
  });

  test('--compare needs two readable files', async () => {
    expect((await run('--compare', seed('connectel-dpa.txt'))).code).toBe(2);
    const missing = await run('--compare', seed('connectel-dpa.txt'), join(tmpdir(), 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/nope\.txt: cannot read/);
  });

  test('--table: one row per document with vendor, type, key terms and deviation count', async () => {
    const { code, out } = await run('--table', join(__dirname, 'fixtures', 'seeds'));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Vendor\s+Type\s+Breach notice/);
    expect(lines).toHaveLength(2 + SEEDS.length);
    expect(out).toMatch(/Connectel AB\s+Data processing agreement\s+72 hours/);
  });

  test('--table --csv quotes every cell and defuses formulas from the documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-'));
    // No title and no company in the text: the vendor is the file's name, a formula.
    writeFileSync(join(dir, '=HYPERLINK("http:evil").txt'), 'We store your data.\n');
    const { code, out } = await run('--table', '--csv', dir, seed('connectel-dpa.txt'));
    expect(code).toBe(0);
    const rows = out.split('\r\n');
    expect(rows[0]).toBe('"Vendor","Type","Date read","Breach notice","Sub-processors","Deletion","Retention","Transfers","Audit","Liability","Governing law","Response to data subjects","Deviations","Source"');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(out).not.toMatch(/(?:^|,)"[=+@-]/m);
    expect(rows[1]).toMatch(/^"'=HYPERLINK\(""http:evil""\)",/);
    expect(rows[2]).toMatch(/^"Connectel AB","Data processing agreement","","72 hours/);
  });
});
