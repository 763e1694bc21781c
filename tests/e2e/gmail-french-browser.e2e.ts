import { afterAll, beforeAll, expect, it } from 'vitest';
import { openGmail } from './gmail-page';
import { type BrowserSession, bb, launchBrowser, screenshot, waitForBadge } from './harness';

// The card speaks the browser's language, whatever the language of the email or of Gmail.
let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser({ lang: 'fr' });
});
afterAll(() => browser?.close());

it('shows the card in French in a French browser, for an English email too', async () => {
  const gmail = await openGmail(browser, { lang: 'fr', hash: '#inbox?compose=new' });
  await gmail.typeInto(gmail.bodies.first(), 'Could you post this on LinkedIn immediately?');
  await waitForBadge(gmail.page, 1);
  expect(await bb(gmail.page, 'badge').getAttribute('aria-label')).toMatch(/suggestion/);
  await bb(gmail.page, 'badge').click();
  const suggestion = bb(gmail.page, 'suggestion').first();
  await suggestion.waitFor();
  expect((await bb(suggestion, 'apply').textContent())?.trim()).toBe('Remplacer');
  // The rewrite follows the language of the request: English here.
  expect(await bb(suggestion, 'rewrite').textContent()).toMatch(/\b(we|the|your)\b/);
  await screenshot(gmail.page, 'gmail-french-browser-card');
  await gmail.close();
});
