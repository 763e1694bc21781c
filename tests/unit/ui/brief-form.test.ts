import { describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../../lib/content/suggestions';
import type { BriefTemplate } from '../../../lib/guidance/schema';
import { createBriefForm } from '../../../lib/ui/brief-form';

const suggestion: Suggestion = {
  ruleId: 'story-now',
  start: 0,
  end: 10,
  phrase: 'story now!',
  rewrite: undefined,
  why: 'why',
  title: 'Story',
  reports: [],
  lang: 'fr',
  source: 'pattern',
};

const template: BriefTemplate = {
  intro: { en: 'Could we plan a story?', fr: 'Peut-on prévoir une story ?' },
  questions: [
    { id: 'what', label: { en: '<img src=x onerror=alert(1)>What', fr: 'Quoi' }, required: true, long: true },
    { id: 'when', label: { en: 'When', fr: 'Quand' }, required: false, long: false },
  ],
};

function form(insert = vi.fn(async () => true)) {
  const element = createBriefForm(document, {
    suggestion,
    template,
    answers: { when: 'vendredi 4 décembre' },
    uiLang: 'en',
    insert,
    cancel: vi.fn(),
  });
  document.body.replaceChildren(element);
  const field = (id: string) =>
    element.querySelector<HTMLInputElement>(`[data-bb="brief-field"][data-field="${id}"]`)!;
  const hook = (name: string) => element.querySelector<HTMLElement>(`[data-bb="${name}"]`)!;
  return { element, field, hook, insert };
}

describe('the brief form', () => {
  it('asks the template’s questions in order, labels as text in the UI language, answers pre-filled', () => {
    const { element, field } = form();
    const labels = [...element.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual(['<img src=x onerror=alert(1)>What (required)', 'When']);
    expect(element.querySelector('img')).toBeNull();
    expect(field('what').tagName).toBe('TEXTAREA');
    expect(field('when').value).toBe('vendredi 4 décembre');
    expect(field('when').lang).toBe('fr');
    expect(element.dataset.rule).toBe('story-now');
  });

  it('previews the brief in the draft’s language as the answers change', () => {
    const { field, hook } = form();
    expect(hook('brief-preview').textContent).toBe(
      'Peut-on prévoir une story\u00a0? Quand\u00a0: vendredi 4 décembre.',
    );
    field('what').value = 'la vidéo';
    field('what').dispatchEvent(new Event('input', { bubbles: true }));
    expect(hook('brief-preview').textContent).toBe(
      'Peut-on prévoir une story\u00a0? Quoi\u00a0: la vidéo. Quand\u00a0: vendredi 4 décembre.',
    );
  });

  it('says which required answer is missing instead of inserting', () => {
    const { element, hook, insert } = form();
    element.requestSubmit();
    expect(insert).not.toHaveBeenCalled();
    expect(hook('brief-missing').hidden).toBe(false);
    expect(hook('brief-missing').textContent).toBe('Please answer: <img src=x onerror=alert(1)>What.');
  });

  it('inserts the answers, and says so when the editor refused', async () => {
    const insert = vi.fn(async () => false);
    const { element, field, hook } = form(insert);
    field('what').value = 'la vidéo';
    element.requestSubmit();
    expect(insert).toHaveBeenCalledWith({ what: 'la vidéo', when: 'vendredi 4 décembre' });
    await vi.waitFor(() => expect(hook('brief-failed').hidden).toBe(false));
    expect(hook('brief-failed').getAttribute('role')).toBe('status');
  });
});
