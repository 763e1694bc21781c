import { type Browser, browser } from 'wxt/browser';
import type { ToBackground, ToContent } from '../messages';
import { refreshFeed } from '../reports/feed-refresh';
import { FEED_URL_KEY, hasFeedPermission, parseFeedUrl, readFeedUrl } from '../reports/feed-settings';
import { recordCount } from '../store/counts';
import { forgetTab, handleTabUpdated, showOpenSuggestions } from './toolbar-badge';

const COUNT_EVENTS = new Set(['shown', 'applied', 'dismissed', 'briefed']);
/** The popup opened in a tab on its "How we work" section (the card links there). */
export const HOW_WE_WORK_PAGE = '/popup.html#how-we-work';
export const FEED_ALARM = 'report-feed-refresh';
const FEED_REFRESH_MINUTES = 6 * 60;

type Sender = Browser.runtime.MessageSender;

/** Content scripts run in pages we do not control: check the shape before trusting a message. */
function asContentMessage(message: unknown): ToBackground | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const candidate = message as Record<string, unknown>;
  if (
    candidate.type === 'count' &&
    typeof candidate.ruleId === 'string' &&
    /^[a-z0-9][a-z0-9-]{0,63}$/.test(candidate.ruleId) &&
    COUNT_EVENTS.has(candidate.event as string)
  ) {
    return candidate as ToBackground;
  }
  if (
    candidate.type === 'open-suggestions' &&
    typeof candidate.count === 'number' &&
    Number.isInteger(candidate.count) &&
    candidate.count >= 0
  ) {
    return candidate as ToBackground;
  }
  if (candidate.type === 'open-how-we-work') return { type: 'open-how-we-work' };
  return undefined;
}

/**
 * Answers the content script's 'count', 'open-suggestions' and 'open-how-we-work' messages; leaves
 * every other message to the other listeners (returns undefined for them, as runtime.onMessage expects).
 */
export function handleContentMessage(message: unknown, sender: Sender): Promise<void> | undefined {
  const known = asContentMessage(message);
  if (!known) return undefined;
  if (known.type === 'count') return recordCount(known.ruleId, known.event);
  if (known.type === 'open-how-we-work') return openHowWeWork(sender);
  return showOpenSuggestions(sender, known.count);
}

/**
 * A page cannot link to an extension page (it is not web-accessible), so the card asks the background
 * to open the popup's "How we work" section in a new tab beside the one the colleague writes in.
 */
async function openHowWeWork(sender: Sender): Promise<void> {
  const tab = sender.tab;
  await browser.tabs.create({
    url: browser.runtime.getURL(HOW_WE_WORK_PAGE),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.windowId === undefined ? {} : { windowId: tab.windowId }),
  });
}

/** The keyboard shortcut: ask the active tab's content script to open the card of the focused box. */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== 'open-card') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const message: ToContent = { type: 'open-card' };
  // A tab without our content script (a site we do not cover) has nobody to answer: that is fine.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** Refreshes the configured report feed, if there is one and its site was granted. */
export async function refreshConfiguredFeed(now = new Date()): Promise<void> {
  const url = parseFeedUrl((await readFeedUrl()) ?? '');
  if (!url || !(await hasFeedPermission(url))) return;
  await refreshFeed(url.href, { now });
}

/** Keeps a periodic alarm while a feed is configured, none otherwise. */
export async function syncFeedAlarm(): Promise<void> {
  if (await readFeedUrl()) {
    const existing = await browser.alarms.get(FEED_ALARM);
    if (!existing)
      await browser.alarms.create(FEED_ALARM, { periodInMinutes: FEED_REFRESH_MINUTES, delayInMinutes: 1 });
  } else {
    await browser.alarms.clear(FEED_ALARM);
  }
}

/** Wires the popup's background duties: counts, toolbar badge, shortcut and report-feed refresh. */
export function registerPopupBackground(): void {
  browser.runtime.onMessage.addListener(handleContentMessage);
  browser.tabs.onUpdated.addListener(handleTabUpdated);
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.commands.onCommand.addListener(handleCommand);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void refreshConfiguredFeed();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // The page that set the address fetches it at once; the alarm's first run (a minute later) covers the rest.
    if (area === 'local' && FEED_URL_KEY in changes) void syncFeedAlarm();
  });
  void syncFeedAlarm();
}
