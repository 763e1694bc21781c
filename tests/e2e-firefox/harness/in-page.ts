import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { waitFor } from '../../e2e/harness/in-page';

/**
 * A Better Brief test hook (the README's contract) inside the extension's open shadow root, as a
 * puppeteer selector: `>>>` pierces shadow roots. E.g. page.$(bb('badge')).
 */
export const bb = (hook: string): string => `>>> [data-bb="${hook}"]`;

/** The number on the Better Brief badge, 0 while it is hidden. */
export async function badgeCount(page: Page | Frame): Promise<number> {
  const badge = await page.$(bb('badge'));
  if (!badge || !(await badge.isVisible())) return 0;
  return Number((await badge.evaluate((element) => element.textContent))?.trim() || 0);
}

/** Waits until the badge shows `count` (0: hidden). */
export async function waitForBadge(page: Page | Frame, count: number, timeout = 5_000): Promise<void> {
  let seen = -1;
  await waitFor(
    async () => {
      seen = await badgeCount(page);
      return seen === count;
    },
    { timeout, message: `the badge to show ${count}` },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; it shows ${seen}`);
  });
}

/** Whether an element for `selector` is there and visible. */
export async function isShown(page: Page | Frame, selector: string): Promise<boolean> {
  const handle = await page.$(selector);
  return handle !== null && (await handle.isVisible());
}

/** The first visible element for `selector`, once there is one. */
export async function visible(page: Page, selector: string, timeout = 5_000): Promise<ElementHandle> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout });
  if (!handle) throw new Error(`${selector} did not show`);
  return handle as ElementHandle;
}

/** The trimmed text of the first element for `selector`. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await visible(page, selector);
  return ((await handle.evaluate((element) => element.textContent)) ?? '').trim();
}

/** A key with modifiers held, e.g. chord(page, 'Control', 'z'). Puppeteer has no 'Control+z' form. */
export async function chord(page: Page, modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up(modifier);
}
