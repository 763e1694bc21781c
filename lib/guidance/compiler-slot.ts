import type { CompiledTeam } from './compile-team';
import type { ResolvedTeam } from './resolved';

/** Compiles a team's rules in slices (compileTeamInSlices), as the compiler's file provides it. */
export type CompileTeam = (team: ResolvedTeam) => Promise<CompiledTeam>;

/**
 * Where the compiler's file (entrypoints/compiler.ts) leaves its compile function for the content
 * script that imported it: a property of the content scripts' isolated world, out of the page's reach.
 * Kept apart from compile-team.ts so that the content script can name it without bundling the compiler.
 */
const SLOT = Symbol.for('better-brief.compiler');
type World = { [SLOT]?: CompileTeam };

export function publishCompiler(compile: CompileTeam, world: object = globalThis): void {
  (world as World)[SLOT] = compile;
}

export function publishedCompiler(world: object = globalThis): CompileTeam | undefined {
  return (world as World)[SLOT];
}
