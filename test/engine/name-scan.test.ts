// The party-name token scans (lib/engine/terms/name-scan.ts) against the regular expressions they replaced:
// the same matches (whole, name, capture, position) on random texts made of the pieces those patterns read,
// and linear time where the regexes took seconds.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACTS_AS_ROLE, PAREN_ALIASES, REFERRED_AS, runsOf, scanDefinitions, scanNames, type Tail } from '../../lib/engine/terms/name-scan';

// The patterns as they were (super-linear on long words: kept here as the specification, run on short texts only).
const NAME_WITH_ALIASES = /((?:[A-Z0-9][\w&.,'-]*\s+){0,5}?[A-Z0-9][\w&.'-]*)\s*,?\s*\(([^()]{2,160})\)/g;
const REFERRED = /((?:[A-Z0-9][\w&.,'-]*\s+){0,5}?[A-Z0-9][\w&.'-]*)\s+(?:shall be|will be|is|are)?\s*(?:hereinafter\s+)?(?:referred to as|called)\s+(?:the\s+)?["“]([^"”]{1,40})["”]/g;
// The role words in any case ("Langfuse is the Processor"): each letter as [xX] (Node 20 has no inline (?i:)).
const anyCase = (w: string) => w.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const ACTS_AS = new RegExp(String.raw`((?:[A-Z0-9][\w&.'-]*\s+){0,4}?[A-Z0-9][\w&.'-]*)\s*,?\s+(?:acts?|acting|is|are|shall act|will act|as)\s+(?:as\s+)?(?:a|an|the)?\s*(` + ['data processor', 'processor', 'sub-processor', 'data controller', 'controller', 'service provider'].map(anyCase).join('|') + String.raw`)\b`, 'g');

const MEANS = /(?:^|\n|\.\s)\s*["“]?([A-Z][\w -]{1,40}?)["”]?\s*:?\s+(?:means|shall mean|refers to)\s+([^.]{0,200})/g;

const CASES: [string, RegExp, number, boolean, Tail][] = [
  ['name with aliases', NAME_WITH_ALIASES, 5, true, PAREN_ALIASES],
  ['referred to as', REFERRED, 5, true, REFERRED_AS],
  ['acts as', ACTS_AS, 4, false, ACTS_AS_ROLE],
];

const PIECES = [
  'Acme', 'AB', 'Svenska', 'Moln', 'Inc.', 'X', '1', 'o', 'ö', "'", '-', '&', '.', ',', ', ', ' ', '  ', '\n', '\u00a0', '\t',
  '(', ')', '("Processor")', '"', '“', '”', 'Processor', 'the', 'the ', 'hereinafter', 'hereinafter ', 'referred to as', 'called',
  'shall be', 'will be', 'is', 'are', 'acts', 'act', 'acting', 'as', 'as ', 'a', 'an', 'processor', 'data processor',
  'sub-processor', 'controller', 'data controller', 'service provider', 'providers', 'shall act', 'will act',
  'means', 'shall mean', 'refers to', ':', '. ', '.', '\n\n', '"Supplier"', 'Supplier', '"', 'Acme Inc', 'x y z',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

const viaRegex = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, 'g'))].map((m) => [m[0], m[1], m[2], m.index]);
const viaScan = (s: string, k: number, comma: boolean, tail: Tail) => scanNames(runsOf(s), k, comma, tail).map((m) => [m[0], m[1], m[2], m.index]);

describe.each(CASES)('%s', (_name, re, k, comma, tail) => {
  test('the same matches as the regex on random texts', () => {
    fc.assert(fc.property(text, (s) => {
        expect(viaScan(s, k, comma, tail)).toEqual(viaRegex(re, s));
      }), { numRuns: 3000 });
  });

  test('documents as written', () => {
    const doc =
      'This DPA is between Svenska Moln AB ("Processor", "Frostmoln") and the Customer, Acme, Inc. ("Controller"). ' +
      'Connectel AB shall be referred to as the "Service Provider". Acme Corp (hereinafter referred to as "Customer"). ' +
      'Frostmoln acts as a processor. The Customer, as controller, instructs. Big Data Co is the data processor.';
    expect(viaScan(doc, k, comma, tail)).toEqual(viaRegex(re, doc));
    expect(viaScan(doc, k, comma, tail).length).toBeGreaterThan(0);
  });

  test('linear on a 200k-character word and on 200k spaces (the regex took seconds at 50k)', () => {
    for (const s of ['A'.repeat(200_000), `A${' '.repeat(200_000)}(x`, 'A, '.repeat(70_000), 'Ab '.repeat(70_000)]) {
      const t0 = performance.now();
      scanNames(runsOf(s), k, comma, tail);
      expect(performance.now() - t0).toBeLessThan(2_000);
    }
  });
});

describe('definitions ("Supplier" means ...)', () => {
  const viaDefs = (s: string) => scanDefinitions(runsOf(s)).map((m) => [m[0], m[1], m[2], m.index]);
  test('the same matches as the regex on random texts', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(viaDefs(s)).toEqual(viaRegex(MEANS, s));
      }),
      { numRuns: 5000 },
    );
    const doc = '"Supplier" means Acme Inc.\n\nCustomer: means the party. \n "Processor" shall mean the Supplier. Data refers to data';
    expect(viaDefs(doc)).toEqual(viaRegex(MEANS, doc));
    expect(viaDefs(doc).length).toBe(4);
  });

  test('linear on 200k line breaks and on 200k full stops and spaces (the regex took 17 s at 50k)', () => {
    for (const s of ['\n'.repeat(200_000) + 'x', '. '.repeat(100_000), '\nA' + ' '.repeat(100_000)]) {
      const t0 = performance.now();
      scanDefinitions(runsOf(s));
      expect(performance.now() - t0).toBeLessThan(2_000);
    }
  });
});
