import { bindCkeditor } from './ckeditor';
import { bindContentEditable } from './contenteditable';
import { bindLexical } from './lexical';
import { bindProseMirror } from './prosemirror';
import { bindQuill } from './quill';
import { bindSlate } from './slate';
import { bindTextarea } from './textarea';
import type { EditorBinding } from './types';

/**
 * For pages we know nothing about (sites a manager adds): tell the editor library by the marks it
 * leaves on its root, and bind accordingly; anything else is a plain contenteditable or a text field.
 */
export function bindByMarker(element: HTMLElement): EditorBinding {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)
    return bindTextarea(element);
  if (element.matches('.ql-editor')) return bindQuill(element);
  if (element.matches('[data-lexical-editor="true"]')) return bindLexical(element);
  if (element.matches('[data-slate-editor="true"]')) return bindSlate(element);
  if (element.matches('.ck-editor__editable')) return bindCkeditor(element);
  if (element.matches('.ProseMirror')) return bindProseMirror(element);
  return bindContentEditable(element);
}
