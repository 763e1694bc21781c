/**
 * Firefox end-to-end harness: Debian's firefox-esr, headless, with the Firefox build installed as a
 * temporary add-on, on the same fixture server as the Chromium harness (tests/e2e/harness), which
 * plays every site at its real address. Two drivers, because Firefox's WebDriver BiDi does not reach
 * extension pages (moz-extension://, bug 1755014):
 *
 * - Web pages (Gmail, chats): launchFirefox() — puppeteer-core over WebDriver BiDi.
 *     const firefox = await launchFirefox();
 *     const page = await firefox.openPage('https://web.whatsapp.com/');
 *     await page.keyboard.type('Could you post this on LinkedIn immediately?');
 *     await waitForBadge(page, 1);                         // bb('badge') is a selector piercing the shadow root
 *     await firefox.close();
 * - Popup and options page: launchFirefoxForExtensionPages() — Marionette, Firefox's WebDriver-classic.
 *     const firefox = await launchFirefoxForExtensionPages();
 *     await firefox.openTab(firefox.extensionUrl('popup.html'));
 *     await firefox.type(await firefox.find('textarea[data-bb="check-input"]'), 'text');
 *     await firefox.evaluate(() => browser.storage.local.get('guidance'));
 *
 * Both take { grantedAtInstall: false } to play a Firefox where the sites were not granted. Each
 * test file starts one Firefox (about 5 s). Run one file, after `npm run build:firefox`:
 *   npx vitest run --config vitest.e2e-firefox.config.ts tests/e2e-firefox/gmail.e2e.ts
 */
export { holdsFor, waitFor } from '../../e2e/harness/in-page';
export {
  type ElementReference,
  type ExtensionPagesSession,
  launchFirefoxForExtensionPages,
} from './extension-pages';
export { ADDON_ID, FIREFOX_BUILD, firefoxExecutable, type SiteAccess } from './firefox-prefs';
export { badgeCount, bb, chord, isShown, textOf, visible, waitForBadge } from './in-page';
export { type FirefoxSession, launchFirefox } from './launch-firefox';
