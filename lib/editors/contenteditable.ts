import type { ReplacePath } from './replace-paths';
import { bindRichEditor } from './rich-editor';
import type { EditorBinding } from './types';

export interface ContentEditableOptions {
  /** Parts of the box that are not the writer's words (quoted replies, signatures). */
  exclude?: string;
}

/**
 * How a plain contenteditable takes a replacement. The browser's own editing path first: it edits the
 * DOM (which is the model here) and records one undo step. On a plain box the other two are no-ops
 * (Chromium 156: nobody cancels them, nothing changes); they land where the page runs an editor of
 * its own that reverts DOM changes it did not make but takes the spell checker's beforeinput or a
 * paste into its model and its undo, as CKEditor 5, Slate, Lexical and Quill all did.
 */
const PLAIN_PATHS: readonly ReplacePath[] = ['insert-text-command', 'before-input', 'paste'];

/**
 * A plain contenteditable (Gmail's compose body, Google Chat, the try-it page): text read from the DOM
 * (editable-text.ts), replacement through the plain paths, each checked in the text afterwards.
 */
export function bindContentEditable(
  element: HTMLElement,
  options: ContentEditableOptions = {},
): EditorBinding {
  return bindRichEditor(element, { kind: 'contenteditable', paths: PLAIN_PATHS, ...options });
}
