// Warming the engine (the service worker does it at start) compiles and JITs; it changes no report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { clearNlpCache } from '../../lib/engine/terms/obligations';
import { warmUp } from '../../lib/engine/warm';

const seeds = ['frostmoln-dpa.txt', 'connectel-dpa.txt', 'infrasec-privacy-policy.txt'];

test.each(seeds)('%s reads the same before and after warmUp()', (name) => {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', name), 'utf8');
  clearNlpCache();
  const cold = JSON.stringify(analyze({ text, title: null, hints: null }));
  clearNlpCache();
  warmUp();
  warmUp();
  expect(JSON.stringify(analyze({ text, title: null, hints: null }))).toBe(cold);
});
