import { watchEditableText } from './editable-text';
import { comparable, type ReplacePath, selectRange, sendReplacement, settle } from './replace-paths';
import type { EditorBinding, EditorKind } from './types';

/** Editors keep invisible fillers in their DOM (CKEditor's U+2060 run, Slate's U+FEFF); they come and go. */
const visible = (text: string): string => text.replace(/[\u200b\u2060\ufeff]/g, '');

/** The offset in `now` of the character at `offset` in `then`, two texts that differ only by fillers. */
function sameOffset(then: string, offset: number, now: string): number {
  let wanted = visible(then.slice(0, offset)).length;
  let index = 0;
  while (index < now.length && (wanted > 0 || visible(now.charAt(index)) === '')) {
    if (visible(now.charAt(index)) !== '') wanted--;
    index++;
  }
  return index;
}

/** Resolves after the document's next selectionchange (or 50 ms, if the selection did not move). */
function selectionSeen(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}

export interface RichEditorOptions {
  kind: EditorKind;
  /**
   * How this editor accepts a replacement (see replace-paths.ts), best first. While the text is
   * unchanged, the next path is tried. Only paths that an experiment showed reaching the editor's model
   * AND its undo (one Ctrl+Z restores the words) belong here: execCommand changes Slate's DOM behind
   * its model's back, so Slate never lists it.
   */
  paths: readonly ReplacePath[];
  /** Parts of the box that are not the writer's words, or editor furniture that is not text. */
  exclude?: string;
}

/**
 * A contenteditable, plain or run by an editor library (Quill, Lexical, Slate, CKEditor, RoosterJS,
 * ProseMirror): read from its DOM (its DOM mirrors its model), replaced through the paths the editor
 * listens to, each checked in the text afterwards: the rewrite must show, or the next path is tried,
 * and when none lands nothing has changed and the replacement counts as refused.
 */
export function bindRichEditor(element: HTMLElement, options: RichEditorOptions): EditorBinding {
  const text = watchEditableText(element, options.exclude);
  return {
    element,
    kind: options.kind,
    snapshot: text.snapshot,
    onChange: text.onChange,
    dispose: text.dispose,
    async replace(start, end, replacement) {
      const restore = text.keepSelection();
      const before = comparable(text.snapshot().text);
      for (const path of options.paths) {
        if (await replaceThrough(path, start, end, replacement)) return true;
        // Something changed, but not into the rewrite: no other path may stack on top of it.
        if (comparable(text.snapshot().text) !== before) break;
      }
      restore(); // the phrase must not stay selected under the writer's next keystroke
      return false;
    },
  };

  async function replaceThrough(
    path: ReplacePath,
    start: number,
    end: number,
    replacement: string,
  ): Promise<boolean> {
    let current = text.snapshot();
    let range = current.rangeFor(start, end);
    if (!range || !selectRange(element, range)) return false;
    const expected = comparable(current.text.slice(0, start) + replacement + current.text.slice(end));
    if (path !== 'insert-text-command') {
      // Let the editor see the new selection first (CKEditor then closes its typing batch, so that
      // Ctrl+Z undoes the replacement alone, not the words typed before it). It may drop its
      // invisible fillers meanwhile: find the same words again in the text as it is now.
      await selectionSeen(element.ownerDocument);
      const before = current.text;
      current = text.snapshot();
      if (visible(current.text) !== visible(before)) return false;
      const from = sameOffset(before, start, current.text);
      const to = sameOffset(before, end, current.text);
      range = current.rangeFor(from, to);
      if (!range || !selectRange(element, range)) return false;
    }
    const heard = sendReplacement(path, element, range, replacement);
    // Only the text itself says it worked: a page may take the event and change nothing, or apply one
    // it did not cancel (a shorter wait then: nobody said they were handling it).
    return settle(() => comparable(text.snapshot().text) === expected, heard ? 200 : 50);
  }
}
