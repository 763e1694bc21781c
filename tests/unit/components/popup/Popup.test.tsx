import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import { GUIDANCE_KEY, TEAM_KEY } from '../../../../lib/guidance/resolved';
import { recordCount, resetCounts } from '../../../../lib/store/counts';
import { managerGuidance, NOW, now } from './guidance-fixture';

const popup = () => document.querySelector<HTMLElement>('[data-bb="popup"]')!;
const topics = () =>
  [...popup().querySelectorAll('[data-bb="topic"]')].map((topic) => topic.getAttribute('data-rule'));
const section = (name: string) => popup().querySelector<HTMLElement>(`[data-bb="${name}"]`)!;

async function openPopup(lang: 'en' | 'fr' = 'en') {
  const view = render(<Popup lang={lang} now={now} />);
  await waitFor(() => expect(popup().querySelector('[data-bb="topic"]')).not.toBeNull());
  return view;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCounts();
  await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: managerGuidance() });
});

describe('popup guidance', () => {
  it('gives "instead of X, ask Y" for each topic of the team', async () => {
    await openPopup();
    expect(topics()).toEqual(['post-now', 'roi']);
    const first = section('guide').querySelector('[data-rule="post-now"]')!;
    expect(first.textContent).toContain('Instead of');
    expect(first.textContent).toContain('Can you post this right now?');
    expect(first.textContent).toContain('When is the best slot this week to post this?');
  });

  it('speaks French to a French colleague', async () => {
    await openPopup('fr');
    const first = section('guide').querySelector('[data-rule="post-now"]')!;
    expect(first.textContent).toContain('Au lieu de');
    // A no-break space keeps the ? on the line of its word.
    expect(first.textContent).toContain('Tu peux publier ça tout de suite\u00a0?');
    expect(screen.getByRole('heading', { name: 'Rapports en cours' })).toBeTruthy();
  });

  it('changes the guidance when the colleague switches team, and remembers the choice', async () => {
    const user = userEvent.setup();
    await openPopup();
    await user.selectOptions(screen.getByLabelText('Your team'), 'sales');
    expect(topics()).toEqual(['go-viral']);
    expect((await fakeBrowser.storage.local.get(TEAM_KEY))[TEAM_KEY]).toBe('sales');
  });

  it("shows the organisation's team, locked, when a policy sets it", async () => {
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'marketing' });
    await fakeBrowser.storage.managed.set({ team: 'sales' });
    await openPopup();
    const select = popup().querySelector<HTMLSelectElement>('select[data-bb="team"]')!;
    await waitFor(() => expect(select.value).toBe('sales'));
    expect(select.disabled).toBe(true);
    expect(select.getAttribute('aria-describedby')).toBe(
      popup().querySelector('[data-bb="team-managed"]')!.id,
    );
    expect(popup().querySelector('[data-bb="team-managed"]')!.textContent).toBe('Set by your organisation');
  });

  it('leaves the team switchable without a policy', async () => {
    await openPopup();
    expect(popup().querySelector<HTMLSelectElement>('select[data-bb="team"]')!.disabled).toBe(false);
    expect(popup().querySelector('[data-bb="team-managed"]')).toBeNull();
  });

  it("names the team's contact with a link, and shows an unsafe link as plain text", async () => {
    const guidance = managerGuidance();
    guidance.teams[0]!.contact = { name: 'Camille (social)', link: 'mailto:camille@acme.example' };
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: guidance });
    await openPopup();
    const contact = section('contact');
    expect(contact.textContent).toBe('Questions for the social media team? Ask Camille (social)');
    expect(contact.querySelector('a')!.getAttribute('href')).toBe('mailto:camille@acme.example');
    cleanup();

    guidance.teams[0]!.contact = { name: 'Camille', link: 'javascript:alert(1)' };
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: guidance });
    await openPopup();
    expect(section('contact').textContent).toContain('Camille');
    expect(section('contact').querySelector('a')).toBeNull();
  });

  it('shows no contact line for a team without one', async () => {
    await openPopup();
    expect(section('contact')).toBeNull();
  });

  it('opens on the team chosen earlier', async () => {
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'sales' });
    await openPopup();
    expect(topics()).toEqual(['go-viral']);
    expect(popup().querySelector<HTMLSelectElement>('select[data-bb="team"]')!.value).toBe('sales');
  });

  it('follows a pack change made while it is open', async () => {
    await openPopup();
    const next = managerGuidance();
    next.teams[0]!.rules = next.teams[0]!.rules.slice(1);
    await act(() => fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: next }));
    await waitFor(() => expect(topics()).toEqual(['roi']));
  });
});

describe('popup reports', () => {
  it('lists the latest monthly report first and marks the out-of-date one', async () => {
    await openPopup();
    const links = [...section('reports').querySelectorAll<HTMLAnchorElement>('a[data-bb="report"]')];
    expect(links.map((link) => [link.href, link.dataset.stale])).toEqual([
      ['https://reports.example.com/2026-10', 'true'],
      ['https://reports.example.com/w48', undefined],
    ]);
    const stale = links[0]!.closest('li')!;
    expect(within(stale).getByText('out of date')).toBeTruthy();
    expect(stale.textContent).toContain('monthly');
    expect(stale.textContent).toContain('Oct 1, 2026');
    expect(links[1]!.closest('li')!.textContent).not.toContain('out of date');
  });
});

describe('popup impact chart', () => {
  it('draws one bar per week from the local counts', async () => {
    await recordCount('post-now', 'applied', NOW);
    await recordCount('roi', 'applied', NOW);
    await recordCount('post-now', 'shown', NOW);
    await recordCount('post-now', 'applied', new Date('2026-11-18T09:00:00Z'));
    await recordCount('roi', 'briefed', NOW);
    await openPopup();
    await waitFor(() => expect(section('impact').querySelectorAll('rect[data-bb="bar"]')).toHaveLength(8));
    const bars = [...section('impact').querySelectorAll<SVGRectElement>('rect[data-bb="bar"]')];
    expect(bars.map((bar) => Number(bar.dataset.count))).toEqual([0, 0, 0, 0, 0, 0, 1, 2]);
    // The tallest bar is the week with most rephrased requests; empty weeks have no height.
    expect(Number(bars[7]!.getAttribute('height'))).toBeGreaterThan(Number(bars[6]!.getAttribute('height')));
    expect(Number(bars[0]!.getAttribute('height'))).toBe(0);
    expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    const briefBars = [...section('impact').querySelectorAll<SVGRectElement>('rect[data-bb="brief-bar"]')];
    expect(briefBars.map((bar) => Number(bar.dataset.count))).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(section('impact').querySelector('title')!.textContent).toContain('week 48: rephrased 2, briefs 1');
    expect(section('impact').textContent).toContain('Last 8 weeks: rephrased 3, briefs written 1');
  });

  it('forgets the counts on reset', async () => {
    const user = userEvent.setup();
    await recordCount('post-now', 'applied', NOW);
    await openPopup();
    await waitFor(() => expect(section('impact').textContent).toContain('rephrased 1, briefs written 0'));
    await user.click(screen.getByRole('button', { name: 'Reset counts' }));
    await waitFor(() => expect(section('impact').textContent).toContain('rephrased 0, briefs written 0'));
    expect(section('impact').textContent).toContain('Nothing rephrased yet');
    const bars = [...section('impact').querySelectorAll<SVGRectElement>('rect[data-bb="bar"]')];
    expect(bars.every((bar) => bar.dataset.count === '0')).toBe(true);
  });
});

describe('popup safety', () => {
  it('shows manager-written markup as text and never links javascript:', async () => {
    const hostile = managerGuidance();
    const team = hostile.teams[0]!;
    team.rules[0]!.title.en = '<img src=x onerror="window.hacked=1">';
    team.rules[0]!.sample = { en: '<script>window.hacked=2</script>', fr: 'x' };
    team.reports[1] = {
      ...team.reports[1]!,
      title: { en: '<b>bold</b>', fr: 'b' },
      url: 'javascript:alert(1)',
    };
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: hostile });
    await openPopup();
    expect(popup().querySelector('img, script, b')).toBeNull();
    expect(popup().textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect(popup().textContent).toContain('<script>window.hacked=2</script>');
    expect(screen.getByText('<b>bold</b>').closest('a')).toBeNull();
    expect(
      [...popup().querySelectorAll('a')].some((link) => link.getAttribute('href')?.startsWith('javascript:')),
    ).toBe(false);
  });
});

describe('popup on a fresh install', () => {
  it('works from the built-in pack when nothing is stored', async () => {
    await fakeBrowser.storage.local.clear();
    await openPopup();
    expect(topics().length).toBeGreaterThanOrEqual(4);
    expect(popup().querySelector<HTMLSelectElement>('select[data-bb="team"]')!.options).toHaveLength(1);
  });
});

describe('popup draft checker', () => {
  const paragraph =
    'Hi team! The launch video is ready, could you post it right now? Also the board asks what the ROI of social media is.';

  it('gives two suggestions for a paragraph with two requests', async () => {
    const user = userEvent.setup();
    await openPopup();
    await user.click(popup().querySelector('textarea[data-bb="check-input"]')!);
    await user.paste(paragraph);
    await waitFor(() => expect(popup().querySelectorAll('[data-bb="suggestion"]')).toHaveLength(2));
    const rows = [...popup().querySelectorAll<HTMLElement>('[data-bb="suggestion"]')];
    expect(rows.map((row) => row.dataset.rule)).toEqual(['post-now', 'roi']);
    expect(rows[0]!.querySelector('[data-bb="phrase"]')!.textContent).toBe('could you post it right now?');
    expect(rows[0]!.querySelector('[data-bb="rewrite"]')!.textContent).toBe(
      'when is the best slot this week to post this?',
    );
    expect(rows[0]!.querySelector('[data-bb="why"]')!.textContent).toBe('Why post-now');
    expect(rows[0]!.querySelector<HTMLAnchorElement>('a[data-bb="report"]')!.href).toBe(
      'https://reports.example.com/w48',
    );
    expect(screen.getByText('2 requests to rephrase')).toBeTruthy();
  });

  it('copies the text with every request rephrased', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await openPopup();
    await user.click(popup().querySelector('textarea[data-bb="check-input"]')!);
    await user.paste(paragraph);
    await user.click(await screen.findByRole('button', { name: 'Copy improved text' }));
    expect(writeText).toHaveBeenCalledWith(
      'Hi team! The launch video is ready, when is the best slot this week to post this? Also the board asks what the which results from last month matter most for our goal?',
    );
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('says so when there is nothing to rephrase, and stores nothing', async () => {
    const user = userEvent.setup();
    await openPopup();
    await user.click(popup().querySelector('textarea[data-bb="check-input"]')!);
    await user.paste('Here are the photos from Tuesday.');
    expect(await screen.findByText('Nothing to rephrase.')).toBeTruthy();
    expect(popup().querySelector('[data-bb="suggestion"]')).toBeNull();
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('photos from Tuesday');
  });
});
