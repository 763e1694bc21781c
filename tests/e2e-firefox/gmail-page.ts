import type { ElementHandle, Page } from 'puppeteer-core';
import { caretAtEndOfFirstBlock, GMAIL_URL } from '../e2e/gmail-page';
import { bb, type FirefoxSession, visible } from './harness';

/** The Gmail fixture driven with puppeteer, the way tests/e2e/gmail-page.ts drives it with Playwright. */
export interface FirefoxGmail {
  page: Page;
  /** The first new message's body. */
  body: ElementHandle;
  /** Puts the caret at the end of the writer's first block and types like a person. */
  type(text: string): Promise<void>;
  /** The body's text as Gmail would send it (innerText). */
  text(): Promise<string>;
  /** What the fixture's Send recorded. */
  sent(): Promise<string[]>;
  /** Opens the card from the badge; returns the rule and rewrite of its first suggestion. */
  openCard(): Promise<{ rule: string; rewrite: string }>;
}

export const BODY = 'div.Am.Al.editable[g_editable="true"]';
export const SEND_BUTTON = '.T-I.aoO[role="button"]';

/** A new-message window open at load (#inbox?compose=new). */
export async function openNewMessage(firefox: FirefoxSession): Promise<FirefoxGmail> {
  const page = await firefox.openPage(`${GMAIL_URL}#inbox?compose=new`);
  const body = await visible(page, BODY);
  return {
    page,
    body,
    async type(text) {
      await body.focus();
      await body.evaluate(caretAtEndOfFirstBlock);
      await page.keyboard.type(text);
    },
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point
    text: () => body.evaluate((element) => (element as HTMLElement).innerText),
    sent: () => page.evaluate(() => [...(window as unknown as { __sent: string[] }).__sent]),
    async openCard() {
      await (await visible(page, bb('badge'))).click();
      const suggestion = await visible(page, bb('suggestion'));
      return suggestion.evaluate((element) => ({
        rule: element.getAttribute('data-rule') ?? '',
        rewrite: element.querySelector('[data-bb="rewrite"]')?.textContent?.trim() ?? '',
      }));
    },
  };
}
