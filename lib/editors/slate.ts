import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * Slate with slate-react (Discord). Slate edits only through its model on beforeinput: execCommand
 * changes the DOM while `editor.children` keeps the old words (and Enter would send them). An
 * insertReplacementText beforeinput with the range as target range is applied by Slate to its model,
 * recorded by slate-history and re-rendered by React.
 * `[data-slate-zero-width]` is Slate's placeholder character (U+FEFF plus a <br>) in empty lines.
 */
export function bindSlate(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'slate',
    path: 'before-input',
    exclude: ['[data-slate-zero-width]', '[data-slate-placeholder]', exclude].filter(Boolean).join(', '),
  });
}
