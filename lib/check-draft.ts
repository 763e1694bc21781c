import { type Suggestion, toSuggestions } from './content/suggestions';
import type { Lang } from './detect/types';
import { type CompiledTeam, compileTeam, compileTeamInSlices } from './guidance/compile-team';
import type { ModelKit } from './guidance/model-kit';
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
const compiledByTeam = new WeakMap<
  ResolvedTeam,
  { patterns: CompiledTeam; withModel: WeakMap<ModelKit, CompiledTeam> }
>();

const preparing = new WeakMap<ResolvedTeam, Promise<void>>();

/**
 * Compiles a team for checkDraft ahead of time, in short slices: the popup and the options page
 * start this when a team arrives, so that a compile (about 100 ms with the built-in rules) never
 * holds them for one long task; `alreadyCompiled` may hand over the background's compiled form
 * instead (compiledTeamFromStorage). Rejects as compileTeam throws (a team over the engine's budget).
 */
export function prepareDraftCheck(
  team: ResolvedTeam,
  alreadyCompiled: (team: ResolvedTeam) => Promise<CompiledTeam | undefined> = async () => undefined,
): Promise<void> {
  if (compiledByTeam.has(team)) return Promise.resolve();
  let job = preparing.get(team);
  if (!job) {
    job = alreadyCompiled(team)
      .catch(() => undefined)
      .then((ready) => ready ?? compileTeamInSlices(team))
      .then((patterns) => {
        if (!compiledByTeam.has(team)) compiledByTeam.set(team, { patterns, withModel: new WeakMap() });
      })
      .finally(() => preparing.delete(team));
    preparing.set(team, job);
  }
  return job;
}

/** Whether checkDraft answers this team at once (prepareDraftCheck is done, or a check compiled it). */
export function isDraftCheckReady(team: ResolvedTeam): boolean {
  return compiledByTeam.has(team);
}

function compiledFor(team: ResolvedTeam, kit: ModelKit | undefined): CompiledTeam {
  let compiled = compiledByTeam.get(team);
  if (!compiled) {
    compiled = { patterns: compileTeam(team), withModel: new WeakMap() };
    compiledByTeam.set(team, compiled);
  }
  if (!kit) return compiled.patterns;
  let attached = compiled.withModel.get(kit);
  if (!attached) {
    attached = kit.attach(compiled.patterns);
    compiled.withModel.set(kit, attached);
  }
  return attached;
}

/**
 * Checks a pasted draft with the engine, guidance and suggestion builder of the content script, so
 * that the popup never disagrees with Gmail; with the classifier's kit once the page has loaded it. Pure: the text goes in and comes out, nothing is kept.
 */
export function checkDraft(text: string, team: ResolvedTeam, uiLanguage: Lang, kit?: ModelKit): DraftCheck {
  const compiled = compiledFor(team, kit);
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
