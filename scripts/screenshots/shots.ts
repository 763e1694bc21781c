import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../lib/detect/types';
import { openGmail } from '../../tests/e2e/gmail-page';
import { type BrowserSession, bb, waitFor, waitForBadge } from '../../tests/e2e/harness';

/** What a shot hands back: the page and the elements the picture must hold (it is cropped to them). */
export interface Region {
  page: Page;
  around: Locator[];
  /** CSS pixels of page kept around the elements (default 16), or across and above/below. */
  padding?: number | { x: number; y: number };
  /** 'css': one image pixel per CSS pixel, for wide pages; default 'device' (sharper, heavier). */
  scale?: 'css' | 'device';
}

export interface ShotContext {
  browser: BrowserSession;
  lang: Lang;
}

/**
 * One picture, made in each language as docs/screenshots/<name>-<lang>.png. `take` brings the product
 * to the state to show, the way a person would (clicks and keys), and says which elements to frame.
 * A new picture is one more entry in SHOTS.
 */
export interface Shot {
  name: string;
  take(context: ShotContext): Promise<Region>;
}

/** What the colleague writes, per language: a greeting, one request of the built-in rules, a sign-off. */
const DRAFT: Record<Lang, string> = {
  en: 'Hi Camille,\nThe launch video is ready. Could you post this on LinkedIn immediately?\nThanks!',
  fr: 'Bonjour Camille,\nLa vidéo de lancement est prête. Tu peux publier ça sur LinkedIn tout de suite ?\nMerci !',
};

/** A draft pasted into the popup's checker: two requests of different rules. */
const CHECKED: Record<Lang, string> = {
  en: 'Can you make this video go viral? Why aren’t we on TikTok?',
  fr: 'Il faut que ça fasse le buzz\u00a0! Pourquoi on n’est pas sur TikTok\u00a0?',
};

/** What the colleague answers in the card's brief form. */
const AUDIENCE: Record<Lang, string> = {
  en: 'Customers who bought the first version',
  fr: 'Les clients de la première version',
};

/** What the colleague plans from the popup, with no draft. */
const PLANNED: Record<Lang, { what: string; latest: string }> = {
  en: { what: 'The spring catalogue', latest: 'Friday 11 December' },
  fr: { what: 'Le catalogue de printemps', latest: 'vendredi 11 décembre' },
};

/** The popup at the width of a toolbar popup, 440 px; `height` 600 is what a toolbar popup shows. */
async function openPopup({ browser }: ShotContext, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 440, height });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('[data-bb="popup"][aria-busy="false"] [data-bb="topic"]').first().waitFor();
  return page;
}

async function openOptions({ browser }: ShotContext): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 840 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await bb(page, 'teams').waitFor();
  return page;
}

export const SHOTS: Shot[] = [
  {
    // The underline in a Gmail draft and the card the badge opens.
    name: 'gmail-card',
    async take({ browser, lang }) {
      const gmail = await openGmail(browser, { lang, hash: '#inbox?compose=new' });
      await gmail.typeInto(gmail.bodies.first(), DRAFT[lang]);
      await waitForBadge(gmail.page, 1);
      await bb(gmail.page, 'badge').click();
      await bb(gmail.page, 'card').waitFor();
      return {
        page: gmail.page,
        around: [bb(gmail.page, 'card'), gmail.page.locator('.nH.Hd[role=dialog]')],
      };
    },
  },
  {
    // The popup as it opens from the toolbar (at most 600 px tall): how to ask each thing instead.
    name: 'popup-advice',
    async take(context) {
      const page = await openPopup(context, 600);
      return { page, around: [bb(page, 'popup')], padding: 0 };
    },
  },
  {
    // The popup's draft checker with a pasted draft.
    name: 'popup-checker',
    async take(context) {
      const page = await openPopup(context, 2000);
      await bb(page, 'check-input').fill(CHECKED[context.lang]);
      await waitFor(async () => (await bb(page, 'suggestion').count()) >= 2, { message: 'two suggestions' });
      // As after pasting and reading on: the focus ring is not part of the picture.
      await bb(page, 'check-input').blur();
      return {
        page,
        around: [page.locator('section', { has: bb(page, 'check-input') })],
        // The contact line ends just above the section.
        padding: { x: 12, y: 4 },
      };
    },
  },
  {
    // The card's brief form: "Write a brief instead" on the flagged request, fields pre-filled from the draft.
    name: 'gmail-brief',
    async take({ browser, lang }) {
      const gmail = await openGmail(browser, { lang, hash: '#inbox?compose=new' });
      // A tall window, so the card holds the whole form and the brief's preview without scrolling.
      await gmail.page.setViewportSize({ width: 1280, height: 1500 });
      await gmail.typeInto(gmail.bodies.first(), DRAFT[lang]);
      await waitForBadge(gmail.page, 1);
      await bb(gmail.page, 'badge').click();
      await bb(bb(gmail.page, 'suggestion').first(), 'brief').click();
      const form = bb(gmail.page, 'brief-form');
      await form.waitFor();
      const audience = form.locator('[data-bb="brief-field"][data-field="audience"]');
      await audience.fill(AUDIENCE[lang]);
      await audience.blur();
      return { page: gmail.page, around: [bb(gmail.page, 'card')] };
    },
  },
  {
    // The popup's Plan a request, a post-now brief under way.
    name: 'popup-plan',
    async take(context) {
      const page = await openPopup(context, 2000);
      const plan = bb(page, 'plan');
      await plan.locator('select[data-bb="plan-rule"]').selectOption('post-now');
      const field = (id: string) => plan.locator(`[data-bb="brief-field"][data-field="${id}"]`);
      await field('what').fill(PLANNED[context.lang].what);
      await field('latest').fill(PLANNED[context.lang].latest);
      // As after typing and reading on: the focus ring is not part of the picture.
      await field('latest').blur();
      return { page, around: [plan], padding: { x: 12, y: 8 } };
    },
  },
  {
    // The options page: the pack in force, the team's rules and reports.
    name: 'options',
    async take(context) {
      const page = await openOptions(context);
      return { page, around: [page.locator('header').first(), bb(page, 'teams')], scale: 'css' };
    },
  },
];
