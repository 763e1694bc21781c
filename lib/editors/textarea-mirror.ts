/**
 * The CSS Highlight API cannot reach the text inside a <textarea> or <input>, so marks are drawn on a
 * mirror: an element laid exactly over the field with the same box, font and wrapping, holding the
 * same text in transparent ink, so that only the marks (highlights over its text) show. It ignores the
 * pointer, follows the field's scrolling, size and position, and lives outside the field's form (it
 * is never submitted). Its copy of the text sits in a closed shadow root: scripts and session-replay
 * tools of the page, which mask form fields, must not find the draft as ordinary page text.
 */
import { HIGHLIGHT_CSS } from '../ui/highlights';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export interface TextareaMirror {
  /** The mirror's copy of the field's text: ranges over it are where the marks are drawn. */
  readonly text: Text;
  /** Copies the field's current text now; its layout (style and box reads) at the next frame. */
  sync(): void;
  dispose(): void;
}

/** Properties that decide where each character of the field is laid out. */
const COPIED = [
  'boxSizing',
  'width',
  'height',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'wordBreak',
  'overflowWrap',
] as const;

export function createTextareaMirror(field: TextField): TextareaMirror {
  const doc = field.ownerDocument;
  const view = doc.defaultView ?? window;
  const mirror = doc.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  mirror.dataset.bbMirror = '';
  const text = doc.createTextNode('');
  const shadow = mirror.attachShadow({ mode: 'closed' });
  // ::highlight() applies only from stylesheets of the tree the text is in.
  const style = doc.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  shadow.append(style, text);
  doc.body.append(mirror);
  const multiline = field instanceof view.HTMLTextAreaElement;

  const layout = (): void => {
    const style = view.getComputedStyle(field);
    // `all: initial` first so that the page's own CSS for divs cannot shift a single character.
    let css = 'all: initial; position: absolute; pointer-events: none; overflow: hidden; color: transparent;';
    css += 'border-style: solid; border-color: transparent; background: transparent; z-index: 2147483646;';
    css += multiline ? 'white-space: pre-wrap;' : 'white-space: pre; display: flex; align-items: center;';
    for (const property of COPIED) css += `${toKebab(property)}: ${style[property]};`;
    // A textarea's scrollbar narrows its text; the mirror has none, so it gets the same room as padding.
    const scrollbar =
      field.offsetWidth -
      field.clientWidth -
      parseFloat(style.borderLeftWidth) -
      parseFloat(style.borderRightWidth);
    if (scrollbar > 0) css += `padding-right: ${parseFloat(style.paddingRight) + scrollbar}px;`;
    const box = field.getBoundingClientRect();
    css += `left: ${box.left + view.scrollX}px; top: ${box.top + view.scrollY}px;`;
    css += `display: ${field.isConnected && box.width > 0 ? (multiline ? 'block' : 'flex') : 'none'};`;
    mirror.style.cssText = css;
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  };

  let frame = 0;
  const schedule = (): void => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };
  const resizes = new view.ResizeObserver(schedule);
  resizes.observe(field);
  field.addEventListener('scroll', schedule, { passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  // Any scrolling container around the field moves it on the page.
  doc.addEventListener('scroll', schedule, { capture: true, passive: true });

  /** Called on each input: a text write only. Layout reads per keystroke would force style and layout. */
  const sync = (): void => {
    // A trailing newline needs a character after it to take a line, as it does in the field.
    const value = multiline && field.value.endsWith('\n') ? `${field.value}\u200b` : field.value;
    if (text.data !== value) text.data = value;
    schedule();
  };
  sync();

  return {
    text,
    sync,
    dispose() {
      resizes.disconnect();
      field.removeEventListener('scroll', schedule);
      view.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', schedule, { capture: true });
      if (frame) view.cancelAnimationFrame(frame);
      mirror.remove();
    },
  };
}

function toKebab(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
