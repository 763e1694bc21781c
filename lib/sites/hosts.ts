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
