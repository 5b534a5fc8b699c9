// The command line: readable summary, --json report, baselines, and one-line errors that spare the other files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serializeBaseline, cloneBaseline, DEFAULT_BASELINE } from '../lib/engine/baseline/baseline';
import { main } from '../scripts/analyze';

const seed = (name: string) => join(__dirname, 'fixtures', 'seeds', name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
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
