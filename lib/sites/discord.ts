import { bindSlate } from '../editors/slate';
import { isNotSearch } from './message-box';
import type { SiteAdapter } from './types';

/** Every Discord selector, in one place. Class names carry hashes (textArea_f75fb0) that change. */
const DISCORD = {
  /** The message box of a channel or DM, and the inline editor of one's own message: Slate editors. */
  composeBox: 'div[role="textbox"][data-slate-editor="true"]',
  /** Both live in a form; the search bar is a Draft.js combobox, not Slate. */
  messageForm: 'form',
} as const;

export const discordAdapter: SiteAdapter = {
  id: 'discord',
  matchesLocation: (location) => location.hostname === 'discord.com',
  composeSelector: DISCORD.composeBox,
  isComposeBox: (element) => element.closest(DISCORD.messageForm) !== null && isNotSearch(element),
  bind: (element) => bindSlate(element),
  // Discord has no Send button by default: Enter sends.
  send: { enterSends: true, modEnterSends: false },
};
