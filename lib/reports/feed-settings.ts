import { browser } from 'wxt/browser';
import { originPattern } from '../permissions';

/** storage.local key of the report feed address a manager set (popup or options page). */
export const FEED_URL_KEY = 'reportFeedUrl';

/**
 * A feed address must be an https address with a host, as a pack address must: the extension asks for
 * https host permissions only, and a feed read over plain http could be swapped on the way.
 */
export function parseFeedUrl(input: string): URL | undefined {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'https:' && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function readFeedUrl(): Promise<string | undefined> {
  const stored = await browser.storage.local.get(FEED_URL_KEY);
  const value = stored[FEED_URL_KEY];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Asks for access to the feed's site, then stores the address. Call it straight from a click
 * handler: browsers only show the permission prompt during a user gesture, so nothing may be
 * awaited before the request.
 */
export async function saveFeedUrl(url: URL): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(url)] });
  if (granted) await browser.storage.local.set({ [FEED_URL_KEY]: url.href });
  return granted;
}

export async function clearFeedUrl(): Promise<void> {
  await browser.storage.local.remove(FEED_URL_KEY);
}

export async function hasFeedPermission(url: URL): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}
