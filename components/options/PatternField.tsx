import { useMemo } from 'react';
import { checkPattern } from '../../lib/detect/index';
import type { Lang, SlotLists } from '../../lib/detect/types';
import { PATTERN_ERROR_FR } from '../../lib/guidance/pattern-messages';
import { to } from '../../lib/i18n/options-messages';
import { TextArea } from './fields';

/** Each non-empty line's compile error, with its line number (1-based, as the manager counts them). */
export function patternProblems(
  text: string,
  slots: SlotLists,
  lang: Lang,
): { line: number; column: number; message: string }[] {
  return text.split('\n').flatMap((raw, index) => {
    const pattern = raw.trim();
    if (pattern === '') return [];
    const error = checkPattern(pattern, slots);
    if (!error) return [];
    // The column counts in the line as typed, leading spaces included.
    const column = error.column + (raw.length - raw.trimStart().length);
    return [
      { line: index + 1, column, message: lang === 'fr' ? PATTERN_ERROR_FR[error.code] : error.message },
    ];
  });
}

/** A box of patterns, one per line, each compiled as the manager types, errors shown under the box. */
export function PatternField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  slots: SlotLists;
  lang: Lang;
  patternLang: Lang;
  bb: string;
}) {
  const { lang, slots, value } = props;
  const problems = useMemo(() => patternProblems(value, slots, lang), [value, slots, lang]);
  return (
    <TextArea
      label={props.label}
      value={value}
      onChange={props.onChange}
      rows={3}
      lang={props.patternLang}
      bb={props.bb}
    >
      {problems.length > 0 && (
        <ul className="bb-field-error" data-bb="pattern-error" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem.line}>
              {to(lang, 'patternLineError', {
                line: problem.line,
                column: problem.column,
                message: problem.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </TextArea>
  );
}
