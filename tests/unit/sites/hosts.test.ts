import { describe, expect, it } from 'vitest';
import { coveredByDefaultSites } from '../../../lib/sites/hosts';

describe('extra site patterns the default sites already cover', () => {
  it('counts a default host, whatever the path, as covered', () => {
    expect(coveredByDefaultSites('https://mail.google.com/*')).toBe(true);
    expect(coveredByDefaultSites('https://mail.google.com/mail/u/0/*')).toBe(true);
    expect(coveredByDefaultSites('*://app.slack.com/*')).toBe(true);
  });

  it('keeps wider patterns and other hosts (they run where the default script does not)', () => {
    expect(coveredByDefaultSites('https://*.google.com/*')).toBe(false);
    expect(coveredByDefaultSites('https://intranet.example.com/*')).toBe(false);
    expect(coveredByDefaultSites('https://google.com/*')).toBe(false);
  });
});
