import { customAdapter } from './custom';
import { discordAdapter } from './discord';
import { gmailAdapter } from './gmail';
import { googleChatAdapter } from './google-chat';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';
import type { SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp';

/** Every site adapter, first match wins. Add a site by adding its adapter here. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  gmailAdapter,
  googleChatAdapter,
  slackAdapter,
  teamsAdapter,
  outlookAdapter,
  whatsappAdapter,
  discordAdapter,
  // Matches any page: last. It serves the sites a manager added (registered at run time).
  customAdapter,
];

/** The adapter for this page, if Better Brief serves it. */
export function adapterFor(location: Location): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesLocation(location));
}
