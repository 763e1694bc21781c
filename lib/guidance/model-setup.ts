import { type LoadedModel, MODEL_RULE_IDS, type ModelRule, type ModelSetup } from '../detect/model/index';
import { modelTokens, splitSentences } from '../detect/sentences';
import { prepareSlotEntries } from '../detect/slot-finder';
import type { ResolvedRule, ResolvedTeam } from './resolved';

/** A rule's must-not-match examples as the classifier reads them, sentence by sentence. */
function noMatchSentences(rule: ResolvedRule): Set<string> {
  const keys = new Set<string>();
  for (const example of [...(rule.noMatch?.en ?? []), ...(rule.noMatch?.fr ?? [])]) {
    for (const sentence of splitSentences(example)) keys.add(modelTokens(sentence).join(' '));
  }
  return keys;
}

/**
 * What the classifier may flag for a team: the built-in rule ids in force (switched-off rules are not
 * in `rules`; an overridden one keeps its id and its team's examples), unless the team switched
 * "Also catch reworded requests" off.
 */
export function modelSetupFor(
  team: ResolvedTeam,
  rules: ReadonlyMap<string, ResolvedRule>,
  model: LoadedModel,
): ModelSetup | undefined {
  if (team.rewordedRequests === false) return undefined;
  const modelRules: ModelRule[] = [...rules.values()]
    .filter((rule) => MODEL_RULE_IDS.includes(rule.id))
    .map((rule) => ({ id: rule.id, noMatch: noMatchSentences(rule) }));
  if (modelRules.length === 0) return undefined;
  return {
    classifier: model.classifier,
    thresholds: model.thresholds,
    ...(model.patternFloors ? { patternFloors: model.patternFloors } : {}),
    ...(model.topic ? { topic: { classifier: model.topic, gate: model.header.topicGate ?? 0 } } : {}),
    rules: modelRules,
    networks: prepareSlotEntries(team.slots.network ?? []),
  };
}
