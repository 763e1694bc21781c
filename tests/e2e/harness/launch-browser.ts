import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { extensionIdFromUrl } from './extension-id';
import { FIXTURE_HOSTS } from './fixture-hosts';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { assertLoadableExtension, BUILT_EXTENSION, chromiumExecutable } from './paths';

export interface LaunchOptions {
  /**
   * The language pages, extension pages and the service worker see in navigator.language(s) (and
   * Accept-Language). The service worker's `browser.i18n.getUILanguage()` stays en-US: Debian's
   * chromium ships only the en-US UI locale unless chromium-l10n is installed.
   */
  lang?: 'en' | 'fr';
  /** Load another build (default .output/chrome-mv3); `null` runs the browser without any extension. */
  extensionPath?: string | null;
  /** Extra fixture hosts for this browser only (host → folder); FIXTURE_HOSTS are always there. */
  hosts?: Record<string, string>;
  /** A headed window (needs a display); tests are always headless. */
  headed?: boolean;
  /** More Chromium switches. */
  args?: string[];
  /** Pixels per CSS pixel in screenshots (default 1); the docs' screenshots use 2 for sharp text. */
  deviceScaleFactor?: number;
}

export interface BrowserSession {
  context: BrowserContext;
  server: FixtureServer;
  /** The loaded extension's id, from its service worker's URL ('' without an extension). */
  extensionId: string;
  serviceWorker: Worker | null;
  /** Uncaught errors of any page, as "url: message" — a test can assert the host page never broke. */
  pageErrors: string[];
  /** A new tab on `url` (e.g. https://mail.google.com/mail/u/0/), loaded. */
  openPage(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages, e.g. openExtensionPage('try.html'). */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Closes the browser, the server and removes the profile. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Chromium with the built extension, every host name resolved to a fresh local fixture server, in a
 * throw-away profile. One per test file (beforeAll / afterAll): starting takes about half a second.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const extensionPath = options.extensionPath === undefined ? BUILT_EXTENSION : options.extensionPath;
  if (extensionPath) await untilLoadable(extensionPath);
  const lang = options.lang ?? 'en';
  const server = await startFixtureServer({ ...FIXTURE_HOSTS, ...options.hosts });
  const profile = mkdtempSync(path.join(tmpdir(), 'better-brief-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutable(),
      // Playwright's `--headless` is the new headless mode in Chromium 156: it loads extensions.
      headless: !options.headed,
      // Playwright passes --disable-extensions by default, which wins over --load-extension.
      ignoreDefaultArgs: extensionPath ? ['--disable-extensions'] : [],
      locale: lang === 'fr' ? 'fr-FR' : 'en-US',
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      // On Linux the UI language (chrome.i18n) follows the environment, not --lang.
      env: { ...process.env, LANGUAGE: lang, LC_ALL: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      args: [
        ...(extensionPath
          ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
          : []),
        // Every name goes to the fixture server: the real sites are never contacted.
        `--host-resolver-rules=MAP *:80 127.0.0.1:${server.httpPort}, MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
        `--lang=${lang === 'fr' ? 'fr-FR' : 'en-US'}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.args ?? []),
      ],
    });
    const serviceWorker = extensionPath ? await extensionServiceWorker(context) : null;
    return session(context, server, profile, serviceWorker);
  } catch (error) {
    await context?.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    throw error;
  }
}

/**
 * A build may be in progress (`wxt build` empties the folder first, for about 3 s): wait for it
 * rather than fail, then report what is missing if it never completes.
 */
async function untilLoadable(extensionPath: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return assertLoadableExtension(extensionPath);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context
    .waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    })
    .catch(() => {
      throw new Error('The extension did not start (no service worker within 15 s). Is the build valid?');
    });
}

function session(
  context: BrowserContext,
  server: FixtureServer,
  profile: string,
  serviceWorker: Worker | null,
): BrowserSession {
  const extensionId = serviceWorker ? extensionIdFromUrl(serviceWorker.url()) : '';
  const pageErrors: string[] = [];
  const watch = (page: Page) =>
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);

  const openPage = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  let closed = false;
  return {
    context,
    server,
    extensionId,
    serviceWorker,
    pageErrors,
    openPage,
    openExtensionPage: (pagePath) =>
      openPage(`chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`),
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
