import { discordAdapter } from './discord';
import { gmailAdapter } from './gmail';
import { googleChatAdapter } from './google-chat';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';
import type { SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp';

/**
 * The default sites' adapters, first match wins: the declared content script (entrypoints/content)
 * carries these and only these. Add a site by adding its adapter here and its pages to hosts.ts.
 * Sites a manager adds are served by the custom adapter, in a script of their own (custom.ts).
 */
export const DEFAULT_SITE_ADAPTERS: readonly SiteAdapter[] = [
  gmailAdapter,
  googleChatAdapter,
  slackAdapter,
  teamsAdapter,
  outlookAdapter,
  whatsappAdapter,
  discordAdapter,
];

/** The adapter for this page if it is one of the default sites'. */
export function defaultSiteAdapterFor(location: Location): SiteAdapter | undefined {
  return DEFAULT_SITE_ADAPTERS.find((adapter) => adapter.matchesLocation(location));
}
