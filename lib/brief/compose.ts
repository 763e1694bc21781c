import type { Lang } from '../detect/types';
import type { BriefTemplate } from '../guidance/schema';

/** The colleague's answers, by question id. */
export type BriefAnswers = Readonly<Record<string, string>>;

/**
 * 'paragraph': one paragraph, to go in place of a request inside a message (a chat sends on Enter,
 * and every editor takes one line through the same path as Replace). 'lines': the opening request,
 * a blank line, then one answer per line, for an email of its own or the clipboard.
 */
export type BriefLayout = 'paragraph' | 'lines';

const SENTENCE_END = /[.!?…]$/u;

/** An answer on one line: line breaks and runs of spaces become one space, a dangling , ; : goes. */
export function cleanAnswer(answer: string): string {
  return answer
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[,;:]+$/u, '')
    .trim();
}

/** A label as it introduces an answer: "What is it about?" reads "What is it about: …". */
function leadOf(label: string): string {
  return label.replace(/[\s?:：]+$/u, '');
}

/** The questions answered, in the template's order, with their cleaned answers. Empty ones are left out. */
export function answeredQuestions(template: BriefTemplate, answers: BriefAnswers, lang: Lang) {
  return template.questions.flatMap((question) => {
    const answer = cleanAnswer(answers[question.id] ?? '');
    return answer === '' ? [] : [{ id: question.id, lead: leadOf(question.label[lang]), answer }];
  });
}

/** The required questions left empty, in order. */
export function missingAnswers(template: BriefTemplate, answers: BriefAnswers) {
  return template.questions.filter(
    (question) => question.required && cleanAnswer(answers[question.id] ?? '') === '',
  );
}

/**
 * The brief in `lang`: the template's opening request, then "Label: answer" for every question
 * answered. A question left empty is left out, never printed as a blank. French puts a space before
 * the colon; the space is an ordinary one, which every editor keeps as typed.
 */
export function composeBrief(
  template: BriefTemplate,
  answers: BriefAnswers,
  lang: Lang,
  layout: BriefLayout = 'paragraph',
): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const intro = template.intro[lang].trim();
  const lines = answeredQuestions(template, answers, lang).map(
    ({ lead, answer }) => `${lead}${colon}${answer}`,
  );
  if (layout === 'lines') return lines.length === 0 ? intro : `${intro}\n\n${lines.join('\n')}`;
  const sentences = lines.map((line) => (SENTENCE_END.test(line) ? line : `${line}.`));
  return [intro, ...sentences].join(' ');
}

/**
 * The brief as shown on screen (previews): in French, a no-break space before ? ! : ; so that a line
 * never starts with one. What is inserted or copied keeps the ordinary spaces composeBrief gives.
 */
export function briefForDisplay(brief: string, lang: Lang): string {
  return lang === 'fr' ? brief.replace(/ (?=[?!:;»])/gu, '\u00a0') : brief;
}
