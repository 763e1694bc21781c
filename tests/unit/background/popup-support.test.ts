import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FEED_ALARM,
  handleCommand,
  handleContentMessage,
  refreshConfiguredFeed,
  syncFeedAlarm,
} from '../../../lib/background/popup-support';
import { FEED_URL_KEY } from '../../../lib/reports/feed-settings';
import { allCounts, resetCounts } from '../../../lib/store/counts';
import { readCachedFeed } from '../../../lib/store/feed-cache';

const fromTab = (id: number) => ({ tab: { id } }) as Parameters<typeof handleContentMessage>[1];

beforeEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  fakeBrowser.reset();
  await resetCounts();
});

// fakeBrowser's sendMessage ignores listeners that return a Promise, so the handlers are called directly.
describe('open-suggestions messages', () => {
  it('put the number of open suggestions on the sending tab’s toolbar badge', async () => {
    await handleContentMessage({ type: 'open-suggestions', count: 2 }, fromTab(7));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });
});

describe('count messages', () => {
  it('records a count for the rule, without any text', async () => {
    await handleContentMessage({ type: 'count', ruleId: 'post-now', event: 'applied' }, fromTab(1));
    const rows = await allCounts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ruleId: 'post-now', applied: 1, shown: 0, dismissed: 0 });
  });

  it('records a brief written, without its text', async () => {
    await handleContentMessage({ type: 'count', ruleId: 'roi', event: 'briefed' }, fromTab(1));
    expect(await allCounts()).toEqual([
      { week: expect.any(String), ruleId: 'roi', shown: 0, applied: 0, dismissed: 0, briefed: 1 },
    ]);
  });

  it.each([
    ['an unknown event', { type: 'count', ruleId: 'post-now', event: 'typed' }],
    ['a rule id that is not an id', { type: 'count', ruleId: 'Post this now please', event: 'shown' }],
    ['a negative count', { type: 'open-suggestions', count: -1 }],
    ['another area’s message', { type: 'pack-changed' }],
    ['not an object', 'count'],
  ])('leaves %s to other listeners', async (_, message) => {
    expect(handleContentMessage(message, fromTab(1))).toBeUndefined();
    expect(await allCounts()).toEqual([]);
  });
});

describe('open-how-we-work messages', () => {
  it('open the popup’s "How we work" section in a tab beside the sender’s', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue(undefined as never);
    const sender = { tab: { id: 3, index: 2, windowId: 9 } } as Parameters<typeof handleContentMessage>[1];
    await handleContentMessage({ type: 'open-how-we-work', url: 'javascript:alert(1)' }, sender);
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/popup.html#how-we-work'),
      index: 3,
      windowId: 9,
    });
  });
});

describe('keyboard shortcut', () => {
  it('asks the active tab to open the card', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleCommand('open-card', { id: 5 } as Parameters<typeof handleCommand>[1]);
    expect(send).toHaveBeenCalledWith(5, { type: 'open-card' });
  });

  it('finds the active tab when the command does not say which', async () => {
    // fakeBrowser has no current window to query, so the active-tab query answers directly.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation((async () => [{ id: 4 } as Browser.tabs.Tab]) as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handleCommand('open-card');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(4, { type: 'open-card' });
  });

  it('stays quiet on a tab without Better Brief', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(
      handleCommand('open-card', { id: 9 } as Parameters<typeof handleCommand>[1]),
    ).resolves.toBeUndefined();
  });
});

describe('report feed refresh', () => {
  const FEED = 'https://social.example.com/feed.json';

  it('keeps a periodic alarm while a feed is set, and none once it is removed', async () => {
    await fakeBrowser.storage.local.set({ [FEED_URL_KEY]: FEED });
    await syncFeedAlarm();
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.periodInMinutes).toBe(360);
    await fakeBrowser.storage.local.remove(FEED_URL_KEY);
    await syncFeedAlarm();
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();
  });

  it('fetches nothing for a site the browser did not grant', async () => {
    await fakeBrowser.storage.local.set({ [FEED_URL_KEY]: FEED });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await refreshConfiguredFeed();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refreshes the granted feed into the cache', async () => {
    await fakeBrowser.storage.local.set({ [FEED_URL_KEY]: FEED });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'a', url: 'https://social.example.com/a', title: 'A' }],
    });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(body)));
    await refreshConfiguredFeed(new Date('2026-11-28T08:00:00Z'));
    expect((await readCachedFeed(FEED))?.good).toMatchObject({ fetchedAt: '2026-11-28T08:00:00.000Z' });
  });
});
