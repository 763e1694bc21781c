import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BrowserSession, bb, launchBrowser, screenshot, waitFor } from './harness';
import { modelText, SITES, sentMessages, typeInto } from './sites-table';

/** In a French browser: a French request in Teams, the nudge in French, Replace with the French rewrite. */
const POST_NOW_FR = 'Tu peux poster ça sur LinkedIn tout de suite ?';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser({ lang: 'fr' });
});
afterAll(() => browser?.close());

it('asks in French before sending, and Revoir leads to the French rewrite', async () => {
  const teams = SITES.find((site) => site.id === 'teams')!;
  const page = await browser.openPage(teams.url);
  const box = page.locator(teams.box);
  await box.waitFor();
  await typeInto(page, box, POST_NOW_FR);
  await page.keyboard.press('Enter');
  const nudge = bb(page, 'send-nudge');
  await nudge.waitFor();
  expect(await nudge.textContent()).toContain('Ce message demande encore de publier tout de suite');
  expect(await bb(page, 'send-anyway').textContent()).toBe('Envoyer quand même');
  await screenshot(page, 'nudge-teams-fr');
  await bb(page, 'review').click();
  const suggestion = bb(page, 'suggestion').first();
  await suggestion.waitFor();
  const rewrite = ((await bb(suggestion, 'rewrite').textContent()) ?? '').trim();
  await bb(suggestion, 'apply').click();
  await waitFor(async () => (await modelText(page)).includes(rewrite), {
    message: 'the French rewrite in CKEditor',
  });
  await box.focus();
  await page.keyboard.press('Enter');
  const sent = await waitFor(async () => (await sentMessages(page))[0], { message: 'the message sent' });
  expect(sent).toContain(rewrite);
  expect(sent).not.toContain('tout de suite');
  await page.close();
});
