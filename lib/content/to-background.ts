import { browser } from 'wxt/browser';
import type { CountEvent, ToBackground } from '../messages';

/**
 * Tells the background something happened (counts, open suggestions). Fire and forget: the background
 * may be asleep or reloading, and the page must never see an error because of it.
 */
export function sendToBackground(message: ToBackground): void {
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed: this content script is orphaned.
  }
}

export function countEvent(ruleId: string, event: CountEvent): void {
  sendToBackground({ type: 'count', ruleId, event });
}
