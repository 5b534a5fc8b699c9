// Drafting variants read sentence by sentence (ordinary DPA wording, not from any one fixture).
import { expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { readInput } from '../../lib/engine/text/input';

const terms = (md: string) => analyzeText(readInput(md, 'markdown'), { source: 'drafting.md', force: true }).report.terms;

test('"shall not transfer ... outside the EEA without the prior written consent" is a transfer the controller may allow, not EU-only', () => {
  const t = terms('# DPA\n\n## International transfers\n\nProcessor shall not transfer Personal Data outside the EEA without the prior written consent of the Controller.');
  expect(t.transfers?.outsideEEA).toBe('consent');
});

test('"Processor shall not transfer Personal Data outside the EEA." stays in the EEA', () => {
  const t = terms('# DPA\n\n## International transfers\n\nProcessor shall not transfer Personal Data outside the EEA.');
  expect(t.transfers?.outsideEEA).toBe('no');
});
