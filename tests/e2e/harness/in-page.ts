import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/**
 * A Better Brief test hook (the public contract in docs/test-hooks.md) inside the extension's open shadow root:
 * bb(page, 'badge'), bb(page, 'suggestion'), bb(card, 'apply'). Playwright's CSS engine pierces open
 * shadow roots, so no host selector is needed.
 */
export function bb(scope: Page | Locator, hook: string): Locator {
  return scope.locator(`[data-bb="${hook}"]`);
}

/** Saves a PNG under .tmp/screenshots/ (git-ignored) and returns its path — then look at it. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await target.screenshot({ path: file });
  return file;
}

/**
 * Waits until `condition` returns something truthy and returns it; polls instead of sleeping a fixed
 * time, so a fast machine is not slowed down and a slow one does not fail by luck.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  {
    timeout = 5_000,
    interval = 25,
    message = 'condition',
  }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The number on the Better Brief badge, 0 while it is hidden (no open suggestion in the active box). */
export async function badgeCount(page: Page): Promise<number> {
  const badge = bb(page, 'badge');
  if ((await badge.count()) === 0 || !(await badge.isVisible())) return 0;
  return Number((await badge.textContent())?.trim() || 0);
}

/** Waits until the badge shows `count` (0: hidden). */
export async function waitForBadge(page: Page, count: number, timeout = 5_000): Promise<void> {
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

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where `text` is drawn inside `editor` (first occurrence within one text node), from the page's own
 * layout: to click on words, or to compare the pixels under them (the extension's highlight lives in
 * its isolated world, invisible to page scripts, but not to a screenshot).
 */
export async function textBox(editor: Locator, text: string): Promise<Box> {
  const box = await editor.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.replace(/\u00a0/g, ' ').indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in the editor`);
  return box;
}

/** The PNG of a page region (caret hidden), for before/after comparisons. */
export function pixels(page: Page, box: Box): Promise<Buffer> {
  return page.screenshot({ clip: box, caret: 'hide', animations: 'disabled' });
}

/**
 * For an absence ("no badge appears"): checks `condition` keeps holding for `duration` ms — longer
 * than the extension's debounce — and fails as soon as it does not.
 */
export async function holdsFor(
  condition: () => boolean | Promise<boolean>,
  duration: number,
  message = 'condition',
): Promise<void> {
  const end = Date.now() + duration;
  while (Date.now() < end) {
    if (!(await condition())) throw new Error(`Stopped holding before ${duration} ms: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
