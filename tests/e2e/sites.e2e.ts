import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  bb,
  launchBrowser,
  screenshot,
  textBox,
  waitFor,
  waitForBadge,
} from './harness';
import { setTeamSettings } from './sites-extension';
import { modelText, SITES, sentMessages, typeInto } from './sites-table';

/**
 * Each chat and webmail, end to end with its real editor library: a request typed on the keyboard is
 * flagged, Replace reaches the editor's own model (what its Send reads), the editor's undo restores
 * the words, and the site's Send sends the rewrite. Search boxes are left alone.
 */
const POST_NOW = 'Could you post this on LinkedIn immediately?';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

for (const site of SITES) {
  describe(`${site.id} (${site.editor})`, () => {
    let page: Page;
    let box: Locator;
    let rewrite = '';
    beforeAll(async () => {
      page = await browser.openPage(site.url);
      box = page.locator(site.box);
      await box.waitFor();
    });
    afterAll(() => page?.close());

    it('flags a request typed on the keyboard and counts it on the badge', async () => {
      await typeInto(page, box, `Hi all! ${POST_NOW}`);
      await waitForBadge(page, 1);
      await bb(page, 'badge').click();
      const suggestion = bb(page, 'suggestion').first();
      await suggestion.waitFor();
      expect(await suggestion.getAttribute('data-rule')).toBe('post-now');
      rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
      expect(rewrite.length).toBeGreaterThan(10);
      // The card keeps off the flagged words and inside the window, its title in view.
      const card = (await bb(page, 'card').boundingBox())!;
      const words = await textBox(box, 'Could you post');
      const apart =
        card.y + card.height <= words.y ||
        card.y >= words.y + words.height ||
        card.x + card.width <= words.x ||
        card.x >= words.x + words.width;
      expect(apart).toBe(true);
      expect(card.y).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height).toBeLessThanOrEqual(800);
      await screenshot(page, `sites-${site.id}-card`);
    });

    it(`Replace puts the rewrite into ${site.editor}'s own model, not the phrase`, async () => {
      // A person reads the card first. Quill (Slack) merges edits less than 1 s apart into one undo
      // step, typing included, as it does for any two bursts of typing.
      await page.waitForTimeout(1_100);
      await bb(bb(page, 'suggestion').first(), 'apply').click();
      await waitFor(async () => (await modelText(page)).includes(rewrite), {
        message: `the rewrite in ${site.editor}'s model`,
      });
      const model = await modelText(page);
      expect(model).not.toContain('immediately');
      expect(model.startsWith('Hi all! ')).toBe(true);
      await waitForBadge(page, 0);
      await screenshot(page, `sites-${site.id}-replaced`);
    });

    it("the editor's own undo brings the request back, and redo the rewrite", async () => {
      await box.focus();
      await page.keyboard.press('Control+z');
      await waitFor(async () => (await modelText(page)).includes(POST_NOW), {
        message: 'the request back in the model',
      });
      expect(await modelText(page)).not.toContain(rewrite);
      await waitForBadge(page, 1);
      await page.keyboard.press('Control+Shift+z');
      await waitFor(async () => (await modelText(page)).includes(rewrite), { message: 'the rewrite again' });
      await waitForBadge(page, 0);
    });

    it(`${site.sendKey} sends the rewritten text through the site`, async () => {
      await box.focus();
      await page.keyboard.press(site.sendKey);
      const sent = await waitFor(async () => (await sentMessages(page))[0], { message: 'a sent message' });
      expect(sent).toContain(rewrite);
      expect(sent).not.toContain('immediately');
      expect(await bb(page, 'send-nudge').isVisible()).toBe(false);
    });

    it('leaves a field that is not a message alone', async () => {
      await typeInto(page, page.locator(site.notAMessage), POST_NOW);
      // Nothing to wait for when nothing happens: give the debounced scan ample time, then look.
      await page.waitForTimeout(600);
      expect(await bb(page, 'badge').isVisible()).toBe(false);
    });

    it('never broke the page', () => {
      expect(browser.pageErrors.filter((error) => error.includes(new URL(site.url).hostname))).toEqual([]);
    });
  });
}

describe('Google Chat inside Gmail (an iframe from chat.google.com)', () => {
  it('flags, nudges and sends in the frame like on chat.google.com', async () => {
    const remove = browser.server.route('https://mail.google.com/mail/u/0/chat-frame', () => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><title>Gmail</title><iframe src="https://chat.google.com/frame" style="width:900px;height:600px;border:0"></iframe>',
    }));
    const page = await browser.openPage('https://mail.google.com/mail/u/0/chat-frame');
    const frame = page.frameLocator('iframe');
    await frame.locator('#composer').click();
    await page.keyboard.type(POST_NOW);
    await waitFor(async () => (await frame.locator('[data-bb="badge"]').textContent())?.trim() === '1', {
      message: 'the badge in the frame',
    });
    await page.keyboard.press('Enter');
    await frame.locator('[data-bb="send-nudge"]').waitFor();
    await screenshot(page, 'sites-google-chat-in-gmail-nudge');
    await frame.locator('[data-bb="send-anyway"]').click();
    const chat = page.frames().find((candidate) => candidate.url().startsWith('https://chat.google.com/'))!;
    const sent = () => chat.evaluate(() => [...(window as unknown as { __sent: string[] }).__sent]);
    await waitFor(async () => (await sent()).length === 1, { message: 'the message sent from the frame' });
    expect(await sent()).toEqual([POST_NOW]);
    remove();
    await page.close();
  });
});

describe('a default site the team switched off', () => {
  it('is left alone: no underline, no badge, no nudge', async () => {
    const restore = await setTeamSettings(browser, { disabledSites: ['slack'] });
    try {
      const slack = SITES.find((site) => site.id === 'slack')!;
      const page = await browser.openPage(slack.url);
      await typeInto(page, page.locator(slack.box), POST_NOW);
      await page.waitForTimeout(600);
      expect(await bb(page, 'badge').isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
      expect(await bb(page, 'send-nudge').count()).toBe(0);
      await page.close();
    } finally {
      await restore();
    }
  });
});
