// No report changes unnoticed: every fixture's report hashed and compared with test/fixtures/reports.sha256.
// A change that alters reports on purpose regenerates the file with `npm run reports:snapshot`.
import { expect, test } from 'vitest';
import { computeDigests, readDigests } from '../helpers/reports-digest';

test('every fixture report is byte-for-byte the committed one', async () => {
  const want = readDigests();
  const got = await computeDigests();
  expect(want.size, 'test/fixtures/reports.sha256 missing or empty: run `npm run reports:snapshot`').toBeGreaterThan(50);
  const changed = [...got].filter(([k, h]) => want.has(k) && want.get(k) !== h).map(([k]) => `changed: ${k}`);
  const added = [...got.keys()].filter((k) => !want.has(k)).map((k) => `new: ${k}`);
  const gone = [...want.keys()].filter((k) => !got.has(k)).map((k) => `gone: ${k}`);
  const diff = [...changed, ...added, ...gone];
  expect(
    diff,
    `${diff.length} report(s) differ from test/fixtures/reports.sha256. If the change is intended, regenerate with ` +
      '`npm run reports:snapshot` and commit the file; otherwise a mechanical change altered these reports:\n  ' +
      diff.join('\n  '),
  ).toEqual([]);
}, 120_000);
