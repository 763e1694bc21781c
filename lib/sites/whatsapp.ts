import { bindLexical } from '../editors/lexical';
import { isNotSearch, nearestButtons } from './message-box';
import type { SiteAdapter } from './types';

/** Every WhatsApp Web selector, in one place. Its class names are minified and change; these do not. */
const WHATSAPP = {
  /** The message box of the open chat: a Lexical editor (Lexical itself sets data-lexical-editor). */
  composeBox: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /** The open chat's pane; the chat-list search (also Lexical) lives in #side instead. */
  chatPane: '#main, footer',
  /** The Send button (a button or a div role=button): found by its icon (the aria-label is translated). */
  sendButton: [
    'button:has(span[data-icon="send"])',
    'button:has(span[data-icon="wds-ic-send-filled"])',
    '[role="button"]:has(span[data-icon="send"])',
    '[role="button"]:has(span[data-icon="wds-ic-send-filled"])',
  ].join(', '),
} as const;

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  matchesLocation: (location) => location.hostname === 'web.whatsapp.com',
  composeSelector: WHATSAPP.composeBox,
  isComposeBox: (element) => element.closest(WHATSAPP.chatPane) !== null && isNotSearch(element),
  bind: (element) => bindLexical(element),
  send: {
    findSendButtons: (box) => nearestButtons(box, WHATSAPP.sendButton),
    enterSends: true,
    modEnterSends: false,
  },
};
