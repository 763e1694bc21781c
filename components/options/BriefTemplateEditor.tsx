import { useId } from 'react';
import type { Lang } from '../../lib/detect/types';
import { BRIEF_PREFILLS } from '../../lib/guidance/schema';
import { tob } from '../../lib/i18n/brief-options-messages';
import { addQuestion, moveQuestion, type QuestionForm, type TemplateForm } from './brief-template-form';
import { Switch, TextField } from './fields';

/** The form for one rule's brief: opening request, subject, and the questions in order. */
export function BriefTemplateEditor(props: {
  form: TemplateForm;
  lang: Lang;
  onChange: (form: TemplateForm) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, lang, onChange } = props;
  const setQuestion = (index: number, change: Partial<QuestionForm>) =>
    onChange({
      ...form,
      questions: form.questions.map((question, i) => (i === index ? { ...question, ...change } : question)),
    });
  return (
    <form
      className="bb-rule-editor"
      noValidate
      data-bb="brief-template-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <div className="bb-pair">
        {(['en', 'fr'] as const).map((each) => (
          <TextField
            key={each}
            label={tob(lang, each === 'en' ? 'introEn' : 'introFr')}
            lang={each}
            value={form.intro[each]}
            bb={`brief-intro-${each}`}
            onChange={(text) => onChange({ ...form, intro: { ...form.intro, [each]: text } })}
          />
        ))}
      </div>
      <div className="bb-pair">
        {(['en', 'fr'] as const).map((each) => (
          <TextField
            key={each}
            label={tob(lang, each === 'en' ? 'subjectEn' : 'subjectFr')}
            lang={each}
            value={form.subject[each]}
            bb={`brief-subject-${each}`}
            onChange={(text) => onChange({ ...form, subject: { ...form.subject, [each]: text } })}
          />
        ))}
      </div>
      <ol className="bb-question-list">
        {form.questions.map((question, index) => (
          <QuestionRow
            // biome-ignore lint/suspicious/noArrayIndexKey: ids are being typed; the row's place is its identity.
            key={index}
            question={question}
            index={index}
            last={index === form.questions.length - 1}
            lang={lang}
            onChange={(change) => setQuestion(index, change)}
            onMove={(step) => onChange(moveQuestion(form, index, step))}
            onRemove={() => onChange({ ...form, questions: form.questions.filter((_, i) => i !== index) })}
          />
        ))}
      </ol>
      <div className="bb-row">
        <button
          type="button"
          className="bb-button"
          data-bb="add-question"
          onClick={() => onChange(addQuestion(form))}
        >
          {tob(lang, 'addQuestion')}
        </button>
        <button type="submit" className="bb-button bb-button--primary" data-bb="save-template">
          {tob(lang, 'saveTemplate')}
        </button>
        <button type="button" className="bb-button" data-bb="cancel-template" onClick={props.onCancel}>
          {tob(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}

function QuestionRow(props: {
  question: QuestionForm;
  index: number;
  last: boolean;
  lang: Lang;
  onChange: (change: Partial<QuestionForm>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { question, lang } = props;
  const prefillId = useId();
  const name = tob(lang, 'question', { number: props.index + 1 });
  return (
    <li className="bb-question" data-bb="brief-question" data-field={question.id}>
      <fieldset className="bb-checks">
        <legend>{name}</legend>
        <TextField
          label={tob(lang, 'questionId')}
          value={question.id}
          bb="question-id"
          onChange={(id) => props.onChange({ id })}
        />
        <div className="bb-pair">
          {(['en', 'fr'] as const).map((each) => (
            <TextField
              key={each}
              label={tob(lang, each === 'en' ? 'labelEn' : 'labelFr')}
              lang={each}
              value={question.label[each]}
              bb={`question-label-${each}`}
              onChange={(text) => props.onChange({ label: { ...question.label, [each]: text } })}
            />
          ))}
        </div>
        <div className="bb-row bb-question-options">
          <Switch
            label={tob(lang, 'required')}
            checked={question.required}
            bb="question-required"
            onChange={(required) => props.onChange({ required })}
          />
          <Switch
            label={tob(lang, 'long')}
            checked={question.long}
            bb="question-long"
            onChange={(long) => props.onChange({ long })}
          />
          <div className="bb-field bb-grow">
            <label htmlFor={prefillId}>{tob(lang, 'prefill')}</label>
            <select
              id={prefillId}
              data-bb="question-prefill"
              value={question.prefill}
              onChange={(event) => props.onChange({ prefill: event.target.value as QuestionForm['prefill'] })}
            >
              <option value="">{tob(lang, 'prefill-none')}</option>
              {BRIEF_PREFILLS.map((prefill) => (
                <option key={prefill} value={prefill}>
                  {tob(lang, `prefill-${prefill}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="bb-row">
          <button
            type="button"
            className="bb-button"
            data-bb="question-up"
            aria-label={`${tob(lang, 'moveUp')} — ${name}`}
            disabled={props.index === 0}
            onClick={() => props.onMove(-1)}
          >
            ↑ {tob(lang, 'moveUp')}
          </button>
          <button
            type="button"
            className="bb-button"
            data-bb="question-down"
            aria-label={`${tob(lang, 'moveDown')} — ${name}`}
            disabled={props.last}
            onClick={() => props.onMove(1)}
          >
            ↓ {tob(lang, 'moveDown')}
          </button>
          <button
            type="button"
            className="bb-button bb-button--danger"
            data-bb="remove-question"
            aria-label={`${tob(lang, 'removeQuestion')} — ${name}`}
            onClick={props.onRemove}
          >
            {tob(lang, 'removeQuestion')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
