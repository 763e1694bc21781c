import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDate, formatDay } from '../../lib/brief/dates';
import type { PackInput } from '../../lib/guidance/schema';
import { type GmailPage, openCard, openGmail } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor, waitForBadge } from './harness';

/**
 * A manager shapes the brief on the options page: a pack with brief templates and a "How we work"
 * block, imported there, changes the questions the card in an open Gmail tab asks (no reload); the
 * options page's editors then change them again. In English and in French (browser and draft).
 */
const DRAFTS = {
  en: 'Hi Marie,\nThe spring catalogue is ready. Could you post it on LinkedIn immediately? It is for Friday.\nThanks, Ana',
  fr: 'Bonjour Marie,\nLe catalogue de printemps est prêt. Tu peux poster ça sur LinkedIn tout de suite ? C’est pour vendredi.\nMerci, Ana',
};
const WHAT = { en: 'The spring catalogue is ready', fr: 'Le catalogue de printemps est prêt' };
const FRIDAY = { en: 'Friday', fr: 'vendredi' };

/** The manager's pack: the built-in rules, with its own post-now brief and a "How we work" block. */
const managerPack = (): PackInput => ({
  schemaVersion: 1,
  id: 'acme-social',
  name: 'ACME social team',
  version: '2026-12',
  teams: [
    {
      id: 'marketing',
      name: { en: 'Marketing', fr: 'Marketing' },
      contact: { name: 'Camille', link: 'mailto:social@acme.example' },
      briefTemplates: {
        'post-now': {
          intro: { en: 'Could we schedule this together?', fr: 'Pourrait-on programmer ça ensemble ?' },
          questions: [
            { id: 'news', label: { en: 'The news', fr: 'L’actualité' }, required: true, prefill: 'what' },
            { id: 'channel', label: { en: 'Which channel', fr: 'Quel canal' }, prefill: 'network' },
            { id: 'deadline', label: { en: 'Deadline', fr: 'Échéance' }, prefill: 'date' },
            { id: 'approval', label: { en: 'Who approved it', fr: 'Qui l’a validé' } },
          ],
        },
      },
      howWeWork: {
        goals: { en: 'Grow sign-ups from LinkedIn', fr: 'Plus d’inscriptions venues de LinkedIn' },
        networks: [{ name: 'LinkedIn', why: { en: 'Our buyers are there', fr: 'Nos acheteurs y sont' } }],
        leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
        requestLink: {
          label: { en: 'Request form', fr: 'Formulaire de demande' },
          url: 'https://forms.acme.example/social',
        },
      },
    },
  ],
});

const friday = (lang: 'en' | 'fr') => {
  const now = new Date();
  return formatDay(findDate(FRIDAY[lang], now)!.date, lang, now);
};

const field = (scope: Locator, id: string) => scope.locator(`[data-bb="brief-field"][data-field="${id}"]`);

/** Opens the card's brief form for the draft's request; returns it and what it asks, in order. */
async function openBriefForm(gmail: GmailPage): Promise<{ form: Locator; ids: string[] }> {
  const suggestion = (await openCard(gmail.page)).first();
  await bb(suggestion, 'brief').click();
  const form = bb(gmail.page, 'brief-form');
  await form.waitFor();
  const ids = await bb(form, 'brief-field').evaluateAll((fields) =>
    fields.map((each) => (each as HTMLElement).dataset.field!),
  );
  return { form, ids };
}

/** Closes the card (Back, then Esc), so that the next look opens it afresh. */
async function closeCard(gmail: GmailPage) {
  await bb(gmail.page, 'brief-cancel').click();
  await gmail.page.keyboard.press('Escape');
  await waitFor(async () => !(await bb(gmail.page, 'card').isVisible()), { message: 'the card closed' });
}

/** What the card's brief form asks now (opened and closed again). */
async function askedNow(gmail: GmailPage): Promise<string> {
  const { ids } = await openBriefForm(gmail);
  await closeCard(gmail);
  return ids.join();
}

async function openOptions(browser: BrowserSession): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await bb(page, 'teams').waitFor();
  return page;
}

describe.each(['en', 'fr'] as const)(
  'options page: a pack’s briefs change the card’s questions (%s)',
  (lang) => {
    let browser: BrowserSession;
    let gmail: GmailPage;
    let options: Page;
    beforeAll(async () => {
      browser = await launchBrowser({ lang });
      gmail = await openGmail(browser, { lang, hash: '#inbox?compose=new' });
      await gmail.typeInto(gmail.bodies.first(), DRAFTS[lang]);
      await waitForBadge(gmail.page, 1);
      options = await openOptions(browser);
    });
    afterAll(() => browser?.close());

    it('asks the built-in questions before the import', async () => {
      expect(await askedNow(gmail)).toBe('what,audience,network,earliest,latest,assets,contact');
    });

    it('asks the pack’s questions, in its order and labels, pre-filled, once the pack is imported', async () => {
      await options.locator('input[type=file][data-bb="import-file"]').setInputFiles({
        name: 'acme-pack.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(managerPack())),
      });
      await waitFor(async () => (await bb(options, 'pack-name').textContent()) === 'ACME social team', {
        message: 'the pack in force',
        timeout: 15_000,
      });

      // The open Gmail tab follows the new guidance without a reload.
      await waitFor(async () => (await askedNow(gmail)) === 'news,channel,deadline,approval', {
        message: 'the pack’s questions in the card',
        timeout: 30_000,
      });
      const { form } = await openBriefForm(gmail);
      const labels = await form.locator('label').evaluateAll((all) => all.map((label) => label.textContent));
      expect(labels).toEqual(
        lang === 'en'
          ? ['The news (required)', 'Which channel', 'Deadline', 'Who approved it']
          : ['L’actualité (obligatoire)', 'Quel canal', 'Échéance', 'Qui l’a validé'],
      );
      expect(await field(form, 'news').inputValue()).toBe(WHAT[lang]);
      expect(await field(form, 'channel').inputValue()).toBe('LinkedIn');
      expect(await field(form, 'deadline').inputValue()).toBe(friday(lang));
      expect(await bb(form, 'brief-preview').textContent()).toMatch(
        lang === 'en'
          ? /^Could we schedule this together\? The news: /
          : /^Pourrait-on programmer ça ensemble\s\?/,
      );
      await screenshot(gmail.page, `brief-options-card-${lang}`);
      await closeCard(gmail);
    });

    it('shows the imported brief and “How we work” in their editors, and the tester’s brief', async () => {
      const row = options.locator('[data-bb="brief-template-editor"][data-rule="post-now"]');
      expect(await row.textContent()).toContain(
        lang === 'en'
          ? '4 questions: The news · Which channel'
          : '4 questions\u00a0: L’actualité · Quel canal',
      );
      const how = bb(options, 'how-we-work-editor');
      expect(await bb(how, `goals-${lang}`).inputValue()).toBe(
        managerPack().teams[0]!.howWeWork!.goals![lang],
      );
      expect(await bb(how, 'request-url').inputValue()).toBe('https://forms.acme.example/social');

      await bb(options, 'tester-input').fill(DRAFTS[lang]);
      const brief = bb(options, 'tester-brief');
      await brief.waitFor();
      expect(await brief.textContent()).toContain(
        lang === 'en' ? 'Which channel: LinkedIn' : 'Quel canal\u00a0: LinkedIn',
      );
      await bb(options, 'brief-templates').scrollIntoViewIfNeeded();
      await screenshot(options, `options-briefs-${lang}`);
      await how.scrollIntoViewIfNeeded();
      await screenshot(options, `options-how-we-work-${lang}`);
    });

    it('a question added in the brief editor is asked in Gmail once saved', async () => {
      const row = options.locator('[data-bb="brief-template-editor"][data-rule="post-now"]');
      await bb(row, 'edit-template').click();
      const form = bb(row, 'brief-template-form');
      await bb(form, 'add-question').click();
      const added = bb(form, 'brief-question').last();
      await bb(added, 'question-id').fill('budget');
      await bb(added, 'question-label-en').fill('Budget, if any');
      await bb(added, 'question-label-fr').fill('Budget éventuel');
      // First question last: the order is the manager's.
      await bb(bb(form, 'brief-question').first(), 'question-down').click();
      await form.scrollIntoViewIfNeeded();
      await screenshot(options, `options-brief-editor-${lang}`);
      await bb(form, 'save-template').click();
      await waitFor(async () => (await bb(options, 'brief-template-form').count()) === 0, {
        message: 'the editor closed (saved)',
      });

      await waitFor(async () => (await askedNow(gmail)) === 'channel,news,deadline,approval,budget', {
        message: 'the edited questions in the card',
        timeout: 30_000,
      });
      const { form: card } = await openBriefForm(gmail);
      expect(await card.locator('label').last().textContent()).toBe(
        lang === 'en' ? 'Budget, if any' : 'Budget éventuel',
      );
      expect(browser.pageErrors).toEqual([]);
    });
  },
);
