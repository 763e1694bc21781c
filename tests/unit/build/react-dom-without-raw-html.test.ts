// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RAW_HTML_REFUSAL, withoutRawHtml } from '../../../scripts/vite/react-dom-without-raw-html';

const require = createRequire(import.meta.url);
const reactDomFolder = path.dirname(require.resolve('react-dom/package.json'));

describe('React DOM without its raw-HTML sink (the build plugin)', () => {
  for (const flavour of ['production', 'development']) {
    it(`replaces both dangerouslySetInnerHTML writes of the installed ${flavour} client`, () => {
      const file = path.join(reactDomFolder, `cjs/react-dom-client.${flavour}.js`);
      const patched = withoutRawHtml(readFileSync(file, 'utf8'), file);
      expect(patched).not.toContain('domElement.innerHTML = key');
      expect(patched.split(RAW_HTML_REFUSAL)).toHaveLength(3);
    });
  }

  it('fails the build when React DOM no longer has the sinks where expected', () => {
    expect(() => withoutRawHtml('element.innerHTML = html;', 'react-dom-client.production.js')).toThrow(
      /expected 2/,
    );
  });
});
