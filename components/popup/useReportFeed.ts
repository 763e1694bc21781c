import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FEED_URL_KEY, hasFeedPermission, parseFeedUrl, readFeedUrl } from '../../lib/reports/feed-settings';
import { type FeedCacheEntry, readCachedFeed } from '../../lib/store/feed-cache';

export interface ReportFeed {
  url?: string;
  entry?: FeedCacheEntry;
  loading: boolean;
  permitted: boolean;
}

/**
 * The manager's report feed: the cached copy at once, then a refresh when that copy is more than
 * an hour old (the background refreshes it every few hours too). Offline, the cached copy stays.
 */
export function useReportFeed(now: () => Date): ReportFeed {
  const [feed, setFeed] = useState<ReportFeed>({ loading: true, permitted: false });

  useEffect(() => {
    let open = true;
    const load = async () => {
      const href = await readFeedUrl();
      const url = parseFeedUrl(href ?? '');
      if (!href || !url) {
        if (open) setFeed({ loading: false, permitted: false });
        return;
      }
      // The parser (an XML library, a tenth of the popup's code) only for a popup that has a feed.
      const { isFeedFresh, refreshFeed } = await import('../../lib/reports/feed-refresh');
      const permitted = await hasFeedPermission(url);
      const cached = await readCachedFeed(url.href);
      const stale = permitted && !(await isFeedFresh(url.href, now()));
      if (!open) return;
      setFeed({ url: url.href, permitted, loading: stale, ...(cached ? { entry: cached } : {}) });
      if (!stale) return;
      const entry = await refreshFeed(url.href, { now: now() });
      if (open) setFeed({ url: url.href, permitted, loading: false, entry });
    };
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FEED_URL_KEY in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [now]);

  return feed;
}
