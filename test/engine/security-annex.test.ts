// The annex of technical and organisational measures as a layer (lib/engine/text/layers.ts) and what it means for
// tagging (lib/engine/tag/tag.ts): every measure in it is a security measure, whatever its sub-heading. Lines are
// of the fixtures' TOM annexes (ZITADEL, CloudMQTT, GitHub).
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../lib/engine/analyze';
import { measureLike } from '../../lib/engine/tag/tag';
import { readInput } from '../../lib/engine/text/input';

const read = (markdown: string) => analyzeText(readInput(markdown, 'markdown'), { source: 'toms.md', force: true });
const layerOf = (r: ReturnType<typeof read>, start: string) => {
  const i = r.doc.blocks.findIndex((b) => r.doc.text.slice(b.start, b.end).startsWith(start));
  return r.doc.layers?.[i]?.layer;
};

const DPA = [
  '# Data Processing Agreement',
  '## 1. Scope',
  'The Processor processes Personal Data on behalf of the Controller. The Agreement incorporates:',
  '- Appendix A – Security Measures',
  '- Appendix B – Sub-processors',
  '## 2. Purposes',
  'The Processor may process Personal Data for billing and account management.',
  '# Appendix A – Technical and Organisational Measures',
  '## Availability',
  '- Geo-redundant operation over at least two data centers',
  '- Emergency plan',
  '## Access',
  '- Secrets are automatically rotated whenever possible and are short-lived',
  '- GitHub, Inc.',
].join('\n\n');

describe('the TOM annex as a layer', () => {
  const r = read(DPA);
  test('a list naming the appendices in the body starts none of them', () => {
    expect(layerOf(r, 'The Processor may process Personal Data for billing')).toBe('body');
  });
  test('the annex heading starts it, and its sub-headings stay in it', () => {
    expect(layerOf(r, 'Geo-redundant operation')).toBe('security-annex');
    expect(layerOf(r, 'Secrets are automatically rotated')).toBe('security-annex');
  });
  test('every measure in it is tagged security, under any sub-heading', () => {
    const cats = (s: string) => r.report.clauses.find((c) => c.text.startsWith(s))?.categories ?? [];
    expect(cats('Geo-redundant operation')).toContain('security-measures');
    expect(cats('Emergency plan')).toContain('security-measures');
    expect(cats('Secrets are automatically rotated')).toContain('security-measures');
    expect(cats('GitHub, Inc.')).toEqual([]);
  });
  test('a security section inside an annex ends at the next heading of its level, and the annex goes on', () => {
    const annex = [
      '# Data Processing Agreement',
      'The Processor processes Personal Data on behalf of the Controller.',
      '# Annex 1 – Details of the processing',
      '## Information security',
      'The Processor encrypts Personal Data at rest and in transit.',
      '## Duration of the processing',
      'The Processor processes Personal Data for the term of the Agreement.',
    ].join('\n\n');
    const s = read(annex);
    expect(layerOf(s, 'The Processor encrypts')).toBe('security-annex');
    expect(layerOf(s, 'The Processor processes Personal Data for the term')).toBe('annex');
  });
});

describe('what a line of a TOM annex can be', () => {
  test.each(['Availability control', 'Emergency plan', 'Segregated processing environments.', 'ACLs are directional and default deny.'])('"%s" is a measure', (t) => expect(measureLike(t)).toBe(true));
  test.each(['GitHub, Inc.', 'Lynn Hashimoto, Head of Product & Regulatory Legal', 'Need to contact customer support? click here', "import { MDXComponent } from '@/components/ui/MDX';", '1. Available at: https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32021D0914', 'development'])('"%s" is not', (t) => expect(measureLike(t)).toBe(false));
});
