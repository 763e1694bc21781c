import { type DBSchema, openDB } from 'idb';
import type { FeedErrorCode, FeedItem } from '../reports/feed-parse';

/**
 * The last good copy of each report feed, so that the popup still lists reports offline, with the
 * copy's age. A failed refresh records why next to the good copy instead of replacing it.
 */
export interface FeedCacheEntry {
  url: string;
  good?: { title?: string; items: FeedItem[]; fetchedAt: string };
  lastError?: { code: FeedErrorCode; detail: string; at: string };
}

interface FeedDb extends DBSchema {
  feeds: { key: string; value: FeedCacheEntry };
}

const DB_NAME = 'better-brief-feeds';

function openFeedDb() {
  return openDB<FeedDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('feeds', { keyPath: 'url' });
    },
  });
}

export async function readCachedFeed(url: string): Promise<FeedCacheEntry | undefined> {
  const db = await openFeedDb();
  try {
    return await db.get('feeds', url);
  } finally {
    db.close();
  }
}

export async function saveGoodFeed(
  url: string,
  feed: { title?: string; items: FeedItem[] },
  now: Date,
): Promise<FeedCacheEntry> {
  const entry: FeedCacheEntry = {
    url,
    good: { ...(feed.title ? { title: feed.title } : {}), items: feed.items, fetchedAt: now.toISOString() },
  };
  const db = await openFeedDb();
  try {
    await db.put('feeds', entry);
  } finally {
    db.close();
  }
  return entry;
}

/** Records a failed refresh, keeping the last good copy. */
export async function saveFeedError(
  url: string,
  error: { code: FeedErrorCode; detail: string },
  now: Date,
): Promise<FeedCacheEntry> {
  const db = await openFeedDb();
  try {
    const tx = db.transaction('feeds', 'readwrite');
    const previous = await tx.store.get(url);
    const entry: FeedCacheEntry = {
      url,
      ...(previous?.good ? { good: previous.good } : {}),
      lastError: { code: error.code, detail: error.detail, at: now.toISOString() },
    };
    await tx.store.put(entry);
    await tx.done;
    return entry;
  } finally {
    db.close();
  }
}
