import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Quill 2 (Slack). Quill watches its DOM with a MutationObserver and turns what the browser's
 * insertText did into a Delta, so its model, its history (Ctrl+Z) and Slack's Send see the rewrite.
 * Quill also applies a synthetic insertReplacementText (its input module) and a synthetic paste (its
 * clipboard module) to its model; both were undone in one Ctrl+Z in Chromium 156: the fallbacks.
 */
export function bindQuill(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'quill',
    paths: ['insert-text-command', 'before-input', 'paste'],
    ...(exclude ? { exclude } : {}),
  });
}
