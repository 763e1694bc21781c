import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, formatDay } from '../../lib/brief/dates';
import { briefField as field, focused, keyboardToBriefInsert } from './brief-steps';
import { type GmailPage, openCard, openGmail, textOf } from './gmail-page';
import {
  type BrowserSession,
  bb,
  holdsFor,
  launchBrowser,
  screenshot,
  waitFor,
  waitForBadge,
} from './harness';
import { modelText, SITES, typeInto } from './sites-table';

/**
 * "Write a brief instead": a flagged request becomes a brief for the social media team, its answers
 * pre-filled from the draft, put in place of the request through the editor's own path (one Ctrl+Z
 * brings the request back), with the keyboard alone too; and where the editor refuses it, the draft
 * stays as it was and the card says so.
 */
const REQUEST = 'Could you post it on LinkedIn immediately';
const DRAFT = `Hi Marie,\nThe spring catalogue is ready. ${REQUEST}? It is for Friday.\nThanks, Ana`;

/** How the brief writes the Friday the draft means, today. */
const friday = (lang: 'en' | 'fr') => {
  const now = new Date();
  return formatDay(findDate(lang === 'en' ? 'Friday' : 'vendredi', now)!.date, lang, now);
};

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('Gmail: a flagged request becomes a brief', () => {
  let gmail: GmailPage;
  let body: Locator;
  beforeAll(async () => {
    gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    body = gmail.bodies.first();
    await gmail.typeInto(body, DRAFT);
    await waitForBadge(gmail.page, 1);
  });
  afterAll(() => gmail.close());

  it('asks the post-now questions, pre-filled with what the draft says', async () => {
    const suggestion = (await openCard(gmail.page)).first();
    await bb(suggestion, 'brief').click();
    const form = bb(gmail.page, 'brief-form');
    await form.waitFor();
    expect(await form.getAttribute('data-rule')).toBe('post-now');
    const ids = await bb(form, 'brief-field').evaluateAll((fields) =>
      fields.map((each) => (each as HTMLElement).dataset.field),
    );
    expect(ids).toEqual(['what', 'audience', 'network', 'earliest', 'latest', 'assets', 'contact']);
    expect(await field(form, 'what').inputValue()).toBe('The spring catalogue is ready');
    expect(await field(form, 'network').inputValue()).toBe('LinkedIn');
    expect(await field(form, 'latest').inputValue()).toBe(friday('en'));
    expect(await field(form, 'audience').inputValue()).toBe('');
    expect(await focused(field(form, 'what'))).toBe(true);
    await screenshot(gmail.page, 'brief-gmail-form-en');
  });

  it('puts the brief in place of the request, empty answers left out; one Ctrl+Z brings the request back', async () => {
    const form = bb(gmail.page, 'brief-form');
    await field(form, 'audience').fill('Students who order in spring');
    await bb(form, 'brief-insert').click();
    const brief =
      'The spring catalogue is ready. Could we plan a post together? What it is about: The spring catalogue is ready. ' +
      `Why it matters to our audience: Students who order in spring. Where to post it: LinkedIn. Latest date: ${friday('en')}. It is for Friday.`;
    await waitFor(async () => (await textOf(body)).includes(brief), { message: 'the brief in the draft' });
    expect(await textOf(body)).toBe(`Hi Marie,\n${brief}\nThanks, Ana`);
    await waitForBadge(gmail.page, 0);
    await holdsFor(
      async () => (await bb(gmail.page, 'badge').isVisible()) === false,
      600,
      'the brief is not flagged',
    );

    await body.focus();
    await gmail.page.keyboard.press('Control+z');
    await waitFor(async () => (await textOf(body)) === DRAFT, { message: 'the request back, exactly' });
    await waitForBadge(gmail.page, 1);
  });
});

describe('Gmail, with the keyboard alone', () => {
  let gmail: GmailPage;
  afterAll(() => gmail.close());

  it('from the send nudge to the card, into the brief and back with Esc, then in with Enter', async () => {
    gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    const { body, form } = await keyboardToBriefInsert(gmail, DRAFT, 'Students who order in spring');
    const { keyboard } = gmail.page;
    expect(await focused(bb(form, 'brief-insert'))).toBe(true);
    await keyboard.press('Enter');
    await waitFor(async () => (await textOf(body)).includes('Why it matters to our audience: Students'), {
      message: 'the brief in the draft',
    });
    // The keyboard is back in the message, the caret right after the brief.
    expect(await body.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await keyboard.type(' PS.');
    expect(await textOf(body)).toContain(`Latest date: ${friday('en')}. PS. It is for Friday.`);
    expect(await gmail.sent()).toEqual([]);
  });

  it('shows a missing required answer instead of inserting', async () => {
    const body = await gmail.compose();
    await gmail.typeInto(body, 'Could you post this on LinkedIn immediately?');
    await waitForBadge(gmail.page, 1);
    const suggestion = (await openCard(gmail.page)).first();
    await bb(suggestion, 'brief').click();
    const form = bb(gmail.page, 'brief-form');
    expect(await field(form, 'what').inputValue()).toBe('');
    await bb(form, 'brief-insert').click();
    await bb(form, 'brief-missing').waitFor();
    expect(await bb(form, 'brief-missing').textContent()).toContain('What it is about');
    expect(await focused(field(form, 'what'))).toBe(true);
    expect(await textOf(body)).toBe('Could you post this on LinkedIn immediately?');
  });
});

describe('Gmail, a box that refuses the brief', () => {
  it('leaves the draft as it was and says so', async () => {
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    const body = gmail.bodies.first();
    await gmail.typeInto(body, DRAFT);
    // The page puts its own text back after any edit, as a locked or controlled editor does.
    await body.evaluate((element) => {
      const kept = element.innerHTML;
      element.addEventListener('input', () => {
        element.innerHTML = kept;
      });
    });
    await waitForBadge(gmail.page, 1);
    const suggestion = (await openCard(gmail.page)).first();
    await bb(suggestion, 'brief').click();
    const form = bb(gmail.page, 'brief-form');
    await bb(form, 'brief-insert').click();
    await bb(form, 'brief-failed').waitFor();
    expect(await bb(form, 'brief-failed').textContent()).toContain('did not take the brief');
    expect(await textOf(body)).toBe(DRAFT);
    await screenshot(gmail.page, 'brief-gmail-refused');
    await gmail.close();
  });
});

for (const siteId of ['whatsapp', 'slack'] as const) {
  const site = SITES.find((entry) => entry.id === siteId)!;
  describe(`${site.id} (${site.editor}): a brief in the editor's own model`, () => {
    let page: Page;
    let box: Locator;
    const message = `The spring catalogue is ready. ${REQUEST}?`;
    beforeAll(async () => {
      page = await browser.openPage(site.url);
      box = page.locator(site.box);
      await box.waitFor();
      await typeInto(page, box, message);
    });
    afterAll(() => page?.close());

    it('pre-fills, inserts, and one undo restores the request', async () => {
      await waitForBadge(page, 1);
      await bb(page, 'badge').click();
      await bb(bb(page, 'suggestion').first(), 'brief').click();
      const form = bb(page, 'brief-form');
      expect(await field(form, 'what').inputValue()).toBe('The spring catalogue is ready');
      expect(await field(form, 'network').inputValue()).toBe('LinkedIn');
      await field(form, 'earliest').fill('Monday');
      await screenshot(page, `brief-${site.id}-form`);
      // Quill merges edits less than 1 s apart into one undo step, typing included.
      await page.waitForTimeout(1_100);
      await bb(form, 'brief-insert').click();
      const brief =
        'Could we plan a post together? What it is about: The spring catalogue is ready. Where to post it: LinkedIn. Earliest date: Monday.';
      await waitFor(async () => (await modelText(page)).includes(brief), {
        message: `the brief in ${site.editor}'s model`,
      });
      expect((await modelText(page)).trim()).toBe(`The spring catalogue is ready. ${brief}`);
      await waitForBadge(page, 0);
      await box.focus();
      await page.keyboard.press('Control+z');
      await waitFor(async () => (await modelText(page)).trim() === message, {
        message: 'the request back in the model',
      });
      await waitForBadge(page, 1);
    });

    it('never broke the page', () => {
      expect(browser.pageErrors.filter((error) => error.includes(new URL(site.url).hostname))).toEqual([]);
    });
  });
}
