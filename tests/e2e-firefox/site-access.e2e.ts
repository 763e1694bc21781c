import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { GMAIL_URL, POST_NOW } from '../e2e/gmail-page';
import { BODY } from './gmail-page';
import { type ExtensionPagesSession, holdsFor, launchFirefoxForExtensionPages, waitFor } from './harness';

/**
 * A Firefox where the default sites were not granted (a user took them back in about:addons): Better
 * Brief stays out of Gmail, the try-it page, the options page and the popup say so and ask, and one click makes it work
 * in the Gmail tab that was already open, without a reload. Over Marionette, for the extension pages;
 * Firefox grants without its doorhanger here (extensions.webextOptionalPermissionPrompts), which
 * headless Firefox could not click.
 */
/** The extension page's own `browser`, in functions that firefox.evaluate runs there. */
declare const browser: WxtBrowser;

let firefox: ExtensionPagesSession;
beforeAll(async () => {
  firefox = await launchFirefoxForExtensionPages({ grantedAtInstall: false });
});
afterAll(() => firefox?.close());

/** The badge in the current tab's Better Brief shadow root (open, so the page's script sees it), or null. */
const badgeText = () =>
  firefox.evaluate(() => {
    for (const host of document.querySelectorAll('*')) {
      const badge = host.shadowRoot?.querySelector<HTMLElement>('[data-bb="badge"]');
      if (badge?.checkVisibility()) return badge.textContent?.trim() ?? '';
    }
    return null;
  });

const grantedOrigins = () => firefox.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);

const promptShown = () => firefox.evaluate(() => document.querySelector('[data-bb="site-access"]') !== null);

describe('Firefox without site access', () => {
  let gmail: string;

  it('stays out of an open Gmail tab', async () => {
    gmail = await firefox.openTab(`${GMAIL_URL}#inbox?compose=new`);
    await firefox.type(await firefox.find(BODY), POST_NOW);
    // With access, the badge shows within a few hundred milliseconds (gmail.e2e.ts).
    await holdsFor(async () => (await badgeText()) === null, 1_500, 'no badge without site access');
  });

  it('the try-it page names the sites and asks', async () => {
    await firefox.openTab(firefox.extensionUrl('try.html'));
    const prompt = await firefox.find('[data-bb="site-access"]');
    expect(await firefox.text(prompt)).toContain(
      'Better Brief cannot help you on Gmail, Google Chat, Slack, Microsoft Teams, Outlook, WhatsApp Web, and Discord yet',
    );
    await firefox.screenshot('firefox-site-access-try-page');
  });

  it('the options page asks too, under the guidance in force', async () => {
    await firefox.openTab(firefox.extensionUrl('options.html'));
    const prompt = await firefox.find('[data-bb="site-access"]');
    expect(await firefox.text(prompt)).toContain('Allow on these sites');
    await firefox.screenshot('firefox-site-access-options');
  });

  it('the popup asks too; one click grants every site and the request goes away', async () => {
    await firefox.openTab(firefox.extensionUrl('popup.html'));
    const prompt = await firefox.find('[data-bb="site-access"]');
    expect(await firefox.text(prompt)).toContain('Allow on these sites');
    await firefox.screenshot('firefox-site-access-popup', await firefox.find('[data-bb="popup"]'));
    expect(await grantedOrigins()).toEqual([]);

    await firefox.click(await firefox.find('[data-bb="allow-sites"]'));
    await waitFor(async () => !(await promptShown()), { message: 'the request to go away' });
    expect(await grantedOrigins()).toContain('https://mail.google.com/*');
  });

  it('the Gmail tab that was open flags the request, without a reload', async () => {
    await firefox.switchTo(gmail);
    // The draft typed before the grant is read as soon as the script starts in the tab.
    expect(await waitFor(badgeText, { message: 'the badge in the open Gmail tab' })).toBe('1');
    expect(await firefox.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  });
});
