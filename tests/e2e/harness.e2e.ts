import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, BUILT_EXTENSION, launchBrowser, unpackedExtensionId, waitFor } from './harness';

// The harness itself: if these fail, every other e2e file would fail in confusing ways.
describe('e2e harness', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('loads the built extension with the id Chromium derives from its path', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId(BUILT_EXTENSION)).toBe(browser.extensionId);
  });

  it('serves the Gmail fixture as https://mail.google.com with a certificate the browser accepts', async () => {
    const page = await browser.openPage('https://mail.google.com/mail/u/0/#inbox');
    // The page is drawn by app.ts, bundled on the fly: a button proves the bundle ran.
    await page.locator('[gh="cm"]').waitFor();
    expect(page.url()).toBe('https://mail.google.com/mail/u/0/#inbox');
    expect(browser.server.requests.some((r) => r.url === 'https://mail.google.com/app.js')).toBe(true);
    await page.close();
  });

  it('answers routes registered by a test, with conditional requests', async () => {
    const remove = browser.server.route('https://packs.example.org/team.json', (request) =>
      request.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : { headers: { etag: '"v1"' }, body: { teams: [] } },
    );
    const page = await browser.openPage('https://mail.google.com/mail/u/0/');
    const statuses = await page.evaluate(async () => {
      const first = await fetch('https://packs.example.org/team.json', { cache: 'no-store' });
      const second = await fetch('https://packs.example.org/team.json', {
        cache: 'no-store',
        headers: { 'if-none-match': first.headers.get('etag') ?? '' },
      });
      return [first.status, await first.text(), second.status];
    });
    expect(statuses).toEqual([200, '{"teams":[]}', 304]);
    remove();
    const afterRemoval = await page.evaluate(() =>
      fetch('https://packs.example.org/team.json').then((r) => r.status),
    );
    expect(afterRemoval).toBe(404);
    await page.close();
  });

  it('records request bodies and answers plain http too', async () => {
    const page = await browser.openPage('https://mail.google.com/mail/u/0/');
    await page.evaluate(() =>
      fetch('https://collector.example.net/log', { method: 'POST', body: 'marker-4711' }),
    );
    await waitFor(() => browser.server.requests.find((r) => r.body === 'marker-4711'), {
      message: 'the POST',
    });
    expect(browser.server.requests.find((r) => r.body === 'marker-4711')?.host).toBe('collector.example.net');
    const response = await page.goto('http://intranet.example.org/');
    expect(response?.status()).toBe(404); // no fixture there, but answered over plain http
    expect(browser.server.requests.some((r) => r.url === 'http://intranet.example.org/')).toBe(true);
    await page.close();
  });
});
