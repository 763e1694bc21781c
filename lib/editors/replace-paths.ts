/**
 * The three ways to hand a replacement to a rich editor, so that its own model (and so its undo stack
 * and its Send) sees the new words. Which one an editor listens to was found by experiment in Chromium
 * against the real libraries (README, "Sites and editors"); each binding names its path.
 *
 * - 'insert-text-command': select the range, `execCommand('insertText')`. The browser edits the DOM and
 *   fires trusted beforeinput/input events. Plain contenteditable, Quill and Lexical follow it.
 * - 'before-input': a cancelable `beforeinput` of type insertReplacementText (what a spell checker
 *   sends), with the text in a DataTransfer and the range as target range. Editors that edit only
 *   through their model (Slate, CKEditor 5) apply it themselves and cancel the event; execCommand
 *   would change their DOM behind their back (Slate) or be reverted (CKEditor).
 * - 'paste': a synthetic paste of plain text over the selection. RoosterJS takes an undo snapshot
 *   around a paste but not around execCommand (its Ctrl+Z would skip our change).
 */
export type ReplacePath = 'insert-text-command' | 'before-input' | 'paste';

/** Selects `range` in the editor (focusing it first, as a click would). */
export function selectRange(element: HTMLElement, range: Range): boolean {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  if (doc.activeElement !== element && !element.contains(doc.activeElement)) {
    element.focus({ preventScroll: true });
  }
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * The writer's selection in `element` now, and a way to put it back: a replacement that fails must not
 * leave the phrase selected (the next keystroke would overwrite the writer's words). When the selection
 * was elsewhere (focus in our card), the caret goes to the end of what we selected instead.
 */
export function keepSelection(element: HTMLElement): () => void {
  const selection = element.ownerDocument.getSelection();
  const before = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  const saved = before && element.contains(before.startContainer) ? before.cloneRange() : undefined;
  return () => {
    const now = element.ownerDocument.getSelection();
    if (!now) return;
    if (saved?.startContainer.isConnected && saved.endContainer.isConnected) {
      now.removeAllRanges();
      now.addRange(saved);
    } else if (now.rangeCount > 0) {
      now.collapseToEnd();
    }
  };
}

/** Text compared before/after a replacement: editors' invisible fillers and no-break spaces aside. */
export const comparable = (text: string): string =>
  text.replace(/[\u200b\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ');

/** Hands `text` to the editor over the selected `range` through `path`. False if nothing took it. */
export function sendReplacement(
  path: ReplacePath,
  element: HTMLElement,
  range: Range,
  text: string,
): boolean {
  const doc = element.ownerDocument;
  if (path === 'insert-text-command') {
    try {
      return doc.execCommand('insertText', false, text);
    } catch {
      return false; // no execCommand at all (some test DOMs): nothing changed
    }
  }
  const view = doc.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  if (path === 'paste') {
    const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // An editor that handles the paste cancels it; a synthetic paste has no default action otherwise.
    return !element.dispatchEvent(paste);
  }
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: null,
    dataTransfer: data,
    // Test DOMs (happy-dom) have no StaticRange; editors fall back to the selection, set just before.
    targetRanges: typeof view.StaticRange === 'function' ? [new view.StaticRange(range)] : [],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !element.dispatchEvent(event);
}

/**
 * Editors built on a view library (Slate renders with React, CKEditor after a microtask) update the DOM
 * a little after they accept an edit: wait up to `timeoutMs` for `ready()` to hold.
 */
export async function settle(ready: () => boolean, timeoutMs = 200): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!ready()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}
