import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GmailPage, openGmail } from './gmail-page';
import {
  type BrowserSession,
  bb,
  launchBrowser,
  REPO_ROOT,
  screenshot,
  waitFor,
  waitForBadge,
} from './harness';

/** The extension API inside evaluate callbacks (they run in the browser). */
declare const chrome: typeof import('wxt/browser').browser;

const EXAMPLE_PACK_FILE = path.join(REPO_ROOT, 'tests/unit/guidance/fixtures/example-pack.json');
const examplePack = JSON.parse(readFileSync(EXAMPLE_PACK_FILE, 'utf8')) as {
  version: string;
  teams: Array<{ rules: Array<{ why: Record<string, string> }> }>;
};

async function openOptions(browser: BrowserSession, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await bb(page, 'teams').waitFor();
  return page;
}

/** What storage.local says is in force (what every open tab follows). */
async function packInForce(page: Page): Promise<{ id: string; version: string } | undefined> {
  return page.evaluate(async () => {
    const { guidance } = await chrome.storage.local.get('guidance');
    return (guidance as { pack?: { id: string; version: string } } | undefined)?.pack;
  });
}

/**
 * Types a request in the open Gmail draft (replacing what it holds: the fixture shows few compose
 * windows at once) and returns the card's suggestion for `ruleId`.
 */
async function flagIn(gmail: GmailPage, text: string, ruleId: string) {
  const body = (await gmail.bodies.count()) > 0 ? gmail.bodies.first() : await gmail.compose();
  await body.focus();
  await gmail.page.keyboard.press('Control+A');
  await gmail.page.keyboard.press('Backspace');
  await waitForBadge(gmail.page, 0);
  await gmail.typeInto(body, text);
  await waitForBadge(gmail.page, 1);
  await bb(gmail.page, 'badge').click();
  const suggestion = gmail.page.locator(`[data-bb="suggestion"][data-rule="${ruleId}"]`);
  await suggestion.waitFor();
  return suggestion;
}

describe('options page (English)', () => {
  let browser: BrowserSession;
  let gmail: GmailPage;
  let options: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Gmail is open with a draft before the import: it must follow the new guidance without a reload.
    gmail = await openGmail(browser);
    await gmail.compose();
    options = await openOptions(browser);
  });
  afterAll(() => browser?.close());

  it('imports a pack file and an open Gmail tab flags its new phrase with the manager’s rewrite and report', async () => {
    await options.locator('input[type=file][data-bb="import-file"]').setInputFiles(EXAMPLE_PACK_FILE);
    await bb(options, 'toast').waitFor();
    expect(await bb(options, 'toast').textContent()).toContain('Guidance updated');
    expect(await bb(options, 'pack-name').textContent()).toBe('ACME social media guidance');
    expect(await bb(options, 'pack-source').getAttribute('data-source')).toBe('file');

    const french = await flagIn(gmail, 'Bonjour, peux-tu mettre ça en story ?', 'story-now');
    // Mid-sentence phrase, so the rewrite starts in lower case (matchCase), as in the card.
    expect((await bb(french, 'rewrite').textContent())?.trim()).toBe(
      'peut-on regarder ensemble où une story trouverait sa place cette semaine ?',
    );
    const english = await flagIn(gmail, 'Could you put this in a story today?', 'story-now');
    expect((await bb(english, 'rewrite').textContent())?.trim()).toBe(
      'Can we look together at where a story fits this week?',
    );
    expect(await bb(english, 'report').getAttribute('href')).toBe('https://analytics.acme.example/stories');
  });

  it('refuses a broken pack naming the field, and the guidance in force keeps working in Gmail', async () => {
    const broken = structuredClone(examplePack);
    broken.version = 'broken';
    delete (broken.teams[0]!.rules[0]!.why as Partial<Record<string, string>>).fr;
    await options.locator('input[type=file][data-bb="import-file"]').setInputFiles({
      name: 'broken-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const error = options.locator('[data-bb="import-error"]');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('teams[0].rules[0].why.fr');
    expect(text).toContain('The guidance in force has not changed');
    expect(await packInForce(options)).toMatchObject({ id: 'acme-social', version: '2026-11' });

    const stillThere = await flagIn(gmail, 'tu peux mettre ça en story ?', 'story-now');
    expect(await stillThere.isVisible()).toBe(true);
  });

  it('exports the pack in force, and importing the file back gives the same pack', async () => {
    const exported = async () => {
      const [download] = await Promise.all([options.waitForEvent('download'), bb(options, 'export').click()]);
      expect(download.suggestedFilename()).toBe('better-brief-pack.json');
      return readFileSync(await download.path(), 'utf8');
    };
    const first = await exported();
    const { $schema: _schema, ...firstPack } = JSON.parse(first);
    const { $schema: _ignored, ...original } = examplePack as Record<string, unknown>;
    expect(firstPack).toEqual(original);

    await options.locator('input[type=file][data-bb="import-file"]').setInputFiles({
      name: 'better-brief-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(first),
    });
    await waitFor(async () => (await options.locator('[data-bb="import-error"]').count()) === 0, {
      message: 'no refusal',
    });
    expect(await exported()).toBe(first);
  });

  it('tests an unsaved rule live, saves it, and Gmail flags it with the rewrite and report', async () => {
    await bb(options, 'new-rule').click();
    const editor = bb(options, 'rule-editor');
    await bb(editor, 'rule-id').fill('deck-tonight');
    await bb(editor, 'patterns-en').fill('deck by (tonight|tomorrow');
    await bb(editor, 'pattern-error').waitFor();
    expect(await bb(editor, 'pattern-error').textContent()).toMatch(/Line 1, column \d+/);
    await bb(editor, 'patterns-en').fill('deck by (tonight|tomorrow)');
    await bb(editor, 'rewrites-en').fill('When do you need the deck?');
    await bb(options, 'tester-input').fill('Can I get a deck by tonight?');
    const match = options.locator('[data-bb="tester-match"][data-rule="deck-tonight"]');
    await match.waitFor();
    expect(await bb(match, 'tester-rewrite').textContent()).toBe('When do you need the deck?');
    // The mark covers the whole request the rewrite replaces, its question mark included.
    expect(await options.locator('[data-bb="tester"] mark').first().textContent()).toBe(
      'Can I get a deck by tonight?',
    );
    await screenshot(options, 'options-rule-editor-en');

    // The rest of the rule, then Save: the pack is validated (examples included) and put in force.
    await bb(editor, 'rule-title-en').fill('A deck by tonight');
    await bb(editor, 'rule-title-fr').fill('Une présentation pour ce soir');
    await bb(editor, 'patterns-fr').fill('presentation pour ce soir');
    await bb(editor, 'why-en').fill('Good slides take a day.');
    await bb(editor, 'why-fr').fill('De bonnes diapositives prennent une journée.');
    await bb(editor, 'rewrites-fr').fill('Pour quand vous faut-il la présentation ?');
    await bb(editor, 'match-en').fill('I need a deck by tonight');
    await bb(editor, 'no-match-en').fill('the deck is ready');
    await bb(editor, 'match-fr').fill('une présentation pour ce soir');
    await bb(editor, 'no-match-fr').fill('la présentation est prête');
    await editor.locator('[data-bb="rule-report"][value="stories-dashboard"]').check();
    await bb(editor, 'save-rule').click();
    await waitFor(async () => (await bb(options, 'rule-editor').count()) === 0, {
      message: 'the editor closed',
    });
    expect(await bb(options, 'pack-source').getAttribute('data-source')).toBe('editor');

    const deck = await flagIn(gmail, 'Deck by tonight, please.', 'deck-tonight');
    expect((await bb(deck, 'rewrite').textContent())?.trim()).toBe('When do you need the deck?');
    expect(await bb(deck, 'report').getAttribute('href')).toBe('https://analytics.acme.example/stories');
  });

  it("sets the team's contact, and the popup names it with a mailto: link", async () => {
    const form = bb(options, 'contact-form');
    await bb(form, 'contact-name').fill('Lou (social media)');
    await bb(form, 'contact-address').fill('lou@acme.example');
    await bb(form, 'save-contact').click();
    await expect.poll(() => bb(form, 'contact-address').inputValue()).toBe('mailto:lou@acme.example');
    await screenshot(form, 'options-contact-en');
    const popup = await browser.openExtensionPage('popup.html');
    const contact = bb(popup, 'contact');
    await contact.waitFor();
    expect(await contact.textContent()).toBe('Questions for the social media team? Ask Lou (social media)');
    expect(await bb(contact, 'contact-link').getAttribute('href')).toBe('mailto:lou@acme.example');
    await screenshot(popup, 'popup-contact-en');
    await popup.close();
  });

  it('looks right in light and dark', async () => {
    await options.reload();
    await bb(options, 'teams').waitFor();
    await options.setViewportSize({ width: 1280, height: 1600 });
    await screenshot(options, 'options-en-light');
    const dark = await openOptions(browser, 'dark');
    await dark.setViewportSize({ width: 1280, height: 1600 });
    await screenshot(dark, 'options-en-dark');
    await dark.close();
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('options page (French)', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser({ lang: 'fr' });
  });
  afterAll(() => browser?.close());

  it('speaks French and names the refused field in French', async () => {
    const options = await openOptions(browser);
    expect(await options.locator('h1').textContent()).toBe('Better Brief — conseils d’équipe');
    await options.locator('[data-bb="import-paste"]').fill('{ "schemaVersion": 1, ');
    await bb(options, 'import-paste-apply').click();
    const error = options.locator('[data-bb="import-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Ce n’est pas du JSON'.replace('’', "'"));
    expect(await error.textContent()).toContain('Les conseils en vigueur n’ont pas changé');
    await options.setViewportSize({ width: 1280, height: 1600 });
    await screenshot(options, 'options-fr-light');
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'options-fr-dark');
    await options.setViewportSize({ width: 420, height: 1400 });
    await screenshot(options, 'options-fr-narrow');

    // The rule form in French: a pattern error explained in French, with its line and column.
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.emulateMedia({ colorScheme: 'light' });
    await bb(options, 'new-rule').click();
    await bb(options, 'patterns-fr').fill('mettre ça en story\npeux tu (poster|publier');
    const patternError = bb(options, 'pattern-error');
    await patternError.waitFor();
    expect(await patternError.textContent()).toMatch(/^Ligne 2, colonne \d+\u00a0: /);
    await patternError.scrollIntoViewIfNeeded();
    await screenshot(options, 'options-fr-rule-editor');
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('options page: subscribing to a pack address', () => {
  const PACK_URL = 'https://packs.example.org/team.json';
  let browser: BrowserSession;
  let answer: { status: number; body: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    answer = { status: 200, body: JSON.stringify({ ...examplePack, version: 'remote-1' }) };
    browser.server.route(PACK_URL, () => ({
      status: answer.status,
      headers: { 'content-type': 'application/json' },
      body: answer.body,
    }));
    // Headless Chromium cannot answer a permission prompt: approve the host where a user would, in
    // chrome://extensions; the page's own permissions.request, from the real click, then says yes.
    const settings = await browser.context.newPage();
    await settings.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await settings.evaluate(
      ([id, host]) =>
        (
          chrome as unknown as {
            developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
          }
        ).developerPrivate.addHostPermission(id!, host!),
      [browser.extensionId, 'https://packs.example.org/*'],
    );
    await settings.close();
  });
  afterAll(() => browser?.close());

  it('subscribes from a click, then shows the last error and keeps the last good pack', async () => {
    const options = await openOptions(browser);
    await options.locator('input[data-bb="pack-url"]').fill(PACK_URL);
    await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await waitFor(async () => (await packInForce(options))?.version === 'remote-1', {
      timeout: 10_000,
      message: 'the subscribed pack in force',
    });
    await waitFor(async () => (await bb(options, 'pack-source').getAttribute('data-source')) === 'url', {
      message: 'the header to say subscribed',
    });
    expect(await bb(options, 'subscribed').textContent()).toContain('unsubscribe to edit it here');
    expect(await bb(options, 'subscription-status').textContent()).toContain(`Subscribed to ${PACK_URL}`);
    expect(await bb(options, 'subscription-status').textContent()).not.toContain('Last success: never');

    const broken = structuredClone(examplePack);
    broken.version = 'remote-2';
    delete (broken.teams[0]!.rules[0]!.why as Partial<Record<string, string>>).fr;
    answer = { status: 200, body: JSON.stringify(broken) };
    await bb(options, 'refresh').click();
    const error = bb(options, 'subscription-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('teams[0].rules[0].why.fr');
    expect((await packInForce(options))?.version).toBe('remote-1');

    // While the subscription is in force, local edits are refused with the reason.
    await options.locator('[data-bb="builtin-rule"][data-rule="go-viral"] input').click();
    await bb(options, 'import-error').waitFor();
    expect(await bb(options, 'import-error').textContent()).toContain('Unsubscribe first');
    await screenshot(options.locator('[data-bb="subscription"]'), 'options-subscription-error');

    await bb(options, 'unsubscribe').click();
    await waitFor(async () => (await packInForce(options))?.id === 'builtin', {
      message: 'back to built-in',
    });
    await waitFor(
      async () => (await bb(options, 'subscription').textContent())?.includes('Not subscribed.'),
      {
        message: 'the panel to say not subscribed',
      },
    );
  });
});
