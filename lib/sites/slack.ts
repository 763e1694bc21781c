import { bindQuill } from '../editors/quill';
import { isNotSearch, nearestButtons } from './message-box';
import type { SiteAdapter } from './types';

/** Every Slack selector, in one place. Slack's `data-qa` attributes are its own test hooks, stable. */
const SLACK = {
  /** The message box of a channel, a DM or a thread: Quill's editor inside Slack's texty input. */
  composeBox: '[data-qa="message_input"] div.ql-editor[contenteditable="true"][role="textbox"]',
  /** The paper-plane button beside the box (aria-label "Send message", translated). */
  sendButton: 'button[data-qa="texty_send_button"]',
} as const;

export const slackAdapter: SiteAdapter = {
  id: 'slack',
  matchesLocation: (location) => location.hostname === 'app.slack.com',
  composeSelector: SLACK.composeBox,
  // The search box is a Quill editor too, but not inside [data-qa="message_input"].
  isComposeBox: isNotSearch,
  bind: (element) => bindQuill(element),
  send: {
    findSendButtons: (box) => nearestButtons(box, SLACK.sendButton),
    // Slack's default; with "When writing a message, press Enter to… start a new line" in its
    // preferences, Enter adds a line and Ctrl/Cmd+Enter sends.
    enterSends: true,
    modEnterSends: false,
    writerChoosesSendKey: true,
  },
};
