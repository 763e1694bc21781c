import { type Browser, browser } from 'wxt/browser';
import type { ToContent } from '../messages';

/** Amber, readable with white text in light and dark toolbars. */
const BADGE_COLOR = '#b45309';

/** What each frame of a tab last reported: Gmail's compose and the Chat iframe count separately. */
interface FrameCount {
  count: number;
  /** Chrome's id of the page load that reported (absent in Firefox). */
  documentId?: string;
}
type TabCounts = Record<string, FrameCount>;

/** storage.session survives the service worker's restarts and is gone with the browser session. */
const tabKey = (tabId: number) => `badge:${tabId}`;

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * Every change to a tab's counts reads, modifies and writes storage.session, with awaits in between:
 * two frames reporting at once would both read the old counts and one report would be lost. So the
 * changes of one tab run one after the other, on one promise chain per tab.
 */
const tabQueues = new Map<number, Promise<void>>();

function inTurn(tabId: number, change: () => Promise<void>): Promise<void> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  // A failed change must not block the next ones: they start from what storage holds.
  const next = previous.catch(() => undefined).then(change);
  tabQueues.set(tabId, next);
  const settle = () => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  };
  next.then(settle, settle);
  return next;
}

async function readTab(tabId: number): Promise<TabCounts> {
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)];
  return typeof stored === 'object' && stored !== null ? (stored as TabCounts) : {};
}

async function show(tabId: number, frames: TabCounts): Promise<void> {
  const total = Object.values(frames).reduce((sum, frame) => sum + frame.count, 0);
  if (total > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: badgeText(total) });
  if (Object.keys(frames).length === 0) await browser.storage.session.remove(tabKey(tabId));
  else await browser.storage.session.set({ [tabKey(tabId)]: frames });
}

/** A frame's content script says how many suggestions are open in it; the badge shows the tab's total. */
export function showOpenSuggestions(
  sender: Pick<Browser.runtime.MessageSender, 'tab' | 'frameId'> & { documentId?: string },
  count: number,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve();
  return inTurn(tabId, async () => {
    const frames = await readTab(tabId);
    const frame = String(sender.frameId ?? 0);
    if (count > 0) frames[frame] = { count, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
    else delete frames[frame];
    await show(tabId, frames);
  });
}

/** Whether that page load is still there with our content script: a message to it gets delivered. */
async function isAlive(tabId: number, frame: FrameCount): Promise<boolean> {
  // Without a documentId (Firefox) nothing says which page load spoke: count it as gone.
  if (!frame.documentId) return false;
  const ping: ToContent = { type: 'ping' };
  try {
    await browser.tabs.sendMessage(tabId, ping, { documentId: frame.documentId });
    return true;
  } catch {
    // "Receiving end does not exist": a new page replaced it.
    return false;
  }
}

/**
 * After a load completes, drops the counts of page loads that are gone. Same-page navigations
 * (Gmail's #inbox → #inbox/thread) also go through 'loading' and 'complete', yet the compose boxes
 * and the content script stay, and it only reports when its count changes: their counts stay.
 */
export function handleTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status !== 'complete') return Promise.resolve();
  return inTurn(tabId, async () => {
    const frames = await readTab(tabId);
    if (Object.keys(frames).length === 0) return;
    const alive: TabCounts = {};
    for (const [frame, counted] of Object.entries(frames)) {
      if (await isAlive(tabId, counted)) alive[frame] = counted;
    }
    if (Object.keys(alive).length !== Object.keys(frames).length) await show(tabId, alive);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return inTurn(tabId, () => browser.storage.session.remove(tabKey(tabId)));
}
