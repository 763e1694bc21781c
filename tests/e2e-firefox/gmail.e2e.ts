import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_NOW } from '../e2e/gmail-page';
import { type FirefoxGmail, openNewMessage, SEND_BUTTON } from './gmail-page';
import {
  bb,
  chord,
  type FirefoxSession,
  holdsFor,
  isShown,
  launchFirefox,
  visible,
  waitFor,
  waitForBadge,
} from './harness';

// Gmail in Firefox: the loop from typing to Replace and undo, and the send nudge.
let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

describe('Gmail in Firefox, a new message', () => {
  let gmail: FirefoxGmail;
  let rewrite = '';
  beforeAll(async () => {
    gmail = await openNewMessage(firefox);
    await gmail.type(`Hi team,\nThe launch video is ready. ${POST_NOW}`);
  });
  afterAll(() => gmail.page.close());

  it('counts the request typed on the keyboard on the badge, and the card names it', async () => {
    await waitForBadge(gmail.page, 1);
    const card = await gmail.openCard();
    expect(card.rule).toBe('post-now');
    expect(card.rewrite.length).toBeGreaterThan(10);
    rewrite = card.rewrite;
  });

  it('Replace puts the better request in the email, and Ctrl+Z brings the original back', async () => {
    await (await visible(gmail.page, bb('apply'))).click();
    await waitFor(async () => (await gmail.text()).includes(rewrite), { message: 'the rewrite in the body' });
    expect(await gmail.text()).not.toContain('immediately');
    expect(await gmail.text()).toContain('Hi team,\nThe launch video is ready.');
    await waitForBadge(gmail.page, 0);

    await gmail.body.focus();
    await chord(gmail.page, 'Control', 'z');
    await waitFor(async () => (await gmail.text()).includes(POST_NOW), {
      message: 'the original words back',
    });
    expect(await gmail.text()).not.toContain(rewrite);
    await waitForBadge(gmail.page, 1);
  });
});

describe('Gmail in Firefox, the send nudge', () => {
  it('Ctrl+Enter and the Send button ask first; Send anyway sends the draft once', async () => {
    const gmail = await openNewMessage(firefox);
    await gmail.type(POST_NOW);
    await waitForBadge(gmail.page, 1);
    await chord(gmail.page, 'Control', 'Enter');
    await visible(gmail.page, bb('send-nudge'));
    await gmail.page.keyboard.press('Escape');
    await waitFor(async () => !(await isShown(gmail.page, bb('send-nudge'))), {
      message: 'the nudge to close',
    });
    await (await visible(gmail.page, SEND_BUTTON)).click();
    await visible(gmail.page, bb('send-nudge'));
    expect(await gmail.sent()).toEqual([]);
    await (await visible(gmail.page, bb('send-anyway'))).click();
    await waitFor(async () => (await gmail.sent()).length === 1, { message: 'the draft sent' });
    // A replayed send would come right after the first: it must not.
    await holdsFor(async () => (await gmail.sent()).length === 1, 300, 'one send only');
    expect((await gmail.sent())[0]).toContain('immediately');
    await gmail.page.close();
  });

  it('never broke the page', () => {
    expect(firefox.pageErrors).toEqual([]);
  });
});
