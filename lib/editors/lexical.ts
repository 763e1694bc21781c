import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Lexical (WhatsApp Web). Lexical handles the trusted beforeinput/input pair that execCommand's
 * insertText fires and applies it to its editor state; its history plugin restores on Ctrl+Z.
 * A synthetic beforeinput works too, but the native path also keeps the browser's caret handling.
 */
export function bindLexical(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'lexical',
    path: 'insert-text-command',
    ...(exclude ? { exclude } : {}),
  });
}
