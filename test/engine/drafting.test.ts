// Drafting variants and document layers read from whole real documents (test/fixtures): each row names a
// fixture, the term read, the value expected and a phrase of the sentence it must come from.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, readReport } from '../helpers/score';
import { valueAt } from '../helpers/drafting';

const reports = new Map<string, Awaited<ReturnType<typeof readReport>>>();
const report = async (f: string) => reports.get(f) ?? reports.set(f, await readReport(join(FIXTURES, f))).get(f)!;

describe('drafting variants a reviewer meets', () => {
  test.each([
    // "exclusively processed and stored within the European Union": EU-only
    ['corpus/dpa/cloudtemple-dpa.md', 'transfers.outsideEEA', 'no', 'processed and stored within the european union'],
    // "process the Data in Sweden unless otherwise agreed": an EEA member state keeps the data in the EEA
    ['corpus/dpa/stakater-dpa.md', 'transfers.outsideEEA', 'no', 'process the data in sweden'],
    // "agrees to provide you with written notice ... within seventy-two hours": a notice, in words
    ['corpus/dpa/logfire-dpa.md', 'breachNotice.maxHours', 72, 'written notice without undue delay'],
    // "as soon as possible and, if possible, no later than 48 hours": a hope, not a hard deadline
    ['corpus/dpa/cloudtemple-dpa.md', 'breachNotice.maxHours', null, null],
    // "will immediately notify ... any breaches"
    ['corpus/dpa/stakater-dpa.md', 'breachNotice.qualifier', 'immediately', 'immediately notify the controller'],
    // "The Controller may object to the change within thirty (30) days" under a bold numbered title
    ['corpus/dpa/stakater-dpa.md', 'subprocessors.objectionDays', 30, null],
    // "Customer has 30 days after notice of a change to the Approved Subprocessors to object": the window before the verb
    ['corpus/dpa/commonpaper-dpa.md', 'subprocessors.objectionDays', 30, null],
    // "Customer objects ... and GitHub has not been able to provide an alternative solution within ninety days": a resolution period, no window
    ['corpus/dpa/github-dpa-2021.md', 'subprocessors.objectionDays', null, null],
    // "a country that the European Commission has declared to have an \"adequate\" level of protection": adequacy, named without the word "decision"
    ['corpus/dpa/github-dpa-2021.md', 'transfers.mechanisms', ['scc', 'adequacy', 'bcr'], null],
    // "destroy them ... at the latest upon completion": the end itself is the deadline
    ['corpus/dpa/stakater-dpa.md', 'deletion.deleteWithinDays', 0, 'at the latest'],
    // "The Agreement shall be subject to German law"
    ['corpus/dpa/travis-ci-dpa.md', 'governingLaw.country', 'Germany', 'subject to german law'],
    // "the laws governing this DPA ... are determined by ... the Services Agreement": not replaced by the SCCs' Polish law
    ['corpus/dpa/spacelift-dpa.md', 'governingLaw', null, null],
    // "the liability limitations outlined in the Framework Agreement shall be applicable"
    ['corpus/dpa/stakater-dpa.md', 'liability.capped', true, 'limitations'],
    // "thereby giving the Customer the opportunity to object to such changes" (Art. 28(2)'s wording): a right with no time limit
    ['corpus/dpa/courier-dpa.md', 'subprocessors.objectionRight', true, null],
    ['corpus/dpa/courier-dpa.md', 'subprocessors.objectionDays', null, null],
    // "The client can reject subcontractors": the German-style right to refuse, in English
    ['corpus/dpa/fortrabbit-dpa.md', 'subprocessors.objectionRight', true, null],
    // "may object ... within ten (10) business days after receipt": the window is read, ten business days = 14 days
    ['corpus/dpa/actuallyreliable-dpa.md', 'subprocessors.objectionDays', 14, null],
    // "Upon becoming aware of any ... unauthorized access to, Personal Data Processed by Actually Reliable ... will notify Customer
    // without undue delay and in any event within 72 hours": read once "Personal Data" is no longer taken for a party
    ['corpus/dpa/actuallyreliable-dpa.md', 'breachNotice.maxHours', 72, 'upon becoming aware'],
    // "not more than once every twelve (12) calendar months", in an audit sentence that grants no right itself
    ['corpus/dpa/tailscale-dpa.md', 'audit.maxPerYear', 1, null],
  ] as const)('%s: %s = %j', async (file, path, want, from) => {
    const r = await report(file);
    expect(valueAt(r.terms, path)).toEqual(want);
    if (from) expect(String(valueAt(r.terms, `${path.split('.')[0]}.evidence`)).toLowerCase()).toContain(from);
  });
});

describe('layers: terms come from the DPA body first', () => {
  test('the body has no law clause: the SCC Clause 17 choice made for them is used, and marked as the SCCs\'', async () => {
    const g = (await report('corpus/dpa/tailscale-dpa.md')).terms.governingLaw;
    expect(g?.country).toBe('Ireland');
    expect(g?.evidence.toLowerCase()).toContain('clause 17');
  });
  test('embedded SCCs are a layer of their own, with their version', async () => {
    const r = await report('pdf/basecamp-dpa-2020.pdf');
    const scc = r.clauses.filter((c) => c.layer === 'scc');
    expect(scc.length).toBeGreaterThan(10);
    expect(new Set(scc.map((c) => c.sccVersion))).toEqual(new Set(['2010']));
    expect(r.clauses.find((c) => c.text.includes('Basecamp shall, notify Customer'))?.layer).toBe('body');
  });
  test("a 2010 SCC Clause 11 in the annex does not override the body's general authorization", async () => {
    const s = (await report('pdf/basecamp-dpa-2020.pdf')).terms.subprocessors;
    expect(s?.authorization).toBe('general');
    expect(s?.layer).toBe('body');
  });
  test('every term carries the layer of its evidence', async () => {
    const t = (await report('corpus/dpa/github-dpa.md')).terms;
    for (const k of ['breachNotice', 'transfers', 'subprocessors', 'deletion', 'governingLaw'] as const) expect(t[k]?.layer).toBeDefined();
  });
});
