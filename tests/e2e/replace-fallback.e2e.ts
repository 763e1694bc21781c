import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor, waitForBadge } from './harness';
import { modelText, sentMessages } from './sites-table';

/**
 * Replace when the path a binding tries first is not taken (lib/editors/rich-editor.ts). Outlook's
 * adapter binds RoosterJS: a paste first, then the browser's insertText between two composition ends
 * (RoosterJS snapshots its undo around it). The fixture logs the pastes and input events it saw
 * (window.__editEvents), so each test knows which path landed; its variants swallow the paste before
 * the editor sees it, or also put back any insertion it did not see typed.
 */
const COMPOSE = 'https://outlook.office.com/mail/deeplink/compose';
const BOX = '#editorParent_1 [role="textbox"]';
const REQUEST = 'Could you post this on LinkedIn immediately?';
// Words typed after the request: a Ctrl+Z that jumps to an older undo snapshot would lose them.
const DRAFT = `Hi all! ${REQUEST} Thanks`;

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const editEvents = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { __editEvents: string[] }).__editEvents]);

/** Types the draft, opens the card and clicks Replace; returns the rewrite offered and the page's events. */
async function replaceRequest(page: Page, box: Locator): Promise<{ rewrite: string; events: string[] }> {
  await box.click();
  await page.keyboard.type(DRAFT);
  await waitForBadge(page, 1);
  await bb(page, 'badge').click();
  const suggestion = bb(page, 'suggestion').first();
  const rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
  expect(rewrite.length).toBeGreaterThan(10);
  const typed = (await editEvents(page)).length;
  await bb(suggestion, 'apply').click();
  await waitFor(
    async () => (await modelText(page)) !== DRAFT || (await bb(page, 'apply-failed').count()) > 0,
    { message: 'the Replace to land or be refused' },
  );
  return { rewrite, events: (await editEvents(page)).slice(typed) };
}

/** One Ctrl+Z gives the draft back exactly as typed; `redo` gives the rewrite back. */
async function undoRedo(page: Page, box: Locator, rewrite: string, redo: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('Control+z');
  await waitFor(async () => (await modelText(page)) === DRAFT, { message: 'the draft as typed' });
  await waitForBadge(page, 1);
  await page.keyboard.press(redo);
  await waitFor(async () => (await modelText(page)) === DRAFT.replace(REQUEST.slice(0, -1), rewrite), {
    message: 'the rewrite again',
  });
  await waitForBadge(page, 0);
}

describe('RoosterJS on a page that blocks pasting', () => {
  let page: Page;
  let box: Locator;
  let rewrite = '';
  beforeAll(async () => {
    page = await browser.openPage(`${COMPOSE}?paste=blocked`);
    box = page.locator(BOX);
  });
  afterAll(() => page?.close());

  it('Replace: the paste is swallowed, then insertText lands in RoosterJS model', async () => {
    const replaced = await replaceRequest(page, box);
    rewrite = replaced.rewrite;
    expect(replaced.events).toEqual(['paste blocked', 'input insertText']);
    expect(await modelText(page)).toBe(DRAFT.replace(REQUEST.slice(0, -1), rewrite));
    await waitForBadge(page, 0);
    await screenshot(page, 'replace-fallback-outlook-paste-blocked');
  });

  it('one Ctrl+Z restores the request and the words typed after it, Ctrl+Y the rewrite', async () => {
    await undoRedo(page, box, rewrite, 'Control+y');
  });

  it('Ctrl+Enter sends the rewrite', async () => {
    await box.focus();
    await page.keyboard.press('Control+Enter');
    const sent = await waitFor(async () => (await sentMessages(page))[0], { message: 'a sent message' });
    expect(sent).toBe(DRAFT.replace(REQUEST.slice(0, -1), rewrite));
  });
});

describe('a plain contenteditable at Outlook address (no RoosterJS)', () => {
  let page: Page;
  let box: Locator;
  let rewrite = '';
  beforeAll(async () => {
    page = await browser.openPage(`${COMPOSE}?editor=plain`);
    box = page.locator(BOX);
  });
  afterAll(() => page?.close());

  it('Replace: the paste nobody took is followed by the browser insertText, which lands', async () => {
    const replaced = await replaceRequest(page, box);
    rewrite = replaced.rewrite;
    expect(replaced.events).toEqual(['paste', 'input insertText']);
    expect(await modelText(page)).toBe(DRAFT.replace(REQUEST.slice(0, -1), rewrite));
    await waitForBadge(page, 0);
  });

  it('one Ctrl+Z restores the request, redo the rewrite', async () => {
    await undoRedo(page, box, rewrite, 'Control+Shift+z');
  });

  it("the site's Send sends the rewrite", async () => {
    await page.locator('button[aria-label="Send"]').click();
    const sent = await waitFor(async () => (await sentMessages(page))[0], { message: 'a sent message' });
    expect(sent).toBe(DRAFT.replace(REQUEST.slice(0, -1), rewrite));
  });
});

describe('RoosterJS', () => {
  let page: Page;
  let box: Locator;
  let rewrite = '';
  beforeAll(async () => {
    page = await browser.openPage(COMPOSE);
    box = page.locator(BOX);
  });
  afterAll(() => page?.close());

  it('Replace lands through the paste RoosterJS takes, and no other path is tried', async () => {
    const replaced = await replaceRequest(page, box);
    rewrite = replaced.rewrite;
    await waitFor(async () => (await modelText(page)).includes(rewrite), {
      message: 'the rewrite in the model',
    });
    expect(replaced.events).toEqual(['paste cancelled']);
    expect(await modelText(page)).toBe(DRAFT.replace(REQUEST.slice(0, -1), rewrite));
  });

  it('one Ctrl+Z restores the request, Ctrl+Y the rewrite', async () => {
    await undoRedo(page, box, rewrite, 'Control+y');
  });
});

describe('RoosterJS on a page that blocks pasting and insertions it did not see typed', () => {
  it('refuses the Replace: the text is unchanged, the card says so, the caret is back', async () => {
    const page = await browser.openPage(`${COMPOSE}?paste=blocked&insert=blocked`);
    const box = page.locator(BOX);
    const { events } = await replaceRequest(page, box);
    const suggestion = bb(page, 'suggestion').first();
    await bb(suggestion, 'apply-failed').waitFor();
    expect(await bb(suggestion, 'apply-failed').textContent()).toContain('did not take the replacement');
    // In view, even in a card too tall for the space under the box.
    const note = (await bb(suggestion, 'apply-failed').boundingBox())!;
    const card = (await bb(page, 'card').boundingBox())!;
    expect(note.y + note.height).toBeLessThanOrEqual(card.y + card.height);
    expect(events).toEqual(['paste blocked', 'input insertText reverted']);
    expect(await modelText(page)).toBe(DRAFT);
    await screenshot(page, 'replace-fallback-refused');
    // The writer's next keystroke goes where the caret was (the end), not over the request.
    await page.keyboard.press('Escape');
    await page.keyboard.type('!');
    await waitFor(async () => (await modelText(page)) === `${DRAFT}!`, {
      message: 'the key typed at the end',
    });
    await page.close();
  });
});
