import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * CKEditor 5 (Microsoft Teams). CKEditor re-renders its view from its model and reverts DOM changes it
 * did not make, so execCommand's insertText leaves the old words in place. It listens to beforeinput:
 * an insertReplacementText (the spell checker's event) over the target range goes through its model,
 * its undo and Teams' Send. A synthetic paste goes through its clipboard pipeline into the model too,
 * undone in one Ctrl+Z: the fallback.
 */
export function bindCkeditor(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'ckeditor',
    paths: ['before-input', 'paste'],
    ...(exclude ? { exclude } : {}),
  });
}
