import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GmailPage, openGmail, POST_NOW } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, waitFor } from './harness';

/**
 * The settled-state hook (README, Test hooks): `data-bb-state` on the in-page host and on the popup's
 * draft summary, "busy" while what is shown may not match the text yet, "idle" once it does. The page
 * records every change of the host's state with what the badge and the underlines showed at that
 * moment, so the test checks the promise itself: at "idle", they show the current text.
 */
let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Seen {
  state: string | undefined;
  badge: string;
  underlines: number;
}

/** Starts recording the host's states in the page (the host is on <html>, outside any shadow root). */
const record = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen: Seen[] = [];
    (window as unknown as { __states: Seen[] }).__states = seen;
    const host = document.querySelector<HTMLElement>('[data-bb-host]')!;
    new MutationObserver(() => {
      const badge = host.shadowRoot!.querySelector<HTMLElement>('[data-bb="badge"]')!;
      seen.push({
        state: host.dataset.bbState,
        badge: badge.hidden ? '' : (badge.textContent ?? ''),
        underlines: CSS.highlights.get('better-brief')?.size ?? 0,
      });
    }).observe(host, { attributes: true, attributeFilter: ['data-bb-state'] });
  });

const states = (page: Page): Promise<Seen[]> =>
  page.evaluate(() => (window as unknown as { __states: Seen[] }).__states);

describe('the in-page host', () => {
  let gmail: GmailPage;
  beforeAll(async () => {
    gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
  });
  afterAll(() => gmail.close());

  it('is idle once the box is active and read', async () => {
    await gmail.bodies.first().focus();
    await gmail.page.locator('[data-bb-host][data-bb-state="idle"]').waitFor({ state: 'attached' });
  });

  it('goes busy while typing and idle once the badge and the underline show the request', async () => {
    await record(gmail.page);
    await gmail.typeInto(gmail.bodies.first(), `Hi team, ${POST_NOW}`);
    const seen = await waitFor(
      async () => {
        const all = await states(gmail.page);
        return all.at(-1)?.state === 'idle' && all.at(-1)?.badge === '1' ? all : undefined;
      },
      { message: 'idle with the badge at 1' },
    );
    // Busy from the first keystroke; a typing pause may have let a scan run in between (busy, idle,
    // busy…), but the last word is idle and shows the request.
    expect(seen[0]!.state).toBe('busy');
    expect(seen.map((one) => one.state).join(' ')).toMatch(/^(busy idle ?)+$/);
    expect(seen.at(-1)).toEqual({ state: 'idle', badge: '1', underlines: 1 });
  });

  it('goes busy and idle again for a second request typed later', async () => {
    await record(gmail.page);
    await gmail.page.keyboard.type(' And what is the ROI of social media?');
    const seen = await waitFor(
      async () => {
        const all = await states(gmail.page);
        return all.at(-1)?.state === 'idle' && all.at(-1)?.badge === '2' ? all : undefined;
      },
      { message: 'idle with the badge at 2' },
    );
    // Typing is many keystrokes: a slow machine may settle between two of them, so several rounds of
    // busy then idle are fine; what counts is that it went busy first and settled on the new text.
    expect(seen.map((one) => one.state).join(' ')).toMatch(/^(busy idle ?)+$/);
    expect(seen.at(-1)).toEqual({ state: 'idle', badge: '2', underlines: 2 });
  });
});

describe("the popup's draft checker", () => {
  it('says idle once its summary is about the text in the box', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const input = bb(popup, 'check-input');
    await input.click();
    await popup.keyboard.type(POST_NOW);
    const summary = popup.locator('[data-bb="check-summary"][data-bb-state="idle"]');
    await waitFor(async () => (await summary.textContent())?.includes('1 request'), {
      message: 'an idle summary of one request',
    });
    await popup.keyboard.type(' And what is the ROI of social media?');
    await waitFor(async () => (await summary.textContent())?.includes('2 requests'), {
      message: 'an idle summary of two requests',
    });
    await popup.close();
  });
});
