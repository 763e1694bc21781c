import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST_NOW } from '../e2e/gmail-page';
import { type FixtureSite, SITES } from '../e2e/sites-table';
import {
  bb,
  type FirefoxSession,
  holdsFor,
  isShown,
  launchFirefox,
  visible,
  waitFor,
  waitForBadge,
} from './harness';

/**
 * A chat in Firefox: WhatsApp Web's fixture, on Lexical like the real site. Replace must reach
 * Lexical's own model (what its Send reads), and Enter on a flagged message is nudged.
 */
const whatsapp = SITES.find((site) => site.id === 'whatsapp') as FixtureSite;

const modelText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __modelText(): string }).__modelText());
const sentMessages = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __sent: string[] }).__sent]);

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

describe(`WhatsApp Web in Firefox (${whatsapp.editor})`, () => {
  let page: Page;
  let box: ElementHandle;
  beforeAll(async () => {
    page = await firefox.openPage(whatsapp.url);
    box = await visible(page, whatsapp.box);
  });
  afterAll(() => page?.close());

  it("flags a typed request, and Replace puts the rewrite into Lexical's model", async () => {
    await box.click();
    await page.keyboard.type(`Hi all! ${POST_NOW}`);
    await waitForBadge(page, 1);
    await (await visible(page, bb('badge'))).click();
    const suggestion = await visible(page, bb('suggestion'));
    expect(await suggestion.evaluate((element) => element.getAttribute('data-rule'))).toBe('post-now');
    const rewrite = await suggestion.evaluate(
      (element) => element.querySelector('[data-bb="rewrite"]')?.textContent?.trim() ?? '',
    );
    await (await visible(page, bb('apply'))).click();
    await waitFor(async () => (await modelText(page)).includes(rewrite), {
      message: "the rewrite in Lexical's model",
    });
    expect(await modelText(page)).toMatch(/^Hi all! /);
    expect(await modelText(page)).not.toContain('immediately');
    await waitForBadge(page, 0);
  });

  it('Enter on a flagged message asks first; Send anyway sends it once', async () => {
    await box.focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await sentMessages(page)).length === 1, {
      message: 'the rewritten message sent',
    });

    await box.click();
    await page.keyboard.type(POST_NOW);
    await waitForBadge(page, 1);
    await page.keyboard.press('Enter');
    await visible(page, bb('send-nudge'));
    expect(await sentMessages(page)).toHaveLength(1);
    await (await visible(page, bb('send-anyway'))).click();
    await waitFor(async () => (await sentMessages(page)).length === 2, {
      message: 'the flagged message sent',
    });
    // A replayed send would come right after the first: it must not.
    await holdsFor(async () => (await sentMessages(page)).length === 2, 300, 'one send only');
    expect((await sentMessages(page))[1]).toBe(POST_NOW);
    expect(await isShown(page, bb('send-nudge'))).toBe(false);
  });

  it('never broke the page', () => {
    expect(firefox.pageErrors).toEqual([]);
  });
});
