import { fireEvent, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { GUIDANCE_KEY, type GuidanceState } from '../../../../lib/guidance/resolved';
import { getActivePack } from '../../../../lib/store/packs';
import { freshProfile } from '../../store/reset';

/**
 * The options page's brief editors: each rule's brief (questions, order, labels, required) and the
 * team's "How we work", saved with the pack (refusals named by field path), and the live tester's brief.
 */
const hook = (name: string, scope: ParentNode = document) =>
  scope.querySelector<HTMLElement & { value: string }>(`[data-bb="${name}"]`);
const stored = async () =>
  (await fakeBrowser.storage.local.get(GUIDANCE_KEY))[GUIDANCE_KEY] as GuidanceState | undefined;
const storedTeam = async () => (await stored())?.teams[0];

/** Sets a field's text as a paste would (user-event's per-key typing garbles controlled fields in happy-dom). */
const typeInto = (field: HTMLElement | null, text: string) =>
  fireEvent.change(field!, { target: { value: text } });

const templateRow = (ruleId: string) =>
  document.querySelector<HTMLElement>(`[data-bb="brief-template-editor"][data-rule="${ruleId}"]`)!;
const questionIds = (scope: ParentNode) =>
  [...scope.querySelectorAll<HTMLElement>('[data-bb="brief-question"]')].map((row) => row.dataset.field);

async function renderPage(lang: 'en' | 'fr' = 'en') {
  render(<OptionsPage lang={lang} />);
  await waitFor(() => expect(hook('teams')).toBeTruthy());
}

async function editTemplate(ruleId: string) {
  await userEvent.click(hook('edit-template', templateRow(ruleId))!);
  return hook('brief-template-form', templateRow(ruleId))!;
}

beforeEach(() => freshProfile());

describe('options page: the brief each rule asks for', () => {
  it('lists a brief for every rule in force, with where it comes from and its questions', async () => {
    await renderPage();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-bb="brief-template-editor"]')];
    expect(rows.map((row) => row.dataset.rule)).toEqual(['post-now', 'go-viral', 'new-network', 'roi']);
    expect(templateRow('post-now').textContent).toContain('built-in');
    expect(templateRow('post-now').textContent).toContain('7 questions: What it is about · Why it matters');
  });

  it('reorders, removes and adds questions; Save puts the team’s brief in force; Back to the default undoes it', async () => {
    await renderPage();
    const form = await editTemplate('post-now');
    expect(questionIds(form)).toEqual([
      'what',
      'audience',
      'network',
      'earliest',
      'latest',
      'assets',
      'contact',
    ]);
    const row = (id: string) =>
      form.querySelector<HTMLElement>(`[data-bb="brief-question"][data-field="${id}"]`)!;
    await userEvent.click(hook('question-up', row('network'))!);
    await userEvent.click(hook('remove-question', row('assets'))!);
    await userEvent.click(hook('add-question', form)!);
    const added = form.querySelectorAll<HTMLElement>('[data-bb="brief-question"]')[6]!;
    typeInto(hook('question-id', added), 'budget');
    typeInto(hook('question-label-en', added), 'Budget');
    typeInto(hook('question-label-fr', added), 'Budget');
    await userEvent.click(hook('question-required', added)!);
    typeInto(hook('brief-intro-en', form), 'Could we plan this post?');
    await userEvent.click(hook('save-template', form)!);

    await waitFor(async () =>
      expect(
        (await storedTeam())?.briefTemplates?.['post-now']?.questions.map((question) => question.id),
      ).toEqual(['what', 'network', 'audience', 'earliest', 'latest', 'contact', 'budget']),
    );
    const saved = (await storedTeam())!.briefTemplates!['post-now']!;
    expect(saved.intro.en).toBe('Could we plan this post?');
    expect(saved.questions.at(-1)).toEqual({
      id: 'budget',
      label: { en: 'Budget', fr: 'Budget' },
      required: true,
      long: false,
    });
    await waitFor(() => expect(hook('brief-template-form')).toBeNull());
    expect(templateRow('post-now').textContent).toContain('this team’s');

    await userEvent.click(hook('reset-template', templateRow('post-now'))!);
    await waitFor(async () =>
      expect((await storedTeam())?.briefTemplates?.['post-now']?.intro.en).toBe(
        'Could we plan a post together?',
      ),
    );
    expect((await getActivePack()).pack.teams[0]).not.toHaveProperty('briefTemplates');
  });

  it('refuses a label missing in French, naming it by its path, and keeps the edits in the form', async () => {
    await renderPage();
    const form = await editTemplate('roi');
    const first = form.querySelector<HTMLElement>('[data-bb="brief-question"]')!;
    typeInto(hook('question-label-fr', first), '');
    typeInto(hook('question-label-en', first), 'The business goal, in one line');
    await userEvent.click(hook('save-template', form)!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain('teams[0].briefTemplates.roi.questions[0].label.fr');
    expect(hook('import-error')!.textContent).toContain('your edits are still here');
    expect(hook('question-label-en', first)!.value).toBe('The business goal, in one line');
    expect((await getActivePack()).source).toBe('builtin');
  });

  it('refuses two questions with the same id, naming the second', async () => {
    await renderPage();
    const form = await editTemplate('new-network');
    const second = form.querySelectorAll<HTMLElement>('[data-bb="brief-question"]')[1]!;
    typeInto(hook('question-id', second), 'network');
    await userEvent.click(hook('save-template', form)!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain(
      'teams[0].briefTemplates.new-network.questions[1].id — The id "network" is used twice',
    );
  });

  it('Cancel closes the form and leaves the brief in force as it was', async () => {
    await renderPage();
    const form = await editTemplate('go-viral');
    typeInto(hook('brief-intro-en', form), 'Changed');
    await userEvent.click(hook('cancel-template', form)!);
    expect(hook('brief-template-form')).toBeNull();
    expect((await getActivePack()).source).toBe('builtin');
  });
});

describe('options page: “How we work”', () => {
  it('saves goals, networks and why, lead time and the request form; the popup gets them', async () => {
    await renderPage();
    const editor = hook('how-we-work-editor')!;
    typeInto(hook('goals-en', editor), 'More sign-ups from LinkedIn');
    typeInto(hook('goals-fr', editor), 'Plus d’inscriptions via LinkedIn');
    await userEvent.click(hook('add-network', editor)!);
    const network = hook('network-row', editor)!;
    typeInto(hook('network-name', network), 'LinkedIn');
    typeInto(hook('network-why-en', network), 'Our buyers are there');
    typeInto(hook('network-why-fr', network), 'Nos acheteurs y sont');
    typeInto(hook('lead-time-en', editor), '5 working days');
    typeInto(hook('lead-time-fr', editor), '5 jours ouvrés');
    typeInto(hook('request-label-en', editor), 'Request form');
    typeInto(hook('request-label-fr', editor), 'Formulaire de demande');
    typeInto(hook('request-url', editor), 'https://forms.acme.example/social');
    await userEvent.click(hook('save-how-we-work', editor)!);
    await waitFor(async () =>
      expect((await storedTeam())?.howWeWork).toEqual({
        goals: { en: 'More sign-ups from LinkedIn', fr: 'Plus d’inscriptions via LinkedIn' },
        networks: [{ name: 'LinkedIn', why: { en: 'Our buyers are there', fr: 'Nos acheteurs y sont' } }],
        leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
        requestLink: {
          label: { en: 'Request form', fr: 'Formulaire de demande' },
          url: 'https://forms.acme.example/social',
        },
      }),
    );
    // What was saved is what the form shows, and it can be removed again.
    await waitFor(() => expect(hook('goals-fr')!.value).toBe('Plus d’inscriptions via LinkedIn'));
    // Remove shows once the saved block has come back from storage (the form alone does not show it).
    const remove = await waitFor(() => {
      const button = hook('remove-how-we-work');
      expect(button).toBeTruthy();
      return button!;
    });
    await userEvent.click(remove);
    await waitFor(async () => expect((await storedTeam())?.howWeWork).toBeUndefined());
    await waitFor(() => expect(hook('goals-en')!.value).toBe(''));
  });

  it('refuses a text typed in one language only, naming it by its path, and keeps it', async () => {
    await renderPage();
    typeInto(hook('lead-time-en'), '5 working days');
    await userEvent.click(hook('save-how-we-work')!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain('teams[0].howWeWork.leadTime.fr');
    expect(hook('lead-time-en')!.value).toBe('5 working days');
  });

  it('flags a javascript: request link as typed, and refuses it on save by its path', async () => {
    await renderPage();
    typeInto(hook('request-label-en'), 'Form');
    typeInto(hook('request-label-fr'), 'Formulaire');
    typeInto(hook('request-url'), 'javascript:alert(1)');
    expect(hook('how-we-work-editor')!.textContent).toContain('Use an https://, http:// or mailto: address.');
    await userEvent.click(hook('save-how-we-work')!);
    await waitFor(() =>
      expect(hook('import-error')!.textContent).toContain(
        'teams[0].howWeWork.requestLink.url — Links must start with',
      ),
    );
    expect((await getActivePack()).source).toBe('builtin');
  });
});

describe('options page: the tester’s brief', () => {
  const DRAFT = 'The spring catalogue is ready. Could you post it on LinkedIn immediately?';

  it('shows the brief a sample draft would get, and follows a brief being edited before it is saved', async () => {
    await renderPage();
    typeInto(hook('tester-input'), DRAFT);
    await waitFor(() => expect(hook('tester-brief')).toBeTruthy(), { timeout: 5000 });
    expect(hook('tester-brief')!.textContent).toBe(
      'Could we plan a post together? What it is about: The spring catalogue is ready. Where to post it: LinkedIn.',
    );

    const form = await editTemplate('post-now');
    typeInto(hook('brief-intro-en', form), 'Can we talk about a post?');
    const network = form.querySelector<HTMLElement>('[data-bb="brief-question"][data-field="network"]')!;
    typeInto(hook('question-label-en', network), 'Network');
    // The tester picks up form edits once typing pauses (300 ms).
    await waitFor(
      () =>
        expect(hook('tester-brief')!.textContent).toBe(
          'Can we talk about a post? What it is about: The spring catalogue is ready. Network: LinkedIn.',
        ),
      { timeout: 5000 },
    );
    await userEvent.click(hook('cancel-template')!);
    await waitFor(
      () => expect(hook('tester-brief')!.textContent).toMatch(/^Could we plan a post together\?/),
      {
        timeout: 5000,
      },
    );
  }, 20_000);
});

describe('options page in French', () => {
  it('speaks French in the brief editors and names a refused field in French', async () => {
    await renderPage('fr');
    expect(within(templateRow('post-now')).getByRole('button', { name: /Modifier le brief/ })).toBeTruthy();
    expect(templateRow('post-now').textContent).toContain('intégré');
    expect(hook('how-we-work-editor')!.querySelector('h3')!.textContent).toBe('Notre façon de travailler');
    typeInto(hook('goals-fr'), 'Plus d’inscriptions');
    await userEvent.click(hook('save-how-we-work')!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain('teams[0].howWeWork.goals.en');
    expect(hook('import-error')!.textContent).toContain('Ne doit pas être vide');
  });
});
