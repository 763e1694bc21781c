import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Quill 2 (Slack). Quill watches its DOM with a MutationObserver and turns what the browser's
 * insertText did into a Delta, so its model, its history (Ctrl+Z) and Slack's Send see the rewrite.
 */
export function bindQuill(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'quill',
    path: 'insert-text-command',
    ...(exclude ? { exclude } : {}),
  });
}
