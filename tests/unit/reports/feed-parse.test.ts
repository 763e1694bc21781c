import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../lib/reports/feed-parse';

const BASE = 'https://social.example.com/reports/feed';

describe('parseFeed', () => {
  it('reads a JSON Feed, newest first', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Social reports',
        items: [
          {
            id: '1',
            url: 'https://social.example.com/r/oct',
            title: 'October',
            date_published: '2026-11-02T09:00:00Z',
          },
          { id: '2', url: '/r/nov', title: 'November', date_published: '2026-12-01T09:00:00Z' },
        ],
      }),
      BASE,
    );
    expect(feed.title).toBe('Social reports');
    expect(feed.items).toEqual([
      {
        id: '2',
        title: 'November',
        url: 'https://social.example.com/r/nov',
        date: '2026-12-01T09:00:00.000Z',
      },
      {
        id: '1',
        title: 'October',
        url: 'https://social.example.com/r/oct',
        date: '2026-11-02T09:00:00.000Z',
      },
    ]);
  });

  it('reads an RSS 2.0 channel', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?>
      <rss version="2.0"><channel><title>Rapports</title>
        <item><title>Bilan d&apos;octobre</title><link>https://social.example.com/oct</link>
          <guid>oct-2026</guid><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item>
        <item><title>2026</title><link>https://social.example.com/year</link></item>
      </channel></rss>`,
      BASE,
    );
    expect(feed.title).toBe('Rapports');
    expect(feed.items).toEqual([
      {
        id: 'oct-2026',
        title: "Bilan d'octobre",
        url: 'https://social.example.com/oct',
        date: '2026-11-02T09:00:00.000Z',
      },
      { id: 'https://social.example.com/year', title: '2026', url: 'https://social.example.com/year' },
    ]);
  });

  it('reads an Atom feed, taking the alternate link and plain text of HTML titles', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Team</title>
        <entry><id>urn:q3</id><title type="html">&lt;b&gt;Q3&lt;/b&gt; results</title>
          <link rel="edit" href="https://cms.example.com/edit/q3"/>
          <link rel="alternate" href="https://social.example.com/q3"/>
          <updated>2026-10-05T00:00:00Z</updated></entry>
      </feed>`,
      BASE,
    );
    expect(feed.items).toEqual([
      {
        id: 'urn:q3',
        title: 'Q3 results',
        url: 'https://social.example.com/q3',
        date: '2026-10-05T00:00:00.000Z',
      },
    ]);
  });

  it('drops entries whose link is not a web or mail link', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        items: [
          { id: 'x', url: 'javascript:alert(1)', title: 'bad' },
          { id: 'y', url: 'data:text/html,hi', title: 'bad too' },
          { id: 'z', url: 'https://ok.example.com/', title: '<img src=x onerror=alert(1)>' },
        ],
      }),
      BASE,
    );
    expect(feed.items.map((item) => item.id)).toEqual(['z']);
  });

  it.each([
    ['broken XML', '<rss><channel><item></channel>', 'malformed'],
    ['broken JSON', '{"version": ', 'malformed'],
    ['JSON that is not a feed', '{"hello": "world"}', 'not-a-feed'],
    ['an HTML page', '<!doctype html><html><body>hi</body></html>', 'not-a-feed'],
    ['plain text', 'Service unavailable', 'not-a-feed'],
  ])('refuses %s with a clear error', (_, body, code) => {
    expect(() => parseFeed(body, BASE)).toThrow(FeedError);
    try {
      parseFeed(body, BASE);
    } catch (error) {
      expect((error as FeedError).code).toBe(code);
      expect((error as FeedError).detail.length).toBeGreaterThan(0);
    }
  });
});
