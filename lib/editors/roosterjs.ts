import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

/**
 * RoosterJS 9 (Outlook on the web's message body). A paste goes through its PastePlugin, which
 * snapshots its undo before and after, so Ctrl+Z restores exactly the words we replaced. Where the
 * paste is not taken (a page that blocks pasting, or a box at Outlook's address that RoosterJS does
 * not run), the browser's insertText between two composition ends: RoosterJS takes it into its content
 * model and snapshots around it, and a plain box takes it as any contenteditable does. Plain
 * execCommand is never used: RoosterJS takes no snapshot for it, and Ctrl+Z then jumped to an older
 * snapshot and lost the words typed since. It ignores a synthetic insertReplacementText.
 */
export function bindRoosterjs(element: HTMLElement, exclude?: string): EditorBinding {
  return bindRichEditor(element, {
    kind: 'roosterjs',
    paths: ['paste', 'insert-text-command-with-snapshots'],
    ...(exclude ? { exclude } : {}),
  });
}
