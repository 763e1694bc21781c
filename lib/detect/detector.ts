/**
 * One detector, two sources: the patterns give exact spans and captured slots; the classifier adds the
 * requests they missed, sentence by sentence, and overrules a built-in pattern's match where it is sure
 * the sentence asks nothing of the kind. Everything that shows suggestions (the page, the popup's
 * draft checker, the options tester) finds them through this. Pure.
 */
import { type CompiledGuidance, scanText } from './index';
import { confirmedMatches, findModelHits, type ModelSetup } from './model/hits';
import type { Match } from './types';

export function detect(compiled: CompiledGuidance, setup: ModelSetup | undefined, text: string): Match[] {
  if (!setup || setup.rules.length === 0) return scanText(compiled, text).matches;
  const { matches, vetoes, words } = scanText(compiled, text, true);
  const confirmed = confirmedMatches(text, setup, matches, words);
  const hits = findModelHits(text, setup, confirmed, vetoes, words);
  if (hits.length === 0) return confirmed;
  return [...confirmed, ...hits].sort((a, b) => a.start - b.start || b.end - a.end);
}
