import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * RoosterJS 9 (Outlook on the web's message body). RoosterJS accepts execCommand's insertText into its
 * content model, but takes no undo snapshot for it: Ctrl+Z would then jump past our change to an older
 * snapshot and lose what was typed since. A paste goes through its PastePlugin, which snapshots before
 * and after, so Ctrl+Z restores exactly the words we replaced. Read like any contenteditable.
 */
export function bindRoosterjs(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, { kind: 'roosterjs', path: 'paste', ...(exclude ? { exclude } : {}) });
}
