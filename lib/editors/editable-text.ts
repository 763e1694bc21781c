import { type DomText, pointAfter, pointBefore, readDomText } from './dom-text';
import { offsetOfPoint, rangeOfOffsets } from './text-offsets';
import type { TextSnapshot } from './types';

/** A contenteditable box's text as the writer sees it, and word of every change to it. */
export interface EditableText {
  snapshot(): TextSnapshot;
  /**
   * The writer's selection in the box now, and a way to put it back: a replacement that fails must not
   * leave the phrase selected (the next keystroke would overwrite the writer's words). Put back by its
   * place in the text while the text is the same (the editor may have re-rendered its nodes meanwhile);
   * when the selection was elsewhere (focus in our card), the caret goes to the end of what we selected.
   */
  keepSelection(): () => void;
  /** Calls back after the text changes (typing, paste, cut, undo). Returns an unsubscribe. */
  onChange(callback: () => void): () => void;
  dispose(): void;
}

/**
 * Reads a contenteditable from its DOM (dom-text.ts) with a map back to its text nodes; changes are
 * seen by a MutationObserver scoped to the box itself. Every binding of a contenteditable reads it
 * this way, whatever editor runs it: their DOM mirrors their model.
 */
export function watchEditableText(element: HTMLElement, exclude?: string): EditableText {
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

  return {
    snapshot() {
      const takenAt = currentVersion();
      const read = readDomText(element, exclude);
      return {
        text: read.text,
        rangeFor: (start, end) => (currentVersion() === takenAt ? rangeOf(read, start, end) : null),
      };
    },
    keepSelection() {
      const doc = element.ownerDocument;
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      const read = readDomText(element, exclude);
      const saved =
        range && element.contains(range.startContainer) && element.contains(range.endContainer)
          ? {
              start: offsetOfPoint(read.segments, range.startContainer, range.startOffset),
              end: offsetOfPoint(read.segments, range.endContainer, range.endOffset),
            }
          : undefined;
      return () => {
        const now = doc.getSelection();
        if (!now) return;
        const again = readDomText(element, exclude);
        const back =
          saved && again.text === read.text
            ? rangeOfOffsets(doc, again.segments, saved.start, saved.end)
            : null;
        if (back) {
          now.removeAllRanges();
          now.addRange(back);
        } else if (now.rangeCount > 0) {
          now.collapseToEnd();
        }
      };
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
