/**
 * Bundles the command line (scripts/analyze.ts and the engine) into one plain-JavaScript file,
 * dist/cli/clauselens.mjs (and its chunks in dist/cli/chunks/), so `clauselens` starts in Node without a TypeScript
 * loader. pdfjs-dist stays outside the bundle and is imported only when a PDF is given.
 * Runs on install (postinstall) and whenever bin/clauselens.mjs finds the bundle older than its sources.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(root, 'dist', 'cli', 'clauselens.mjs');
export const META = join(root, 'dist', 'cli', 'inputs.json');

/**
 * compromise builds its lexicon when it is loaded (~100 ms of a cold start); the engine calls it
 * only on candidate clauses, and a file with none never needs it. In the CLI bundle the engine's
 * `import nlp from 'compromise'` gets a stand-in that requires the real one on its first call.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.namespace === 'lazy-compromise' ? { path: 'compromise', external: true } : { path: 'compromise', namespace: 'lazy-compromise' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let nlp;',
        'export default function lazyNlp(...args) {',
        "  nlp ??= createRequire(import.meta.url)('compromise');",
        '  return nlp(...args);',
        '}',
      ].join('\n'),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const t0 = Date.now();
  rmSync(join(dirname(OUT), 'chunks'), { recursive: true, force: true });
  const result = await build({
    entryPoints: { clauselens: join(root, 'scripts', 'analyze.ts') },
    outdir: dirname(OUT),
    // What only some commands need (pdf.js's wrapper, the words for people, the comparison) is a chunk of its own,
    // loaded by the dynamic import that asks for it: `--json` on a text file parses none of it.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'compromise'],
    plugins: [lazyCompromise],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    banner: { js: '// Built by scripts/build-cli.mjs from scripts/analyze.ts and lib/ — do not edit.' },
  });
  mkdirSync(dirname(META), { recursive: true });
  // The sources the bundle was made from: the launcher rebuilds when any is newer.
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules') && !p.startsWith('lazy-compromise:')).map((p) => relative(root, join(process.cwd(), p)));
  writeFileSync(META, JSON.stringify(inputs));
  if (!quiet) console.error(`clauselens: bundled ${inputs.length} sources into ${relative(root, OUT)} in ${Date.now() - t0} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
