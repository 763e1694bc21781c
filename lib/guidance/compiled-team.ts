import { type CompiledGuidance, findMatches } from '../detect/index';
import type { CompiledTeam } from './compile-team';
import type { ResolvedRule, ResolvedTeam } from './resolved';

/**
 * A team's rules already compiled (by compileTeam, or loaded from the background's compiled form),
 * ready to use. Apart from compile-team.ts so that content scripts, which load the compiled form, do
 * not bundle the compiler with it.
 */
export function compiledTeamOf(
  team: ResolvedTeam,
  rules: readonly ResolvedRule[],
  skipped: string[],
  patterns: CompiledGuidance,
): CompiledTeam {
  return {
    team,
    rules: new Map(rules.map((rule) => [rule.id, rule])),
    skipped,
    patterns,
    usesModel: false,
    find: (text) => findMatches(patterns, text),
  };
}
