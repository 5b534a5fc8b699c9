// The page's highlights do not wait for the history: the analyzePage reply goes out before the history record is
// read, compared and written, and the clauses changed since the last visit follow in a second message (changedSpans)
// naming the reply's `recording`; the tab's state (popup, badge) gets what changed when it is known.
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Background } from '../../lib/extension/background/context';
import { pageHandlers } from '../../lib/extension/background/page-handlers';
import { loadHistory } from '../../lib/extension/history-store';
import type { PageAnalysisReply } from '../../lib/extension/protocol';

beforeEach(() => fakeBrowser.reset());

const CONNECTEL = readFileSync('test/fixtures/seeds/connectel-dpa.txt', 'utf8');
const EDITED = CONNECTEL.replace('no later than seventy-two (72) hours', 'no later than forty-eight (48) hours');
const sender = { tabId: 9, url: 'https://connectel.example/legal/dpa', extensionPage: false };

/** A background whose messages to tabs are caught, and whose history writer logs when it starts and ends. */
function background() {
  const bg: Background = createBackground();
  const log: string[] = [];
  const pushed: { tabId: number; type: string; data: unknown }[] = [];
  bg.toTab = (tabId) => async (type, data) => {
    log.push(`push ${String(type)}`);
    pushed.push({ tabId, type: String(type), data });
    return { ok: true, value: { shown: true } } as never;
  };
  const record = bg.history.record;
  bg.history.record = vi.fn(async (...args: Parameters<typeof record>) => {
    log.push('record start');
    const recorded = await record(...args);
    log.push('record end');
    return recorded;
  });
  return { bg, log, pushed, handlers: pageHandlers(bg) };
}

async function visit(b: ReturnType<typeof background>, text: string): Promise<PageAnalysisReply> {
  const reply = await b.handlers.analyzePage!({ plain: { text, title: 'Connectel DPA', hints: null }, forced: false }, sender);
  b.log.push('reply');
  return reply;
}

/** Waits until the background has sent `count` messages to tabs. */
const pushes = (b: ReturnType<typeof background>, count: number) => vi.waitFor(() => expect(b.pushed).toHaveLength(count), { timeout: 10_000 });

test('the reply goes before the history is touched; the changed clauses follow in their own message', async () => {
  const b = background();
  const first = await visit(b, CONNECTEL);
  // The reply is out and nothing has been read or written yet: the tab's state does not say "no changes" yet either.
  expect(b.log).toEqual(['reply']);
  expect(first.recording).toEqual(expect.any(Number));
  expect('changed' in first).toBe(false);
  expect((await loadHistory()).history.docs).toHaveLength(0);
  expect(b.bg.tabs.peek(sender.tabId)).toMatchObject({ detected: true });
  expect(b.bg.tabs.peek(sender.tabId)!.changes).toBeUndefined();
  await pushes(b, 1);
  expect(b.log).toEqual(['reply', 'record start', 'record end', 'push changedSpans']);
  expect(b.pushed[0]).toEqual({ tabId: sender.tabId, type: 'changedSpans', data: { recording: first.recording, changed: [] } });
  expect((await loadHistory()).history.docs.map((d) => d.versions.length)).toEqual([1]);
  expect(b.bg.tabs.peek(sender.tabId)).toMatchObject({ changes: null, historyError: null });

  // The vendor edits the text; the next visit (a new page load: a new visit) is told the changed clause, after its reply.
  b.bg.historyVisits.delete(sender.tabId);
  const second = await visit(b, EDITED);
  expect(second.recording).toBeGreaterThan(first.recording!);
  expect(b.log.slice(4)).toEqual(['reply']);
  await pushes(b, 2);
  expect(b.log.slice(4)).toEqual(['reply', 'record start', 'record end', 'push changedSpans']);
  const { recording, changed } = b.pushed[1].data as { recording: number; changed: { start: number; end: number }[] };
  expect(recording).toBe(second.recording);
  expect(changed.map((c) => EDITED.slice(c.start, c.end))).toEqual([expect.stringContaining('forty-eight (48) hours')]);
  expect(b.bg.tabs.peek(sender.tabId)!.changes!.comparison.terms.map((t) => [t.term, t.before, t.after])).toEqual([['breachNotice.maxHours', 72, 48]]);
});

test('a text arriving in steps is still one visit, and an older record does not overwrite the newer state', async () => {
  const b = background();
  const part = CONNECTEL.slice(0, Math.floor(CONNECTEL.length / 2));
  // The second analysis starts before the first's record has run: both in one visit, one version.
  const [one, two] = [await visit(b, part), await visit(b, CONNECTEL)];
  await pushes(b, 2);
  expect((await loadHistory()).history.docs.map((d) => d.versions.length)).toEqual([1]);
  expect(b.pushed.map((p) => (p.data as { recording: number }).recording)).toEqual([one.recording, two.recording]);
  // The tab's state is the second analysis's, with its history outcome.
  const state = b.bg.tabs.peek(sender.tabId)!;
  expect(state.report!.clauses.at(-1)!.end).toBeGreaterThan(part.length);
  expect(state.changes).toBeNull();
});

test('a page that is not a DPA or policy is answered with no record to follow', async () => {
  const b = background();
  const reply = await b.handlers.analyzePage!({ plain: { text: 'Our team went hiking on Saturday. The weather was fine.', title: 'Blog', hints: null }, forced: false }, sender);
  expect(reply.recording).toBeUndefined();
  await new Promise((r) => setTimeout(r, 50));
  expect(b.pushed).toEqual([]);
  expect(b.bg.history.record).not.toHaveBeenCalled();
  expect(b.bg.tabs.peek(sender.tabId)).toMatchObject({ detected: false, changes: null });
});
