import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import { GUIDANCE_KEY, type GuidanceState } from '../../../../lib/guidance/resolved';
import { allCounts, resetCounts } from '../../../../lib/store/counts';
import { managerGuidance, now } from './guidance-fixture';

const HOW_WE_WORK = {
  goals: { en: 'Grow sign-ups <b>from LinkedIn</b>', fr: 'Plus d’inscriptions <b>via LinkedIn</b>' },
  networks: [{ name: 'LinkedIn', why: { en: 'Our buyers read it', fr: 'Nos acheteurs y sont' } }],
  leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
  requestLink: { label: { en: 'Request form', fr: 'Formulaire' }, url: 'https://forms.acme.example/social' },
};

function guidance(change: (state: GuidanceState) => void = () => {}): GuidanceState {
  const state = managerGuidance();
  const marketing = state.teams[0]!;
  marketing.briefTemplates = {
    'post-now': BUILTIN_PACK.teams[0]!.briefTemplates!['post-now']!,
    roi: BUILTIN_PACK.teams[0]!.briefTemplates!.roi!,
  };
  marketing.contact = { name: 'Camille', link: 'mailto:social@acme.example' };
  marketing.howWeWork = structuredClone(HOW_WE_WORK);
  change(state);
  return state;
}

const popup = () => document.querySelector<HTMLElement>('[data-bb="popup"]')!;
const plan = () => popup().querySelector<HTMLElement>('[data-bb="plan"]')!;
const hook = (name: string) => plan().querySelector<HTMLElement>(`[data-bb="${name}"]`)!;
const field = (id: string) =>
  plan().querySelector<HTMLInputElement>(`[data-bb="brief-field"][data-field="${id}"]`)!;
const openGmail = () => new URL(hook('plan-open-gmail').getAttribute('href')!);

async function openPopup(state = guidance(), lang: 'en' | 'fr' = 'en') {
  await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: state });
  render(<Popup lang={lang} now={now} />);
  await waitFor(() => expect(popup().querySelector('[data-bb="plan"]')).not.toBeNull());
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetCounts();
});

describe('Plan a request', () => {
  it('asks the questions of the kind of request picked, and previews the brief without empty answers', async () => {
    const user = userEvent.setup();
    await openPopup();
    const select = hook('plan-rule') as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['post-now', 'roi']);
    expect(field('what')).toBeTruthy();
    await user.type(field('what'), 'The spring catalogue');
    await user.type(field('latest'), 'Friday 4 December');
    expect(hook('plan-preview').textContent).toBe(
      'Could we plan a post together?\n\nWhat it is about: The spring catalogue\nLatest date: Friday 4 December',
    );
    await user.selectOptions(select, 'roi');
    expect(field('goal')).toBeTruthy();
    expect(field('what')).toBeNull();
    // The ROI brief points at a report from the start: this rule has none, so the team's monthly one.
    expect(field('report').value).toBe('October social report (https://reports.example.com/2026-10)');
  });

  it('copies the brief and counts it once, without its text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPopup();
    await user.type(field('what'), 'The spring catalogue');
    await user.click(hook('plan-copy'));
    await user.click(hook('plan-copy'));
    expect(writeText).toHaveBeenLastCalledWith(
      'Could we plan a post together?\n\nWhat it is about: The spring catalogue',
    );
    expect(hook('plan-status').textContent).toBe('Copied.');
    await waitFor(async () =>
      expect((await allCounts()).map((row) => [row.ruleId, row.briefed])).toEqual([['post-now', 1]]),
    );
    expect(JSON.stringify(await allCounts())).not.toContain('spring');
    await waitFor(() =>
      expect(popup().querySelector('[data-bb="chart"]')!.textContent).toContain('briefs written 1'),
    );
  });

  it('says which required answer is missing instead of copying', async () => {
    const user = userEvent.setup();
    await openPopup();
    await user.click(hook('plan-copy'));
    expect(hook('plan-status').textContent).toBe('Please answer: What it is about.');
    expect(document.activeElement).toBe(field('what'));
    expect(await allCounts()).toEqual([]);
  });

  it('opens Gmail addressed to the team’s contact, subject and brief filled in', async () => {
    const user = userEvent.setup();
    await openPopup();
    await user.type(field('what'), 'R&D news #1');
    const url = openGmail();
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('social@acme.example');
    expect(url.searchParams.get('su')).toBe('Request: a post to plan');
    expect(url.searchParams.get('body')).toBe(
      'Could we plan a post together?\n\nWhat it is about: R&D news #1',
    );
    expect(hook('plan-open-gmail').getAttribute('target')).toBe('_blank');
    expect(plan().textContent).toContain('To Camille');
  });

  it('goes through mailto: when the contact has several addresses, and has no recipient for a web contact', async () => {
    await openPopup(
      guidance((state) => (state.teams[0]!.contact!.link = 'mailto:a@acme.example,b@acme.example')),
    );
    expect(hook('plan-open-gmail').getAttribute('href')).toMatch(
      /^mailto:a@acme\.example,b@acme\.example\?subject=/,
    );
    expect(hook('plan-open-gmail').textContent).toBe('Open in your mail app');
    document.body.replaceChildren();
    await openPopup(
      guidance((state) => (state.teams[0]!.contact!.link = 'https://intranet.acme.example/social')),
    );
    expect(openGmail().searchParams.has('to')).toBe(false);
  });

  it('speaks French: labels, brief and subject', async () => {
    const user = userEvent.setup();
    await openPopup(guidance(), 'fr');
    expect(plan().querySelector('h2')!.textContent).toBe('Préparer une demande');
    await user.type(field('what'), 'le catalogue');
    expect(hook('plan-preview').textContent).toBe(
      'Pourrait-on planifier une publication ensemble\u00a0?\n\nDe quoi il s’agit\u00a0: le catalogue',
    );
    expect(openGmail().searchParams.get('su')).toBe('Demande : une publication à planifier');
  });
});

describe('How we work', () => {
  const section = () => popup().querySelector<HTMLElement>('[data-bb="how-we-work"]');

  it('shows the team’s goals, networks, lead time, request form and contact, manager strings as text', async () => {
    await openPopup();
    const how = section()!;
    expect(how.querySelector('[data-bb="how-goals"]')!.textContent).toBe(
      'Grow sign-ups <b>from LinkedIn</b>',
    );
    expect(how.querySelector('b')).toBeNull();
    expect(how.querySelector('[data-bb="how-network"]')!.textContent).toBe('LinkedIn — Our buyers read it');
    expect(how.querySelector('[data-bb="how-lead-time"]')!.textContent).toContain('5 working days');
    const form = how.querySelector<HTMLAnchorElement>('a[data-bb="how-request-link"]')!;
    expect(form.getAttribute('href')).toBe('https://forms.acme.example/social');
    expect(how.querySelector('[data-bb="contact-link"]')!.getAttribute('href')).toBe(
      'mailto:social@acme.example',
    );
  });

  it('never makes a link of an unsafe address in stored guidance', async () => {
    await openPopup(
      guidance((state) => (state.teams[0]!.howWeWork!.requestLink!.url = 'javascript:alert(1)')),
    );
    expect(section()!.querySelector('[data-bb="how-request-link"]')).toBeNull();
    expect(section()!.textContent).toContain('Request form');
    expect(section()!.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('is not there when the team says nothing about how it works', async () => {
    await openPopup(guidance((state) => delete state.teams[0]!.howWeWork));
    expect(section()).toBeNull();
  });
});
