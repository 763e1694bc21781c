import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, startFixtureServer } from '../../e2e/harness/fixture-server';
import { FIREFOX_BUILD, firefoxExecutable, firefoxPrefs, type SiteAccess } from './firefox-prefs';

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  /** Uncaught errors of any page, as "url: message". */
  pageErrors: string[];
  /** A new tab on `url` (e.g. https://mail.google.com/mail/u/0/), loaded. */
  openPage(url: string): Promise<Page>;
  /** Closes Firefox (which removes its profile) and the server. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Headless firefox-esr driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed
 * as a temporary add-on (as about:debugging would) and every host name served by a fresh fixture
 * server. For web pages only: Firefox's BiDi does not reach extension pages (launchFirefoxForExtensionPages).
 */
export async function launchFirefox(siteAccess: SiteAccess = {}): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxExecutable(),
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: firefoxPrefs(server, randomUUID(), siteAccess),
    });
    await browser.installExtension(FIREFOX_BUILD);
    return session(browser, server);
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.close();
    throw error;
  }
}

function session(browser: Browser, server: FixtureServer): FirefoxSession {
  const pageErrors: string[] = [];
  let closed = false;
  return {
    browser,
    server,
    pageErrors,
    async openPage(url) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${(error as Error).message}`));
      await page.goto(url);
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}
