import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_URL_KEY, parseFeedUrl, readFeedUrl, saveFeedUrl } from '../../../lib/reports/feed-settings';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('feed address', () => {
  it('accepts https addresses only, as for packs', () => {
    expect(parseFeedUrl(' https://social.example.com/feed.xml ')?.href).toBe(
      'https://social.example.com/feed.xml',
    );
    for (const refused of [
      'http://intranet.example.com/rss',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://x.example/feed',
      'social.example.com',
      '',
    ])
      expect(parseFeedUrl(refused)).toBeUndefined();
  });

  it('asks for the feed’s own site only, port included', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation((async () => true) as never);
    await saveFeedUrl(new URL('https://reports.example.com:8443/a/b.json?x=1'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://reports.example.com:8443/*'] });
  });

  it('stores the address once the site is granted', async () => {
    const request = vi
      .spyOn(fakeBrowser.permissions, 'request')
      .mockImplementation((async () => true) as never);
    expect(await saveFeedUrl(new URL('https://social.example.com/feed.json'))).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://social.example.com/*'] });
    expect(await readFeedUrl()).toBe('https://social.example.com/feed.json');
  });

  it('stores nothing when the site is refused', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    expect(await saveFeedUrl(new URL('https://social.example.com/feed.json'))).toBe(false);
    expect(await fakeBrowser.storage.local.get(FEED_URL_KEY)).toEqual({});
  });
});
