import css from './overlay.css?inline';

/**
 * The in-page UI's stylesheet (badge, card, and the send nudge's panel), written in overlay.css and
 * imported minified: it ships inside the content script, whose size is budgeted.
 */
export const UI_CSS: string = css;
