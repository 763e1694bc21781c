/**
 * Where the content script runs by default. Kept free of DOM code so that
 * wxt.config.ts and the background can import it.
 * Each entry is the site adapter's id and the pages it serves.
 */
export const DEFAULT_SITES = {
  gmail: ['https://mail.google.com/*'],
  'google-chat': ['https://chat.google.com/*'],
  slack: ['https://app.slack.com/*'],
  teams: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  outlook: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  whatsapp: ['https://web.whatsapp.com/*'],
  discord: ['https://discord.com/*'],
} as const satisfies Record<string, readonly string[]>;

export type DefaultSiteId = keyof typeof DEFAULT_SITES;

export const DEFAULT_SITE_MATCHES: string[] = Object.values(DEFAULT_SITES).flat();

/** How each default site is called on screen (the ids are the site adapters' names). */
export const SITE_NAMES: Record<DefaultSiteId, string> = {
  gmail: 'Gmail',
  'google-chat': 'Google Chat',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  outlook: 'Outlook',
  whatsapp: 'WhatsApp Web',
  discord: 'Discord',
};

/** The host of a match pattern (`https://mail.google.com/*` → `mail.google.com`), or undefined. */
const patternParts = (pattern: string): { scheme: string; host: string } | undefined => {
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  return match ? { scheme: match[1] as string, host: match[2] as string } : undefined;
};

const DEFAULT_HOSTS = new Set(
  DEFAULT_SITE_MATCHES.map((pattern) => patternParts(pattern)?.host).filter((host) => host !== undefined),
);

/**
 * Whether the page is a default site's (https, a default host): the declared script serves it there,
 * so the script for manager-added sites (registered on wider patterns such as https://*.google.com/*)
 * leaves it alone.
 */
export function isDefaultSite(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return location.protocol === 'https:' && DEFAULT_HOSTS.has(location.hostname);
}

/**
 * Whether the default content script already runs on every page `pattern` matches (its host is one of
 * the default sites', every path of which they cover), so an extra-sites registration would only run
 * the script a second time there. A wider pattern (`https://*.google.com/*`) is not covered.
 */
export function coveredByDefaultSites(pattern: string): boolean {
  const parts = patternParts(pattern);
  // Default hosts are https-only (HSTS): `*://` and `https://` patterns on them add nothing.
  return parts !== undefined && parts.scheme !== 'http' && DEFAULT_HOSTS.has(parts.host);
}
