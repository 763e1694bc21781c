import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm, toContactLink } from '../../../../components/options/ContactForm';
import { setContact } from '../../../../components/options/pack-edits';
import { type Pack, packSchema, type Team } from '../../../../lib/guidance/schema';
import { validatePack } from '../../../../lib/guidance/validate';
import { examplePack } from '../../guidance/fixtures/packs';

const acme = (): Pack => packSchema.parse(examplePack());

function renderForm(team: Team, lang: 'en' | 'fr' = 'en') {
  const onCommit = vi.fn(async (_team: Team) => true);
  render(<ContactForm team={team} lang={lang} onCommit={onCommit} />);
  return onCommit;
}

describe('team contact', () => {
  it('turns a bare email address into a mailto: link and keeps safe links as written', () => {
    expect(toContactLink(' social@acme.example ')).toBe('mailto:social@acme.example');
    expect(toContactLink('https://intranet.acme.example/social')).toBe(
      'https://intranet.acme.example/social',
    );
    expect(toContactLink('mailto:camille@acme.example')).toBe('mailto:camille@acme.example');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'camille', 'ftp://acme.example', ''])
      expect(toContactLink(bad)).toBeUndefined();
  });

  it('sets and removes a contact, and the pack stays valid', () => {
    const team = acme().teams[0]!;
    const set = setContact(team, { name: 'Lou', link: 'mailto:lou@acme.example' });
    expect(set.contact).toEqual({ name: 'Lou', link: 'mailto:lou@acme.example' });
    const removed = setContact(set, undefined);
    expect('contact' in removed).toBe(false);
    const pack = acme();
    pack.teams[0] = removed;
    expect(validatePack(pack).ok).toBe(true);
  });

  it('saves what the manager types, an email address becoming a mailto: link', async () => {
    const user = userEvent.setup();
    const team = setContact(acme().teams[0]!, undefined);
    const onCommit = renderForm(team);
    await user.type(screen.getByLabelText('Name'), 'Camille');
    await user.type(screen.getByLabelText('Email address or link'), 'camille@acme.example');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit.mock.calls[0]![0].contact).toEqual({
      name: 'Camille',
      link: 'mailto:camille@acme.example',
    });
  });

  it('refuses a javascript: link or a missing name, saying so, and saves nothing', async () => {
    const user = userEvent.setup();
    const onCommit = renderForm(setContact(acme().teams[0]!, undefined), 'fr');
    await user.type(screen.getByLabelText('Adresse e-mail ou lien'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le contact' }));
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez un nom.')).toBeTruthy();
    expect(screen.getByText(/Écrivez une adresse e-mail/)).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail ou lien').getAttribute('aria-invalid')).toBe('true');
  });

  it('removes the contact in one click', async () => {
    const user = userEvent.setup();
    const onCommit = renderForm(acme().teams[0]!);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Camille (social media)');
    await user.click(screen.getByRole('button', { name: 'Remove contact' }));
    expect(onCommit.mock.calls[0]![0].contact).toBeUndefined();
  });
});
