import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGmail } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor } from './harness';
import { setTeamSettings, setTestFaults } from './sites-extension';
import { type FixtureSite, modelText, SITES, sentMessages, typeInto } from './sites-table';

/**
 * The send nudge: a message that still holds a flagged request is stopped on its way out (Send
 * button, Ctrl+Enter, Enter in chats) and the writer is asked first; "Send anyway" sends it exactly
 * once, the way the stopped action would have. Nothing flagged, Shift+Enter, an IME composition, the
 * team's setting off or a fault in our code: the message goes through untouched.
 */
const POST_NOW = 'Could you post this on LinkedIn immediately?';
const FINE = 'Could we look together at where this fits in your plan?';

const site = (id: string): FixtureSite => SITES.find((candidate) => candidate.id === id)!;

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A fresh page of `site` with `text` typed in its box, and the box. */
async function draft(target: FixtureSite, text: string): Promise<{ page: Page; box: Locator }> {
  const page = await browser.openPage(target.url);
  const box = page.locator(target.box);
  await box.waitFor();
  await typeInto(page, box, text);
  return { page, box };
}

const nudge = (page: Page) => bb(page, 'send-nudge');

describe('with a flagged request in the message', () => {
  it('Enter in Slack asks first; Send anyway sends the message exactly once', async () => {
    const { page } = await draft(site('slack'), POST_NOW);
    await page.keyboard.press('Enter');
    await nudge(page).waitFor();
    expect(await nudge(page).textContent()).toContain('post right away');
    expect(await sentMessages(page)).toEqual([]);
    await screenshot(page, 'nudge-slack-enter');
    await bb(page, 'send-anyway').click();
    await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
    // A second send would come right after the first: look again once the page had time for it.
    await page.waitForTimeout(300);
    expect(await sentMessages(page)).toEqual([POST_NOW]);
    expect(await nudge(page).isVisible()).toBe(false);
    await page.close();
  });

  it('the Send button in WhatsApp asks first; Review opens the card and sends nothing', async () => {
    const { page } = await draft(site('whatsapp'), POST_NOW);
    await page.locator(site('whatsapp').sendButton!).click();
    await nudge(page).waitFor();
    await bb(page, 'review').click();
    await bb(page, 'card').waitFor();
    expect(await nudge(page).isVisible()).toBe(false);
    expect(await bb(page, 'suggestion').first().getAttribute('data-rule')).toBe('post-now');
    expect(await sentMessages(page)).toEqual([]);
    expect(await modelText(page)).toBe(POST_NOW);
    await screenshot(page, 'nudge-whatsapp-review');
    await page.close();
  });

  it('Ctrl+Enter in Outlook asks first; Escape goes back to the message, which is not sent', async () => {
    const { page, box } = await draft(site('outlook'), POST_NOW);
    await page.keyboard.press('Control+Enter');
    await nudge(page).waitFor();
    await screenshot(page, 'nudge-outlook-ctrl-enter');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await nudge(page).isVisible()), { message: 'the nudge closed' });
    expect(await box.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await sentMessages(page)).toEqual([]);
    await page.close();
  });

  it('the Send button in Outlook: Send anyway clicks it once', async () => {
    const { page } = await draft(site('outlook'), POST_NOW);
    await page.locator(site('outlook').sendButton!).click();
    await bb(page, 'send-anyway').click();
    await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
    await page.waitForTimeout(300);
    expect(await sentMessages(page)).toEqual([POST_NOW]);
    await page.close();
  });

  it('Ctrl+Enter in teams (how Teams sends with the formatting pane open): nudged, Send anyway sends once', async () => {
    const { page } = await draft(site('teams'), POST_NOW);
    await page.keyboard.press('Control+Enter');
    await nudge(page).waitFor();
    expect(await sentMessages(page)).toEqual([]);
    await bb(page, 'send-anyway').click();
    await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
    await page.waitForTimeout(300);
    expect(await sentMessages(page)).toEqual([POST_NOW]);
    await page.close();
  });

  for (const id of ['teams', 'discord', 'google-chat']) {
    it(`Enter in ${id}: Send anyway sends once, through the editor's own Enter handling`, async () => {
      const { page } = await draft(site(id), POST_NOW);
      await page.keyboard.press('Enter');
      await nudge(page).waitFor();
      expect(await sentMessages(page)).toEqual([]);
      await screenshot(page, `nudge-${id}-enter`);
      await bb(page, 'send-anyway').click();
      await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
      await page.waitForTimeout(300);
      expect(await sentMessages(page)).toEqual([POST_NOW]);
      await page.close();
    });
  }

  it("Gmail's Send button and Ctrl+Enter ask first; Send anyway sends the draft once", async () => {
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    const body = gmail.bodies.first();
    await gmail.typeInto(body, POST_NOW);
    await gmail.page.keyboard.press('Control+Enter');
    await nudge(gmail.page).waitFor();
    await gmail.page.keyboard.press('Escape');
    await gmail.page.locator('.T-I.aoO[role="button"]').first().click();
    await nudge(gmail.page).waitFor();
    expect(await gmail.sent()).toEqual([]);
    await screenshot(gmail.page, 'nudge-gmail-send-button');
    await bb(gmail.page, 'send-anyway').click();
    await waitFor(async () => (await gmail.sent()).length === 1, { message: 'the draft sent' });
    await gmail.page.waitForTimeout(300);
    expect(await gmail.sent()).toHaveLength(1);
    expect((await gmail.sent())[0]).toContain('immediately');
    await gmail.close();
  });

  it('on a site that ignores replayed events, the next real send after Send anyway goes through unasked', async () => {
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    // The page drops every untrusted click, as sites that check isTrusted do.
    await gmail.page.evaluate(() =>
      document.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) event.stopImmediatePropagation();
        },
        true,
      ),
    );
    const body = gmail.bodies.first();
    await gmail.typeInto(body, POST_NOW);
    const send = gmail.page.locator('.T-I.aoO[role="button"]').first();
    await send.click();
    await nudge(gmail.page).waitFor();
    await bb(gmail.page, 'send-anyway').click();
    await gmail.page.waitForTimeout(300);
    expect(await gmail.sent()).toEqual([]); // the replay was ignored by the page
    await send.click();
    await waitFor(async () => (await gmail.sent()).length === 1, { message: 'the real click to send' });
    expect(await nudge(gmail.page).isVisible()).toBe(false);
    await gmail.close();
  });

  it('Shift+Enter adds a line: no nudge, nothing sent', async () => {
    const { page } = await draft(site('slack'), POST_NOW);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Thanks');
    await waitFor(async () => (await modelText(page)) === `${POST_NOW}\nThanks`, { message: 'a new line' });
    expect(await nudge(page).isVisible()).toBe(false);
    expect(await sentMessages(page)).toEqual([]);
    await page.close();
  });

  it('Enter while an IME composition is open is left to the IME', async () => {
    const { page, box } = await draft(site('slack'), POST_NOW);
    await box.evaluate((element) => {
      const init = { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true };
      element.dispatchEvent(new KeyboardEvent('keydown', init));
    });
    await page.waitForTimeout(300);
    expect(await nudge(page).isVisible()).toBe(false);
    await page.close();
  });
});

describe('a compose box opened once the page is up', () => {
  it('asks about a send made the moment the box opens: the page got ready before the box', async () => {
    const gmail = await openGmail(browser);
    // The writer looks at the inbox for a moment: the top frame gets ready meanwhile, at idle.
    await gmail.page.waitForTimeout(3_000);
    await gmail.compose();
    // Pasted and sent at once, with no pause for a compile to finish.
    await gmail.page.keyboard.insertText(POST_NOW);
    await gmail.page.keyboard.press('Control+Enter');
    await nudge(gmail.page).waitFor();
    expect(await nudge(gmail.page).textContent()).toContain('post right away');
    expect(await gmail.sent()).toEqual([]);
    await screenshot(gmail.page, 'nudge-gmail-at-once');
    await gmail.page.close();
  });
});

describe('the message goes through untouched', () => {
  it('when nothing is flagged', async () => {
    const { page } = await draft(site('slack'), FINE);
    await page.keyboard.press('Enter');
    await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
    expect(await sentMessages(page)).toEqual([FINE]);
    expect(await nudge(page).isVisible()).toBe(false);
    await page.close();
  });

  it('when the team switched the nudge off in its pack', async () => {
    const restore = await setTeamSettings(browser, { sendNudge: false });
    try {
      const { page } = await draft(site('teams'), POST_NOW);
      await page.locator(site('teams').sendButton!).click();
      await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
      expect(await nudge(page).isVisible()).toBe(false);
      await page.close();
    } finally {
      await restore();
    }
  });

  it('when the guard itself fails (test fault switched on in the extension storage)', async () => {
    await setTestFaults(browser, ['send-guard']);
    try {
      const { page } = await draft(site('slack'), POST_NOW);
      await page.keyboard.press('Enter');
      await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the message sent' });
      expect(await sentMessages(page)).toEqual([POST_NOW]);
      expect(await nudge(page).isVisible()).toBe(false);
      await page.close();
    } finally {
      await setTestFaults(browser, []);
    }
  });
});
