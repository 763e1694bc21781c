import { bindRoosterjs } from '../editors/roosterjs';
import { isNotSearch, nearestButtons } from './message-box';
import type { SiteAdapter } from './types';

/** Every Outlook on the web selector, in one place. */
const OUTLOOK = {
  /** The body of a new message, reply or pop-out: a RoosterJS editor. */
  composeBox: 'div[contenteditable="true"][role="textbox"]',
  /** RoosterJS's host; the To/Cc wells and the subject are other fields outside it. */
  bodyHost: '[id^="editorParent"]',
  /** The Send button of the draft (label and tooltip translated: Send, Envoyer; "Send (Ctrl+Enter)"). */
  sendButton:
    'button[aria-label="Send"], button[aria-label="Envoyer"], button[title^="Send ("], button[title^="Envoyer ("]',
} as const;

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  matchesLocation: (location) =>
    ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'].includes(
      location.hostname,
    ),
  composeSelector: OUTLOOK.composeBox,
  isComposeBox: (element) =>
    (element.closest(OUTLOOK.bodyHost) !== null || element.getAttribute('aria-multiline') === 'true') &&
    isNotSearch(element),
  bind: (element) => bindRoosterjs(element),
  // An email: Enter adds a line; the Send button and Ctrl+Enter send.
  send: {
    findSendButtons: (box) => nearestButtons(box, OUTLOOK.sendButton),
    enterSends: false,
    modEnterSends: true,
  },
};
