import { bindByMarker } from '../editors/by-marker';
import { isDefaultSite } from './hosts';
import { isNotSearch } from './message-box';
import type { SiteAdapter } from './types';

/** What counts as a message box on a page a manager added (an intranet, a ticket tool…). */
const CUSTOM = {
  /** Multi-line fields and editable regions; one-line <input>s (titles, search) are not messages. */
  composeBox: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  /** The form's submit buttons. */
  sendButton: 'button[type="submit"], button:not([type]), input[type="submit"]',
} as const;

export const customAdapter: SiteAdapter = {
  id: 'custom',
  // Any page: the extra-sites script runs only where a manager registered it (see customAdapterFor).
  matchesLocation: () => true,
  composeSelector: CUSTOM.composeBox,
  isComposeBox: (element) => {
    if (element instanceof HTMLTextAreaElement)
      return !element.readOnly && !element.disabled && isNotSearch(element);
    // The outermost editable only (an editor's inner contenteditables are part of it).
    return element.parentElement?.isContentEditable !== true && isNotSearch(element);
  },
  bind: (element) => bindByMarker(element),
  send: {
    findSendButtons: (box) => {
      const form = box.closest('form');
      return form ? [...form.querySelectorAll<HTMLElement>(CUSTOM.sendButton)] : [];
    },
    enterSends: false,
    modEnterSends: true,
  },
};

/**
 * The adapter of the script for manager-added sites: the custom one, except on a default site's page
 * (a wide pattern such as https://*.google.com/* covers mail.google.com), which the declared script
 * serves with that site's own adapter.
 */
export function customAdapterFor(location: Location): SiteAdapter | undefined {
  return isDefaultSite(location) ? undefined : customAdapter;
}
