import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FixtureServer } from '../../e2e/harness/fixture-server';
import { REPO_ROOT } from '../../e2e/harness/paths';

/** The Firefox build that `npm run build:firefox` writes and the tests install as a temporary add-on. */
export const FIREFOX_BUILD = path.join(REPO_ROOT, '.output/firefox-mv3');

/** The add-on id of wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'better-brief@example.org';

/** The system Firefox (never a downloaded one): $FIREFOX_PATH or Debian's firefox-esr. */
export function firefoxExecutable(): string {
  const candidate = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(candidate)) {
    throw new Error(
      `Firefox not found at ${candidate}. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return candidate;
}

export interface SiteAccess {
  /**
   * Whether Firefox grants the sites of the manifest at install, as it does since Firefox 127 (the
   * add-ons site's install prompt lists them). `false` plays a user who took the access back (or a
   * Firefox that did not grant it): the content scripts then do not run until the extension asks.
   */
  grantedAtInstall?: boolean;
}

/**
 * The preferences every test Firefox gets. Firefox has no host-resolver rules like Chromium's: every
 * name resolves to 127.0.0.1 (network.dns.forceResolve) and ports 443 and 80 are remapped to the
 * fixture server's random ones (network.socket.forcePort), so https://mail.google.com/ is the fixture
 * and nothing, Firefox's own background requests included, leaves the machine.
 */
export function firefoxPrefs(
  server: FixtureServer,
  extensionUuid: string,
  { grantedAtInstall = true }: SiteAccess = {},
): Record<string, string | number | boolean> {
  return {
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${server.port};80=${server.httpPort}`,
    // The moz-extension://<uuid>/ address is random per install unless fixed here.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: extensionUuid }),
    'extensions.originControls.grantByDefault': grantedAtInstall,
    // permissions.request() grants without the doorhanger, which headless Firefox cannot click.
    'extensions.webextOptionalPermissionPrompts': false,
    'intl.accept_languages': 'en-US',
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
}
