// A tab's state lives in memory and storage.session; a reply that arrives after its tab was closed (a re-anchoring
// of saved highlights, an analysis) must not bring that state back, or the closed tab haunts every later lookup by
// address (the side panel's "Show on page", the badge).
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStore } from '../../lib/extension/background/tabs';
import type { TabState } from '../../lib/extension/protocol';

const state = (url: string): TabState => ({ url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true });

beforeEach(() => fakeBrowser.reset());

test('a state saved for a closed tab is dropped, in memory and in storage.session', async () => {
  const tabs = createTabStore();
  await tabs.save(4, state('https://vendor.example/dpa'));
  await tabs.save(5, state('https://vendor.example/dpa'));
  await tabs.closed(4);
  // The page's last message (placeSaved after a note was typed) is answered after the tab went away.
  await tabs.save(4, state('https://vendor.example/dpa'));
  expect(tabs.has(4)).toBe(false);
  expect(await tabs.load(4)).toBeNull();
  expect((await tabs.known()).map(([id]) => id)).toEqual([5]);
  expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab-5']);
});

test('a tab that navigates is not closed: its next state is kept', async () => {
  const tabs = createTabStore();
  await tabs.save(4, state('https://vendor.example/dpa'));
  await tabs.save(4, null);
  await tabs.save(4, state('https://vendor.example/privacy'));
  expect((await tabs.load(4))?.url).toBe('https://vendor.example/privacy');
});
