/**
 * Underlines flagged words with the CSS Custom Highlight API: the browser paints over the text, we
 * never wrap the writer's words in elements (they would be sent with the email). Ranges follow
 * reflow and scrolling by themselves; they are rebuilt when the text changes.
 */
export const HIGHLIGHT_NAME = 'better-brief';

// A wavy underline and a faint tint in an orange that reads on white and on dark themes alike.
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) {
  text-decoration: underline wavy rgb(234 120 0);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
  background-color: rgb(255 160 40 / 0.16);
}`;

export function highlightsSupported(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return Boolean(view && 'highlights' in view.CSS && typeof view.Highlight === 'function');
}

/** One highlight per document, shared by every compose box in it: each box owns its own ranges. */
export class HighlightLayer {
  private readonly rangesByOwner = new Map<object, readonly Range[]>();
  private styled = false;

  constructor(private readonly doc: Document) {}

  set(owner: object, ranges: readonly Range[]): void {
    // Every scan rebuilds its ranges; when they cover the same places, the underlines already drawn are
    // right (ranges follow edits by themselves), and replacing the highlight would only make the
    // browser repaint them after every typing pause.
    if (sameRanges(this.rangesByOwner.get(owner) ?? [], ranges)) return;
    if (ranges.length === 0) this.rangesByOwner.delete(owner);
    else this.rangesByOwner.set(owner, ranges);
    this.paint();
  }

  clear(owner: object): void {
    if (this.rangesByOwner.delete(owner)) this.paint();
  }

  private paint(): void {
    if (!highlightsSupported(this.doc)) return;
    const view = this.doc.defaultView as Window & typeof globalThis;
    this.ensureStyle();
    const all = [...this.rangesByOwner.values()].flat();
    if (all.length === 0) view.CSS.highlights.delete(HIGHLIGHT_NAME);
    else view.CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(...all));
  }

  /** ::highlight() must be styled by the page's own stylesheets: one small <style>, added once. */
  private ensureStyle(): void {
    if (this.styled) return;
    this.styled = true;
    const style = this.doc.createElement('style');
    style.dataset.bbHighlight = '';
    style.textContent = HIGHLIGHT_CSS;
    (this.doc.head ?? this.doc.documentElement).append(style);
  }
}

function sameRanges(before: readonly Range[], after: readonly Range[]): boolean {
  return (
    before.length === after.length &&
    before.every(
      (range, i) =>
        range.startContainer === after[i]!.startContainer &&
        range.startOffset === after[i]!.startOffset &&
        range.endContainer === after[i]!.endContainer &&
        range.endOffset === after[i]!.endOffset,
    )
  );
}
