import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, formatDay } from '../../lib/brief/dates';
import { briefField as field, focused, keyboardToBriefInsert } from './brief-steps';
import { type GmailPage, openCard, openGmail, textOf } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor, waitForBadge } from './harness';
import { modelText, SITES, typeInto } from './sites-table';

/**
 * "Rédiger un brief à la place", in a French browser with French drafts: the card asks its questions in
 * French, pre-filled from the draft, and inserts the brief in French in place of the request through the
 * editor's own path (Gmail, Quill, Lexical); one Ctrl+Z brings the request back; the keyboard alone
 * works, Esc going back to the card. (brief.e2e.ts does the same in English.)
 */
const REQUEST = 'Tu peux poster ça sur LinkedIn tout de suite';
const DRAFT = `Bonjour Marie,\nLe catalogue de printemps est prêt. ${REQUEST} ? C’est pour vendredi.\nMerci, Ana`;
const WHAT = 'Le catalogue de printemps est prêt';

/** How the brief writes the vendredi the draft means, today. */
const vendredi = () => {
  const now = new Date();
  return formatDay(findDate('vendredi', now)!.date, 'fr', now);
};

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser({ lang: 'fr' });
});
afterAll(() => browser?.close());

describe('Gmail en français : une demande repérée devient un brief', () => {
  let gmail: GmailPage;
  let body: Locator;
  beforeAll(async () => {
    gmail = await openGmail(browser, { lang: 'fr', hash: '#inbox?compose=new' });
    body = gmail.bodies.first();
    await gmail.typeInto(body, DRAFT);
    await waitForBadge(gmail.page, 1);
  });
  afterAll(() => gmail.close());

  it('asks the post-now questions in French, pre-filled with what the draft says', async () => {
    const suggestion = (await openCard(gmail.page)).first();
    expect(await bb(suggestion, 'brief').textContent()).toBe('Rédiger un brief à la place');
    await bb(suggestion, 'brief').click();
    const form = bb(gmail.page, 'brief-form');
    await form.waitFor();
    expect(await form.getAttribute('data-rule')).toBe('post-now');
    const labels = await form.locator('label').evaluateAll((all) => all.map((label) => label.textContent));
    expect(labels).toEqual([
      'De quoi il s’agit (obligatoire)',
      'Pourquoi c’est important pour notre public',
      'Sur quel réseau',
      'Date au plus tôt',
      'Date au plus tard',
      'Ce qui existe déjà (visuel, lien, validation)',
      'À qui demander des précisions',
    ]);
    expect(await field(form, 'what').inputValue()).toBe(WHAT);
    expect(await field(form, 'network').inputValue()).toBe('LinkedIn');
    expect(await field(form, 'latest').inputValue()).toBe(vendredi());
    expect(await field(form, 'audience').inputValue()).toBe('');
    expect(await focused(field(form, 'what'))).toBe(true);
    await screenshot(gmail.page, 'brief-gmail-form-fr');
  });

  it('puts the French brief in place of the request, empty answers left out; one Ctrl+Z brings it back', async () => {
    const form = bb(gmail.page, 'brief-form');
    await field(form, 'audience').fill('Les étudiants qui commandent au printemps');
    await bb(form, 'brief-insert').click();
    const brief =
      'Pourrait-on planifier une publication ensemble ? De quoi il s’agit : Le catalogue de printemps est prêt. ' +
      `Pourquoi c’est important pour notre public : Les étudiants qui commandent au printemps. Sur quel réseau : LinkedIn. Date au plus tard : ${vendredi()}.`;
    await waitFor(async () => (await textOf(body)).includes('Sur quel réseau'), {
      message: 'the brief in the draft',
    });
    expect((await textOf(body)).replace(/\u00a0/g, ' ')).toBe(
      `Bonjour Marie,\nLe catalogue de printemps est prêt. ${brief} C’est pour vendredi.\nMerci, Ana`,
    );
    await waitForBadge(gmail.page, 0);

    await body.focus();
    await gmail.page.keyboard.press('Control+z');
    await waitFor(async () => (await textOf(body)) === DRAFT, { message: 'the request back, exactly' });
    await waitForBadge(gmail.page, 1);
  });
});

describe('Gmail en français, au clavier seul', () => {
  it('from the send nudge to the card, into the brief, back with Esc, then in with Enter', async () => {
    const gmail = await openGmail(browser, { lang: 'fr', hash: '#inbox?compose=new' });
    const { body, form } = await keyboardToBriefInsert(gmail, DRAFT, 'Les étudiants');
    const { keyboard } = gmail.page;
    expect(await focused(bb(form, 'brief-insert'))).toBe(true);
    expect(await bb(form, 'brief-insert').textContent()).toBe('Insérer le brief');
    await keyboard.press('Enter');
    await waitFor(async () => (await textOf(body)).includes('Les étudiants'), {
      message: 'the brief in the draft',
    });
    expect(await body.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await gmail.sent()).toEqual([]);
    await gmail.close();
  });
});

for (const siteId of ['whatsapp', 'slack'] as const) {
  const site = SITES.find((entry) => entry.id === siteId)!;
  describe(`${site.id} (${site.editor}) en français : le brief dans le modèle de l’éditeur`, () => {
    let page: Page;
    let box: Locator;
    const message = `${WHAT}. ${REQUEST} ?`;
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
      expect(await field(form, 'what').inputValue()).toBe(WHAT);
      expect(await field(form, 'network').inputValue()).toBe('LinkedIn');
      await field(form, 'earliest').fill('lundi');
      await screenshot(page, `brief-${site.id}-form-fr`);
      // Quill merges edits less than 1 s apart into one undo step, typing included.
      await page.waitForTimeout(1_100);
      await bb(form, 'brief-insert').click();
      const brief =
        'Pourrait-on planifier une publication ensemble ? De quoi il s’agit : Le catalogue de printemps est prêt. ' +
        'Sur quel réseau : LinkedIn. Date au plus tôt : lundi.';
      const model = async () => (await modelText(page)).replace(/\u00a0/g, ' ').trim();
      await waitFor(async () => (await model()).includes('Sur quel réseau'), {
        message: `the brief in ${site.editor}'s model`,
      });
      expect(await model()).toBe(`${WHAT}. ${brief}`);
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
