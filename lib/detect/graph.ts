/** The automaton's graph: built as plain arrays, then packed into typed arrays for the matcher's lifetime. */

import type { IntColumn } from './columns';

export const ANY = -1;
export enum RawKind {
  Consume = 0,
  Split = 1,
  Open = 2,
  Close = 3,
  Accept = 4,
}

/** The graph while it is built (compile.ts, dispatch.ts): one small array of targets per node. */
export interface RawGraph {
  kind: RawKind[];
  /** Consume: the predicate; Accept: the pattern id. */
  value: number[];
  next: number[][];
  slotName: string[];
}

/**
 * The graph as kept, for capture recovery on the rare spans that matched. Consume nodes come first, in
 * state order, so node i < stateCount is state i and `value` doubles as the states' predicates. Typed
 * arrays: as 48,000 little JS arrays the built-in guidance's graph held 4.4 MB of a page's heap, packed
 * it is about 0.5 MB.
 */
export interface PackedGraph {
  kind: Uint8Array;
  /** Consume: predicate or ANY; Accept: pattern id; Open/Close: index in slotNames; Split: its row in splitStart. */
  value: IntColumn;
  /** The node that follows (Consume, Open, Close); -1 for Split and Accept. */
  next: IntColumn;
  /** Targets of Split node rows (CSR over splitTargets). */
  splitStart: IntColumn;
  splitTargets: IntColumn;
  slotNames: string[];
}

/**
 * Packs a built graph, Consume nodes first in the order of `consumeNodes` (the automaton's states).
 * Returns the packed graph and each old node's new number.
 */
export function packGraph(
  raw: RawGraph,
  consumeNodes: readonly number[],
): { graph: PackedGraph; renumber: Int32Array } {
  const count = raw.kind.length;
  const renumber = new Int32Array(count).fill(-1);
  consumeNodes.forEach((node, state) => {
    renumber[node] = state;
  });
  let id = consumeNodes.length;
  for (let node = 0; node < count; node++) if (renumber[node] === -1) renumber[node] = id++;

  const kind = new Uint8Array(count);
  const value = new Int32Array(count);
  const next = new Int32Array(count).fill(-1);
  const splitStart: number[] = [0];
  const splitTargets: number[] = [];
  const slotNames: string[] = [];
  const nameIndex = new Map<string, number>();
  for (let old = 0; old < count; old++) {
    const node = renumber[old]!;
    const nodeKind = raw.kind[old]!;
    kind[node] = nodeKind;
    if (nodeKind === RawKind.Split) {
      value[node] = splitStart.length - 1;
      for (const target of raw.next[old]!) splitTargets.push(renumber[target]!);
      splitStart.push(splitTargets.length);
      continue;
    }
    if (nodeKind === RawKind.Open || nodeKind === RawKind.Close) {
      const name = raw.slotName[old]!;
      let index = nameIndex.get(name);
      if (index === undefined) {
        index = slotNames.push(name) - 1;
        nameIndex.set(name, index);
      }
      value[node] = index;
    } else value[node] = raw.value[old]!;
    const target = raw.next[old]![0];
    if (target !== undefined) next[node] = renumber[target]!;
  }
  return {
    graph: {
      kind,
      value,
      next,
      splitStart: Int32Array.from(splitStart),
      splitTargets: Int32Array.from(splitTargets),
      slotNames,
    },
    renumber,
  };
}
