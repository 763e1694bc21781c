/**
 * Reads a contenteditable's text the way it is laid out — one '\n' between blocks and at each <br>,
 * &nbsp; as a space, runs of source whitespace collapsed — and keeps, for every character, the DOM
 * text node and offset it came from, so that a match in the text becomes a DOM Range.
 *
 * Decided by tag names, never by computed style: reading styles on each keystroke would force layout.
 */

/** A run of characters copied one to one from a text node (or a virtual '\n' with no node). */
export interface TextSegment {
  /** Offset of the run in the extracted text. */
  start: number;
  length: number;
  /** The text node the run comes from; null for a line break we added between blocks or at a <br>. */
  node: Text | null;
  /** Offset in the node of the run's first character. */
  nodeOffset: number;
  /** True for a run of source whitespace shown as one space (its length is 1, the node's run longer). */
  collapsed: boolean;
}

export interface DomText {
  text: string;
  segments: TextSegment[];
}

/** Elements that start a new line. Gmail writes a <div> per line; pasted mail brings p, li, tables. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Never the writer's words. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Builds the text line by line. A block element or a <br> ends the current line; the next content
 * starts a new one. A <br> on a line with nothing yet makes an empty line (Gmail's <div><br></div>).
 */
class TextBuilder {
  readonly parts: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  private lines = 0;
  /** A line has started and not ended yet. */
  private open = false;
  /** The last character written, for whitespace collapsing. */
  private last = '';

  private push(chunk: string, node: Text | null, nodeOffset: number, collapsed: boolean): void {
    this.parts.push(chunk);
    this.segments.push({ start: this.length, length: chunk.length, node, nodeOffset, collapsed });
    this.length += chunk.length;
    this.last = chunk.charAt(chunk.length - 1);
  }

  private startLine(): void {
    if (this.lines > 0) this.push('\n', null, 0, false);
    this.lines++;
    this.open = true;
  }

  endLine(): void {
    this.dropTrailingCollapsedSpace();
    this.open = false;
  }

  lineBreak(): void {
    if (!this.open) this.startLine();
    this.endLine();
  }

  text(node: Text): void {
    const data = node.data;
    let index = 0;
    while (index < data.length) {
      const runStart = index;
      if (COLLAPSIBLE.test(data.charAt(index))) {
        while (index < data.length && COLLAPSIBLE.test(data.charAt(index))) index++;
        // Source whitespace (indentation, newlines in pasted HTML) shows as at most one space, and none
        // at the start of a line.
        if (this.open && this.last !== ' ') this.push(' ', node, runStart, true);
        continue;
      }
      while (index < data.length && !COLLAPSIBLE.test(data.charAt(index))) index++;
      if (!this.open) this.startLine();
      // &nbsp; is how Gmail keeps several spaces; it reads as a space, one character for one.
      this.push(data.slice(runStart, index).replace(/\u00a0/g, ' '), node, runStart, false);
      // …but it is not collapsible: a real space after it still shows.
      this.last = data.charAt(index - 1);
    }
  }

  /** A collapsed space at the end of a line is not shown by the browser either. */
  private dropTrailingCollapsedSpace(): void {
    const lastSegment = this.segments[this.segments.length - 1];
    if (!lastSegment?.collapsed) return;
    this.segments.pop();
    this.parts.pop();
    this.length -= 1;
    const previous = this.parts[this.parts.length - 1] ?? '';
    this.last = previous.charAt(previous.length - 1);
  }
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/**
 * Extracts the text of `root`, leaving out every element matching `exclude` (quoted replies,
 * signatures).
 */
export function readDomText(root: Element, exclude?: string): DomText {
  const builder = new TextBuilder();
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        builder.text(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        builder.lineBreak();
        continue;
      }
      const block = isBlock(element);
      if (block) builder.endLine();
      if (!(exclude && element.matches(exclude))) walk(element);
      if (block) builder.endLine();
    }
  };
  walk(root);
  return { text: builder.parts.join(''), segments: builder.segments };
}

/** The segment holding character `index` (binary search: segments are sorted by start). */
function segmentAt(segments: readonly TextSegment[], index: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (index < segment.start) high = middle - 1;
    else if (index >= segment.start + segment.length) low = middle + 1;
    else return segment;
  }
  return undefined;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Where character `index` starts in the DOM. Undefined on an added line break. */
export function pointBefore(segments: readonly TextSegment[], index: number): DomPoint | undefined {
  const segment = segmentAt(segments, index);
  if (!segment?.node) return undefined;
  return { node: segment.node, offset: segment.nodeOffset + (segment.collapsed ? 0 : index - segment.start) };
}

/** Where character `index` ends in the DOM (the end of a range ending after it). */
export function pointAfter(segments: readonly TextSegment[], index: number): DomPoint | undefined {
  const segment = segmentAt(segments, index);
  if (!segment?.node) return undefined;
  return {
    node: segment.node,
    offset: segment.nodeOffset + (segment.collapsed ? 1 : index - segment.start + 1),
  };
}
