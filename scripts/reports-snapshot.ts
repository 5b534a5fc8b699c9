// npm run reports:snapshot — writes test/fixtures/reports.sha256, the digest of every fixture's report
// (see test/helpers/reports-digest.ts). Run it after a change that alters reports on purpose, and commit the file.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { computeDigests, DIGEST_FILE, formatDigests, readDigests } from '../test/helpers/reports-digest';

const before = readDigests();
const after = await computeDigests();
writeFileSync(DIGEST_FILE, formatDigests(after));
const changed = [...after].filter(([k, h]) => before.has(k) && before.get(k) !== h).map(([k]) => k);
const added = [...after.keys()].filter((k) => !before.has(k));
const removed = [...before.keys()].filter((k) => !after.has(k));
console.log(`${relative(process.cwd(), DIGEST_FILE)}: ${after.size} reports; ${changed.length} changed, ${added.length} new, ${removed.length} gone`);
for (const k of changed) console.log(`  changed ${k}`);
