import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * ProseMirror (and Tiptap, built on it: wikis and intranets). ProseMirror's DOM observer reads what the
 * browser's insertText changed and turns it into a transaction, so its document and its history
 * (Ctrl+Z) see the rewrite. A synthetic paste goes through its clipboard parser into a transaction,
 * undone in one Ctrl+Z: the fallback. It ignores a synthetic insertReplacementText (nothing happens).
 */
export function bindProseMirror(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'prosemirror',
    paths: ['insert-text-command', 'paste'],
    ...(exclude ? { exclude } : {}),
  });
}
