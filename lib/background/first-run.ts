import { browser } from 'wxt/browser';

/** The try-it page, where a new user sees Better Brief work before opening Gmail. */
export const TRY_PAGE_PATH = '/try.html';

/** Opens the try-it page once, right after the extension is installed (not on updates). */
export function openTryPageOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(TRY_PAGE_PATH) }).catch(() => undefined);
  });
}
