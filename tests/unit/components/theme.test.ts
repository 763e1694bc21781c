import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Tests run from the project root (happy-dom's URL cannot make file paths from import.meta.url).
const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const defined = (css: string) => new Set([...css.matchAll(/(--bb-[a-z-]+):/g)].map((found) => found[1]!));
const used = (css: string) => new Set([...css.matchAll(/var\((--bb-[a-z-]+)\)/g)].map((found) => found[1]!));

describe.each(['components/popup/popup.css', 'components/options/options.css'])('%s', (path) => {
  const css = read(path);
  const theme = defined(read('components/theme.css'));

  it('takes the shared colours from theme.css', () => {
    expect(css).toMatch(/@import ["']\.\.\/theme\.css["'];/);
  });

  it('uses only colours that it or theme.css defines', () => {
    const own = defined(css);
    expect([...used(css)].filter((name) => !own.has(name) && !theme.has(name))).toEqual([]);
  });

  it('does not define a shared colour again', () => {
    expect([...defined(css)].filter((name) => theme.has(name))).toEqual([]);
  });
});
