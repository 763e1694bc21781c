import type { Lang } from '../../lib/detect/types';
import type { BriefPrefill, BriefTemplate } from '../../lib/guidance/schema';

/** One question as the form holds it. */
export interface QuestionForm {
  id: string;
  label: Record<Lang, string>;
  required: boolean;
  long: boolean;
  prefill: BriefPrefill | '';
}

/** A brief template as the form holds it: exactly what was typed. */
export interface TemplateForm {
  intro: Record<Lang, string>;
  subject: Record<Lang, string>;
  questions: QuestionForm[];
}

export function templateToForm(template: BriefTemplate): TemplateForm {
  return {
    intro: { ...template.intro },
    subject: { ...(template.subject ?? { en: '', fr: '' }) },
    questions: template.questions.map((question) => ({
      id: question.id,
      label: { ...question.label },
      required: question.required,
      long: question.long,
      prefill: question.prefill ?? '',
    })),
  };
}

/** The template the form describes. Not validated here: saving names every problem by its path. */
export function formToTemplate(form: TemplateForm): BriefTemplate {
  const subject = { en: form.subject.en.trim(), fr: form.subject.fr.trim() };
  return {
    intro: { en: form.intro.en.trim(), fr: form.intro.fr.trim() },
    ...(subject.en !== '' || subject.fr !== '' ? { subject } : {}),
    questions: form.questions.map((question) => ({
      id: question.id.trim(),
      label: { en: question.label.en.trim(), fr: question.label.fr.trim() },
      required: question.required,
      long: question.long,
      ...(question.prefill ? { prefill: question.prefill } : {}),
    })),
  };
}

/** Moves a question up (-1) or down (+1); at either end nothing moves. */
export function moveQuestion(form: TemplateForm, index: number, step: -1 | 1): TemplateForm {
  const target = index + step;
  if (target < 0 || target >= form.questions.length) return form;
  const questions = [...form.questions];
  [questions[index], questions[target]] = [questions[target]!, questions[index]!];
  return { ...form, questions };
}

/** Adds an empty question with an id not used yet (question-2, question-3…). */
export function addQuestion(form: TemplateForm): TemplateForm {
  const taken = new Set(form.questions.map((question) => question.id));
  let number = form.questions.length + 1;
  while (taken.has(`question-${number}`)) number += 1;
  const question: QuestionForm = {
    id: `question-${number}`,
    label: { en: '', fr: '' },
    required: false,
    long: false,
    prefill: '',
  };
  return { ...form, questions: [...form.questions, question] };
}
