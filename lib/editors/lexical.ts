import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Lexical (WhatsApp Web). Lexical reads what execCommand's insertText did to its DOM into its editor
 * state; its history plugin restores on Ctrl+Z. The native path keeps the browser's caret handling, so
 * it comes first; but over a message's whole text (a short chat message that is all request) it left
 * Lexical's text unchanged in Chromium 156, where a synthetic insertReplacementText and a synthetic
 * paste both replaced it, each undone in one Ctrl+Z: the fallbacks, in that order.
 */
export function bindLexical(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'lexical',
    paths: ['insert-text-command', 'before-input', 'paste'],
    ...(exclude ? { exclude } : {}),
  });
}
