import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  formToTemplate,
  moveQuestion,
  templateToForm,
} from '../../../../components/options/brief-template-form';
import { formToHowWeWork, howWeWorkToForm } from '../../../../components/options/how-we-work-form';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import { howWeWorkSchema } from '../../../../lib/guidance/schema';

const postNow = () => structuredClone(BUILTIN_PACK.teams[0]!.briefTemplates!['post-now']!);
const ids = (form: ReturnType<typeof templateToForm>) => form.questions.map((question) => question.id);

describe('the brief template form', () => {
  it('turns a template into boxes and back into the same template', () => {
    expect(formToTemplate(templateToForm(postNow()))).toEqual(postNow());
  });

  it('trims what was typed and leaves out a subject typed in neither language', () => {
    const form = templateToForm(postNow());
    form.intro.en = '  Could we plan a post?  ';
    form.subject = { en: ' ', fr: '' };
    form.questions[0]!.prefill = '';
    const template = formToTemplate(form);
    expect(template.intro.en).toBe('Could we plan a post?');
    expect(template).not.toHaveProperty('subject');
    expect(template.questions[0]).not.toHaveProperty('prefill');
  });

  it('keeps a subject typed in one language only, so that saving names the missing one', () => {
    const form = templateToForm(postNow());
    form.subject = { en: 'Post request', fr: '' };
    expect(formToTemplate(form).subject).toEqual({ en: 'Post request', fr: '' });
  });

  it('moves a question up and down, and nothing moves past either end', () => {
    const form = templateToForm(postNow());
    const [first, second] = ids(form);
    expect(ids(moveQuestion(form, 0, 1)).slice(0, 2)).toEqual([second, first]);
    expect(ids(moveQuestion(form, 1, -1)).slice(0, 2)).toEqual([second, first]);
    expect(moveQuestion(form, 0, -1)).toBe(form);
    expect(moveQuestion(form, form.questions.length - 1, 1)).toBe(form);
    expect(ids(form).slice(0, 2)).toEqual([first, second]);
  });

  it('adds an empty question with an id not taken yet', () => {
    const form = templateToForm(postNow());
    form.questions.push({ ...form.questions[0]!, id: `question-${form.questions.length + 1}` });
    const added = addQuestion(form);
    expect(added.questions.at(-1)).toEqual({
      id: `question-${form.questions.length + 1}`,
      label: { en: '', fr: '' },
      required: false,
      long: false,
      prefill: '',
    });
    expect(new Set(ids(added)).size).toBe(added.questions.length);
  });
});

describe('the “How we work” form', () => {
  const block = howWeWorkSchema.parse({
    goals: { en: 'Grow sign-ups from LinkedIn', fr: 'Plus d’inscriptions via LinkedIn' },
    networks: [{ name: 'LinkedIn', why: { en: 'Our buyers are there', fr: 'Nos acheteurs y sont' } }],
    leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
    requestLink: {
      label: { en: 'Request form', fr: 'Formulaire' },
      url: 'https://forms.acme.example/social',
    },
  });

  it('turns the block into boxes and back into the same block', () => {
    expect(formToHowWeWork(howWeWorkToForm(block))).toEqual(block);
  });

  it('gives nothing when nothing is filled in, so that saving removes the block', () => {
    const form = howWeWorkToForm(undefined);
    form.networks.push({ name: '  ', why: { en: '', fr: '' } });
    form.goals.en = '   ';
    expect(formToHowWeWork(form)).toBeUndefined();
  });

  it('keeps a text typed in one language only, and a link without its name, for saving to name', () => {
    const form = howWeWorkToForm(undefined);
    form.goals.en = 'More sign-ups';
    form.requestUrl = ' https://forms.acme.example ';
    form.networks.push({ name: 'Threads', why: { en: '', fr: '' } });
    expect(formToHowWeWork(form)).toEqual({
      goals: { en: 'More sign-ups', fr: '' },
      networks: [{ name: 'Threads', why: { en: '', fr: '' } }],
      requestLink: { label: { en: '', fr: '' }, url: 'https://forms.acme.example' },
    });
  });
});
