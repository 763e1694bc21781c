import { type FeedCacheEntry, readCachedFeed, saveFeedError, saveGoodFeed } from '../store/feed-cache';
import { FeedError, parseFeed } from './feed-parse';

/** A report feed is a short list; anything bigger is not what the manager meant to point at. */
const MAX_FEED_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 15_000;

/** Refreshing more often than this when the popup opens would only cost the manager's server requests. */
export const FEED_FRESH_MS = 60 * 60 * 1000;

export interface RefreshOptions {
  fetch?: typeof fetch;
  now?: Date;
}

async function download(url: string, fetcher: typeof fetch): Promise<string> {
  let response: Response;
  try {
    // No cookies: a report feed is public to the team, and the extension must not act as the user.
    response = await fetcher(url, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw new FeedError('network', (error as Error).message);
  }
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`);
  const body = await response.text();
  if (body.length > MAX_FEED_BYTES) throw new FeedError('too-large', `${body.length} characters`);
  return body;
}

/**
 * Fetches and parses a feed, then caches it. On any failure the last good copy stays and the error
 * is recorded beside it: the popup shows the old list with its age and says why it is not newer.
 */
export async function refreshFeed(url: string, options: RefreshOptions = {}): Promise<FeedCacheEntry> {
  const now = options.now ?? new Date();
  try {
    const body = await download(url, options.fetch ?? globalThis.fetch.bind(globalThis));
    return await saveGoodFeed(url, parseFeed(body, url), now);
  } catch (error) {
    const failure =
      error instanceof FeedError
        ? error
        : new FeedError('malformed', (error as Error).message ?? String(error));
    return saveFeedError(url, failure, now);
  }
}

/** Whether the cached copy is recent enough to skip a refresh when the popup opens. */
export async function isFeedFresh(url: string, now: Date): Promise<boolean> {
  const cached = await readCachedFeed(url);
  const fetchedAt = cached?.good ? Date.parse(cached.good.fetchedAt) : Number.NaN;
  return now.getTime() - fetchedAt < FEED_FRESH_MS && !cached?.lastError;
}
