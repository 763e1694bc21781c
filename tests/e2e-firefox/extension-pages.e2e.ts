import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { GMAIL_URL } from '../e2e/gmail-page';
import { REPO_ROOT } from '../e2e/harness/paths';
import { BODY } from './gmail-page';
import { type ExtensionPagesSession, launchFirefoxForExtensionPages, waitFor } from './harness';

/**
 * The popup and the options page in Firefox, driven over Marionette (WebDriver BiDi does not reach
 * moz-extension:// pages). The popup checks a pasted draft; a pack imported on the options page is
 * followed by a Gmail tab that was already open.
 */
const EXAMPLE_PACK_FILE = path.join(REPO_ROOT, 'tests/unit/guidance/fixtures/example-pack.json');
/** Two built-in requests in one paragraph, taken from the pack's own examples. */
const builtinRules = BUILTIN_PACK.teams[0]!.rules;
const [firstRule, secondRule] = [builtinRules[0]!, builtinRules[builtinRules.length - 1]!];
const TWO_REQUESTS = `${firstRule.examples.en.match[0]}\n\nAnd one more thing. ${secondRule.examples.en.match[0]}`;

let firefox: ExtensionPagesSession;
beforeAll(async () => {
  firefox = await launchFirefoxForExtensionPages();
});
afterAll(() => firefox?.close());

/** The rule ids of the suggestions in the current extension page, in order. */
const suggestionRules = () =>
  firefox.evaluate(() =>
    [...document.querySelectorAll('[data-bb="suggestion"]')].map((row) => row.getAttribute('data-rule')),
  );

/** A Better Brief test hook in the page's extension shadow root (open, so the page's script sees it). */
const inPageHook = (hook: string) =>
  firefox.evaluate((wanted: string) => {
    for (const host of document.querySelectorAll('*')) {
      const found = host.shadowRoot?.querySelector<HTMLElement>(`[data-bb="${wanted}"]`);
      if (found?.checkVisibility()) return found;
    }
    return null;
  }, hook);

describe('the popup in Firefox', () => {
  it('finds the two requests of a pasted draft, with their rules', async () => {
    await firefox.openTab(firefox.extensionUrl('popup.html'));
    await firefox.type(await firefox.find('textarea[data-bb="check-input"]'), TWO_REQUESTS);
    await waitFor(async () => (await suggestionRules()).length === 2, { message: 'two suggestions' });
    expect(await suggestionRules()).toEqual([firstRule.id, secondRule.id]);
    // Firefox granted the sites at install (as from the add-ons site): nothing to ask for.
    expect(await firefox.evaluate(() => document.querySelector('[data-bb="site-access"]'))).toBeNull();
  });
});

describe('the options page in Firefox', () => {
  it('imports a pack file, and an open Gmail tab flags its new phrase without a reload', async () => {
    const gmail = await firefox.openTab(`${GMAIL_URL}#inbox?compose=new`);
    await firefox.find(BODY);

    await firefox.openTab(firefox.extensionUrl('options.html'));
    await firefox.type(await firefox.find('input[type=file][data-bb="import-file"]'), EXAMPLE_PACK_FILE);
    expect(await firefox.text(await firefox.find('[data-bb="toast"]'))).toContain('Guidance updated');
    // The page shows the pack in force once storage says so, a moment after the toast.
    await waitFor(
      async () =>
        (await firefox.text(await firefox.find('[data-bb="pack-name"]'))) === 'ACME social media guidance',
      { message: "the imported pack's name" },
    );

    await firefox.switchTo(gmail);
    await firefox.type(await firefox.find(BODY), 'Could you put this in a story today?');
    const badge = await waitFor(() => inPageHook('badge'), { message: 'the badge' });
    expect(await firefox.text(badge)).toBe('1');
    await firefox.click(badge);
    const suggestion = await waitFor(() => inPageHook('suggestion'), { message: 'the card' });
    // The manager's rule, with its rewrite. The match widens back over "Could you" to the start
    // of the sentence, so Replace covers the whole request and the rewrite starts with a capital.
    expect(await firefox.evaluate((row: Element) => row.getAttribute('data-rule'), suggestion)).toBe(
      'story-now',
    );
    expect(await firefox.text(await waitFor(() => inPageHook('rewrite')))).toBe(
      'Can we look together at where a story fits this week?',
    );
  });
});
