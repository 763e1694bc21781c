import { bindContentEditable } from '../editors/contenteditable';
import { isNotSearch, nearestButtons } from './message-box';
import type { SiteAdapter } from './types';

/**
 * Every Google Chat selector, in one place. Chat runs on chat.google.com and, inside Gmail, in an
 * iframe from chat.google.com (the content script runs in all frames of that host).
 */
const CHAT = {
  /** The message box of a space or DM: Google's own editor, a plain contenteditable. */
  composeBox: 'div[contenteditable="true"][role="textbox"]',
  /** The send arrow, a div role=button (label translated: Send message, Envoyer le message). */
  sendButton: '[role="button"][aria-label="Send message"], [role="button"][aria-label="Envoyer le message"]',
} as const;

export const googleChatAdapter: SiteAdapter = {
  id: 'google-chat',
  matchesLocation: (location) => location.hostname === 'chat.google.com',
  composeSelector: CHAT.composeBox,
  isComposeBox: isNotSearch,
  bind: (element) => bindContentEditable(element),
  send: {
    findSendButtons: (box) => nearestButtons(box, CHAT.sendButton),
    enterSends: true,
    modEnterSends: false,
  },
};
