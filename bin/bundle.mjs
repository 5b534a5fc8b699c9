/**
 * Runs the bundled command line (dist/cli/clauselens.cjs) compiled from V8's code cache (dist/cli/clauselens.cache)
 * when the cache matches: the bundle's functions that a run needs come compiled instead of being parsed and compiled
 * on each start. An ES module cannot be given a code cache in Node 20, a script can: the bundle is CommonJS, run the
 * way Node runs a CommonJS module. Without the cache, or with one V8 rejects (another Node, other flags, another
 * bundle), it is compiled as usual: slower, not wrong. scripts/build-cli.mjs makes the cache with this same function.
 * A script run this way has no module loader for import() (Node 20 drops it for a script compiled from a cache): the
 * bundle imports ES modules (pdf.js) through dist/cli/import.cjs, an ordinary CommonJS module.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The bundle's exports, whether its cache was used, and a way to write the cache of what has been compiled so far. */
export function loadBundle(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
  });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
  return {
    exports: mod.exports,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
