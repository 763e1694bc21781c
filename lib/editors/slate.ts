import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Slate with slate-react (Discord). Slate edits only through its model on beforeinput: an
 * insertReplacementText with the range as target range is applied to its model, recorded by
 * slate-history and re-rendered by React; a synthetic paste goes the same way (its insertData), the
 * fallback. Both were undone in one Ctrl+Z. Never execCommand: it changes the DOM while
 * `editor.children` keeps the old words (Enter would send them, and Ctrl+Z emptied the box).
 * `[data-slate-zero-width]` is Slate's placeholder character (U+FEFF plus a <br>) in empty lines.
 */
export function bindSlate(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'slate',
    paths: ['before-input', 'paste'],
    exclude: ['[data-slate-zero-width]', '[data-slate-placeholder]', exclude].filter(Boolean).join(', '),
  });
}
