import { type DomText, pointAfter, pointBefore, readDomText } from './dom-text';
import { comparable, keepSelection, selectRange, sendReplacement, settle } from './replace-paths';
import type { EditorBinding, TextSnapshot } from './types';

export interface ContentEditableOptions {
  /** Parts of the box that are not the writer's words (quoted replies, signatures). */
  exclude?: string;
}

/**
 * A plain contenteditable (Gmail's compose body, the try-it page): text read from the DOM, changes
 * seen by a MutationObserver scoped to the box itself, replacement through the browser's editing path
 * (execCommand insertText), or a beforeinput for editors that refuse it; then checked in the text.
 */
export function bindContentEditable(
  element: HTMLElement,
  options: ContentEditableOptions = {},
): EditorBinding {
  const listeners = new Set<() => void>();
  /** Bumped on every change inside the box, so an old snapshot knows it is stale. */
  let version = 0;

  const observer = new MutationObserver(() => {
    version++;
    for (const listener of listeners) listener();
  });
  observer.observe(element, { childList: true, subtree: true, characterData: true });

  /** Mutation records are delivered later (microtask); take pending ones now to be exact. */
  const currentVersion = (): number => {
    if (observer.takeRecords().length > 0) {
      version++;
      // The records were taken from the observer: tell the listeners ourselves.
      queueMicrotask(() => {
        for (const listener of listeners) listener();
      });
    }
    return version;
  };

  const rangeOf = (read: DomText, start: number, end: number): Range | null => {
    if (start < 0 || end <= start || end > read.text.length) return null;
    const from = pointBefore(read.segments, start);
    const to = pointAfter(read.segments, end - 1);
    if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
    const range = element.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };

  const snapshot = (): TextSnapshot => {
    const takenAt = currentVersion();
    const read = readDomText(element, options.exclude);
    return {
      text: read.text,
      rangeFor: (start, end) => (currentVersion() === takenAt ? rangeOf(read, start, end) : null),
    };
  };

  return {
    element,
    kind: 'contenteditable',
    snapshot,
    async replace(start, end, replacement) {
      const before = snapshot();
      const range = before.rangeFor(start, end);
      if (!range) return false;
      const restore = keepSelection(element);
      if (!selectRange(element, range)) return false;
      const expected = comparable(before.text.slice(0, start) + replacement + before.text.slice(end));
      const taken =
        sendReplacement('insert-text-command', element, range, replacement) ||
        sendReplacement('before-input', element, range, replacement);
      // A page may cancel the edit and still report success: only the text itself says it worked.
      if (
        taken &&
        (await settle(() => comparable(readDomText(element, options.exclude).text) === expected))
      ) {
        return true;
      }
      restore();
      return false;
    },
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    dispose() {
      observer.disconnect();
      listeners.clear();
    },
  };
}
