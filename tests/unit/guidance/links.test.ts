import { describe, expect, it } from 'vitest';
import { isSafeLink, SAFE_LINK_PATTERN } from '../../../lib/guidance/links';
import { safeLink } from '../../../lib/guidance/schema';

const LINKS: [string, boolean][] = [
  ['https://example.org/report', true],
  ['http://a', true],
  ['http://intranet/report', true],
  ['mailto:social@example.org', true],
  ['javascript:alert(1)', false],
  ['JAVASCRIPT:alert(1)', false],
  [' javascript:alert(1)', false],
  ['data:text/html,hi', false],
  ['file:///etc/passwd', false],
  ['mailto:x', false],
  ['https://', false],
  ['https:///x', false],
  [' https://example.org', false],
  ['not a url', false],
];

describe('a safe link', () => {
  it.each(LINKS)('%j → %s', (url, safe) => {
    expect(isSafeLink(url)).toBe(safe);
  });

  it('is the same for the published JSON Schema pattern, the pack schema and the function', () => {
    const pattern = new RegExp(SAFE_LINK_PATTERN, 'u');
    for (const [url, safe] of LINKS) {
      expect({ url, pattern: pattern.test(url), schema: safeLink.safeParse(url).success }).toEqual({
        url,
        pattern: safe,
        schema: safe,
      });
    }
  });
});
