import type { Plugin } from 'vite';

/**
 * React DOM writes `dangerouslySetInnerHTML` with `element.innerHTML = html`: the only raw-HTML
 * sink in the extension pages' code, reported by `web-ext lint` (a store reviewer reads each report).
 * Better Brief never renders raw HTML (pack strings are text; biome's noDangerouslySetInnerHtml
 * guards our code), so the sink is taken out of the build: the prop now throws instead of parsing
 * HTML. React's other innerHTML write is a constant (`<script></script>`) and stays.
 */
const REACT_DOM_CLIENT = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(production|development)\.js$/;
const RAW_HTML_SINK = '(domElement.innerHTML = key)';
/** setProp and setPropOnCustomElement, in React DOM 19. */
const SINKS_PER_FILE = 2;
export const RAW_HTML_REFUSAL =
  '(() => { throw Error("Better Brief renders no raw HTML: dangerouslySetInnerHTML is not supported"); })()';

/** The file with its sinks replaced; throws when React DOM no longer has them where expected. */
export function withoutRawHtml(code: string, file: string): string {
  const found = code.split(RAW_HTML_SINK).length - 1;
  if (found !== SINKS_PER_FILE) {
    // A React update moved the sink: fail the build rather than ship it unnoticed.
    throw new Error(
      `${file}: expected ${SINKS_PER_FILE} "${RAW_HTML_SINK}", found ${found}; update scripts/vite/react-dom-without-raw-html.ts`,
    );
  }
  return code.replaceAll(RAW_HTML_SINK, RAW_HTML_REFUSAL);
}

export function reactDomWithoutRawHtml(): Plugin {
  return {
    name: 'better-brief:react-dom-without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!REACT_DOM_CLIENT.test(id)) return null;
      return { code: withoutRawHtml(code, id), map: null };
    },
  };
}
