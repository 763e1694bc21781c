/**
 * Replaces a DOM range the way typing would, so the editor's undo stack and model see the change:
 * select it, then `insertText` (the browser's own editing path: Ctrl+Z restores, the caret lands after
 * the new words, formatting around is kept). Editors that refuse execCommand get a cancelable
 * `beforeinput` carrying the text, which editors built on beforeinput (Slate, Lexical…) handle.
 */
export function replaceSelectedRange(element: HTMLElement, range: Range, replacement: string): boolean {
  const doc = element.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  if (doc.activeElement !== element && !element.contains(doc.activeElement)) {
    element.focus({ preventScroll: true });
  }
  selection.removeAllRanges();
  selection.addRange(range);

  if (execInsertText(doc, replacement)) return true;
  return dispatchReplacement(element, replacement);
}

function execInsertText(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    // Some environments have no execCommand at all (it throws instead of returning false).
    return false;
  }
}

/** True when an editor took the replacement (it cancels the event to apply it through its model). */
function dispatchReplacement(element: HTMLElement, text: string): boolean {
  const dataTransfer = new DataTransfer();
  dataTransfer.setData('text/plain', text);
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !element.dispatchEvent(event);
}
