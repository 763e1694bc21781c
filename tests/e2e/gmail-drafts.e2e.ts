import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GmailPage, hookText, openCard, openGmail, POST_NOW, textOf } from './gmail-page';
import {
  type BrowserSession,
  bb,
  launchBrowser,
  screenshot,
  textBox,
  waitFor,
  waitForBadge,
} from './harness';

// Gmail's other drafts: several windows, a compose opened later, the pop-out window, an inline reply.
let browser: BrowserSession;
let gmail: GmailPage;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('Gmail, several drafts', () => {
  beforeAll(async () => {
    gmail = await openGmail(browser);
  });
  afterAll(() => gmail.close());

  it('finds a compose window opened after the page loaded', async () => {
    const first = await gmail.compose();
    await gmail.typeInto(first, POST_NOW);
    await waitForBadge(gmail.page, 1);
  });

  it('counts each of two compose windows on its own', async () => {
    const second = await gmail.compose();
    await gmail.typeInto(second, "What's the ROI of social media? And can we get this trending?");
    await waitForBadge(gmail.page, 2);
    await screenshot(gmail.page, 'gmail-two-drafts');

    await gmail.bodies.first().click();
    await waitForBadge(gmail.page, 1);
    await second.click();
    await waitForBadge(gmail.page, 2);
    const rules = await (await openCard(gmail.page)).evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-rule')),
    );
    expect(rules.sort()).toEqual(['go-viral', 'roi']);
  });

  it('finds a pop-out compose window', async () => {
    const page = await browser.openPage('https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1');
    const body = page.locator('div.Am.Al.editable');
    await body.waitFor();
    await body.focus();
    await page.keyboard.type('Why are we not on Bluesky?');
    await waitForBadge(page, 1);
    await page.close();
  });
});

describe('Gmail, an inline reply', () => {
  let body: Locator;
  beforeAll(async () => {
    gmail = await openGmail(browser);
    // The quoted message asks to "post this on LinkedIn immediately", the signature "why aren't we on
    // TikTok?": neither is the writer's.
    body = await gmail.reply();
    await gmail.page.keyboard.type("Sure. What's the ROI of social media, by the way?");
  });
  afterAll(() => gmail.close());

  it('flags the writer’s words and leaves the quote and the signature alone', async () => {
    await waitForBadge(gmail.page, 1);
    const rules = await (await openCard(gmail.page)).evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-rule')),
    );
    expect(rules).toEqual(['roi']);
    expect(await textOf(body)).toContain('Could you post this on LinkedIn immediately?');
    // The card opened from the badge keeps off the writer's words and stays inside the window.
    const card = (await bb(gmail.page, 'card').boundingBox())!;
    const words = await textBox(body, 'Sure. What');
    expect(card.y + card.height <= words.y || card.y >= words.y + words.height).toBe(true);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(800);
    await screenshot(gmail.page, 'gmail-inline-reply');
  });

  it('sends the replaced request and nothing of ours', async () => {
    const suggestion = bb(gmail.page, 'suggestion').first();
    const rewrite = await hookText(suggestion, 'rewrite');
    await bb(suggestion, 'apply').click();
    await waitForBadge(gmail.page, 0);
    await gmail.page.locator('.ip.adB [role="button"][data-tooltip^="Send"]').click();
    const [sent] = await waitFor(async () => {
      const all = await gmail.sent();
      return all.length > 0 ? all : null;
    });
    expect(sent).toContain(`Sure. ${rewrite}`);
    expect(sent).toContain('Alex Durand');
  });
});
