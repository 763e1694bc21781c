import type { Locator, Page } from 'playwright-core';
import { type BrowserSession, bb } from './harness';

/**
 * Puts the caret at the end of a Gmail body's first block, as after clicking below the writer's text.
 * Runs in the page (Playwright's and puppeteer's evaluate both send its source): self-contained.
 */
export function caretAtEndOfFirstBlock(element: Element): void {
  const firstBlock = element.querySelector(':scope > div[dir="ltr"]') ?? element;
  const range = document.createRange();
  // An empty line is a lone <br> placeholder: type before it, as a click there does.
  if (firstBlock.textContent === '') range.setStart(firstBlock, 0);
  else range.selectNodeContents(firstBlock);
  range.collapse(false);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

/**
 * The Gmail fixture (fixtures/gmail) driven the way a person drives Gmail: by its buttons and the
 * keyboard. Selectors here are the fixture's copy of Gmail's markup, not the extension's.
 */
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
export const THREAD_ID = 'FMfcgzQXKWgDqmVVbRZxLpJnTkVrMtCs';

export interface GmailPage {
  page: Page;
  /** Every compose body on the page, oldest first (new messages, inline reply, pop-out). */
  bodies: Locator;
  /** Clicks Compose (or Nouveau message) and returns the new window's body, focused. */
  compose(): Promise<Locator>;
  /** Opens the conversation and clicks Reply: the inline reply's body, caret on its first line. */
  reply(): Promise<Locator>;
  /** Clicks into `body` at the end of its text and types like a person (keydown, input, keyup). */
  typeInto(body: Locator, text: string): Promise<void>;
  /** What the fixture's Send recorded (innerText of each sent body). */
  sent(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openGmail(
  browser: BrowserSession,
  {
    lang = 'en',
    hash = '#inbox',
    theme = 'light',
  }: { lang?: 'en' | 'fr'; hash?: string; theme?: 'light' | 'dark' } = {},
): Promise<GmailPage> {
  const query = new URLSearchParams({
    ...(lang === 'fr' ? { hl: 'fr' } : {}),
    ...(theme === 'dark' ? { theme } : {}),
  });
  const page = await browser.openPage(`${GMAIL_URL}${query.size > 0 ? `?${query}` : ''}${hash}`);
  const bodies = page.locator('div.Am.Al.editable[g_editable="true"]');
  // Gmail draws after a loading screen; the Compose button means the app is up.
  await page.locator('[gh="cm"]').waitFor();

  const typeInto = async (body: Locator, text: string) => {
    await body.focus();
    // Caret at the end of the writer's own first block, as after clicking below the text.
    await body.evaluate(caretAtEndOfFirstBlock);
    await page.keyboard.type(text);
  };

  return {
    page,
    bodies,
    async compose() {
      const before = await bodies.count();
      await page.locator('[gh="cm"]').click();
      const body = bodies.nth(before);
      await body.waitFor();
      await body.focus();
      return body;
    },
    async reply() {
      await page.evaluate((id) => {
        location.hash = `#inbox/${id}`;
      }, THREAD_ID);
      await page.locator('.ams.bkH').click();
      const body = page.locator('.ip.adB div.Am.Al.editable');
      await body.waitFor();
      return body;
    },
    typeInto,
    sent: () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent),
    close: () => page.close(),
  };
}

/** The request of the issue's first example: the post-now rule. */
export const POST_NOW = 'Could you post this on LinkedIn immediately?';

/** Opens the card from the badge and returns its suggestions. */
export async function openCard(page: Page): Promise<Locator> {
  await bb(page, 'badge').click();
  await bb(page, 'card').waitFor();
  return bb(page, 'suggestion');
}

/** The body's text as Gmail would send it: line breaks where the lines are. */
export const textOf = (body: Locator): Promise<string> =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point
  body.evaluate((element) => (element as HTMLElement).innerText);

/** The trimmed text of a test hook inside `scope`. */
export const hookText = async (scope: Locator, hook: string): Promise<string> =>
  ((await bb(scope, hook).textContent()) ?? '').trim();

/**
 * Requests (of the page or the extension: every host name goes to the fixture server) whose URL or
 * body holds any of `words` — draft text must never leave the browser.
 */
export function requestsHolding(browser: BrowserSession, words: string[]): string[] {
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  return browser.server.requests
    .filter((request) => words.some((word) => decoded(request.url + request.body).includes(word)))
    .map((request) => request.url);
}
