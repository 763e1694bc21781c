/**
 * Messages between the content script, extension pages and the background. Content scripts cannot
 * reach the extension's IndexedDB (theirs is the page's), so anything stored goes through here.
 * Never a draft's text: only rule ids and counts.
 */
export type CountEvent = 'shown' | 'applied' | 'dismissed' | 'briefed';

export type ToBackground =
  /**
   * A suggestion was shown, applied, dismissed, or turned into a brief (counted per rule per week,
   * locally; never the brief's text).
   */
  | { type: 'count'; ruleId: string; event: CountEvent }
  /** The card's "How the social media team works": open the popup's section in a tab. */
  | { type: 'open-how-we-work' }
  /** How many open suggestions the sending tab has now (toolbar badge). */
  | { type: 'open-suggestions'; count: number };

export type ToContent =
  /** Keyboard shortcut: open the card for the focused compose box. */
  | { type: 'open-card' }
  /**
   * Is this document's content script still there? Sent to one documentId; nobody answers it:
   * delivery alone says yes (the background keeps the toolbar badge through same-page navigations).
   */
  | { type: 'ping' };
