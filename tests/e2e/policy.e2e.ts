import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGmail } from './gmail-page';
import {
  type BrowserSession,
  BUILT_EXTENSION,
  bb,
  launchBrowser,
  REPO_ROOT,
  screenshot,
  unpackedExtensionId,
  waitFor,
  waitForBadge,
} from './harness';

/** The extension API inside serviceWorker.evaluate callbacks (they run in the browser). */
declare const chrome: typeof import('wxt/browser').browser;

/** Where Chromium on Linux reads mandatory policies. Writing here needs root (CI runs as root). */
const POLICY_DIR = '/etc/chromium/policies/managed';

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const examplePack = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/unit/guidance/fixtures/example-pack.json'), 'utf8'),
) as { version: string };
const policyPack = { ...examplePack, version: 'from-it' };

const writable = canWritePolicies();
if (!writable) console.warn(`policy.e2e: ${POLICY_DIR} is not writable (run as root); skipped.`);

describe.skipIf(!writable)('guidance set by IT through Chromium policy', () => {
  let browser: BrowserSession;
  let copy: string;
  let policyFile: string;

  beforeAll(async () => {
    // A copy of the build has its own extension id, so this policy cannot reach other test runs.
    mkdirSync(path.join(REPO_ROOT, '.tmp'), { recursive: true });
    copy = mkdtempSync(path.join(REPO_ROOT, '.tmp', 'policy-extension-'));
    cpSync(BUILT_EXTENSION, copy, { recursive: true });
    const id = unpackedExtensionId(copy);
    policyFile = path.join(POLICY_DIR, `better-brief-e2e-${id}.json`);
    const settings = { pack: JSON.stringify(policyPack), team: 'marketing' };
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: settings } } }));
    browser = await launchBrowser({ extensionPath: copy });
  });

  afterAll(async () => {
    await browser?.close();
    if (policyFile) rmSync(policyFile, { force: true });
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('puts the policy pack in force and fixes the team', async () => {
    const stored = await waitFor(
      async () => {
        const value = await browser.serviceWorker!.evaluate(() =>
          chrome.storage.local.get(['guidance', 'teamId']),
        );
        const guidance = value.guidance as { source?: string } | undefined;
        return guidance?.source === 'policy' && value.teamId ? value : null;
      },
      { timeout: 10_000, message: 'the policy pack in storage.local' },
    );
    expect(stored.guidance).toMatchObject({ pack: { id: 'acme-social', version: 'from-it' } });
    expect(stored.teamId).toBe('marketing');
  });

  it("flags the policy's own rule in Gmail with the manager's rewrite", async () => {
    const gmail = await openGmail(browser, { hash: '#inbox?compose=new' });
    await gmail.typeInto(gmail.bodies.first(), 'Tu peux mettre ça en story ?');
    await waitForBadge(gmail.page, 1);
    await bb(gmail.page, 'badge').click();
    const suggestion = gmail.page.locator('[data-bb="suggestion"][data-rule="story-now"]');
    // The whole request ("Tu peux mettre ça en story ?") is replaced, so the rewrite opens the sentence.
    expect((await bb(suggestion, 'rewrite').textContent())?.trim()).toBe(
      'Peut-on regarder ensemble où une story trouverait sa place cette semaine ?',
    );
    await gmail.close();
  });

  it('follows a change of the policy file while the browser runs', async () => {
    const id = unpackedExtensionId(copy);
    const settings = { pack: JSON.stringify({ ...policyPack, version: 'from-it-2' }), team: 'marketing' };
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: settings } } }));
    await waitFor(
      async () => {
        const value = await browser.serviceWorker!.evaluate(() => chrome.storage.local.get('guidance'));
        return (value.guidance as { pack?: { version?: string } } | undefined)?.pack?.version === 'from-it-2';
      },
      { timeout: 30_000, message: 'the new policy pack in force' },
    );
  });

  it('locks import and subscription on the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('input[data-bb="pack-url"]').isDisabled()).toBe(true);
    expect(await options.locator('input[type=file][data-bb="import-file"]').isDisabled()).toBe(true);
    await options.close();
  });

  it("shows the policy's team in the popup, not switchable", async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const team = popup.locator('select[data-bb="team"]');
    await expect.poll(() => team.inputValue()).toBe('marketing');
    expect(await team.isDisabled()).toBe(true);
    expect(await popup.locator('[data-bb="team-managed"]').textContent()).toBe('Set by your organisation');
    await screenshot(popup, 'popup-team-set-by-policy');
    await popup.close();
  });
});
