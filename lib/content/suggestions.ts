import type { Lang, Match } from '../detect/types';
import { isSafeLink } from '../guidance/links';
import type { ResolvedRule } from '../guidance/resolved';
import { fillRewrite, matchCase } from '../guidance/rewrite';
import type { Report } from '../guidance/schema';

/** One open suggestion, everything the card shows about it. Strings are plain text, never HTML. */
export interface Suggestion {
  ruleId: string;
  start: number;
  end: number;
  /** The words as written in the draft. */
  phrase: string;
  /** The better request in the phrase's language, or undefined when no rewrite fits the captures. */
  rewrite: string | undefined;
  /** Why the request lands badly, in the UI language. */
  why: string;
  title: string;
  reports: Report[];
  /** The language the phrase was written in. */
  lang: Lang;
}

/**
 * Turns the engine's matches into suggestions: the rewrite follows the language of the phrase (a French
 * phrase gets the French rewrite) and its capitalisation; the explanation follows the UI language.
 */
export function toSuggestions(
  text: string,
  matches: readonly Match[],
  rules: ReadonlyMap<string, ResolvedRule>,
  uiLanguage: Lang,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const match of matches) {
    const rule = rules.get(match.ruleId);
    if (!rule) continue;
    const phrase = text.slice(match.start, match.end);
    const filled = fillRewrite(rule.rewrites[match.lang], match.captures);
    suggestions.push({
      ruleId: rule.id,
      start: match.start,
      end: match.end,
      phrase,
      rewrite: filled === undefined ? undefined : matchCase(filled, phrase, text.slice(0, match.start)),
      why: rule.why[uiLanguage],
      title: rule.title[uiLanguage],
      reports: rule.reports.filter((report) => isSafeLink(report.url)),
      lang: match.lang,
    });
  }
  return suggestions;
}
