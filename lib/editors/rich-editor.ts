import { bindContentEditable } from './contenteditable';
import { keepSelection, type ReplacePath, selectRange, sendReplacement, settle } from './replace-paths';
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
  /** How this editor accepts a replacement (see replace-paths.ts). */
  path: ReplacePath;
  /** Parts of the box that are not the writer's words, or editor furniture that is not text. */
  exclude?: string;
}

/**
 * A contenteditable run by an editor library (Quill, Lexical, Slate, CKEditor, RoosterJS): read like
 * any contenteditable (its DOM mirrors its model), but replaced through the path the library listens
 * to, then checked: the rewrite must show in the text, or the replacement counts as refused.
 */
export function bindRichEditor(element: HTMLElement, options: RichEditorOptions): EditorBinding {
  const base = bindContentEditable(element, options.exclude ? { exclude: options.exclude } : {});
  return {
    element,
    kind: options.kind,
    snapshot: base.snapshot,
    onChange: base.onChange,
    dispose: base.dispose,
    async replace(start, end, replacement) {
      const restore = keepSelection(element);
      if (await replaceThrough(start, end, replacement)) return true;
      restore(); // the phrase must not stay selected under the writer's next keystroke
      return false;
    },
  };

  async function replaceThrough(start: number, end: number, replacement: string): Promise<boolean> {
    let current = base.snapshot();
    let range = current.rangeFor(start, end);
    if (!range || !selectRange(element, range)) return false;
    const expected = visible(current.text.slice(0, start) + replacement + current.text.slice(end));
    if (options.path !== 'insert-text-command') {
      // Let the editor see the new selection first (CKEditor then closes its typing batch, so that
      // Ctrl+Z undoes the replacement alone, not the words typed before it). It may drop its
      // invisible fillers meanwhile: find the same words again in the text as it is now.
      await selectionSeen(element.ownerDocument);
      const before = current.text;
      current = base.snapshot();
      if (visible(current.text) !== visible(before)) return false;
      const from = sameOffset(before, start, current.text);
      const to = sameOffset(before, end, current.text);
      range = current.rangeFor(from, to);
      if (!range || !selectRange(element, range)) return false;
    }
    if (!sendReplacement(options.path, element, range, replacement)) return false;
    return settle(() => visible(base.snapshot().text) === expected);
  }
}
