import { useId } from 'react';
import type { BriefAnswers } from '../../lib/brief/compose';
import type { Lang } from '../../lib/detect/types';
import type { BriefTemplate } from '../../lib/guidance/schema';
import { tp } from '../../lib/i18n/popup-messages';

/** Answers are one line in the brief: a long paste would swamp it (the card sets the same limit). */
const ANSWER_MAX_LENGTH = 500;

/** The template's questions as labelled fields (`data-bb="brief-field"`, as in the page's card). */
export function BriefFields(props: {
  template: BriefTemplate;
  answers: BriefAnswers;
  lang: Lang;
  onChange: (id: string, value: string) => void;
}) {
  const prefix = useId();
  return (
    <div className="bb-brief-fields">
      {props.template.questions.map((question) => {
        const id = `${prefix}-${question.id}`;
        const common = {
          id,
          'data-bb': 'brief-field',
          'data-field': question.id,
          maxLength: ANSWER_MAX_LENGTH,
          'aria-required': question.required || undefined,
          value: props.answers[question.id] ?? '',
          onChange: (event: { target: { value: string } }) => props.onChange(question.id, event.target.value),
        };
        return (
          <div key={question.id} className="bb-brief-question">
            <label htmlFor={id}>
              {question.label[props.lang]}
              {question.required && <span className="bb-muted"> {tp(props.lang, 'required')}</span>}
            </label>
            {question.long ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
    </div>
  );
}
