import { describe, expect, it } from 'vitest';
import { coveredByDefaultSites, isDefaultSite } from '../../../lib/sites/hosts';

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

describe('default site pages', () => {
  const at = (href: string) => new URL(href);

  it('are the https pages of the default hosts', () => {
    expect(isDefaultSite(at('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(isDefaultSite(at('https://teams.cloud.microsoft/v2/'))).toBe(true);
  });

  it('are not other hosts of the same domain, nor http pages (the declared script does not run there)', () => {
    expect(isDefaultSite(at('https://docs.google.com/document/d/1'))).toBe(false);
    expect(isDefaultSite(at('https://google.com/'))).toBe(false);
    expect(isDefaultSite(at('http://mail.google.com/'))).toBe(false);
  });
});
