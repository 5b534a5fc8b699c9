/**
 * The baseline (playbook): the terms a reviewer accepts, as data. One record per rule (rules.ts), the presets
 * (presets.ts), evaluation of a document's terms into deviations (evaluate.ts), baseline files (file.ts) and the
 * countries a governing-law setting may name (countries.ts). This module is the folder's public face.
 * Rule ids and preset values are fixed by spec/baseline.md.
 */
export * from './countries';
export * from './rules';
export * from './presets';
export * from './evaluate';
export * from './file';
