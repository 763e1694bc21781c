import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { resolvePack } from '../../lib/guidance/resolved';
import { type PackInput, packSchema } from '../../lib/guidance/schema';
import { openCard, openGmail } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, SCREENSHOT_DIR, waitFor, waitForBadge } from './harness';

/** The extension API inside evaluate callbacks (they run in the browser). */
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The popup's "Plan a request" (the brief builder without a draft: Copy, or Open in Gmail addressed to
 * the team's contact with subject and body) and its "How we work" section, which the card links to;
 * in English and in French.
 */
const CONTACT = 'social@acme.example';

/** A manager's pack: the built-in rules and briefs, a contact, and a "How we work" block. */
const managerPack = (): PackInput => ({
  schemaVersion: 1,
  id: 'acme-social',
  name: 'ACME social team',
  version: '2026-12',
  teams: [
    {
      id: 'marketing',
      name: { en: 'Marketing', fr: 'Marketing' },
      contact: { name: 'Camille (social media)', link: `mailto:${CONTACT}` },
      howWeWork: {
        goals: {
          en: 'Grow sign-ups from LinkedIn by a fifth this quarter; fewer, better posts.',
          fr: 'Un cinquième d’inscriptions en plus via LinkedIn ce trimestre ; moins de posts, mais meilleurs.',
        },
        networks: [
          { name: 'LinkedIn', why: { en: 'Our buyers read it', fr: 'Nos acheteurs le lisent' } },
          {
            name: 'Instagram',
            why: { en: 'Students, for the spring catalogue', fr: 'Les étudiants, pour le catalogue' },
          },
        ],
        leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
        requestLink: {
          label: { en: 'Request form', fr: 'Formulaire de demande' },
          url: 'https://forms.acme.example/social',
        },
      },
    },
  ],
});

/** What each language fills in, and the brief and subject it must give. */
const CASES = {
  en: {
    what: 'The spring catalogue',
    latest: 'Friday 11 December',
    brief:
      'Could we plan a post together?\n\nWhat it is about: The spring catalogue\nLatest date: Friday 11 December',
    subject: 'Request: a post to plan',
    copied: 'Copied',
    goalsHeading: 'This quarter’s goals',
  },
  fr: {
    what: 'Le catalogue de printemps',
    latest: 'vendredi 11 décembre',
    brief:
      'Pourrait-on planifier une publication ensemble ?\n\nDe quoi il s’agit : Le catalogue de printemps\nDate au plus tard : vendredi 11 décembre',
    subject: 'Demande : une publication à planifier',
    copied: 'Copié',
    goalsHeading: 'Les objectifs du trimestre',
  },
};

async function openPopup(browser: BrowserSession, hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${hash}`);
  await bb(page, 'plan').waitFor();
  return page;
}

/** Puts the manager's guidance in force from an extension page, once the background stored its own. */
async function applyManagerGuidance(page: Page) {
  await waitFor(
    () => page.evaluate(async () => (await chrome.storage.local.get('guidance')).guidance !== undefined),
    { message: 'the background to store the built-in guidance' },
  );
  const state = resolvePack(packSchema.parse(managerPack()), BUILTIN_PACK, 'file');
  await page.evaluate((guidance) => chrome.storage.local.set({ guidance, teamId: 'marketing' }), state);
}

/** A screenshot of one section of the popup, with a margin around it so nothing is cut at its edge. */
async function shootSection(page: Page, section: Locator, name: string) {
  const box = (await section.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  const margin = 8;
  // Page coordinates (fullPage), so that a section taller than the window is taken whole.
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y + scrollY - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}

/** Spaces as a reader sees them: French puts a no-break space before its colons and question marks. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

describe.each(['en', 'fr'] as const)('popup: Plan a request and How we work (%s)', (lang) => {
  const want = CASES[lang];
  let browser: BrowserSession;
  let popup: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ lang });
    popup = await openPopup(browser);
    await applyManagerGuidance(popup);
    await popup.reload();
    await bb(popup, 'how-we-work').waitFor();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(() => browser?.close());

  it('builds the brief of the kind of request picked, copies it, and counts one brief written', async () => {
    const plan = bb(popup, 'plan');
    await plan.locator('select[data-bb="plan-rule"]').selectOption('post-now');
    await plan.locator('[data-bb="brief-field"][data-field="what"]').fill(want.what);
    await plan.locator('[data-bb="brief-field"][data-field="latest"]').fill(want.latest);
    expect(plain(await bb(plan, 'plan-preview').textContent())).toBe(want.brief);
    await plan.locator('button[data-bb="plan-copy"]').click();
    await waitFor(async () => (await bb(plan, 'plan-status').textContent())?.startsWith(want.copied), {
      message: 'the copy confirmed',
    });
    expect(plain(await popup.evaluate(() => navigator.clipboard.readText()))).toBe(want.brief);
    // Counted as a brief written, this week (no text is kept).
    const briefs = popup.locator('[data-bb="chart"] rect[data-bb="brief-bar"]');
    await waitFor(async () => (await briefs.last().getAttribute('data-count')) === '1', {
      message: 'one brief written this week',
    });
    await shootSection(popup, plan, `popup-plan-${lang}`);
  });

  it('opens Gmail’s compose window addressed to the team’s contact, with the subject and the brief', async () => {
    const link = bb(popup, 'plan').locator('a[data-bb="plan-open-gmail"]');
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://mail.google.com/mail/');
    expect(href.searchParams.get('view')).toBe('cm');
    expect(href.searchParams.get('to')).toBe(CONTACT);
    expect(plain(href.searchParams.get('su'))).toBe(want.subject);
    expect(plain(href.searchParams.get('body'))).toBe(want.brief);
    const [gmail] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await gmail.waitForLoadState('domcontentloaded');
    const opened = new URL(gmail.url());
    expect(opened.host).toBe('mail.google.com');
    expect(opened.searchParams.get('to')).toBe(CONTACT);
    expect(plain(opened.searchParams.get('body'))).toBe(want.brief);
    await gmail.close();
  });

  it('shows the team’s “How we work” in the popup’s language, links as links, text as text', async () => {
    const how = bb(popup, 'how-we-work');
    const block = managerPack().teams[0]!.howWeWork!;
    expect(await how.textContent()).toContain(want.goalsHeading);
    expect(await bb(how, 'how-goals').textContent()).toBe(block.goals![lang]);
    expect(
      await bb(how, 'how-network').evaluateAll((items) => items.map((item) => item.textContent)),
    ).toEqual(block.networks!.map((network) => `${network.name} — ${network.why[lang]}`));
    expect(plain(await bb(how, 'how-lead-time').textContent())).toContain(block.leadTime![lang]);
    expect(await bb(how, 'how-request-link').getAttribute('href')).toBe('https://forms.acme.example/social');
    expect(await how.locator(`a[href="mailto:${CONTACT}"]`).count()).toBe(1);
    await shootSection(popup, how, `popup-how-we-work-${lang}`);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({
        path: path.join(SCREENSHOT_DIR, `popup-brief-${lang}-${scheme}.png`),
        fullPage: true,
      });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    // Nothing sticks out sideways at the popup's width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  });

  it('the card in Gmail links to “How we work”, opened in a tab at that section', async () => {
    const gmail = await openGmail(browser, { lang, hash: '#inbox?compose=new' });
    await gmail.typeInto(
      gmail.bodies.first(),
      lang === 'en'
        ? 'Could you post this on LinkedIn immediately?'
        : 'Tu peux poster ça sur LinkedIn tout de suite ?',
    );
    await waitForBadge(gmail.page, 1);
    await openCard(gmail.page);
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      bb(gmail.page, 'how-we-work-link').click(),
    ]);
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(`chrome-extension://${browser.extensionId}/popup.html#how-we-work`);
    const heading = tab.locator('#bb-how-heading');
    await waitFor(() => heading.evaluate((element) => document.activeElement === element), {
      message: 'the section’s heading focused',
    });
    await tab.close();
    await gmail.close();
    expect(browser.pageErrors).toEqual([]);
  });
});
