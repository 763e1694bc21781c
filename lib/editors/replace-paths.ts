/**
 * The ways to hand a replacement to an editor, so that its own model (and so its undo stack and its
 * Send) sees the new words. Which ones an editor takes was found by experiment in Chromium 156 against
 * the real libraries (docs/sites-and-editors.md), each path alone over a phrase inside a sentence, then
 * one Ctrl+Z:
 *
 * | editor                | insert-text-command               | before-input   | paste          |
 * | --------------------- | --------------------------------- | -------------- | -------------- |
 * | plain contenteditable | lands, one Ctrl+Z                 | nobody hears   | nobody hears   |
 * | Quill 2               | lands, one Ctrl+Z                 | lands, Ctrl+Z  | lands, Ctrl+Z  |
 * | Lexical               | lands (not over a whole message)  | lands, Ctrl+Z  | lands, Ctrl+Z  |
 * | Slate                 | DOM only; Ctrl+Z emptied the box  | lands, Ctrl+Z  | lands, Ctrl+Z  |
 * | CKEditor 5            | reverted                          | lands, Ctrl+Z  | lands, Ctrl+Z  |
 * | ProseMirror           | lands, one Ctrl+Z                 | nobody hears   | lands, Ctrl+Z  |
 * | RoosterJS 9           | lands; Ctrl+Z lost typed words    | nobody hears   | lands, Ctrl+Z  |
 *
 * Each binding lists the paths that land with one Ctrl+Z, best first; the next is tried while the text
 * is unchanged (rich-editor.ts).
 *
 * - 'insert-text-command': select the range, `execCommand('insertText')`. The browser edits the DOM,
 *   records an undo step and fires a trusted input event (Chromium 156 fires no beforeinput for it).
 * - 'insert-text-command-with-snapshots': the same between two `compositionend` events, for RoosterJS,
 *   which snapshots its undo at the end of every IME composition but not around execCommand: one
 *   snapshot before (the words as they were) and one after, so one Ctrl+Z restores exactly the words
 *   replaced, and Ctrl+Y the rewrite. Other editors track compositions and are never sent it.
 * - 'before-input': a cancelable `beforeinput` of type insertReplacementText (what a spell checker
 *   sends), with the text in a DataTransfer and the range as target range. Editors that edit only
 *   through their model apply it themselves and cancel the event. No default action: nothing happens
 *   where no editor handles it.
 * - 'paste': a synthetic paste of plain text over the selection; no default action either.
 */
export type ReplacePath =
  | 'insert-text-command'
  | 'insert-text-command-with-snapshots'
  | 'before-input'
  | 'paste';

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
  const view = doc.defaultView ?? window;
  if (path === 'insert-text-command' || path === 'insert-text-command-with-snapshots') {
    const snapshots = path === 'insert-text-command-with-snapshots';
    // An empty composition's end: RoosterJS snapshots its undo (and applies no pending format).
    const compositionEnd = () =>
      element.dispatchEvent(new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));
    if (snapshots) compositionEnd();
    let taken = false;
    try {
      taken = doc.execCommand('insertText', false, text);
    } catch {
      // no execCommand at all (some test DOMs): nothing changed
    }
    if (snapshots && taken) compositionEnd();
    return taken;
  }
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
