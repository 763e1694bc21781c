/**
 * An editor binding knows one kind of editor (plain contenteditable, Quill, Lexical, Slate, ProseMirror,
 * CKEditor, RoosterJS, textarea/input): how to read its text with a map back to the DOM, how to draw marks over
 * ranges of that text, and how to replace a range through the path the editor itself listens to, so
 * that its model sees the change and its undo restores it.
 */
export interface TextSnapshot {
  /** The text as the user sees it, one '\n' between lines/blocks, excluded parts (quotes, signatures) left out. */
  text: string;
  /** A DOM range for [start, end) of `text`, or null when the text changed since the snapshot. */
  rangeFor(start: number, end: number): Range | null;
}

export interface EditorBinding {
  readonly element: HTMLElement;
  readonly kind: EditorKind;
  /** Reads the current text. Cheap enough to call on each debounced input. */
  snapshot(): TextSnapshot;
  /**
   * Replaces [start, end) of the current snapshot's text with `replacement`, as typing would: through
   * the editor's own path so undo restores it; the caret ends after the new words. Resolves false if
   * the text changed meanwhile or the editor refused (nothing is changed then).
   */
  replace(start: number, end: number, replacement: string): Promise<boolean>;
  /** Calls back after the user changes the text (input, paste, cut, undo). Returns an unsubscribe. */
  onChange(callback: () => void): () => void;
  dispose(): void;
}

export type EditorKind =
  | 'contenteditable'
  | 'quill'
  | 'lexical'
  | 'slate'
  | 'prosemirror'
  | 'ckeditor'
  | 'roosterjs'
  | 'textarea';
