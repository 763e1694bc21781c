import { browser, type PublicPath } from 'wxt/browser';
import { GUIDANCE_KEY, type GuidanceState, pickTeam, TEAM_KEY } from '../guidance/resolved';
import { coveredByDefaultSites } from '../sites/hosts';

/**
 * Sites a manager adds (a team's `settings.extraSites`, e.g. https://intranet.example.com/*) get their
 * own content script (entrypoints/extra-sites.content.ts: the custom adapter, which tells any editor by
 * its marks), registered at run time with `scripting.registerContentScripts`
 * for the sites the browser has granted (optional host permission, asked for from an extension page
 * with `askForSite`). Kept in step with the guidance in force and with the permissions: a site removed
 * from the pack or whose permission is withdrawn is unregistered.
 */
export const EXTRA_SITES_SCRIPT_ID = 'better-brief-extra-sites';

/**
 * The extra sites of the team in force, without those the default sites cover (they have their own
 * script; running it twice in a page would draw two badges). Wider patterns that overlap a default
 * site (https://*.google.com/*) are kept: the content script runs once per frame anyway.
 */
export async function extraSitesInForce(): Promise<string[]> {
  const stored = await browser.storage.local.get([GUIDANCE_KEY, TEAM_KEY]);
  const state = stored[GUIDANCE_KEY] as GuidanceState | undefined;
  if (!state || state.teams.length === 0) return [];
  const team = pickTeam(state, stored[TEAM_KEY] as string | undefined);
  return [...new Set(team.extraSites)].filter((pattern) => !coveredByDefaultSites(pattern));
}

/** Asks the browser for a site (from an extension page, inside a click: the browser wants a gesture). */
export function askForSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

async function grantedOnly(patterns: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  return granted;
}

/** The built script for manager-added sites; typed as a PublicPath so that a rename fails to compile. */
const EXTRA_SITES_SCRIPT: PublicPath = '/content-scripts/extra-sites.js';
/** As `registerContentScripts` wants it: relative to the extension root. */
export const EXTRA_SITES_SCRIPT_FILE = EXTRA_SITES_SCRIPT.slice(1);

/** Registers, updates or unregisters the extra-sites script; returns the sites it now runs on. */
export async function syncExtraSites(): Promise<string[]> {
  const matches = await grantedOnly(await extraSitesInForce());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: EXTRA_SITES_SCRIPT_ID,
    matches,
    // Its styles are in the script (a shadow root's), so there is no CSS file to inject.
    js: [EXTRA_SITES_SCRIPT_FILE],
    // Like the declared script: compose boxes in frames too.
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/** Background wiring: sync at start, on guidance or team changes, and when permissions change. */
export function registerExtraSites(): void {
  let queue: Promise<unknown> = Promise.resolve();
  // One sync at a time: two overlapping ones could both try to register the same id.
  const sync = () => {
    queue = queue
      .then(syncExtraSites)
      .catch((error: unknown) => console.error('Better Brief extra sites:', error));
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (GUIDANCE_KEY in changes || TEAM_KEY in changes)) sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
