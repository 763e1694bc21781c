import { composeBrief } from '../brief/compose';
import { type DraftEdit, fitBrief } from '../brief/fit';
import { prefillBrief } from '../brief/prefill';
import { briefTemplateFor } from '../brief/templates';
import type { Suggestion } from '../content/suggestions';
import type { Lang } from '../detect/types';
import type { BriefTemplate } from '../guidance/schema';
import { createBriefForm } from './brief-form';

/** What the page's runtime gives the card so that it can write briefs for the active compose box. */
export interface BriefSupport {
  /** The team's brief templates by rule id (absent in guidance stored by older versions). */
  templates: Readonly<Record<string, BriefTemplate>> | undefined;
  /** The team's `network` slot list, to find the network a draft names. */
  networks: readonly string[];
  /** The compose box's text as of now. */
  draftText(): string;
  /** Puts the brief in the draft through the editor's own path; false when it refused. */
  insert(suggestion: Suggestion, edit: DraftEdit): Promise<boolean>;
  /** Opens the popup's "How we work" section; absent when the team has none. */
  openHowWeWork?(): void;
}

/**
 * The brief builder for a suggestion, pre-filled from the draft. At Insert time it works from the
 * draft and the suggestion as they are then (`current`), not as they were when the form opened.
 */
export function briefFormFor(
  doc: Document,
  suggestion: Suggestion,
  others: readonly Suggestion[],
  support: BriefSupport,
  uiLang: Lang,
  { current, cancel }: { current: () => Suggestion | undefined; cancel: () => void },
): HTMLFormElement {
  const template = briefTemplateFor(support.templates, suggestion.ruleId);
  const text = support.draftText();
  const found = text.slice(suggestion.start, suggestion.end) === suggestion.phrase;
  const answers = prefillBrief(
    template,
    found ? { text, start: suggestion.start, end: suggestion.end } : undefined,
    {
      lang: suggestion.lang,
      now: new Date(),
      networks: support.networks,
      reports: suggestion.reports,
      avoid: others.filter((other) => other !== suggestion),
    },
  );
  return createBriefForm(doc, {
    suggestion,
    template,
    answers,
    uiLang,
    cancel,
    insert: async (given) => {
      const now = current();
      if (!now) return false;
      const brief = composeBrief(template, given, now.lang);
      const edit = fitBrief(brief, { text: support.draftText(), start: now.start, end: now.end });
      return support.insert(now, edit);
    },
  });
}
