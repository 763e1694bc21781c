import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { type GuidanceState, resolvePack } from '../../lib/guidance/resolved';
import { type PackInput, packSchema } from '../../lib/guidance/schema';
import { openGmail } from './gmail-page';
import {
  type BrowserSession,
  bb,
  holdsFor,
  launchBrowser,
  SCREENSHOT_DIR,
  waitFor,
  waitForBadge,
} from './harness';

/** The extension API inside page.evaluate / serviceWorker.evaluate callbacks (they run in the browser). */
declare const chrome: typeof import('wxt/browser').browser;

/** Days before today as a pack date, so that "out of date" holds whenever the suite runs. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const builtinRules = BUILTIN_PACK.teams[0]!.rules;
/** Two built-in requests in one paragraph, taken from the pack's own examples. */
const firstRule = builtinRules[0]!;
const secondRule = builtinRules[builtinRules.length - 1]!;
const PARAGRAPH = `${firstRule.examples.en.match[0]}\n\nAnd one more thing. ${secondRule.examples.en.match[0]}`;

/** A manager's pack with two teams; the marketing team points at a stale monthly and a fresh weekly report. */
function managerPack(): PackInput {
  return {
    schemaVersion: 1,
    id: 'acme-social',
    name: 'ACME social team',
    version: '2026-11',
    teams: [
      {
        id: 'marketing',
        name: { en: 'Marketing', fr: 'Marketing' },
        reports: [
          {
            id: 'monthly-old',
            title: { en: 'Social media monthly', fr: 'Mensuel réseaux sociaux' },
            url: 'https://reports.acme.example/monthly',
            period: 'monthly',
            date: daysAgo(70),
          },
          {
            id: 'weekly-new',
            title: { en: 'This week on social', fr: 'Cette semaine sur les réseaux' },
            url: 'https://reports.acme.example/weekly',
            period: 'weekly',
            date: daysAgo(2),
          },
        ],
      },
      {
        id: 'sales',
        name: { en: 'Sales', fr: 'Ventes' },
        useBuiltinRules: false,
        rules: [
          {
            id: 'deck-by-tonight',
            title: { en: 'A deck by tonight', fr: 'Une présentation pour ce soir' },
            patterns: { en: ['deck by tonight'], fr: ['presentation pour ce soir'] },
            why: { en: 'Good slides take a day.', fr: 'De bonnes diapositives prennent une journée.' },
            rewrites: {
              en: ['When do you need the deck?'],
              fr: ['Pour quand vous faut-il la présentation ?'],
            },
            examples: {
              en: { match: ['I need a deck by tonight'], noMatch: ['the deck is ready'] },
              fr: { match: ['une presentation pour ce soir'], noMatch: ['la présentation est prête'] },
            },
          },
        ],
      },
    ],
  };
}

function managerGuidance(): GuidanceState {
  return resolvePack(packSchema.parse(managerPack()), BUILTIN_PACK, 'file');
}

async function openPopup(browser: BrowserSession, width = 420, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.locator('[data-bb="popup"] [data-bb="topic"]').first().waitFor();
  return page;
}

const topicRules = (page: Page) =>
  page
    .locator('[data-bb="guide"] [data-bb="topic"]')
    .evaluateAll((topics) => topics.map((t) => t.getAttribute('data-rule')));

/** Stores a manager's guidance from an extension page, once the background has written its own at install. */
async function applyManagerGuidance(page: Page) {
  await waitFor(
    () => page.evaluate(async () => (await chrome.storage.local.get('guidance')).guidance !== undefined),
    {
      message: 'the background to store the built-in guidance',
    },
  );
  await page.evaluate(
    (state) => chrome.storage.local.set({ guidance: state, teamId: 'marketing' }),
    managerGuidance(),
  );
}

describe('popup (English)', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('gives two suggestions with the right rules for a pasted paragraph with two requests', async () => {
    const page = await openPopup(browser);
    await page.locator('textarea[data-bb="check-input"]').fill(PARAGRAPH);
    const rows = bb(page, 'suggestion');
    await waitFor(async () => (await rows.count()) === 2, { message: 'two suggestions' });
    expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-rule')))).toEqual([
      firstRule.id,
      secondRule.id,
    ]);
    for (const row of await rows.all()) {
      expect((await bb(row, 'phrase').textContent())?.length).toBeGreaterThan(0);
      expect((await bb(row, 'rewrite').textContent())?.length).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('asks for no site access: Chrome granted the sites at install', async () => {
    const page = await openPopup(browser);
    await bb(page, 'guide').waitFor();
    await holdsFor(async () => (await bb(page, 'site-access').count()) === 0, 500, 'no site-access request');
    await page.close();
  });

  it('links the reports where the manager pack says, marks the stale one, and switches team', async () => {
    const page = await openPopup(browser);
    await applyManagerGuidance(page);
    const reports = page.locator('[data-bb="reports"] a[data-bb="report"]');
    await waitFor(async () => (await reports.count()) >= 2, { message: 'the manager pack reports' });
    const links = await reports.evaluateAll((all) =>
      all.map((link) => [link.getAttribute('href'), link.getAttribute('data-stale')]),
    );
    expect(links.slice(0, 2)).toEqual([
      ['https://reports.acme.example/monthly', 'true'],
      ['https://reports.acme.example/weekly', null],
    ]);
    await expect(
      page.locator('[data-bb="reports"] li', { hasText: 'Social media monthly' }).textContent(),
    ).resolves.toContain('out of date');

    expect(await topicRules(page)).toEqual(builtinRules.map((rule) => rule.id));
    await page.locator('select[data-bb="team"]').selectOption('sales');
    await waitFor(async () => (await topicRules(page)).join() === 'deck-by-tonight', {
      message: 'the sales guidance',
    });
    expect(await page.evaluate(async () => (await chrome.storage.local.get('teamId')).teamId)).toBe('sales');
    // The checker follows the team too.
    await page.locator('textarea[data-bb="check-input"]').fill('Can you send me a deck by tonight?');
    await bb(page, 'suggestion').and(page.locator('[data-rule="deck-by-tonight"]')).waitFor();
    await page.locator('select[data-bb="team"]').selectOption('marketing');
    await page.close();
  });

  it('charts the rephrasing done in Gmail and shows the open suggestions on the toolbar badge', async () => {
    // The marketing team of the manager pack (chosen above) keeps the built-in rules.
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    await gmail.typeInto(gmail.bodies.first(), `Hi team,\n${firstRule.examples.en.match[0]}`);
    await waitForBadge(gmail.page, 1);

    // Without the "tabs" permission the worker cannot read tab URLs; the try-it page (opened at
    // install) has a badge of its own, so find the tab whose badge turned to 1.
    const badges = () =>
      browser.serviceWorker!.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        return Promise.all(
          tabs.map(async (tab) => ({
            id: tab.id!,
            text: await chrome.action.getBadgeText({ tabId: tab.id! }),
          })),
        );
      });
    const gmailTab = await waitFor(async () => (await badges()).find((badge) => badge.text === '1')?.id, {
      message: 'a toolbar badge to say 1',
    });
    const gmailBadge = async () => (await badges()).find((badge) => badge.id === gmailTab)?.text;

    // Opening a thread is a same-page navigation: the compose box and its suggestion stay, so does the badge.
    await gmail.page.evaluate(() => {
      location.hash = '#inbox/FMfcgzQXKWgDqmVVbRZxLpJnTkVrMtCs?compose=new';
    });
    await holdsFor(async () => (await gmailBadge()) === '1', 1_000, 'the toolbar badge to stay at 1');

    await bb(gmail.page, 'badge').click();
    await bb(gmail.page, 'apply').first().click();
    await waitForBadge(gmail.page, 0);
    await waitFor(async () => (await gmailBadge()) === '', { message: 'the toolbar badge to clear' });

    const page = await openPopup(browser);
    const bars = page.locator('[data-bb="chart"] rect[data-bb="bar"]');
    await waitFor(async () => (await bars.count()) === 8, { message: 'eight weekly bars' });
    const counts = await bars.evaluateAll((all) => all.map((bar) => Number(bar.getAttribute('data-count'))));
    expect(counts.at(-1)).toBe(1);
    expect(counts.slice(0, -1).every((count) => count === 0)).toBe(true);
    expect(await page.locator('[data-bb="chart"] svg title').textContent()).toMatch(
      /: rephrased 1, briefs 0\.$/,
    );
    await page
      .locator('[data-bb="impact"]')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-en-chart.png') });
    // Neither the popup nor the Gmail page threw along the way.
    expect(browser.pageErrors).toEqual([]);

    // A new page load (here: a reload) drops the old page's count.
    await gmail.typeInto(await gmail.compose(), firstRule.examples.en.match[0]!);
    await waitFor(async () => (await gmailBadge()) === '1', { message: 'the toolbar badge to say 1 again' });
    await gmail.page.reload();
    await waitFor(async () => (await gmailBadge()) === '', {
      message: 'the toolbar badge to clear on reload',
    });
    await gmail.close();
    await page.close();
  });
});

describe('popup report feed', () => {
  const FEED_URL = 'https://reports.acme.example/feed.xml';
  const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>ACME social reports</title>
    <item><title>November on social</title><link>https://reports.acme.example/2026-11</link>
      <pubDate>${new Date(Date.now() - 3 * 86_400_000).toUTCString()}</pubDate></item>
  </channel></rss>`;
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /**
   * Granting in a headless browser (see sites-custom.e2e.ts): the site is approved where a user would
   * in chrome://extensions, then the popup's own permissions.request, from a real click, says yes.
   */
  async function approveFeedSite() {
    const settings = await browser.context.newPage();
    await settings.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await settings.evaluate(
      ([id, host]) =>
        (
          chrome as unknown as {
            developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
          }
        ).developerPrivate.addHostPermission(id!, host!),
      [browser.extensionId, 'https://reports.acme.example/*'],
    );
    await settings.close();
  }

  it('fetches the feed a manager sets, and shows the last good copy with its age when it fails', async () => {
    let feedUp = true;
    browser.server.route(FEED_URL, () =>
      feedUp ? { headers: { 'content-type': 'application/rss+xml' }, body: RSS } : { status: 503 },
    );
    await approveFeedSite();

    const page = await openPopup(browser);
    await page.locator('.bb-feed-settings summary').click();
    await page.locator('input[data-bb="feed-url"]').fill(FEED_URL);
    await page.locator('.bb-feed-form button[type="submit"]').click();
    const item = page.locator('[data-bb="feed-item"] a[data-bb="report"]');
    await item.waitFor();
    expect(await item.getAttribute('href')).toBe('https://reports.acme.example/2026-11');
    expect(await item.textContent()).toBe('November on social');
    expect(await page.locator('[data-bb="feed-status"]').textContent()).toMatch(/^Updated /);
    expect(
      await page.evaluate(async () => (await chrome.storage.local.get('reportFeedUrl')).reportFeedUrl),
    ).toBe(FEED_URL);
    await page.close();

    // The background's periodic refresh, now: the server fails, the good copy stays.
    feedUp = false;
    const fetchesBefore = browser.server.requests.filter((request) => request.url === FEED_URL).length;
    await browser.serviceWorker!.evaluate(() =>
      chrome.alarms.create('report-feed-refresh', { when: Date.now() + 50 }),
    );
    await waitFor(
      () => browser.server.requests.filter((request) => request.url === FEED_URL).length > fetchesBefore,
      {
        message: 'the background to refresh the feed',
      },
    );

    const again = await openPopup(browser);
    await again.locator('[data-bb="feed"][data-offline="true"]').waitFor();
    expect(await again.locator('[data-bb="feed-item"] a').textContent()).toBe('November on social');
    expect(await again.locator('[data-bb="feed-status"]').textContent()).toMatch(
      /^Could not refresh \(the server refused\)\. Showing the copy fetched /,
    );
    await again.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-en-feed-offline.png'), fullPage: true });
    await again.close();
  });
});

/** Screenshots for people to look at: both languages, both schemes, narrowest and widest popup. */
describe.each(['en', 'fr'] as const)('popup screenshots (%s)', (lang) => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser({ lang });
  });
  afterAll(() => browser?.close());

  it('renders at 360 and 800 px, light and dark', async () => {
    const setup = await openPopup(browser);
    await applyManagerGuidance(setup);
    await setup.close();
    for (const width of [360, 800]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await openPopup(browser, width, scheme);
        await page.locator('[data-bb="reports"] a[data-bb="report"]').first().waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        await page
          .locator('textarea[data-bb="check-input"]')
          .fill(lang === 'fr' ? frenchParagraph() : PARAGRAPH);
        await bb(page, 'suggestion').first().waitFor();
        // Nothing may stick out sideways at the narrowest width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({
          path: path.join(SCREENSHOT_DIR, `popup-${lang}-${scheme}-${width}.png`),
          fullPage: true,
        });
        await page.close();
      }
    }
  });
});

function frenchParagraph(): string {
  return `${firstRule.examples.fr.match[0]}\n\nEt autre chose. ${secondRule.examples.fr.match[0]}`;
}
