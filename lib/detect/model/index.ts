/**
 * The learned classifier, loaded from its file: what the detector needs to add the model's hits to
 * the patterns' matches. Pure: the caller fetches the bytes (a page, the popup, a test or a script).
 */
import { SentenceClassifier } from './classifier';
import { ModelFormatError, type ModelHeader, readModelBundle } from './format';

export { SentenceClassifier } from './classifier';
export {
  type Candidate,
  confirmedMatches,
  findModelHits,
  type ModelRule,
  type ModelSetup,
  modelCandidates,
  patternMatchScore,
} from './hits';
export { ModelFormatError };

/** The built-in rules the classifier was trained for; team rules stay pattern-based. */
export const MODEL_RULE_IDS: readonly string[] = ['post-now', 'go-viral', 'new-network', 'roi'];

/** Where the extension keeps the model (public/, copied as is into the build). */
export const MODEL_FILE = 'detect-model.bin';

export interface LoadedModel {
  classifier: SentenceClassifier;
  thresholds: ModelHeader['thresholds'];
  patternFloors: ModelHeader['patternFloors'];
  header: ModelHeader;
  /** The second opinion: how likely a sentence is about the things the requests are about at all. */
  topic?: SentenceClassifier;
}

export function loadModel(buffer: ArrayBuffer): LoadedModel {
  const models = readModelBundle(buffer);
  const rules = models.get('rules');
  if (!rules) throw new ModelFormatError('the model file has no rules model');
  const topic = models.get('topic');
  return {
    classifier: new SentenceClassifier(rules),
    thresholds: rules.header.thresholds,
    patternFloors: rules.header.patternFloors,
    header: rules.header,
    ...(topic ? { topic: new SentenceClassifier(topic) } : {}),
  };
}
