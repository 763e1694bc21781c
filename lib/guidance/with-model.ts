import { detect } from '../detect/detector';
import type { LoadedModel } from '../detect/model/index';
import type { CompiledTeam } from './compile-team';
import { modelSetupFor } from './model-setup';

/**
 * The same compiled team with the classifier beside its patterns, when the team keeps "Also catch
 * reworded requests" on and has built-in rules in force. The model loads after the patterns: a page
 * starts with patterns alone and switches once it is ready. Kept apart from compile-team.ts so that
 * the content script, which loads the classifier on demand, does not carry it.
 */
export function withModel(compiled: CompiledTeam, model: LoadedModel | undefined): CompiledTeam {
  const setup = model && modelSetupFor(compiled.team, compiled.rules, model);
  if (!setup)
    return { ...compiled, usesModel: false, find: (text) => detect(compiled.patterns, undefined, text) };
  return { ...compiled, usesModel: true, find: (text) => detect(compiled.patterns, setup, text) };
}
