import { type LoadedModel, loadModel } from '../detect/model/index';
import type { CompiledTeam } from './compile-team';
import { withModel } from './with-model';

/** The classifier, loaded, and how to put it beside a team's compiled patterns. */
export interface ModelKit {
  model: LoadedModel;
  attach(compiled: CompiledTeam): CompiledTeam;
}

export function createModelKit(bytes: ArrayBuffer): ModelKit {
  const model = loadModel(bytes);
  return { model, attach: (compiled) => withModel(compiled, model) };
}
