import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor, waitForBadge } from './harness';
import { setTeamSettings } from './sites-extension';
import { modelText, sentMessages } from './sites-table';

/**
 * A site the manager adds at run time (https://intranet.example.test/*, a form with a textarea): once
 * the browser grants it, the background registers the content script for it; a request typed in the
 * textarea is underlined through a mirror, Replace keeps the browser's undo, the nudge guards the
 * form's submit button. Removing the site unregisters the script.
 *
 * Granting in a headless browser: `permissions.request` needs a click in an extension page and then
 * shows a prompt nobody can answer. What works: approve the host first where a user would in
 * chrome://extensions ("Site access → On specific sites", developerPrivate.addHostPermission), then
 * the extension's own permissions.request, from a real click, resolves true without a prompt.
 */
const SITE = 'https://intranet.example.test/*';
const URL = 'https://intranet.example.test/ask';
const POST_NOW = 'Could you post this on LinkedIn immediately?';
const SCRIPT_ID = 'better-brief-extra-sites';

declare const chrome: {
  permissions: {
    request(request: { origins: string[] }): Promise<boolean>;
    remove(request: { origins: string[] }): Promise<boolean>;
  };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
  scripting: { getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ matches?: string[] }[]> };
};

let browser: BrowserSession;
let restoreGuidance: (() => Promise<void>) | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const registeredMatches = () =>
  browser.serviceWorker!.evaluate(async (id) => {
    const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
    return script?.matches ?? [];
  }, SCRIPT_ID);

/** What a manager does: the site in the pack, then the browser's permission for it, from a click. */
async function addSite(): Promise<void> {
  restoreGuidance = await setTeamSettings(browser, { extraSites: [SITE] });
  await grant();
}

async function grant(site = SITE): Promise<void> {
  const settings = await browser.context.newPage();
  await settings.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await settings.evaluate(
    ([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!),
    [browser.extensionId, site],
  );
  await settings.close();
  const extensionPage = await browser.openExtensionPage('popup.html');
  await extensionPage.evaluate((site) => {
    const button = document.createElement('button');
    button.id = 'allow-intranet';
    button.textContent = 'Allow the intranet';
    button.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 2147483647';
    const result = new Promise<boolean>((resolve) => {
      button.addEventListener('click', () =>
        chrome.permissions.request({ origins: [site] }).then(resolve, () => resolve(false)),
      );
    });
    (window as unknown as { __granted: Promise<boolean> }).__granted = result;
    document.body.append(button);
  }, site);
  // A real click: the browser asks for a user gesture before granting anything.
  await extensionPage.locator('#allow-intranet').click();
  expect(
    await extensionPage.evaluate(() => (window as unknown as { __granted: Promise<boolean> }).__granted),
  ).toBe(true);
  await extensionPage.close();
}

describe('a site the manager adds at run time', () => {
  let page: Page;

  it('gets the content script once the browser grants it', async () => {
    expect(await registeredMatches()).toEqual([]);
    await addSite();
    await waitFor(async () => (await registeredMatches()).includes(SITE), {
      message: 'the script registered',
    });
  });

  it('flags a request typed in its textarea, underlined through a mirror of the field', async () => {
    page = await browser.openPage(URL);
    const field = page.locator('#message');
    await field.click();
    await page.keyboard.type(`Hello social team,\n${POST_NOW}`);
    await waitForBadge(page, 1);
    // The mirror lies exactly over the field.
    const [fieldBox, mirrorBox] = await page.evaluate(() => {
      const rect = (element: Element | null) => {
        const { x, y, width, height } = element!.getBoundingClientRect();
        return { x, y, width, height };
      };
      return [rect(document.querySelector('#message')), rect(document.querySelector('[data-bb-mirror]'))];
    });
    expect(mirrorBox).toEqual(fieldBox);
    await screenshot(page, 'sites-custom-textarea-underline');
  });

  it('Replace changes the value, Ctrl+Z restores it, and the form posts the rewrite', async () => {
    await bb(page, 'badge').click();
    const suggestion = bb(page, 'suggestion').first();
    const rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
    await bb(suggestion, 'apply').click();
    await waitFor(async () => (await modelText(page)).includes(rewrite), {
      message: 'the rewrite in the value',
    });
    expect(await modelText(page)).toMatch(/^Hello social team,\n/);
    expect(await modelText(page)).not.toContain('immediately');
    // The caret ends after the new words, as after typing them.
    const caret = await page
      .locator('#message')
      .evaluate((element) => (element as HTMLTextAreaElement).selectionStart);
    expect(caret).toBe((await modelText(page)).indexOf(rewrite) + rewrite.length);
    await page.locator('#message').focus();
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await modelText(page)).includes(POST_NOW), { message: 'the request back' });
    await page.keyboard.press('Control+Shift+z');
    await waitFor(async () => (await modelText(page)).includes(rewrite), { message: 'the rewrite again' });
    await page.locator('button[type="submit"]').click();
    await waitFor(async () => (await sentMessages(page)).length === 1, { message: 'the request posted' });
    expect((await sentMessages(page))[0]).toContain(rewrite);
  });

  it("guards the form's submit button", async () => {
    await page.locator('#message').click();
    await page.keyboard.type(POST_NOW);
    await page.locator('button[type="submit"]').click();
    await bb(page, 'send-nudge').waitFor();
    await screenshot(page, 'sites-custom-nudge');
    await bb(page, 'send-anyway').click();
    await waitFor(async () => (await sentMessages(page)).length === 2, { message: 'the request posted' });
    await page.waitForTimeout(300);
    expect((await sentMessages(page))[1]).toBe(POST_NOW);
  });

  it('leaves the search field and the one-line title alone', async () => {
    await page.locator('input[name="q"]').click();
    await page.keyboard.type(POST_NOW);
    await page.locator('#title').click();
    await page.keyboard.type(POST_NOW);
    await page.waitForTimeout(600);
    expect(await bb(page, 'badge').isVisible()).toBe(false);
    await page.close();
  });

  it('on its wiki, Replace goes into the ProseMirror document and its undo', async () => {
    const wiki = await browser.openPage('https://intranet.example.test/wiki/index.html');
    await wiki.locator('.ProseMirror').click();
    await wiki.keyboard.type(`Hello,\n${POST_NOW}`);
    await waitForBadge(wiki, 1);
    await wiki.waitForTimeout(1_100);
    await bb(wiki, 'badge').click();
    const suggestion = bb(wiki, 'suggestion').first();
    const rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
    await bb(suggestion, 'apply').click();
    await waitFor(async () => (await modelText(wiki)).includes(rewrite), {
      message: 'the rewrite in ProseMirror',
    });
    expect(await modelText(wiki)).not.toContain('immediately');
    await wiki.locator('.ProseMirror').focus();
    await wiki.keyboard.press('Control+z');
    await waitFor(async () => (await modelText(wiki)).includes(POST_NOW), { message: 'the request back' });
    await wiki.keyboard.press('Control+Shift+z');
    await waitFor(async () => (await modelText(wiki)).includes(rewrite), { message: 'the rewrite again' });
    await wiki.locator('button[type="submit"]').click();
    const sent = await waitFor(async () => (await sentMessages(wiki))[0], { message: 'the page published' });
    expect(sent).toContain(rewrite);
    await screenshot(wiki, 'sites-custom-wiki-prosemirror');
    await wiki.close();
  });

  it('in a React form, Replace reaches React state and the form sends the rewrite', async () => {
    const react = await browser.openPage('https://intranet.example.test/react/index.html');
    await react.locator('#ticket').click();
    await react.keyboard.type(POST_NOW);
    await waitForBadge(react, 1);
    await bb(react, 'badge').click();
    const suggestion = bb(react, 'suggestion').first();
    const rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
    await bb(suggestion, 'apply').click();
    await waitFor(async () => (await modelText(react)).includes(rewrite), {
      message: 'the rewrite in React state',
    });
    await react.locator('#ticket').focus();
    await react.keyboard.press('Control+z');
    await waitFor(async () => (await modelText(react)).includes(POST_NOW), {
      message: 'the request back in state',
    });
    await react.keyboard.press('Control+Shift+z');
    await waitFor(async () => (await modelText(react)).includes(rewrite), { message: 'the rewrite again' });
    await react.locator('button[type="submit"]').click();
    const sent = await waitFor(async () => (await sentMessages(react))[0], { message: 'the ticket sent' });
    expect(sent).toContain(rewrite);
    expect(sent).not.toContain('immediately');
    await react.close();
  });

  it("is unregistered when the browser's permission is withdrawn, and registered again when granted", async () => {
    const extensionPage = await browser.openExtensionPage('popup.html');
    expect(await extensionPage.evaluate((site) => chrome.permissions.remove({ origins: [site] }), SITE)).toBe(
      true,
    );
    await extensionPage.close();
    await waitFor(async () => (await registeredMatches()).length === 0, {
      message: 'the script unregistered',
    });
    await grant();
    await waitFor(async () => (await registeredMatches()).includes(SITE), {
      message: 'the script registered again',
    });
  });

  it('is unregistered when the manager removes it', async () => {
    await restoreGuidance?.();
    await waitFor(async () => (await registeredMatches()).length === 0, {
      message: 'the script unregistered',
    });
  });
});

describe('an extra site that overlaps a default one', () => {
  const WIDE = 'https://*.google.com/*';
  let restore: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await restore?.();
  });

  it('runs Better Brief once in Gmail: one badge host, one highlight style', async () => {
    restore = await setTeamSettings(browser, { extraSites: [WIDE, 'https://mail.google.com/mail/*'] });
    await grant(WIDE);
    // The wide pattern is registered; the one Gmail's own script already covers is not.
    await waitFor(async () => (await registeredMatches()).includes(WIDE), {
      message: 'the script registered',
    });
    expect(await registeredMatches()).toEqual([WIDE]);
    const page = await browser.openPage('https://mail.google.com/mail/u/0/#inbox?compose=new');
    const body = page.locator('div.Am.Al.editable[g_editable="true"]').first();
    await body.waitFor();
    await body.click();
    await page.keyboard.type(POST_NOW);
    await waitForBadge(page, 1);
    await page.waitForTimeout(300);
    const added = await page.evaluate(() => ({
      hosts: document.querySelectorAll('better-brief-ui').length,
      styles: document.querySelectorAll('style[data-bb-highlight]').length,
    }));
    expect(added).toEqual({ hosts: 1, styles: 1 });
    await page.close();
  });
});
