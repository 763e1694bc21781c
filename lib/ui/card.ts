import type { Suggestion } from '../content/suggestions';
import type { Lang } from '../detect/types';
import { tBrief } from '../i18n/brief-messages';
import { tContent } from '../i18n/content-messages';
import { element, hookButton } from './element';

export interface CardActions {
  apply(suggestion: Suggestion): void;
  dismiss(suggestion: Suggestion): void;
  /** Opens the brief builder in place of the suggestion; absent where briefs are not offered. */
  brief?(suggestion: Suggestion): void;
  close(): void;
}

/** Identifies a suggestion across re-renders (its offsets move as the writer types before it). */
export function suggestionIdentity(suggestion: Suggestion): string {
  return `${suggestion.ruleId}\u0000${suggestion.phrase}`;
}

/** The card's frame: a non-modal dialog with a title and a close button. The list is filled separately. */
export function createCard(
  doc: Document,
  lang: Lang,
  onClose: () => void,
): { card: HTMLElement; list: HTMLElement } {
  const card = element(doc, 'div', 'card');
  card.dataset.bb = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', tContent(lang, 'cardLabel'));
  card.hidden = true;
  const head = element(doc, 'div', 'card-head');
  head.append(element(doc, 'span', 'card-title', tContent(lang, 'cardTitle')));
  const close = element(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', tContent(lang, 'close'));
  close.addEventListener('click', onClose);
  head.append(close);
  const list = element(doc, 'ol', 'list');
  card.append(head, list);
  return { card, list };
}

function reportLinks(doc: Document, suggestion: Suggestion, lang: Lang): HTMLElement {
  if (suggestion.reports.length === 0) return element(doc, 'p', 'no-reports', tContent(lang, 'noReports'));
  const list = element(doc, 'ul', 'reports');
  for (const report of suggestion.reports) {
    const item = doc.createElement('li');
    const link = element(doc, 'a', '', report.title[lang]);
    link.dataset.bb = 'report';
    link.href = report.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    item.append(link);
    list.append(item);
  }
  const wrapper = doc.createElement('div');
  wrapper.append(element(doc, 'p', 'label', tContent(lang, 'reports')), list);
  return wrapper;
}

export function renderSuggestion(
  doc: Document,
  suggestion: Suggestion,
  lang: Lang,
  actions: CardActions,
): HTMLElement {
  const item = element(doc, 'li', 'suggestion');
  item.dataset.bb = 'suggestion';
  item.dataset.rule = suggestion.ruleId;

  const why = element(doc, 'p', 'why', suggestion.why);
  why.dataset.bb = 'why';
  const rewrite = element(doc, 'p', 'rewrite', suggestion.rewrite ?? tContent(lang, 'noRewrite'));
  rewrite.dataset.bb = 'rewrite';

  const apply = hookButton(doc, 'apply', 'apply', tContent(lang, 'apply'));
  apply.setAttribute('aria-label', tContent(lang, 'applyLabel', { phrase: suggestion.phrase }));
  apply.disabled = suggestion.rewrite === undefined;
  apply.addEventListener('click', () => actions.apply(suggestion));

  const dismiss = hookButton(doc, 'dismiss', 'dismiss', tContent(lang, 'dismiss'));
  dismiss.setAttribute('aria-label', tContent(lang, 'dismissLabel', { phrase: suggestion.phrase }));
  dismiss.addEventListener('click', () => actions.dismiss(suggestion));

  const buttons = element(doc, 'div', 'actions');
  buttons.append(apply, dismiss);
  const { brief } = actions;
  if (brief) {
    const write = hookButton(doc, 'write-brief', 'brief', tBrief(lang, 'writeBrief'));
    write.setAttribute('aria-label', tBrief(lang, 'writeBriefLabel', { phrase: suggestion.phrase }));
    write.addEventListener('click', () => brief(suggestion));
    buttons.append(write);
  }
  item.append(...suggestionHead(doc, suggestion, lang));
  item.append(
    element(doc, 'p', 'label', tContent(lang, 'why')),
    why,
    element(doc, 'p', 'label', tContent(lang, 'better')),
    rewrite,
    reportLinks(doc, suggestion, lang),
    buttons,
  );
  return item;
}

/** The rule's title and the words as written: the top of a suggestion, in either of its forms. */
export function suggestionHead(doc: Document, suggestion: Suggestion, lang: Lang): HTMLElement[] {
  const phrase = element(doc, 'p', 'phrase', tContent(lang, 'quoted', { phrase: suggestion.phrase }));
  phrase.dataset.bb = 'phrase';
  return [
    element(doc, 'p', 'rule-title', suggestion.title),
    element(doc, 'p', 'label', tContent(lang, 'youWrote')),
    phrase,
  ];
}

/** Said in the suggestion's item when the editor refused its Replace (announced: role=status). */
export function applyFailedNote(doc: Document, lang: Lang): HTMLElement {
  const note = element(doc, 'p', 'apply-failed', tContent(lang, 'applyFailed'));
  note.dataset.bb = 'apply-failed';
  note.setAttribute('role', 'status');
  return note;
}
