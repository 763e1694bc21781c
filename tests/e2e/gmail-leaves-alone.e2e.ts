import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GmailPage, openCard, openGmail, POST_NOW, requestsHolding } from './gmail-page';
import { type BrowserSession, badgeCount, holdsFor, launchBrowser, waitForBadge } from './harness';

// What Better Brief must not touch in Gmail.
let browser: BrowserSession;
let gmail: GmailPage;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('Gmail, words that only look like the requests', () => {
  beforeAll(async () => {
    gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
  });
  afterAll(() => gmail.close());

  it('leaves near misses alone', async () => {
    const body = gmail.bodies.first();
    await gmail.typeInto(
      body,
      [
        'Le roi Louis XIV aimait les jardins.',
        "I'll post the minutes after the meeting.",
        'The ROI of the new ERP project was 12%.',
        // The one real request, last: once it is counted, everything before it was scanned too.
        POST_NOW,
      ].join('\n'),
    );
    await waitForBadge(gmail.page, 1);
    const rules = await (await openCard(gmail.page)).evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-rule')),
    );
    expect(rules).toEqual(['post-now']);
  });

  it('leaves the search box alone', async () => {
    await gmail.close();
    gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    const search = gmail.page.locator('input[aria-label="Search mail"]');
    await search.click();
    await gmail.page.keyboard.type(POST_NOW);
    // Longer than the extension's debounce (120 ms) several times over.
    await holdsFor(async () => (await badgeCount(gmail.page)) === 0, 750, 'no badge for the search box');
    expect(await search.inputValue()).toBe(POST_NOW);
    // The content script was running all along: the compose box is still watched.
    await gmail.typeInto(gmail.bodies.first(), POST_NOW);
    await waitForBadge(gmail.page, 1);
  });

  it('never broke the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });

  it('sent none of the words typed in this file anywhere', () => {
    expect(browser.server.requests.length).toBeGreaterThan(0);
    expect(
      requestsHolding(browser, ['LinkedIn immediately', 'Louis XIV', 'minutes after', 'ERP project']),
    ).toEqual([]);
  });
});
