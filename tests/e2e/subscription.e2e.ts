import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGmail } from './gmail-page';
import {
  type BrowserSession,
  badgeCount,
  bb,
  launchBrowser,
  REPO_ROOT,
  type RouteResponse,
  waitFor,
} from './harness';

/** The extension API inside serviceWorker.evaluate callbacks (they run in the browser). */
declare const chrome: typeof import('wxt/browser').browser;

const PACK_URL = 'https://packs.example.org/team.json';

const examplePack = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/unit/guidance/fixtures/example-pack.json'), 'utf8'),
) as { version: string; teams: Array<{ rules: Array<{ why: Record<string, string> }> }> };

interface Stored {
  guidance?: { source: string; pack: { version: string } };
  subscription?: { url: string | null; lastError?: { en: string }; lastSuccessAt?: string; etag?: string };
}

describe('a subscribed pack URL', () => {
  let browser: BrowserSession;
  let answer: { status: number; body: string; etag: string };

  const stored = () =>
    browser.serviceWorker!.evaluate(
      () => chrome.storage.local.get(['guidance', 'subscription']) as Promise<Record<string, unknown>>,
    ) as Promise<Stored>;

  /** What the hourly alarm does, now: the background's own refresh path. */
  const fireRefreshAlarm = () =>
    browser.serviceWorker!.evaluate(() => chrome.alarms.create('pack-refresh', { when: Date.now() + 50 }));

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.server.route(
      PACK_URL,
      (request): RouteResponse =>
        request.headers['if-none-match'] === answer.etag
          ? { status: 304, headers: { etag: answer.etag } }
          : {
              status: answer.status,
              headers: { etag: answer.etag, 'content-type': 'application/json' },
              body: answer.body,
            },
    );
    answer = { status: 200, body: JSON.stringify({ ...examplePack, version: 'remote-1' }), etag: '"v1"' };
    await browser.serviceWorker!.evaluate(
      (url) => chrome.storage.local.set({ subscription: { url } }),
      PACK_URL,
    );
  });
  afterAll(() => browser?.close());

  it('puts the good pack in force and open Gmail tabs flag its rule without a reload', async () => {
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    await gmail.typeInto(gmail.bodies.first(), 'Could you put this in a story today?');
    await fireRefreshAlarm();
    await waitFor(async () => (await stored()).guidance?.source === 'url', {
      timeout: 10_000,
      message: 'the subscribed pack in force',
    });
    expect((await stored()).guidance?.pack.version).toBe('remote-1');
    // The tab was open before: it picks the new rule up through storage.onChanged.
    await gmail.typeInto(gmail.bodies.first(), ' ');
    await waitFor(async () => (await badgeCount(gmail.page)) > 0, { timeout: 10_000, message: 'the badge' });
    await bb(gmail.page, 'badge').click();
    const storyNow = gmail.page.locator('[data-bb="suggestion"][data-rule="story-now"]');
    await storyNow.waitFor();
    // The whole request ("Could you put this in a story…") is replaced, so the rewrite opens the sentence.
    expect((await bb(storyNow, 'rewrite').textContent())?.trim()).toBe(
      'Can we look together at where a story fits this week?',
    );
    await gmail.close();
  });

  it('keeps the last good pack when the address serves a broken one, and records the error', async () => {
    const broken = structuredClone(examplePack);
    broken.version = 'remote-2';
    delete (broken.teams[0]!.rules[0]!.why as Partial<Record<string, string>>).fr;
    answer = { status: 200, body: JSON.stringify(broken), etag: '"v2"' };
    const before = (await stored()).subscription?.lastSuccessAt;
    await fireRefreshAlarm();
    const after = await waitFor(
      async () => {
        const value = await stored();
        return value.subscription?.lastError ? value : null;
      },
      { timeout: 10_000, message: 'the refusal recorded' },
    );
    expect(after.subscription?.lastError?.en).toContain('teams[0].rules[0].why.fr');
    expect(after.subscription?.lastSuccessAt).toBe(before);
    expect(after.subscription?.etag).toBe('"v1"');
    expect(after.guidance?.pack.version).toBe('remote-1');

    const options = await browser.openExtensionPage('options.html');
    const shown = options.locator('[data-bb="subscription-error"]');
    await shown.waitFor();
    expect(await shown.textContent()).toContain('teams[0].rules[0].why.fr');
    await options.close();
  });

  it('sends a conditional request and keeps the pack on 304', async () => {
    answer = { status: 200, body: JSON.stringify({ ...examplePack, version: 'remote-1' }), etag: '"v1"' };
    const count = browser.server.requests.length;
    await fireRefreshAlarm();
    const conditional = await waitFor(
      () =>
        browser.server.requests
          .slice(count)
          .find((request) => request.url === PACK_URL && request.method === 'GET'),
      { timeout: 10_000, message: 'the refresh request' },
    );
    expect(conditional.headers['if-none-match']).toBe('"v1"');
    await waitFor(async () => !(await stored()).subscription?.lastError, { message: 'the error cleared' });
    expect((await stored()).guidance?.pack.version).toBe('remote-1');
  });
});
