import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessPrompt } from '../../../components/SiteAccessPrompt';
import { siteAccessPrompt } from '../../../entrypoints/try/site-access';
import { DEFAULT_SITES } from '../../../lib/sites/hosts';
import { patternCovers, sitesWithoutAccess } from '../../../lib/sites/site-access';

const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
let granted: Set<string>;
const request = vi.fn(async ({ origins }: { origins: string[] }) => {
  for (const origin of origins) granted.add(origin);
  await (fakeBrowser.permissions.onAdded as unknown as { trigger(value: unknown): Promise<void> }).trigger({
    origins,
  });
  return true;
});

beforeEach(() => {
  // As in a Firefox where the user took Gmail and Teams back.
  granted = new Set(Object.values(DEFAULT_SITES).flat());
  granted.delete('https://mail.google.com/*');
  granted.delete('https://teams.live.com/*');
  permissions.getAll = async () => ({ permissions: [], origins: [...granted] });
  permissions.request = request;
  request.mockClear();
});

describe('site access', () => {
  it('names each default site with any of its addresses not granted', async () => {
    expect(await sitesWithoutAccess()).toEqual(['gmail', 'teams']);
  });

  it("reads the granted sites from getAll: Chrome's contains says no for hosts only content scripts declare", async () => {
    permissions.contains = async () => false;
    granted = new Set(Object.values(DEFAULT_SITES).flat());
    expect(await sitesWithoutAccess()).toEqual([]);
  });

  it('counts a site as granted under a wider pattern', async () => {
    granted = new Set(['https://*.google.com/*', 'https://*.microsoft.com/*']);
    expect(await sitesWithoutAccess()).toEqual(['slack', 'teams', 'outlook', 'whatsapp', 'discord']);
    granted = new Set(['https://*/*']);
    expect(await sitesWithoutAccess()).toEqual([]);
  });

  it('asks for exactly those sites from the button, and goes away once they are granted', async () => {
    render(<SiteAccessPrompt lang="en" />);
    const heading = await screen.findByRole('heading');
    expect(heading.textContent).toBe('Better Brief cannot help you on Gmail and Microsoft Teams yet');
    await userEvent.click(screen.getByRole('button', { name: 'Allow on these sites' }));
    expect(request).toHaveBeenCalledWith({ origins: [...DEFAULT_SITES.gmail, ...DEFAULT_SITES.teams] });
    await waitFor(() => expect(document.querySelector('[data-bb="site-access"]')).toBeNull());
  });

  it('says so when the user declines, in French too', async () => {
    permissions.request = async () => false;
    render(<SiteAccessPrompt lang="fr" />);
    expect((await screen.findByRole('heading')).textContent).toBe(
      'Better Brief ne peut pas encore vous aider sur Gmail et Microsoft Teams',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Autoriser sur ces sites' }));
    expect((await screen.findByRole('status')).textContent).toContain('L’accès n’a pas été donné');
  });

  it('shows nothing when every site is granted', async () => {
    const getAll = vi.fn(async () => ({ permissions: [], origins: Object.values(DEFAULT_SITES).flat() }));
    permissions.getAll = getAll;
    const { container } = render(<SiteAccessPrompt lang="en" />);
    // Once the granted sites were read, there is still nothing to show.
    await waitFor(() => expect(getAll).toHaveBeenCalled());
    await new Promise((settled) => setTimeout(settled, 0));
    expect(container.innerHTML).toBe('');
  });
});

describe('a granted pattern covers a default site', () => {
  it.each([
    ['https://mail.google.com/*', true],
    ['*://mail.google.com/*', true],
    ['https://*.google.com/*', true],
    ['https://*/*', true],
    ['<all_urls>', true],
    ['http://mail.google.com/*', false],
    ['https://mail.google.com/mail/*', false],
    ['https://*.mail.google.com/*', true],
    ['https://*.gmail.com/*', false],
    ['https://google.com/*', false],
    ['https://evilgoogle.com/*', false],
  ])('%s: %s', (pattern, covers) => {
    expect(patternCovers(pattern, 'https://mail.google.com/*')).toBe(covers);
  });
});

describe("the try-it page's request for site access", () => {
  it('names the missing sites, asks for them, and hides once they are granted', async () => {
    const section = siteAccessPrompt('en');
    document.body.append(section);
    await waitFor(() => expect(section.hidden).toBe(false));
    expect(section.querySelector('h2')?.textContent).toBe(
      'Better Brief cannot help you on Gmail and Microsoft Teams yet',
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Allow on these sites' }));
    expect(request).toHaveBeenCalledWith({ origins: [...DEFAULT_SITES.gmail, ...DEFAULT_SITES.teams] });
    await waitFor(() => expect(section.hidden).toBe(true));
    section.remove();
  });

  it('stays hidden when every site is granted', async () => {
    const getAll = vi.fn(async () => ({ permissions: [], origins: Object.values(DEFAULT_SITES).flat() }));
    permissions.getAll = getAll;
    const section = siteAccessPrompt('en');
    await waitFor(() => expect(getAll).toHaveBeenCalled());
    await new Promise((settled) => setTimeout(settled, 0));
    expect(section.hidden).toBe(true);
  });
});
