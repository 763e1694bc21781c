import { bindContentEditable } from '../editors/contenteditable';
import type { SiteAdapter } from './types';

/**
 * Every Gmail selector, in one place. Gmail's class names are minified but have been stable for
 * years; the aria-label of the body is localised ("Message Body", "Corps du message"…), so it is
 * never used.
 */
const GMAIL = {
  /** The body of a new message dialog, a pop-out window or an inline reply: all the same element. */
  composeBody: 'div.Am.editable[contenteditable="true"][role="textbox"]',
  /** Not the writer's words, inside a body: */
  notTheWritersWords: [
    // the quoted message of a reply or forward (a div, or a blockquote in older drafts)
    '.gmail_quote',
    // Gmail's container around the quote (the part collapsed behind the "…" button)
    '.gmail_quote_container',
    // older Gmail's wrapper around quote and signature
    '.gmail_extra',
    // the "…" (show trimmed content) button Gmail puts in a reply body
    '.ajR',
    // the signature, and the "-- " line before it
    '.gmail_signature',
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
  ].join(', '),
  /** The box around one draft that holds its toolbar: the new-message dialog (also in a pop-out),
   * the compose form, an inline reply. (Not .iN: that table holds the body only.) */
  draftContainer: '[role="dialog"], .M9, .aoI, .ip',
  /** The blue Send button of a draft. */
  sendButton: '.T-I.aoO[role="button"]',
} as const;

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  matchesLocation: (location) => location.hostname === 'mail.google.com',
  composeSelector: GMAIL.composeBody,
  excludeSelector: GMAIL.notTheWritersWords,
  isComposeBox: (element) => element.isContentEditable,
  bind: (element) => bindContentEditable(element, { exclude: gmailAdapter.excludeSelector }),
  send: {
    /** The nearest ancestor holding a Send button, never beyond the draft's own container. */
    findSendButtons(composeBox) {
      for (let element = composeBox.parentElement; element; element = element.parentElement) {
        const buttons = element.querySelectorAll<HTMLElement>(GMAIL.sendButton);
        if (buttons.length > 0) return [...buttons];
        if (element.matches(GMAIL.draftContainer)) break;
      }
      return [];
    },
    enterSends: false,
    // Ctrl/Cmd+Enter sends a Gmail draft.
    modEnterSends: true,
  },
};
