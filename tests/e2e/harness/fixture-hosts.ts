import path from 'node:path';
import { REPO_ROOT } from './paths';

const fixtures = (folder: string): string => path.join(REPO_ROOT, 'tests/e2e/fixtures', folder);

/**
 * Which fixture folder answers for which host name. Every host name resolves to the local fixture
 * server (see launch-browser.ts), so a site only needs a line here. A host without a line answers 404
 * unless a test registers a route for it (server.route).
 */
export const FIXTURE_HOSTS: Record<string, string> = {
  'mail.google.com': fixtures('gmail'),
  'chat.google.com': fixtures('google-chat'),
  'app.slack.com': fixtures('slack'),
  'teams.microsoft.com': fixtures('teams'),
  'outlook.office.com': fixtures('outlook'),
  'web.whatsapp.com': fixtures('whatsapp'),
  'discord.com': fixtures('discord'),
  'intranet.example.test': fixtures('custom'),
};
