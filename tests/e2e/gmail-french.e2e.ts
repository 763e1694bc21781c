import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GmailPage, hookText, openCard, openGmail } from './gmail-page';
import { type BrowserSession, launchBrowser, screenshot, waitForBadge } from './harness';

// Gmail's French interface and French requests, in an English browser.
let browser: BrowserSession;
let gmail: GmailPage;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('Gmail in French', () => {
  let body: Locator;
  beforeAll(async () => {
    gmail = await openGmail(browser, { lang: 'fr', hash: '#inbox?compose=new' });
    body = gmail.bodies.first();
  });
  afterAll(() => gmail.close());

  it('finds the body by its markup, not by its French label', async () => {
    expect(await body.getAttribute('aria-label')).toBe('Corps du message');
  });

  it('catches the three French requests, the network named in the better one', async () => {
    await gmail.typeInto(
      body,
      'Bonjour,\nTu peux faire le buzz avec cette vidéo ?\nPourquoi on n’est pas sur Bluesky ?\nQuel est le ROI des médias sociaux ?',
    );
    await waitForBadge(gmail.page, 3);
    const suggestions = await openCard(gmail.page);
    const rules = await suggestions.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-rule')),
    );
    expect(rules.sort()).toEqual(['go-viral', 'new-network', 'roi']);
    const network = suggestions.filter({
      has: gmail.page.locator('[data-bb="phrase"]', { hasText: 'Bluesky' }),
    });
    expect(await hookText(network, 'rewrite')).toContain('Bluesky');
    await screenshot(gmail.page, 'gmail-french-card');
  });
});
