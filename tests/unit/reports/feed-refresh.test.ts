import { beforeEach, describe, expect, it } from 'vitest';
import { isFeedFresh, refreshFeed } from '../../../lib/reports/feed-refresh';
import { readCachedFeed } from '../../../lib/store/feed-cache';

const URL_A = 'https://social.example.com/feed.json';
const goodBody = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    { id: 'nov', url: 'https://social.example.com/nov', title: 'November', date_published: '2026-11-02' },
  ],
});

const answer =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status });
const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

let feedNumber = 0;
let url = URL_A;
beforeEach(() => {
  // A fresh address per test: the IndexedDB (fake-indexeddb) lives for the whole file.
  feedNumber += 1;
  url = `${URL_A}?test=${feedNumber}`;
});

describe('refreshFeed', () => {
  it('caches a good copy with the time it was fetched', async () => {
    const now = new Date('2026-11-28T10:00:00Z');
    await refreshFeed(url, { fetch: answer(goodBody), now });
    const cached = await readCachedFeed(url);
    expect(cached?.good?.fetchedAt).toBe(now.toISOString());
    expect(cached?.good?.items.map((item) => item.title)).toEqual(['November']);
    expect(cached?.lastError).toBeUndefined();
  });

  it('keeps the last good copy when offline, and says why it is not newer', async () => {
    await refreshFeed(url, { fetch: answer(goodBody), now: new Date('2026-11-27T10:00:00Z') });
    const entry = await refreshFeed(url, { fetch: offline, now: new Date('2026-11-28T10:00:00Z') });
    expect(entry.good?.items).toHaveLength(1);
    expect(entry.good?.fetchedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(entry.lastError).toMatchObject({ code: 'network', at: '2026-11-28T10:00:00.000Z' });
    expect(await readCachedFeed(url)).toEqual(entry);
  });

  it('keeps the last good copy when the feed turns malformed', async () => {
    await refreshFeed(url, { fetch: answer(goodBody) });
    const entry = await refreshFeed(url, { fetch: answer('<rss><channel><item>') });
    expect(entry.good?.items.map((item) => item.id)).toEqual(['nov']);
    expect(entry.lastError?.code).toBe('malformed');
  });

  it('records a server error without a good copy to fall back on', async () => {
    const entry = await refreshFeed(url, { fetch: answer('nope', 404) });
    expect(entry.good).toBeUndefined();
    expect(entry.lastError).toMatchObject({ code: 'http', detail: 'HTTP 404' });
  });

  it('clears the error once a refresh succeeds again', async () => {
    await refreshFeed(url, { fetch: offline });
    const entry = await refreshFeed(url, { fetch: answer(goodBody) });
    expect(entry.lastError).toBeUndefined();
  });
});

describe('isFeedFresh', () => {
  it('is fresh for an hour after a good fetch', async () => {
    await refreshFeed(url, { fetch: answer(goodBody), now: new Date('2026-11-28T10:00:00Z') });
    expect(await isFeedFresh(url, new Date('2026-11-28T10:59:00Z'))).toBe(true);
    expect(await isFeedFresh(url, new Date('2026-11-28T11:01:00Z'))).toBe(false);
  });

  it('is not fresh when nothing was ever fetched', async () => {
    expect(await isFeedFresh(url, new Date())).toBe(false);
  });
});
