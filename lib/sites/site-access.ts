import { browser } from 'wxt/browser';
import { DEFAULT_SITE_MATCHES, DEFAULT_SITES, type DefaultSiteId } from './hosts';

/**
 * Whether a granted match pattern (as `permissions.getAll` lists them) covers one of the default
 * sites' patterns, `https://<host>/*`: the same pattern, or a wider one that a user or a manager's
 * extra site may have granted (all https sites, a whole domain such as `*://*.google.com/*`, or
 * `<all_urls>`).
 */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === '<all_urls>' || granted === wanted) return true;
  const parts = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(granted);
  const target = /^https:\/\/([^/]+)\//.exec(wanted);
  if (!parts || !target) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const wantedHost = target[1] as string;
  if (scheme === 'http' || path !== '*') return false;
  if (host === '*' || host === wantedHost) return true;
  return host.startsWith('*.') && (wantedHost === host.slice(2) || wantedHost.endsWith(host.slice(1)));
}

/**
 * The default sites' patterns the browser lets the content script into. Read from `getAll`, not
 * `contains`: Chrome's `contains` says false for hosts that only content scripts declare, even
 * granted, while both browsers list them in `getAll` once granted (and leave them out when withheld).
 */
export async function grantedDefaultMatches(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return DEFAULT_SITE_MATCHES.filter((wanted) => origins.some((granted) => patternCovers(granted, wanted)));
}

/**
 * The default sites the browser has not granted, each named once even when only one of its addresses
 * is missing. Chrome grants them at install. Firefox (Manifest V3) treats them as host permissions
 * the user controls: its install prompt lists and grants them (since Firefox 127), but a user can
 * take them back (about:addons › Permissions, or the extensions menu), and sites a later version adds
 * are not granted on update. Without access Better Brief silently does nothing on a site, so
 * extension pages ask.
 */
export async function sitesWithoutAccess(): Promise<DefaultSiteId[]> {
  const granted = new Set(await grantedDefaultMatches());
  return (Object.keys(DEFAULT_SITES) as DefaultSiteId[]).filter((site) =>
    DEFAULT_SITES[site].some((pattern) => !granted.has(pattern)),
  );
}

/**
 * Asks the browser for the sites. Call it straight from a click, with nothing awaited before:
 * browsers only show the request for a user gesture.
 */
export function askForSiteAccess(sites: readonly DefaultSiteId[]): Promise<boolean> {
  return browser.permissions.request({ origins: sites.flatMap((site) => DEFAULT_SITES[site]) });
}

/** Calls `listener` when granted sites change (here, or in the browser's settings); returns an unsubscribe. */
export function onSiteAccessChange(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
