import { type BriefAnswers, briefForDisplay, composeBrief, missingAnswers } from '../brief/compose';
import type { Suggestion } from '../content/suggestions';
import type { Lang } from '../detect/types';
import type { BriefTemplate } from '../guidance/schema';
import { tBrief } from '../i18n/brief-messages';
import { suggestionHead } from './card';
import { element, hookButton } from './element';

export interface BriefFormOptions {
  suggestion: Suggestion;
  template: BriefTemplate;
  /** What the engine could answer from the draft. */
  answers: BriefAnswers;
  uiLang: Lang;
  /** Puts the brief in the draft; resolves false when the editor refused it. */
  insert(answers: BriefAnswers): Promise<boolean>;
  cancel(): void;
}

/** Answers are one line in the brief: a long paste would swamp the message it goes into. */
const ANSWER_MAX_LENGTH = 500;

let formsMade = 0;

function readAnswers(fields: readonly (HTMLInputElement | HTMLTextAreaElement)[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.dataset.field!, field.value]));
}

/**
 * The brief builder of one suggestion: the template's questions (labels in the UI language, answers
 * in the draft's), a preview of the brief as it will read, Insert and Back. Insert checks the required
 * answers first; when the editor refuses the brief, the form stays and says so.
 */
export function createBriefForm(doc: Document, options: BriefFormOptions): HTMLFormElement {
  const { suggestion, template, uiLang } = options;
  const form = element(doc, 'form', 'brief-form');
  form.dataset.bb = 'brief-form';
  form.dataset.rule = suggestion.ruleId;
  form.noValidate = true;
  form.setAttribute('aria-label', tBrief(uiLang, 'formLabel'));
  const prefix = `bb-brief-${++formsMade}`;

  const fields = template.questions.map((question) => {
    let field: HTMLInputElement | HTMLTextAreaElement;
    if (question.long) {
      const area = element(doc, 'textarea', 'brief-input');
      area.rows = 2;
      field = area;
    } else {
      const input = element(doc, 'input', 'brief-input');
      input.type = 'text';
      field = input;
    }
    field.id = `${prefix}-${question.id}`;
    field.dataset.bb = 'brief-field';
    field.dataset.field = question.id;
    // Answers are written in the draft's language: the spell checker should know it.
    field.lang = suggestion.lang;
    field.maxLength = ANSWER_MAX_LENGTH;
    field.value = options.answers[question.id] ?? '';
    if (question.required) field.setAttribute('aria-required', 'true');
    const label = element(doc, 'label', 'brief-label', question.label[uiLang]);
    label.htmlFor = field.id;
    if (question.required) label.append(' ', element(doc, 'span', 'required', tBrief(uiLang, 'required')));
    const row = element(doc, 'div', 'brief-question');
    row.append(label, field);
    return { row, field };
  });

  const preview = element(doc, 'p', 'brief-preview');
  preview.dataset.bb = 'brief-preview';
  preview.lang = suggestion.lang;
  const missing = element(doc, 'p', 'brief-note');
  missing.dataset.bb = 'brief-missing';
  missing.setAttribute('role', 'alert');
  missing.hidden = true;
  const failed = element(doc, 'p', 'brief-note', tBrief(uiLang, 'insertFailed'));
  failed.dataset.bb = 'brief-failed';
  failed.setAttribute('role', 'status');
  failed.hidden = true;

  const insert = hookButton(doc, 'apply', 'brief-insert', tBrief(uiLang, 'insert'));
  insert.type = 'submit';
  const cancel = hookButton(doc, 'dismiss', 'brief-cancel', tBrief(uiLang, 'cancel'));
  cancel.addEventListener('click', () => options.cancel());
  const buttons = element(doc, 'div', 'actions');
  buttons.append(insert, cancel);

  const inputs = fields.map(({ field }) => field);
  const showPreview = () => {
    const brief = composeBrief(template, readAnswers(inputs), suggestion.lang);
    preview.textContent = briefForDisplay(brief, suggestion.lang);
  };
  showPreview();
  form.addEventListener('input', () => {
    showPreview();
    missing.hidden = true;
    failed.hidden = true;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (insert.disabled) return;
    const answers = readAnswers(inputs);
    const unanswered = missingAnswers(template, answers);
    if (unanswered.length > 0) {
      const labels = unanswered.map((question) => question.label[uiLang]).join(', ');
      missing.textContent = tBrief(uiLang, 'missing', { labels });
      missing.hidden = false;
      inputs.find((field) => field.dataset.field === unanswered[0]!.id)?.focus();
      return;
    }
    insert.disabled = true;
    void options.insert(answers).then(
      (inserted) => {
        insert.disabled = false;
        failed.hidden = inserted;
      },
      () => {
        insert.disabled = false;
        failed.hidden = false;
      },
    );
  });

  form.append(
    element(doc, 'p', 'label', tBrief(uiLang, 'writeBrief')),
    element(doc, 'p', 'brief-hint', tBrief(uiLang, 'formHint')),
    ...fields.map(({ row }) => row),
    element(doc, 'p', 'label', tBrief(uiLang, 'preview')),
    preview,
    missing,
    failed,
    buttons,
  );
  return form;
}

/** A suggestion shown as its brief builder: the words as written, then the form. */
export function renderBriefItem(
  doc: Document,
  suggestion: Suggestion,
  uiLang: Lang,
  form: HTMLFormElement,
): HTMLElement {
  const item = element(doc, 'li', 'suggestion');
  item.dataset.bb = 'suggestion';
  item.dataset.rule = suggestion.ruleId;
  item.append(...suggestionHead(doc, suggestion, uiLang), form);
  return item;
}
