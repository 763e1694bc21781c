import { pointAfter, pointBefore, type TextSegment } from './dom-text';

/**
 * DOM points ↔ offsets in a box's text (dom-text.ts), for a selection that must survive an editor
 * re-rendering its nodes: a refused Replace puts the writer's caret back by its place in the text.
 */

/** The offset in the text of a DOM point inside the box (its start, when it lies before every word). */
export function offsetOfPoint(segments: readonly TextSegment[], node: Node, offset: number): number {
  const point = node.ownerDocument!.createRange();
  point.setStart(node, offset);
  // The last run of a text node that starts at or before the point (runs are in document order).
  const runs = segments.filter((segment) => segment.node);
  let low = 0;
  let high = runs.length - 1;
  let found: TextSegment | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle]!;
    if (point.comparePoint(run.node!, run.nodeOffset) <= 0) {
      found = run;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (!found) return 0;
  if (found.node !== node) return found.start + found.length;
  const into = offset - found.nodeOffset;
  return found.start + Math.min(found.collapsed ? Math.sign(into) : into, found.length);
}

/** Just after character `offset - 1` (where typing would continue it), else just before `offset`. */
const pointAt = (segments: readonly TextSegment[], offset: number) =>
  (offset > 0 ? pointAfter(segments, offset - 1) : undefined) ?? pointBefore(segments, offset);

/** A DOM range over [start, end) of the text, collapsed when they are equal; null where no node is. */
export function rangeOfOffsets(
  doc: Document,
  segments: readonly TextSegment[],
  start: number,
  end: number,
): Range | null {
  const from = start === end ? pointAt(segments, start) : pointBefore(segments, start);
  const to = start === end ? from : pointAt(segments, end);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
