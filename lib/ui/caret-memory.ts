/**
 * Where the writer's caret was in an editor when our card took the keyboard, so that closing the card
 * gives the editor its focus and its caret back (the page's selection stays in the editor while focus
 * is on our badge, so it can be read then).
 */
export class CaretMemory {
  private editor: HTMLElement | undefined;
  private range: Range | undefined;

  remember(editor: HTMLElement): void {
    const selection = editor.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    this.editor = editor;
    this.range = range && editor.contains(range.startContainer) ? range.cloneRange() : undefined;
  }

  giveBack(): void {
    const editor = this.editor;
    const range = this.range;
    this.range = undefined;
    if (!editor?.isConnected) return;
    editor.focus({ preventScroll: true });
    if (!range?.startContainer.isConnected) return;
    const selection = editor.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}
