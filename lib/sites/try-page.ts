import { bindContentEditable } from '../editors/contenteditable';
import type { SiteAdapter } from './types';

/**
 * The try-it page's practice compose box. It runs the same runtime as Gmail, through an adapter like
 * any site's, so what a new user sees there is what they get in their mail.
 */
export const TRY_COMPOSE_ATTRIBUTE = 'data-bb-try-compose';

export const tryPageAdapter: SiteAdapter = {
  id: 'try',
  matchesLocation: (location) => location.pathname.endsWith('/try.html'),
  composeSelector: `[${TRY_COMPOSE_ATTRIBUTE}][contenteditable="true"]`,
  // The practice box has a signature, like a real one, to show it is left alone.
  excludeSelector: '.signature',
  bind: (element) => bindContentEditable(element, { exclude: tryPageAdapter.excludeSelector }),
  send: { enterSends: false, modEnterSends: true },
};
