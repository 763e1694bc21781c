import { requestStart } from '../detect/clause-start';
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
  /** What caught it: a pattern, or the classifier (reworded requests). */
  source: 'pattern' | 'model';
  /** The classifier's probability, when it caught it. */
  score?: number;
}

/** Up to three words, then the sentence's end marks, on the same line. */
const SENTENCE_TAIL = /^(?:[^\S\n]*[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*){0,3}[^\S\n]*[?!.…]+/u;

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
    // The classifier's hits already cover the request's clause; a pattern's match may start mid-clause.
    const start = match.source === 'model' ? match.start : requestStart(text, match.start);
    const filled = fillRewrite(rule.rewrites[match.lang], match.captures);
    // A rewrite that brings its own ? ! or . takes the place of the writer's, not a second one ("…??"),
    // with the few words the pattern left before it ("…in a story today?" would end "…week? today?").
    const ownEnd = filled !== undefined && /[?!.…]$/u.test(filled);
    const end = match.end + (ownEnd ? (SENTENCE_TAIL.exec(text.slice(match.end))?.[0].length ?? 0) : 0);
    const phrase = text.slice(start, end);
    suggestions.push({
      ruleId: rule.id,
      start,
      end,
      phrase,
      rewrite: filled === undefined ? undefined : matchCase(filled, phrase, text.slice(0, start)),
      why: rule.why[uiLanguage],
      title: rule.title[uiLanguage],
      reports: rule.reports.filter((report) => isSafeLink(report.url)),
      lang: match.lang,
      source: match.source ?? 'pattern',
      ...(match.score === undefined ? {} : { score: match.score }),
    });
  }
  return suggestions;
}
