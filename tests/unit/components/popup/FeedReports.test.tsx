import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import { GUIDANCE_KEY } from '../../../../lib/guidance/resolved';
import { FEED_URL_KEY } from '../../../../lib/reports/feed-settings';
import { readCachedFeed, saveFeedError, saveGoodFeed } from '../../../../lib/store/feed-cache';
import { managerGuidance, NOW, now } from './guidance-fixture';

let feedUrl = '';
let feedNumber = 0;

beforeEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  fakeBrowser.reset();
  feedNumber += 1;
  feedUrl = `https://social.example.com/feed-${feedNumber}.json`;
  await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: managerGuidance(), [FEED_URL_KEY]: feedUrl });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
});

const feedSection = () => document.querySelector<HTMLElement>('[data-bb="feed"]');

describe('report feed in the popup', () => {
  it('lists a fresh cached copy without fetching again', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await saveGoodFeed(
      feedUrl,
      {
        title: 'Team reports',
        items: [{ id: 'a', title: 'November wrap-up', url: 'https://social.example.com/nov' }],
      },
      new Date(NOW.getTime() - 10 * 60 * 1000),
    );
    render(<Popup lang="en" now={now} />);
    await waitFor(() => expect(feedSection()?.querySelector('a')).toBeTruthy());
    expect(feedSection()!.querySelector('a')!.href).toBe('https://social.example.com/nov');
    expect(feedSection()!.textContent).toContain('Updated 10 minutes ago.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the last good copy with its age when offline', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await saveGoodFeed(
      feedUrl,
      { items: [{ id: 'a', title: 'October wrap-up', url: 'https://social.example.com/oct' }] },
      new Date(NOW.getTime() - 26 * 3600 * 1000),
    );
    render(<Popup lang="en" now={now} />);
    await waitFor(() => expect(feedSection()?.dataset.offline).toBe('true'));
    expect(screen.getByText('October wrap-up').closest('a')!.href).toBe('https://social.example.com/oct');
    expect(feedSection()!.textContent).toContain(
      'Could not refresh (offline or unreachable). Showing the copy fetched yesterday.',
    );
    expect((await readCachedFeed(feedUrl))?.good?.items).toHaveLength(1);
  });

  it('fetches a copy that is more than an hour old and shows the new entries', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'dec',
          title: 'December plan',
          url: 'https://social.example.com/dec',
          date_published: '2026-11-27',
        },
      ],
    });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(body)));
    await saveGoodFeed(feedUrl, { items: [] }, new Date(NOW.getTime() - 3 * 3600 * 1000));
    render(<Popup lang="en" now={now} />);
    expect(await screen.findByText('December plan')).toBeTruthy();
    expect(feedSection()!.textContent).toContain('Updated now.');
  });

  it('explains a feed that is not a feed, in French too', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<!doctype html><html></html>')));
    await saveFeedError(feedUrl, { code: 'network', detail: 'offline' }, new Date(NOW.getTime() - 60_000));
    render(<Popup lang="fr" now={now} />);
    await waitFor(() =>
      expect(feedSection()?.textContent).toContain(
        'Impossible de charger le flux de rapports (ce n’est pas un flux JSON Feed, RSS ou Atom).',
      ),
    );
  });

  it('says when access to the feed site was not granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    render(<Popup lang="en" now={now} />);
    await waitFor(() =>
      expect(feedSection()?.textContent).toContain('Access to the feed’s site was not granted.'),
    );
  });
});
