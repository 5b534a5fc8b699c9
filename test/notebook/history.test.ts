// The history model: compact versions of real documents, identical texts adding nothing, and the cap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { versionBlocks } from '../../lib/engine/compare';
import { detectFormat, readInput } from '../../lib/engine/text/input';
import { statedDate } from '../../lib/engine/text/updated';
import {
  compareWithStored,
  emptyHistory,
  enforceCap,
  historySize,
  latestVersion,
  makeVersion,
  packBlocks,
  parseHistory,
  recordVersion,
  unpackBlocks,
  versionSize,
  type History,
} from '../../lib/notebook/history';

const fixtures = join(__dirname, '..', 'fixtures');
const read = (p: string) => readFileSync(join(fixtures, p), 'utf8');

function analyzed(raw: string, path = 'doc.txt') {
  const { report, doc } = analyzeText(readInput(raw, detectFormat(path, raw) ?? 'text'));
  return { report, blocks: versionBlocks(doc), stated: statedDate(doc.text) };
}

const version = async (raw: string, now: number, path?: string) => {
  const a = analyzed(raw, path);
  return makeVersion(a.report, a.blocks, a.stated, now);
};

const connectel = read('seeds/connectel-dpa.txt');
const DAY = 86_400_000;

describe('compact versions', () => {
  test('blocks survive compression exactly, and compress well (150 KB GitHub DPA)', async () => {
    const a = analyzed(read('corpus/dpa/github-dpa.md'), 'x.md');
    const packed = await packBlocks(a.blocks);
    expect(await unpackBlocks(packed)).toEqual(a.blocks);
    const chars = a.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(packed.length).toBeLessThan(chars / 2);
  });

  test('a version keeps terms, deviations, the stated date and no rule traces', async () => {
    const v = await version(connectel, 1000);
    expect(v).toMatchObject({ readAt: 1000, seenAt: 1000, stated: '2026-01-29', docType: 'dpa' });
    expect(v.terms.breachNotice).toMatchObject({ maxHours: 72, why: [] });
    expect(v.deviations.map((d) => d.rule)).toContain('breach-notice-max-hours');
  });

  test('a corrupt stored version is refused, not misread', async () => {
    await expect(unpackBlocks('bm90IGRlZmxhdGU=')).rejects.toThrow();
    const h = parseHistory({ schema: 1, docs: [{ key: 'k', url: 'u', vendor: 'V', lastRead: 1, versions: [{ nonsense: true }] }, 'junk'] });
    expect(h.history.docs).toEqual([]);
    expect(h.problems).toHaveLength(2);
    expect(parseHistory('garbage').problems[0]).toMatch(/started afresh/);
  });
});

describe('recording versions', () => {
  const id = { key: 'https://vendor.example/dpa', url: 'https://vendor.example/dpa', vendor: 'Connectel' };

  test('first visit, identical revisit (nothing added), then a changed text compared with what was seen', async () => {
    let h: History = emptyHistory();
    const v1 = await version(connectel, 1 * DAY);
    const first = recordVersion(h, id, v1);
    expect(first.outcome).toBe('first');
    h = first.history;
    // Same words, other whitespace: the same version; only the date seen moves.
    const again = recordVersion(h, id, await version(connectel.replace(/\n/g, ' \n'), 3 * DAY));
    expect(again.outcome).toBe('same');
    expect(again.history.docs[0].versions).toHaveLength(1);
    expect(again.history.docs[0].versions[0]).toMatchObject({ readAt: 1 * DAY, seenAt: 3 * DAY });
    h = again.history;

    const edited = connectel.replace('no later than seventy-two (72) hours', 'no later than forty-eight (48) hours');
    const a = analyzed(edited);
    const changed = recordVersion(h, id, await makeVersion(a.report, a.blocks, a.stated, 10 * DAY));
    expect(changed.outcome).toBe('changed');
    expect(changed.previous!.seenAt).toBe(3 * DAY);
    expect(changed.history.docs[0].versions).toHaveLength(2);
    const c = await compareWithStored(changed.previous!, { blocks: a.blocks, terms: a.report.terms, deviations: a.report.deviations });
    expect(c.terms.map((t) => [t.term, t.before, t.after])).toEqual([['breachNotice.maxHours', 72, 48]]);
    expect(c.clauses.changed).toBe(1);
    expect(latestVersion(changed.history, id.key)!.readAt).toBe(10 * DAY);
  });

  test('the cap drops the oldest versions of the least recently read documents first, never the one just read', async () => {
    const base = await version(connectel, 0);
    const size = versionSize(base);
    const v = (t: number, tag: string) => ({ ...base, readAt: t, seenAt: t, fingerprint: `${tag}` });
    let h = emptyHistory();
    const docA = { key: 'a', url: 'https://a.example/', vendor: 'A' };
    const docB = { key: 'b', url: 'https://b.example/', vendor: 'B' };
    h = recordVersion(h, docA, v(1, 'a1'), Infinity).history;
    h = recordVersion(h, docA, v(2, 'a2'), Infinity).history;
    h = recordVersion(h, docB, v(3, 'b1'), Infinity).history;
    h = recordVersion(h, docB, v(4, 'b2'), Infinity).history;
    // Room for three versions: A (read least recently) loses its oldest.
    const cap = historySize(h) - size / 2;
    let r = enforceCap(h, cap);
    expect(r.dropped).toBe(1);
    expect(r.history.docs.map((d) => [d.key, d.versions.map((x) => x.fingerprint)])).toEqual([['a', ['a2']], ['b', ['b1', 'b2']]]);
    // Room for two: A goes entirely before B loses anything.
    r = enforceCap(h, historySize(h) - size * 1.5);
    expect(r.history.docs.map((d) => d.key)).toEqual(['b']);
    // Reading A again makes B the least recently read.
    const rec = recordVersion(h, docA, v(5, 'a3'), historySize(h) + size / 2);
    expect(rec.history.docs.find((d) => d.key === 'b')!.versions.map((x) => x.fingerprint)).toEqual(['b2']);
    expect(rec.history.docs.find((d) => d.key === 'a')!.versions.map((x) => x.fingerprint)).toEqual(['a1', 'a2', 'a3']);
    // A cap smaller than one version keeps the version just read.
    const tiny = recordVersion(emptyHistory(), docA, v(6, 'x'), 10);
    expect(tiny.history.docs[0].versions).toHaveLength(1);
    expect(historySize(tiny.history)).toBeGreaterThan(10);
  });
});
