import {
  type CompiledGuidance,
  compileGuidance,
  compileGuidanceInSlices,
  RulePatternError,
} from '../detect/index';
import type { Match } from '../detect/types';
import { compiledTeamOf } from './compiled-team';
import type { ResolvedRule, ResolvedTeam } from './resolved';

/** A team's rules compiled once, with what the card, popup and tester need to show about each. */
export interface CompiledTeam {
  team: ResolvedTeam;
  /** The rules in force, by id: every rule of the team except the skipped ones. */
  rules: ReadonlyMap<string, ResolvedRule>;
  /** Ids of the rules left out because a pattern of theirs does not compile, in the team's order. */
  skipped: readonly string[];
  /** The patterns, compiled. */
  patterns: CompiledGuidance;
  /** Whether the classifier's hits are part of `find` (see withModel). */
  usesModel: boolean;
  /** Every request in `text`: pattern matches, plus the classifier's hits once a model is attached. */
  find: (text: string) => Match[];
}

/**
 * Compiles a team for the page, the popup and the options tester alike, so that all three agree. The
 * background validates packs; should a refused pattern still come through (an older stored state, a
 * half-typed pattern in the tester), only its rule is left out, never the whole guidance. Errors that
 * are not one rule's (the total budget) are thrown: the caller decides how to say so.
 */
export function compileTeam(team: ResolvedTeam): CompiledTeam {
  const attempts = compileAttempts(team);
  let attempt = attempts.next();
  while (!attempt.done) {
    let compiled: CompiledGuidance;
    try {
      compiled = compileGuidance(attempt.value, team.slots);
    } catch (error) {
      attempt = attempts.throw(error);
      continue;
    }
    attempt = attempts.next(compiled);
  }
  return attempt.value;
}

/**
 * compileTeam for a page's main thread: the same result, compiled in short slices (see
 * compileGuidanceInSlices) so that opening a compose box never freezes the page.
 */
export async function compileTeamInSlices(team: ResolvedTeam): Promise<CompiledTeam> {
  const attempts = compileAttempts(team);
  let attempt = attempts.next();
  while (!attempt.done) {
    let compiled: CompiledGuidance;
    try {
      compiled = await compileGuidanceInSlices(attempt.value, team.slots);
    } catch (error) {
      attempt = attempts.throw(error);
      continue;
    }
    attempt = attempts.next(compiled);
  }
  return attempt.value;
}

/**
 * The retry logic shared by both: yields the rules to compile and receives their compilation; when a
 * rule's pattern is refused, the compiler's error is thrown in here, that rule is left out and the rest
 * asked for again.
 */
function* compileAttempts(team: ResolvedTeam): Generator<ResolvedRule[], CompiledTeam, CompiledGuidance> {
  let rules = team.rules;
  const skipped: string[] = [];
  let compiled: CompiledGuidance | undefined;
  while (!compiled) {
    try {
      compiled = yield rules;
    } catch (error) {
      if (!(error instanceof RulePatternError)) throw error;
      const failing = error.ruleId;
      const remaining = rules.filter((rule) => rule.id !== failing);
      if (remaining.length === rules.length) throw error;
      skipped.push(failing);
      rules = remaining;
    }
  }
  const order = team.rules.map((rule) => rule.id);
  skipped.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return compiledTeamOf(team, rules, skipped, compiled);
}
