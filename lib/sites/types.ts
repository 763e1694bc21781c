import type { EditorBinding } from '../editors/types';

/**
 * One adapter per site: where it applies, which boxes are compose boxes, which parts of them are not
 * the writer's words, and how the site sends. Everything about one site lives in its own file.
 */
export interface SiteAdapter {
  /** e.g. 'gmail', 'slack', 'custom' */
  id: string;
  /** Whether this adapter serves the page (host name check; the manifest already narrowed it). */
  matchesLocation(location: Location): boolean;
  /** A selector for the compose boxes of this site (evaluated under a MutationObserver). */
  composeSelector: string;
  /**
   * Elements inside a compose box that are not the writer's new words (quoted replies, signatures):
   * the adapter's `bind` hands it to the text reader, so the words there are never examined.
   */
  excludeSelector?: string;
  /** Whether a found element really is a message box (filters out search fields, etc.). */
  isComposeBox?(element: HTMLElement): boolean;
  /** The binding for this box's editor kind. */
  bind(element: HTMLElement): EditorBinding;
  /** How a message leaves, for the send nudge. */
  send: SendBehaviour;
}

export interface SendBehaviour {
  /** Send buttons, found from the compose box (e.g. its dialog). */
  findSendButtons?(composeBox: HTMLElement): HTMLElement[];
  /** Enter alone sends (chats). Shift+Enter never does. */
  enterSends: boolean;
  /** Ctrl/Cmd+Enter sends. */
  modEnterSends: boolean;
  /**
   * Each writer chooses in the site's preferences whether Enter sends, or makes a new line and
   * Ctrl/Cmd+Enter sends (Slack). The two above are the site's default; the guard learns the writer's
   * choice from what an Enter did to the box (lib/content/send-key.ts), and until it knows, a
   * Ctrl/Cmd+Enter counts as a send too.
   */
  writerChoosesSendKey?: boolean;
}
