// The in-page UI's stylesheet (badge, card, nudge panel), minified into the content script.
import UI_CSS from './overlay.css?inline';

/** The tag of the element that carries our shadow root. Tests find it with `[data-bb-host]`. */
export const HOST_TAG = 'better-brief-ui';

/**
 * One shadow host per document, attached to <html> (outside <body>, which pages such as Gmail observe
 * and restyle). The root is OPEN so tests and assistive technology can reach it.
 */
export function createUiHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  host.dataset.bb = 'root';
  host.setAttribute('data-bb-host', '');
  // Inline and important: the page's stylesheets must not move, hide or resize it.
  for (const [property, value] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', '2147483646'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  root.append(style);
  doc.documentElement.append(host);
  return { host, root };
}

/** Whether the page behind an element is dark: its first opaque background, read once per use. */
export function pageLooksDark(element: Element): boolean | undefined {
  const view = element.ownerDocument.defaultView;
  if (!view) return undefined;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const colour = view.getComputedStyle(current).backgroundColor;
    const channels = colour.match(/[\d.]+/g)?.map(Number);
    if (!channels || channels.length < 3) continue;
    if (channels.length >= 4 && channels[3]! < 0.5) continue;
    const [red, green, blue] = channels as [number, number, number];
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 128;
  }
  return undefined;
}
