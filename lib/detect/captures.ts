/**
 * Recovers which words each {slot} took, only for the few spans that end up as matches: the one-pass
 * scan does not carry captures. A memoised walk of the pattern's graph over the span, so bounded by
 * (graph nodes × span words) even for the most tangled pattern.
 */
import type { Automaton } from './compile';
import { ANY, RawKind } from './graph';

/** Word ranges [start, end) per slot name. */
export type WordCaptures = Map<string, readonly [number, number]>;

export function recoverCaptures(
  automaton: Automaton,
  pattern: number,
  start: number,
  end: number,
  tokenPredicates: readonly Int32Array[],
): WordCaptures {
  const { kind, value, next, splitStart, splitTargets, slotNames } = automaton.graph;
  const width = end - start + 1;
  const failed = new Set<number>();
  const captures: WordCaptures = new Map();
  const opened = new Map<string, number>();

  const walk = (node: number, position: number): boolean => {
    const key = node * width + (position - start);
    if (failed.has(key)) return false;
    let ok = false;
    switch (kind[node]! as RawKind) {
      case RawKind.Accept:
        ok = position === end;
        break;
      case RawKind.Consume: {
        if (position < end) {
          const predicate = value[node]!;
          const passes = predicate === ANY || tokenPredicates[position]!.includes(predicate);
          ok = passes && walk(next[node]!, position + 1);
        }
        break;
      }
      case RawKind.Split: {
        const row = value[node]!;
        for (let k = splitStart[row]!; !ok && k < splitStart[row + 1]!; k++)
          ok = walk(splitTargets[k]!, position);
        break;
      }
      case RawKind.Open: {
        const name = slotNames[value[node]!]!;
        const before = opened.get(name);
        opened.set(name, position);
        ok = walk(next[node]!, position);
        if (before === undefined) opened.delete(name);
        else opened.set(name, before);
        break;
      }
      case RawKind.Close: {
        const name = slotNames[value[node]!]!;
        ok = walk(next[node]!, position);
        // Set on the way back out, so only the successful path's ranges remain.
        if (ok && !captures.has(name)) captures.set(name, [opened.get(name)!, position]);
        break;
      }
    }
    if (!ok) failed.add(key);
    return ok;
  };

  walk(automaton.patterns[pattern]!.entry, start);
  return captures;
}
