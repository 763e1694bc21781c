import { bindCkeditor } from '../editors/ckeditor';
import { isNotSearch, nearestButtons } from './message-box';
import type { SiteAdapter } from './types';

/** Every Microsoft Teams selector, in one place. `data-tid` attributes are Teams' own test hooks. */
const TEAMS = {
  /** The message box of a chat or channel (new Teams): a CKEditor 5 editable. */
  composeBox: 'div[contenteditable="true"][role="textbox"][data-tid="ckeditor"]',
  /**
   * The Send button of the box; with an attachment, or when editing a message (its "Done"), Teams
   * uses the newMessageCommands variant.
   */
  sendButton: 'button[data-tid="sendMessageCommands-send"], button[data-tid="newMessageCommands-send"]',
} as const;

export const teamsAdapter: SiteAdapter = {
  id: 'teams',
  matchesLocation: (location) =>
    ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'].includes(location.hostname),
  composeSelector: TEAMS.composeBox,
  isComposeBox: isNotSearch,
  bind: (element) => bindCkeditor(element),
  send: {
    findSendButtons: (box) => nearestButtons(box, TEAMS.sendButton),
    enterSends: true,
    // With the formatting pane open, Enter adds a line and Ctrl+Enter sends (Ctrl+Enter sends either way).
    modEnterSends: true,
  },
};
