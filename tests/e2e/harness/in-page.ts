import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

/**
 * A Better Brief test hook (the README's public contract) inside the extension's open shadow root:
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
