import type { PublicPath } from 'wxt/browser';
import type { InPageUi } from '../ui/in-page-ui';
import { publishedInPageUi } from '../ui/in-page-ui-slot';
import { importOwnFile } from './import-own-file';

/** Built by entrypoints/in-page-ui.ts; web-accessible (wxt.config.ts) so that import() may load it. */
const IN_PAGE_UI_FILE: PublicPath = '/in-page-ui.js';

/**
 * The badge, card and send nudge classes, loaded from the extension's own file into this content
 * script's isolated world (a module imported from a content script runs there, out of the page's
 * reach). Kept out of the content script, which every frame of the covered sites parses: most frames
 * (Gmail has many) never get a compose box, and the others load it while their rules compile.
 */
export async function loadInPageUi(): Promise<InPageUi> {
  await importOwnFile(IN_PAGE_UI_FILE);
  const ui = publishedInPageUi();
  if (!ui) throw new Error(`Better Brief: ${IN_PAGE_UI_FILE} left no in-page UI`);
  return ui;
}
