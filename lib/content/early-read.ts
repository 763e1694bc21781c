import { browser } from 'wxt/browser';
import { COMPILED_KEY } from '../guidance/compiled-store';
import { GUIDANCE_KEY, TEAM_KEY } from '../guidance/resolved';

/** What loadGuidance reads from storage.local. */
export const GUIDANCE_READ_KEYS = [GUIDANCE_KEY, TEAM_KEY, COMPILED_KEY];

const EARLY = Symbol.for('better-brief.early-guidance-read');

interface EarlyRead {
  stored: Promise<Record<string, unknown>>;
  /** A change to what was read arrived since: the read is stale. */
  changed: boolean;
  stopWatching: () => void;
}

type World = { [EARLY]?: EarlyRead };

/**
 * Starts reading the guidance as the page starts (entrypoints/early.content.ts, document_start), for
 * the content script that runs once the page is idle: storage.local takes 80 to 120 ms to answer
 * while a page like Gmail loads, which was most of the time between a compose box open at load and
 * its guidance being usable. Both scripts run in the frame's one isolated world, where this waits.
 */
export function startEarlyGuidanceRead(world: object = globalThis): void {
  const slot = world as World;
  if (slot[EARLY]) return;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && GUIDANCE_READ_KEYS.some((key) => key in changes)) read.changed = true;
  };
  const read: EarlyRead = {
    stored: browser.storage.local.get(GUIDANCE_READ_KEYS),
    changed: false,
    stopWatching: () => browser.storage.onChanged.removeListener(listener),
  };
  // Nobody may take it (a frame the content script leaves alone): a failure is the reader's to see.
  read.stored.catch(() => undefined);
  browser.storage.onChanged.addListener(listener);
  slot[EARLY] = read;
}

/**
 * The early read, once, if one was started and nothing it read has changed since; else undefined
 * (the caller reads storage itself).
 */
export function takeEarlyGuidanceRead(
  world: object = globalThis,
): Promise<Record<string, unknown>> | undefined {
  const slot = world as World;
  const read = slot[EARLY];
  if (!read) return undefined;
  delete slot[EARLY];
  read.stopWatching();
  return read.changed ? undefined : read.stored;
}
