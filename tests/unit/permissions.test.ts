import { describe, expect, it } from 'vitest';
import { originPattern } from '../../lib/permissions';

describe('the host permission for an address', () => {
  it('is its origin with all paths', () => {
    expect(originPattern('https://packs.example.com/team/pack.json?v=2#top')).toBe(
      'https://packs.example.com/*',
    );
  });

  it('keeps a non-default port, which is part of the site', () => {
    expect(originPattern(new URL('https://reports.example.com:8443/feed.xml'))).toBe(
      'https://reports.example.com:8443/*',
    );
  });

  it('drops the default port, as the browser does', () => {
    expect(originPattern('https://intranet.example.com:443/wiki')).toBe('https://intranet.example.com/*');
  });
});
