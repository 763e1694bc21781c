import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { GUIDANCE_KEY, type GuidanceState, resolvePack } from '../../lib/guidance/resolved';
import type { Pack, Team } from '../../lib/guidance/schema';
import { type BrowserSession, waitFor } from './harness';

/**
 * Changes the extension's own state the way its pages would, through its service worker: the
 * guidance in force (as if a manager's pack had been imported) and the send guard's test faults.
 */
type Storage = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
declare const chrome: { storage: { local: Storage } };

async function storedGuidance(browser: BrowserSession): Promise<GuidanceState | undefined> {
  return browser.serviceWorker!.evaluate(
    async (key) => (await chrome.storage.local.get(key))[key] as GuidanceState | undefined,
    GUIDANCE_KEY,
  );
}

/**
 * Puts in force the built-in pack with the first team's settings changed; returns a function that
 * puts the previous guidance back. Waits for the background's own first resolution, so it is not
 * overwritten by it afterwards.
 */
export async function setTeamSettings(
  browser: BrowserSession,
  settings: Partial<Team['settings']>,
): Promise<() => Promise<void>> {
  const previous = await waitFor(() => storedGuidance(browser), {
    message: 'the guidance resolved by the background',
  });
  const base = BUILTIN_PACK.teams[0]!;
  const pack: Pack = { ...BUILTIN_PACK, teams: [{ ...base, settings: { ...base.settings, ...settings } }] };
  const state = resolvePack(pack, BUILTIN_PACK, 'file');
  const write = (value: GuidanceState) =>
    browser.serviceWorker!.evaluate(
      ([key, stored]) => chrome.storage.local.set({ [key as string]: stored }),
      [GUIDANCE_KEY, value] as const,
    );
  await write(state);
  return () => write(previous);
}

/** Switches the send guard's test faults (lib/content/send-guard-faults.ts) on or off. */
export async function setTestFaults(browser: BrowserSession, faults: string[]): Promise<void> {
  await browser.serviceWorker!.evaluate((value) => chrome.storage.local.set({ bbTestFaults: value }), faults);
}
