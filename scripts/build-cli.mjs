/**
 * Bundles the command line (scripts/analyze.ts and the engine) into one plain-JavaScript file,
 * dist/cli/clauselens.cjs, so `clauselens` starts in Node without a TypeScript loader, and makes V8's code cache for
 * it (dist/cli/clauselens.cache) after a few runs, so a cold start gets the functions a run needs compiled (the
 * launcher runs it through bin/bundle.mjs). The bundle is CommonJS because Node 20 can give a script a code cache and
 * not an ES module. What only some commands need (pdf.js's wrapper, the words for people, the comparison) is in it but
 * initialized by the dynamic import that asks for it; pdfjs-dist stays outside and is imported only when a PDF is given.
 * Runs on install (postinstall) and whenever bin/clauselens.mjs finds the bundle older than its sources.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist', 'cli', 'clauselens.cjs');
export const OUT_CACHE = join(root, 'dist', 'cli', 'clauselens.cache');
export const META = join(root, 'dist', 'cli', 'inputs.json');
/** The tagging patterns' literals (scripts/analyze.ts reads them beside the bundle, so a short file compiles only the patterns its words allow). */
export const LITERALS = join(root, 'dist', 'cli', 'literals.json');
/** The bundle's import() of an ES module (pdf.js), made in a real CommonJS module: bin/bundle.mjs runs the bundle as a script. */
const IMPORTER = join(root, 'dist', 'cli', 'import.cjs');

/**
 * compromise builds its lexicon when it is loaded: it unpacks and conjugates some 24 K words, merges them into its
 * model word by word and derives its tag graph, ~150 ms of a cold start (more on a loaded machine), every time, to
 * reach the same data. The engine calls it only on candidate clauses, and a file with none never needs it. So the CLI
 * bundle gets (1) a stand-in for the engine's `import nlp from 'compromise'` that requires the real one on its first
 * call, and (2) as that real one, dist/cli/compromise.cjs: compromise's own code with the model it builds on load
 * stored as data (one JSON.parse, ~15 ms), checked equal to the stock model at build time. (3) It is loaded through
 * dist/cli/compromise-loader.cjs with V8's code cache for it (compromise.cache, made at build time after a few
 * sentences, so the functions a parse needs come compiled): ~30 ms less on a cold run's first sentences.
 */
export const NLP = join(root, 'dist', 'cli', 'compromise.cjs');
export const NLP_LOADER = join(root, 'dist', 'cli', 'compromise-loader.cjs');
const NLP_CACHE = join(root, 'dist', 'cli', 'compromise.cache');
/**
 * V8 accepts a code cache only under the flags it was made with: the launcher's (bin/clauselens.mjs sets them before
 * anything loads). A cache made under other flags is rejected and compromise is compiled as usual: slower, not wrong.
 */
export const LAUNCHER_FLAGS = ['--no-regexp-tier-up'];
const LOADER = `'use strict';
// Built by scripts/build-cli.mjs — do not edit. Runs compromise.cjs, compiled from V8's code cache when it matches.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const file = join(__dirname, 'compromise.cjs');
const cacheFile = join(__dirname, 'compromise.cache');
let script;
function load() {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  script = new Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData });
  load.cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod, file, __dirname);
  return mod.exports;
}
load.cacheUsed = false;
/** Writes the code cache (the build calls it after a few sentences, so what they compiled is in it). */
load.saveCache = () => writeFileSync(cacheFile, script.createCachedData());
module.exports = load;
`;
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, () => ({ path: 'compromise', namespace: 'lazy-compromise' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      contents: [
        "import { join } from 'node:path';",
        'let nlp;',
        // The bundle runs as a CommonJS module of dist/cli/ (bin/bundle.mjs, or a worker thread), beside the loader.
        "const loader = join(__dirname, 'compromise-loader.cjs');",
        'export default function lazyNlp(...args) {',
        '  nlp ??= require(loader)();',
        '  return nlp(...args);',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * The model stock compromise builds on load, as JSON plus the few values JSON cannot hold (undefined, regular
 * expressions, an object reached by two paths), each put back at its path so key order and identity stay as built.
 */
function encodeModel(model) {
  const fixups = [];
  const seen = new Map();
  const enc = (v, path) => {
    if (v === undefined) return fixups.push(['undefined', path]), null;
    if (v instanceof RegExp) {
      if (v.lastIndex) throw new Error(`compromise model: a used regex at ${path.join('.')}`);
      return fixups.push(['regexp', path, v.source, v.flags]), null;
    }
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) throw new Error(`compromise model: ${v} at ${path.join('.')}`);
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v !== 'object') throw new Error(`compromise model: a ${typeof v} at ${path.join('.')}`);
    if (seen.has(v)) return fixups.push(['same', path, seen.get(v)]), null;
    seen.set(v, path);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (!(i in v)) throw new Error(`compromise model: a hole at ${path.join('.')}`);
      return v.map((x, i) => enc(x, [...path, i]));
    }
    if (Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length) throw new Error(`compromise model: not a plain object at ${path.join('.')}`);
    const out = {};
    for (const k of Object.keys(v)) out[k] = enc(v[k], [...path, k]);
    return out;
  };
  return { json: JSON.stringify(enc(model, [])), fixups };
}

/**
 * Where two models differ as data (values, key order, regexes, which objects are shared), or null. (V8's serializer
 * is no judge: it writes a string's one- or two-byte representation, which JSON.parse may choose differently.)
 */
export function sameModel(a, b, path = 'model', seen = new Map()) {
  if (typeof a !== typeof b) return path;
  if (a instanceof RegExp || b instanceof RegExp) return a instanceof RegExp && b instanceof RegExp && a.source === b.source && a.flags === b.flags ? null : path;
  if (a === null || b === null || typeof a !== 'object') return Object.is(a, b) ? null : path;
  if (seen.has(a)) return seen.get(a) === b ? null : `${path} (sharing)`;
  seen.set(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return path;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path} (keys)`;
  for (const k of ka) {
    const d = sameModel(a[k], b[k], `${path}.${String(k)}`, seen);
    if (d) return d;
  }
  return null;
}

/** Edits a compromise source file, failing the build when the text it expects is gone (a new compromise version). */
function edit(src, file, from, to) {
  if (!from.test(src)) throw new Error(`build-cli: ${file} no longer has ${from}; check compromise's loading before updating the prebuilt model`);
  return src.replace(from, to);
}

/** Writes dist/cli/compromise.cjs: compromise's code, the model it would build on load given as data. */
async function buildCompromise(build) {
  const require = createRequire(join(root, 'package.json'));
  // What the three files depend on: compromise's version, Node's (V8's code cache), the launcher's flags, this script.
  const stamp = JSON.stringify({
    compromise: JSON.parse(readFileSync(join(dirname(require.resolve('compromise')), '..', '..', 'package.json'), 'utf8')).version,
    node: process.version,
    flags: LAUNCHER_FLAGS,
    script: createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex'),
  });
  const stampFile = join(dirname(NLP), 'compromise.stamp');
  // The engine's sources changing (the launcher's usual reason to rebuild) leaves them as they are.
  if ([NLP, NLP_LOADER, NLP_CACHE].every((f) => existsSync(f)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  rmSync(stampFile, { force: true });
  const stock = require('compromise');
  const { json, fixups } = encodeModel(stock.world().model);
  // Its sources (the ES modules its package exports for `import`), beside the CommonJS build `require` gives.
  const src = join(dirname(require.resolve('compromise')), '..', '..');
  await build({
    stdin: {
      contents: [
        `import nlp from ${JSON.stringify(join(src, 'src', 'three.js'))};`,
        `const fixups = ${JSON.stringify(fixups)};`,
        `const model = JSON.parse(${JSON.stringify(json)});`,
        'const at = (path) => path.reduce((o, k) => o[k], model);',
        'for (const [kind, path, a, b] of fixups) {',
        "  at(path.slice(0, -1))[path[path.length - 1]] = kind === 'undefined' ? undefined : kind === 'regexp' ? new RegExp(a, b) : at(a);",
        '}',
        'const world = nlp.world();',
        'for (const k of Object.keys(world.model)) delete world.model[k];',
        'Object.assign(world.model, model);',
        'module.exports = nlp;',
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    outfile: NLP,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    banner: { js: '// Built by scripts/build-cli.mjs from compromise (MIT, its code unchanged) with the model it builds on load stored as data — do not edit.' },
    plugins: [
      {
        name: 'compromise-prebuilt-model',
        setup(b) {
          // The module that unpacks, conjugates and expands the lexicon: its result is the data above.
          b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ }, () => ({ contents: 'export default {}', loader: 'js' }));
          // Plugins still add their methods, compute steps, hooks and API; what they add to the model is in the data.
          b.onLoad({ filter: /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/ }, (args) => {
            let s = readFileSync(args.path, 'utf8');
            s = edit(s, 'extend.js', /\n {2}if \(plugin\.model\) \{\n {4}mergeDeep\(model, plugin\.model\)\n {2}\}\n {2}if \(plugin\.irregulars\) \{\n {4}addIrregulars\(model, plugin\.irregulars\)\n {2}\}/, '');
            s = edit(s, 'extend.js', /\n {2}if \(plugin\.tags\) \{\n {4}nlp\.addTags\(plugin\.tags\)\n {2}\}\n {2}if \(plugin\.words\) \{\n {4}nlp\.addWords\(plugin\.words\)\n {2}\}\n {2}if \(plugin\.frozen\) \{\n {4}nlp\.addWords\(plugin\.frozen, true\)\n {2}\}/, '');
            return { contents: s, loader: 'js' };
          });
        },
      },
    ],
  });
  // Loaded fresh, it must hold the stock model exactly, and expose the same API.
  const fast = createRequire(import.meta.url)(NLP);
  const diff = sameModel(stock.world().model, fast.world().model);
  if (diff) throw new Error(`build-cli: the prebuilt compromise model differs from the stock one at ${diff}`);
  const api = (nlp) => JSON.stringify([Object.keys(nlp), nlp.world().hooks, Object.keys(nlp.world().compute)]);
  if (api(stock) !== api(fast)) throw new Error('build-cli: the prebuilt compromise lacks part of the stock API');
  for (const s of ['The Processor shall notify the Controller without undue delay.', 'Customer will be notified by Processor.']) {
    // Term ids hold a random part: everything else must match.
    const read = (nlp) => JSON.stringify([nlp(s).verbs().json({ offset: true }), nlp(s).verbs().subjects().text()]).replace(/"id":"[^"]*"/g, '');
    if (read(stock) !== read(fast)) throw new Error(`build-cli: the prebuilt compromise reads "${s}" differently`);
  }
  writeFileSync(NLP_LOADER, LOADER);
  rmSync(NLP_CACHE, { force: true });
  // The cache is made in a process started with the launcher's flags, after the kind of sentences the engine sends.
  const warm = [
    'The Processor shall notify the Controller without undue delay and in any event within 48 hours after becoming aware of a Personal Data Breach.',
    'Upon termination, the Processor shall delete all personal data within 30 days, unless retention is required by law; backups are kept for up to 90 days.',
    'The Controller may object within fourteen (14) days, and the Processor will not engage a new sub-processor until the objection is resolved.',
  ];
  const script = `const load = require(${JSON.stringify(NLP_LOADER)}); const nlp = load(); for (const s of ${JSON.stringify(warm)}) { const v = nlp(s).verbs(); v.json({ offset: true }); v.subjects().text(); } load.saveCache();`;
  execFileSync(process.execPath, [...LAUNCHER_FLAGS, '-e', script], { stdio: 'inherit' });
  writeFileSync(stampFile, stamp);
}

/** Sample inputs for the code cache: a one-line file and the seed documents (a DPA's and a policy's whole path). */
function warmInputs(dir) {
  const oneLine = join(dir, 'one-line.txt');
  writeFileSync(oneLine, 'We process personal data as described in our privacy policy.\n');
  const seeds = join(root, 'test', 'fixtures', 'seeds');
  return [oneLine, ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)) : [])];
}

/** Writes dist/cli/literals.json: the literals of the bundle's own tagging patterns, read by the bundle's own code. */
function buildLiterals() {
  rmSync(LITERALS, { force: true });
  const script = [
    `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(join(root, 'bin', 'bundle.mjs')).href)});`,
    `const { writeFileSync } = await import('node:fs');`,
    `const b = loadBundle(${JSON.stringify(OUT)}, ${JSON.stringify(join(dirname(OUT), 'no-cache'))});`,
    `writeFileSync(${JSON.stringify(LITERALS)}, JSON.stringify(b.exports.tagLiteralTable()));`,
  ].join('\n');
  execFileSync(process.execPath, [...LAUNCHER_FLAGS, '--input-type=module', '-e', script], { stdio: 'inherit' });
}

/** Writes dist/cli/clauselens.cache in a process started with the launcher's flags, after it has analyzed the samples. */
function buildBundleCache() {
  rmSync(OUT_CACHE, { force: true });
  const dir = mkdtempSync(join(tmpdir(), 'clauselens-cache-'));
  try {
    const script = [
      `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(join(root, 'bin', 'bundle.mjs')).href)});`,
      `const b = loadBundle(${JSON.stringify(OUT)}, ${JSON.stringify(OUT_CACHE)});`,
      `for (const f of ${JSON.stringify(warmInputs(dir))}) await b.exports.main(['--json', f], () => {}, () => {});`,
      'b.saveCache();',
    ].join('\n');
    execFileSync(process.execPath, [...LAUNCHER_FLAGS, '--input-type=module', '-e', script], { stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const t0 = Date.now();
  // What earlier builds left (an ES-module bundle split in chunks).
  rmSync(join(dirname(OUT), 'chunks'), { recursive: true, force: true });
  rmSync(join(dirname(OUT), 'clauselens.mjs'), { force: true });
  const result = await build({
    entryPoints: [join(root, 'scripts', 'analyze.ts')],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    // The one use of import.meta (a worker thread runs this same file): the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    plugins: [lazyCompromise],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    banner: {
      js: [
        '// Built by scripts/build-cli.mjs from scripts/analyze.ts and lib/ — do not edit.',
        'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;',
        'var __importEsm = require(require("node:path").join(__dirname, "import.cjs"));',
      ].join('\n'),
    },
  });
  const code = readFileSync(OUT, 'utf8');
  const esm = code.replaceAll('import("pdfjs-dist/', '__importEsm("pdfjs-dist/');
  if (esm === code || /\bimport\(/.test(esm)) throw new Error('build-cli: the bundle should import() pdfjs-dist, and nothing else, through dist/cli/import.cjs');
  writeFileSync(OUT, esm);
  writeFileSync(IMPORTER, "'use strict';\n// Built by scripts/build-cli.mjs — do not edit.\nmodule.exports = (specifier) => import(specifier);\n");
  await buildCompromise(build);
  buildLiterals();
  buildBundleCache();
  mkdirSync(dirname(META), { recursive: true });
  // The sources the bundle was made from: the launcher rebuilds when any is newer.
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules') && !p.startsWith('lazy-compromise:')).map((p) => relative(root, join(process.cwd(), p)));
  writeFileSync(META, JSON.stringify(inputs));
  if (!quiet) console.error(`clauselens: bundled ${inputs.length} sources into ${relative(root, OUT)} (and its code cache) in ${Date.now() - t0} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
