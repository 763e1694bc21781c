/**
 * End-to-end harness: system Chromium (never a downloaded one) with the built extension, and a local
 * HTTPS server that plays every site. Usage, one browser per test file:
 *
 *   import { afterAll, beforeAll, expect, it } from 'vitest';
 *   import { type BrowserSession, bb, launchBrowser, screenshot, waitForBadge } from './harness';
 *
 *   let browser: BrowserSession;
 *   beforeAll(async () => { browser = await launchBrowser(); });   // { lang: 'fr' } for a French browser
 *   afterAll(() => browser?.close());                                // always closes browser + server
 *
 *   it('shows the badge', async () => {
 *     const page = await browser.openPage('https://mail.google.com/mail/u/0/#inbox?compose=new');
 *     await page.locator('[role="textbox"]').first().click();
 *     await page.keyboard.type('Could you post this on LinkedIn immediately?');
 *     await waitForBadge(page, 1);                                        // bb(page, 'card') etc. pierce
 *     await screenshot(page, 'gmail-badge');                              // → .tmp/screenshots/gmail-badge.png
 *   });
 *
 * - Sites: add `host → folder` to FIXTURE_HOSTS in fixture-hosts.ts (every host name resolves to the
 *   server; unknown hosts get 404), or per browser with launchBrowser({ hosts }). A folder's index.html
 *   answers any extension-less path (/mail/u/0/), so link its files absolutely (src="/main.js").
 *   `main.js`/`main.css` asked for beside a `main.ts(x)` are bundled with esbuild on the fly (npm
 *   editor libraries welcome). http:// works too on non-HSTS names (google.com names are https-only).
 * - Dynamic answers: `browser.server.route('https://packs.example.org/team.json', (req) => ({ headers:
 *   { etag: '"v1"' }, body: pack }))` (returns a remover); `browser.server.requests` lists every
 *   request with its body (privacy tests: no draft text leaves).
 * - Extension pages: browser.openExtensionPage('try.html'); id: browser.extensionId, or before launch
 *   unpackedExtensionId(BUILT_EXTENSION) (policy tests). Service worker: browser.serviceWorker.
 * - waitFor(() => condition) instead of sleeps; holdsFor(condition, ms) for absences; badgeCount(page)
 *   is 0 while the badge is hidden.
 * - Highlights live in the extension's isolated world: check them with pixels(page, await
 *   textBox(editor, 'words')) before/after (e.g. Dismiss), and look at screenshots.
 * - browser.pageErrors collects uncaught page errors.
 * - Run one file: `npx vitest run --config vitest.e2e.config.ts tests/e2e/gmail-compose.e2e.ts` (after
 *   `npm run build`; global-setup builds only when no build exists).
 */
export { extensionIdFromUrl, unpackedExtensionId } from './extension-id';
export { FIXTURE_HOSTS } from './fixture-hosts';
export type { FixtureServer, RecordedRequest, RouteHandler, RouteResponse } from './fixture-server';
export { startFixtureServer } from './fixture-server';
export {
  type Box,
  badgeCount,
  bb,
  holdsFor,
  pixels,
  screenshot,
  textBox,
  waitFor,
  waitForBadge,
} from './in-page';
export type { BrowserSession, LaunchOptions } from './launch-browser';
export { launchBrowser } from './launch-browser';
export { BUILT_EXTENSION, REPO_ROOT, SCREENSHOT_DIR } from './paths';
