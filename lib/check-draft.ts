import { type Suggestion, toSuggestions } from './content/suggestions';
import type { Lang } from './detect/types';
import { type CompiledTeam, compileTeam } from './guidance/compile-team';
import type { ResolvedTeam } from './guidance/resolved';

export interface DraftCheck {
  /** The same suggestions the in-page card shows for this text. */
  suggestions: Suggestion[];
  /** The draft with every suggestion that has a rewrite applied. */
  improved: string;
  /** Rules left out because a pattern of theirs does not compile (as the page leaves them out). */
  skipped: readonly string[];
}

// Compiling a team's rules is the costly part; a team object only changes when the guidance does.
const compiledByTeam = new WeakMap<ResolvedTeam, CompiledTeam>();

function compiledFor(team: ResolvedTeam): CompiledTeam {
  let compiled = compiledByTeam.get(team);
  if (!compiled) {
    compiled = compileTeam(team);
    compiledByTeam.set(team, compiled);
  }
  return compiled;
}

/**
 * Checks a pasted draft with the engine, guidance and suggestion builder of the content script, so
 * that the popup never disagrees with Gmail. Pure: the text goes in and comes out, nothing is kept.
 */
export function checkDraft(text: string, team: ResolvedTeam, uiLanguage: Lang): DraftCheck {
  const compiled = compiledFor(team);
  const suggestions = toSuggestions(text, compiled.find(text), compiled.rules, uiLanguage);
  return { suggestions, improved: applyAll(text, suggestions), skipped: compiled.skipped };
}

/**
 * Replaces every suggestion that has a rewrite. The engine never returns overlapping matches; should
 * it, the one that starts first wins (as in the engine) rather than garbling the text.
 */
export function applyAll(text: string, suggestions: readonly Suggestion[]): string {
  const kept: Suggestion[] = [];
  let lastEnd = 0;
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start)) {
    if (suggestion.rewrite === undefined || suggestion.start < lastEnd) continue;
    kept.push(suggestion);
    lastEnd = suggestion.end;
  }
  // From the end, so that earlier offsets stay valid.
  let improved = text;
  for (const suggestion of kept.reverse()) {
    improved = improved.slice(0, suggestion.start) + suggestion.rewrite + improved.slice(suggestion.end);
  }
  return improved;
}
