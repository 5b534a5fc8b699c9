// Who must act, how strongly and towards whom: real sentences from the corpus fixtures, read with
// the document's own party names (terms/parties.ts) and compromise's verbs (terms/obligations.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDoc } from '../../lib/engine/text/structure';
import { readInput, detectFormat } from '../../lib/engine/text/input';
import { resolveParties, roleOf } from '../../lib/engine/terms/parties';
import { clearNlpCache, nlpCost, readObligations } from '../../lib/engine/terms/obligations';
import { normalizeForMatch } from '../../lib/engine/text/structure';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const docOf = (rel: string) => {
  const raw = readFileSync(join(FIX, rel), 'utf8');
  return buildDoc(readInput(raw, detectFormat(rel, raw) ?? 'text'));
};
const docs = {
  frostmoln: docOf('seeds/frostmoln-dpa.txt'),
  cloudmqtt: docOf('seeds/cloudmqtt-dpa.txt'),
  connectel: docOf('seeds/connectel-dpa.txt'),
  github: docOf('corpus/dpa/github-dpa.md'),
  actuallyreliable: docOf('corpus/dpa/actuallyreliable-dpa.md'),
};

describe('parties from the document’s own definitions', () => {
  test.each([
    ['frostmoln', 'Frostmoln', 'processor'],
    ['frostmoln', 'Svenska Moln AB', 'processor'],
    ['frostmoln', 'you', 'controller'],
    ['connectel', 'the Service Provider', 'processor'],
    ['connectel', 'Connectel AB', 'processor'],
    ['connectel', 'the Customer', 'controller'],
    ['cloudmqtt', 'the Data Processor', 'processor'],
    ['github', 'GitHub', 'processor'],
    ['github', 'Customer', 'controller'],
    ['github', 'each Subprocessor', null],
    // '"Personal Data" means any information that is Customer Data ...': a defined thing, not the controller
    ['actuallyreliable', 'Personal Data', null],
    ['actuallyreliable', 'Customer', 'controller'],
  ] as const)('%s: "%s" is %s', (doc, phrase, role) => {
    expect(roleOf(phrase, resolveParties(docs[doc as keyof typeof docs]))).toBe(role);
  });
});

/** The obligation on `verb` in `sentence`. */
function read(doc: keyof typeof docs, sentence: string, verb: string) {
  const o = readObligations(normalizeForMatch(sentence), resolveParties(docs[doc])).find((x) => x.verb === verb);
  return o && { actor: o.actor, modality: o.modality, recipient: o.recipient };
}

describe('obligation direction: processor or controller, duty, permission or prohibition', () => {
  test.each([
    // processor × duty
    ['frostmoln', 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.', 'notify', { actor: 'processor', modality: 'duty', recipient: 'controller' }],
    ['github', 'GitHub shall notify Customer without undue delay after becoming aware of a Personal Data breach.', 'notify', { actor: 'processor', modality: 'duty', recipient: 'controller' }],
    // processor × permission
    ['github', 'From time to time, GitHub may engage new Subprocessors.', 'engage', { actor: 'processor', modality: 'permission', recipient: null }],
    ['frostmoln', 'The Processor may satisfy audit requirements by providing current third-party audit reports (e.g., SOC 2, ISO 27001 certifications) where they cover the relevant processing activities.', 'satisfy', { actor: 'processor', modality: 'permission', recipient: null }],
    // processor × prohibition
    ['frostmoln', 'The Processor shall not respond directly to a data subject request unless instructed to do so by the Controller or required by applicable law.', 'respond', { actor: 'processor', modality: 'prohibition', recipient: 'data-subject' }],
    ['frostmoln', 'The Processor shall not transfer personal data to a country outside the EU/EEA without the prior written consent of the Controller.', 'transfer', { actor: 'processor', modality: 'prohibition', recipient: null }],
    // controller × duty
    ['cloudmqtt', 'The Data Controller shall notify the Data Processor of such objection within ten (10) days of receiving the notice of the change.', 'notify', { actor: 'controller', modality: 'duty', recipient: 'processor' }],
    ['github', 'Customer must notify GitHub promptly about any possible misuse of its accounts or authentication credentials or any Security Incident related to an Online Service.', 'notify', { actor: 'controller', modality: 'duty', recipient: 'processor' }],
    // controller × permission
    ['frostmoln', 'The Controller may object to a new sub-processor on reasonable grounds related to data protection within 30 days of notification.', 'object', { actor: 'controller', modality: 'permission', recipient: null }],
    // controller × prohibition
    ['github', 'Customer shall not provide Personal Data covered by such Educational Privacy Laws to GitHub without obtaining GitHub’s prior, written and specific consent.', 'provide', { actor: 'controller', modality: 'prohibition', recipient: 'processor' }],
  ] as const)('%s: %s', (doc, sentence, verb, want) => {
    expect(read(doc as keyof typeof docs, sentence, verb)).toEqual(want);
  });
});

describe('who acts is read when asked, and the same in any order', () => {
  const sentences: [keyof typeof docs, string][] = [
    ['frostmoln', 'The Processor shall notify the Controller without undue delay, and in any event within 24 hours, after becoming aware of a personal data breach affecting the Controller’s personal data.'],
    ['github', 'Customer shall not provide Personal Data covered by such Educational Privacy Laws to GitHub without obtaining GitHub’s prior, written and specific consent.'],
    ['cloudmqtt', 'The Data Controller shall notify the Data Processor of such objection within ten (10) days of receiving the notice of the change.'],
    ['frostmoln', 'It will be notified to the Controller and shall then assist the Controller, and it may also inform the authority.'],
    ['github', 'GitHub will promptly notify Customer, will provide the details and, where it is required, must be notified by its Subprocessors.'],
  ];
  const facts = (os: ReturnType<typeof readObligations>, order: number[]) => {
    const out: unknown[] = [];
    for (const i of order) out[i] = { verb: os[i].verb, actor: os[i].actor, actorText: os[i].actorText, recipient: os[i].recipient, modality: os[i].modality };
    return out;
  };
  test.each(sentences)('%s: %s', (doc, sentence) => {
    const parties = resolveParties(docs[doc]);
    const n = normalizeForMatch(sentence);
    clearNlpCache();
    const first = readObligations(n, parties);
    const forward = facts(first, first.map((_, i) => i));
    clearNlpCache();
    const again = readObligations(n, parties);
    const backward = facts(again, again.map((_, i) => again.length - 1 - i));
    expect(first.length).toBeGreaterThan(1);
    expect(backward).toEqual(forward);
  });
  test('a party named before the verb settles who acts without compromise’s subject; none named, compromise is asked', () => {
    const parties = resolveParties(docs.github);
    clearNlpCache();
    const named = readObligations(normalizeForMatch('GitHub shall notify Customer without undue delay after becoming aware of a Personal Data breach.'), parties);
    const before = nlpCost.subjects;
    expect(named.find((o) => o.verb === 'notify')?.actor).toBe('processor');
    expect(nlpCost.subjects).toBe(before);
    const unnamed = readObligations(normalizeForMatch('It shall notify Customer without undue delay after becoming aware of a Personal Data breach.'), parties);
    expect(nlpCost.subjects).toBe(before);
    const notify = unnamed.find((o) => o.verb === 'notify');
    expect(notify?.modality).toBe('duty');
    expect(nlpCost.subjects).toBe(before);
    expect(['processor', 'controller', null]).toContain(notify?.actor);
    expect(nlpCost.subjects).toBe(before + 1);
  });
});

// "shall be" + participle is a passive: the subject is the one told, the actor the one after "by" (compromise marks
// "will be notified" passive but reads "shall be notified" as a past tense).
test.each([
  ['The Controller shall be notified of any personal data breach within 24 hours.', 'notify', { actor: null, passive: true, recipient: 'controller' }],
  ['Notice shall be given by the Processor to the Controller within 48 hours.', 'give', { actor: 'processor', passive: true, recipient: 'controller' }],
  ['The Processor will be notified.', 'notify', { actor: null, passive: true, recipient: 'processor' }],
  ['The Processor shall be processing the data.', 'process', { actor: 'processor', passive: false, recipient: null }],
])('"%s": %s is %o', (sentence, verb, want) => {
  const o = readObligations(normalizeForMatch(sentence), resolveParties(docs.frostmoln)).find((x) => x.verb === verb);
  expect(o && { actor: o.actor, passive: o.passive, recipient: o.recipient }).toEqual(want);
});
