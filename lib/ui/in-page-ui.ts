import { SendNudge } from './nudge';
import { Overlay } from './overlay';

/**
 * The in-page UI's classes: the badge and card (Overlay) and the send nudge, with their styles and
 * messages. Content scripts load them when their frame gets ready (lib/content/load-ui.ts), from
 * their own file built by entrypoints/in-page-ui.ts; extension pages (the try-it page) import them.
 */
export interface InPageUi {
  Overlay: typeof Overlay;
  SendNudge: typeof SendNudge;
}

export const IN_PAGE_UI: InPageUi = { Overlay, SendNudge };
