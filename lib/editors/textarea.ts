import { createTextareaMirror, type TextField } from './textarea-mirror';
import type { EditorBinding, TextSnapshot } from './types';

/**
 * A <textarea> or a text <input>: the value is the text; marks go on a mirror laid over the field
 * (textarea-mirror.ts) and ranges handed out are ranges of the mirror's text.
 *
 * Replace selects the words in the field and runs `execCommand('insertText')`: Chromium then edits the
 * value as typing does, fires the input event frameworks listen to (React's state follows), and one
 * Ctrl+Z restores the words. No fallback keeps that undo: after `setRangeText` plus an input event
 * (which React also follows) Ctrl+Z did nothing at all in Chromium 156, and a synthetic beforeinput or
 * paste changes nothing in a plain or a React textarea. So a refusal is reported, nothing changed.
 */
export function bindTextarea(field: TextField): EditorBinding {
  const doc = field.ownerDocument;
  const mirror = createTextareaMirror(field);
  const listeners = new Set<() => void>();
  let lastValue = field.value;

  const changed = (): void => {
    if (field.value === lastValue) return;
    lastValue = field.value;
    mirror.sync();
    for (const listener of listeners) listener();
  };
  // Typing fires input; a site that clears the field after sending sets .value and fires nothing, so
  // the value is also compared when the field is next focused, clicked or keyed.
  const events = ['input', 'focus', 'keyup', 'pointerup', 'change'] as const;
  for (const type of events) field.addEventListener(type, changed);

  const snapshot = (): TextSnapshot => {
    const text = field.value;
    mirror.sync();
    return {
      text,
      rangeFor(start, end) {
        if (field.value !== text || start < 0 || end <= start || end > text.length) return null;
        const range = doc.createRange();
        range.setStart(mirror.text, start);
        range.setEnd(mirror.text, end);
        return range;
      },
    };
  };

  const insertText = (replacement: string): boolean => {
    try {
      return doc.execCommand('insertText', false, replacement);
    } catch {
      return false;
    }
  };

  return {
    element: field,
    kind: 'textarea',
    snapshot,
    async replace(start, end, replacement) {
      const text = field.value;
      if (start < 0 || end <= start || end > text.length) return false;
      const expected = text.slice(0, start) + replacement + text.slice(end);
      const caret = [field.selectionStart ?? end, field.selectionEnd ?? end] as const;
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
      if (insertText(replacement) && field.value === expected) return true;
      // Refused, or changed by something else meanwhile: the words must not stay selected under the
      // writer's next keystroke.
      if (field.value === text) field.setSelectionRange(caret[0], caret[1]);
      else field.setSelectionRange(field.value.length, field.value.length);
      return false;
    },
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    dispose() {
      for (const type of events) field.removeEventListener(type, changed);
      listeners.clear();
      mirror.dispose();
    },
  };
}
