// `npm start`: after the build, opens Chromium with Better Brief loaded on its try-it page, in a
// throw-away profile, and stays until the window is closed or Ctrl+C. Without a display it says so,
// runs headless once, saves a screenshot of the try-it page and exits.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extension = path.join(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TRY_PAGE = 'try.html';

if (!existsSync(path.join(extension, 'manifest.json')))
  fail('No build in .output/chrome-mv3: run `npm start` (it builds first).');
if (!existsSync(executablePath))
  fail(
    `Chromium not found at ${executablePath}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!headed) {
  console.log(
    'No display ($DISPLAY is not set), so no window can open: running Chromium headless once instead.',
  );
}

const profile = mkdtempSync(path.join(tmpdir(), 'better-brief-try-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  // Playwright adds --disable-extensions by default; it would win over --load-extension.
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  // A window the size the user chooses; headless gets a laptop-sized page for the screenshot.
  viewport: headed ? null : { width: 1280, height: 800 },
  // Ctrl+C is ours to handle: close the browser properly, then remove the profile.
  handleSIGINT: false,
  handleSIGTERM: false,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-sandbox',
  ],
});
let closing = false;
const cleanUp = async () => {
  if (closing) return;
  closing = true;
  await context.close().catch(() => {});
  // Chromium's helper processes may still be writing for a moment after the window closed.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    console.log(`Could not remove the temporary profile ${profile}; it is safe to delete.`);
  }
};

try {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const url = `chrome-extension://${id}/${TRY_PAGE}`;
  // The extension opens its try-it page by itself on install; open it only if it did not.
  const page =
    context.pages().find((p) => p.url() === url) ??
    (await context
      .waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 3_000 })
      .catch(() => null)) ??
    (await context.newPage());
  if (page.url() !== url) await page.goto(url);
  for (const other of context.pages())
    if (other !== page && other.url() === 'about:blank') await other.close();
  await page.bringToFront();

  if (!headed) {
    await page.waitForLoadState('load');
    const shot = path.join(root, '.tmp/screenshots/npm-start-try-page.png');
    mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`Better Brief ${id} loaded; the try-it page (${url}) rendered: ${path.relative(root, shot)}`);
    console.log('For a window, run `npm start` where a display is available (or under xvfb-run).');
    await cleanUp();
  } else {
    console.log(
      `Better Brief is loaded (${id}); the try-it page is open. Close the window or press Ctrl+C to stop.`,
    );
    process.once('SIGINT', () => cleanUp().then(() => process.exit(0)));
    process.once('SIGTERM', () => cleanUp().then(() => process.exit(0)));
    await new Promise((resolve) => context.once('close', resolve));
    await cleanUp();
  }
} catch (error) {
  await cleanUp();
  fail(`Could not open the try-it page: ${error instanceof Error ? error.message : error}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
