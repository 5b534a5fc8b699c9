// A policy's answer to browser opt-out signals stated in a sentence of its own, with no cookie word in it. Written for
// this test; it failed before this change (the sentence carried no category, so the term never saw it).
import { expect, test } from 'vitest';
import { readUnder } from '../helpers/drafting';

test.each([
  ['Do Not Track', 'We honor Global Privacy Control signals as a valid request to opt out of the sale or sharing of personal information.', { gpc: true }],
  ['Browser signals', 'We do not respond to Do-Not-Track signals at this time.', { dnt: false }],
])('%s: %s', (heading, sentence, want) => expect(readUnder('policy', heading, sentence).terms.optOutSignals).toMatchObject(want));
