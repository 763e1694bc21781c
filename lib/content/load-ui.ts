import { browser, type PublicPath } from 'wxt/browser';
import type { InPageUi } from '../ui/in-page-ui';
import { publishedInPageUi } from '../ui/in-page-ui-slot';

/** Built by entrypoints/in-page-ui.ts; web-accessible (wxt.config.ts) so that import() may load it. */
const IN_PAGE_UI_FILE: PublicPath = '/in-page-ui.js';

/**
 * The badge, card and send nudge classes, loaded from the extension's own file into this content
 * script's isolated world (a module imported from a content script runs there, out of the page's
 * reach). Kept out of the content script, which every frame of the covered sites parses: most frames
 * (Gmail has many) never get a compose box, and the others load it while their rules compile.
 */
export async function loadInPageUi(): Promise<InPageUi> {
  // The version in the URL: after an update, a frame that ran the old script imports the new file
  // rather than reusing the old module the world already holds (imports are cached by URL).
  const url = `${browser.runtime.getURL(IN_PAGE_UI_FILE)}?v=${browser.runtime.getManifest().version}`;
  await import(/* @vite-ignore */ url);
  const ui = publishedInPageUi();
  if (!ui) throw new Error(`Better Brief: ${IN_PAGE_UI_FILE} left no in-page UI`);
  return ui;
}
