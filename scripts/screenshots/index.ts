// `npm run screenshots`: the pictures in README.md and docs/, made from the built extension in
// Chromium on the fixture sites (tests/e2e/harness), so they show the product as it is. One browser
// per language; a manager's pack (demo-pack.ts) is imported through the options page first, as a
// manager would. `npm run screenshots -- popup` makes only the shots whose name contains "popup".
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../lib/detect/types';
import { type BrowserSession, bb, launchBrowser, REPO_ROOT } from '../../tests/e2e/harness';
import { demoPack } from './demo-pack';
import { type Region, SHOTS } from './shots';

const OUT_DIR = path.join(REPO_ROOT, 'docs/screenshots');
const LANGS: Lang[] = ['en', 'fr'];
/** Sharper than 1 on high-density screens, yet light; crops keep each file small. */
const SCALE = 1.4;
/** Pictures are committed and shown in the README: past this, crop tighter or use scale 'css'. */
const HEAVY_BYTES = 150 * 1024;

const only = process.argv[2];
const shots = SHOTS.filter((shot) => !only || shot.name.includes(only));
if (shots.length === 0)
  throw new Error(`No shot named like "${only}": ${SHOTS.map((s) => s.name).join(', ')}`);

/** Imports the demo pack by pasting it on the options page and picks its marketing team. */
async function installDemoPack(browser: BrowserSession): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await bb(options, 'import-paste').fill(JSON.stringify(demoPack()));
  await bb(options, 'import-paste-apply').click();
  await bb(options, 'toast').waitFor();
  await options.locator('header select[data-bb="team"]').selectOption('marketing');
  await options.close();
}

/** The union of the region's elements, padded, kept inside the viewport. */
async function clipOf({ page, around, padding = 16 }: Region) {
  const { x: padX, y: padY } = typeof padding === 'number' ? { x: padding, y: padding } : padding;
  const boxes = await Promise.all(around.map((locator) => locator.boundingBox()));
  const found = boxes.filter((box) => box !== null);
  if (found.length !== around.length) throw new Error('An element to frame is not on the page');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const left = Math.max(0, Math.min(...found.map((box) => box.x)) - padX);
  const top = Math.max(0, Math.min(...found.map((box) => box.y)) - padY);
  const right = Math.min(viewport.width, Math.max(...found.map((box) => box.x + box.width)) + padX);
  const bottom = Math.min(viewport.height, Math.max(...found.map((box) => box.y + box.height)) + padY);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

async function shoot(page: Page, region: Region, file: string): Promise<void> {
  // Fonts and the card's layout settle before the picture, and the caret never blinks into it.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: file,
    clip: await clipOf(region),
    scale: region.scale ?? 'device',
    caret: 'hide',
    animations: 'disabled',
  });
}

mkdirSync(OUT_DIR, { recursive: true });
for (const lang of LANGS) {
  const browser = await launchBrowser({ lang, deviceScaleFactor: SCALE });
  try {
    await installDemoPack(browser);
    for (const shot of shots) {
      const region = await shot.take({ browser, lang });
      const file = path.join(OUT_DIR, `${shot.name}-${lang}.png`);
      await shoot(region.page, region, file);
      await region.page.close();
      const { size } = statSync(file);
      const heavy = size > HEAVY_BYTES ? '  (heavy: crop tighter?)' : '';
      console.log(`${path.relative(REPO_ROOT, file)}  ${Math.round(size / 1024)} KB${heavy}`);
    }
    if (browser.pageErrors.length > 0) throw new Error(`Page errors: ${browser.pageErrors.join('; ')}`);
  } finally {
    await browser.close();
  }
}
