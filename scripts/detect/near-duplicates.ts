/**
 * Near duplicates across splits: two messages whose word trigrams overlap by 70 % or more (Jaccard), or
 * whose words are the same. A test line that nearly repeats a training line measures memory, not
 * detection, so `npm run data:check` refuses them and `--fix` drops the copy from the later split.
 */
import { normalise } from '../../lib/detect/normalise';
import { tokenise } from '../../lib/detect/tokenise';
import type { Example } from './dataset';

export const SIMILARITY = 0.7;

function shingles(text: string): Set<string> {
  const words = tokenise(normalise(text).text).map((word) => word.text);
  if (words.length < 3) return new Set([words.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export interface DuplicatePair {
  kept: Example;
  copy: Example;
  similarity: number;
}

/**
 * Pairs (kept, copy) where `copy`, from `later`, nearly repeats `kept`, from `earlier`. An inverted index
 * of trigrams keeps this to the pairs that share at least one.
 */
export function nearDuplicates(earlier: readonly Example[], later: readonly Example[]): DuplicatePair[] {
  const index = new Map<string, number[]>();
  const earlierShingles = earlier.map((example, i) => {
    const set = shingles(example.text);
    for (const shingle of set) {
      const list = index.get(shingle);
      if (list) list.push(i);
      else index.set(shingle, [i]);
    }
    return set;
  });
  const pairs: DuplicatePair[] = [];
  for (const copy of later) {
    const set = shingles(copy.text);
    const shared = new Map<number, number>();
    for (const shingle of set)
      for (const i of index.get(shingle) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: DuplicatePair | undefined;
    for (const [i, common] of shared) {
      const similarity = common / (set.size + earlierShingles[i]!.size - common);
      if (similarity >= SIMILARITY && (!best || similarity > best.similarity)) {
        best = { kept: earlier[i]!, copy, similarity };
      }
    }
    if (best) pairs.push(best);
  }
  return pairs;
}
