/**
 * Groups the automaton's states into "waiting points": after a thread reads a word, it waits at the set
 * of states that may read the next one (say, the first word of each of 43 networks). A thread sits on
 * that whole set at once, and a word finds its states by predicate id (binary search in a sorted list)
 * instead of the thread visiting 43 states: per-word work follows the words read, not the list sizes.
 */

import type { IntColumn } from './columns';
import { ANY, type RawGraph, RawKind } from './graph';

export interface DispatchTables {
  dispatchCount: number;
  /** Per state: the waiting point a thread moves to after the state reads a word, or -1 (pattern done). */
  nextDispatch: IntColumn;
  /** Per state: the pattern that accepts right after it reads a word, or -1. */
  acceptOf: IntColumn;
  /** Per waiting point: its states reading any word (gaps, free slots). CSR over anyStates. */
  anyIndex: IntColumn;
  anyStates: IntColumn;
  /** Per waiting point: its other states sorted by predicate id. CSR over keyPredicates/keyStates. */
  keyIndex: IntColumn;
  keyPredicates: IntColumn;
  keyStates: IntColumn;
  /**
   * Open-addressing table (dispatch, predicate) → first index in keyStates, for the waiting points with
   * more than HASHED_KEYS keys (one probe where a search would take many steps); the others, nine in
   * ten, are searched in their sorted keys. Three ints per slot, side by side so a probe touches one
   * cache line: dispatch (-1 when empty), predicate, first index.
   */
  keyMask: number;
  keyTable: Int32Array;
}

/**
 * Waiting points with more keys than this are found through the key table. Hashing every point made
 * the table 2 MB of a page's memory for the built-in guidance; with this bound it is about 50 KB, and a
 * search in at most 64 sorted keys takes six steps.
 */
export const HASHED_KEYS = 64;

/** Slot of (dispatch, predicate) in the key table. */
export function keySlot(dispatch: number, predicate: number, mask: number): number {
  return ((Math.imul(dispatch, 0x9e3779b1) ^ Math.imul(predicate + 1, 0x85ebca6b)) >>> 0) & mask;
}

/** Builds the key table from the waiting points' sorted keys (at compile, and when a compiled form is loaded). */
export function buildKeyTable(
  keyIndex: ArrayLike<number>,
  keyPredicates: ArrayLike<number>,
): { keyMask: number; keyTable: Int32Array } {
  const hashed = (dispatch: number) => keyIndex[dispatch + 1]! - keyIndex[dispatch]! > HASHED_KEYS;
  let ranges = 0;
  for (let dispatch = 0; dispatch + 1 < keyIndex.length; dispatch++) {
    if (!hashed(dispatch)) continue;
    for (let i = keyIndex[dispatch]!; i < keyIndex[dispatch + 1]!; i++) {
      if (i === keyIndex[dispatch] || keyPredicates[i] !== keyPredicates[i - 1]) ranges++;
    }
  }
  // At most three quarters full.
  let size = 16;
  while (size * 3 < ranges * 4) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size * 3);
  for (let slot = 0; slot < size; slot++) table[slot * 3] = -1;
  for (let dispatch = 0; dispatch + 1 < keyIndex.length; dispatch++) {
    if (!hashed(dispatch)) continue;
    const end = keyIndex[dispatch + 1]!;
    for (let lo = keyIndex[dispatch]!; lo < end; ) {
      const predicate = keyPredicates[lo]!;
      let slot = keySlot(dispatch, predicate, mask);
      while (table[slot * 3] !== -1) slot = (slot + 1) & mask;
      table[slot * 3] = dispatch;
      table[slot * 3 + 1] = predicate;
      table[slot * 3 + 2] = lo;
      while (lo < end && keyPredicates[lo] === predicate) lo++;
    }
  }
  return { keyMask: mask, keyTable: table };
}

/** The Consume and Accept nodes reachable from `node` through epsilon moves, memoised per node. */
export function closureOf(raw: RawGraph, node: number, memo: Map<number, number[]>): number[] {
  const known = memo.get(node);
  if (known) return known;
  let result: number[];
  const kind = raw.kind[node]!;
  if (kind === RawKind.Consume || kind === RawKind.Accept) result = [node];
  else {
    const set = new Set<number>();
    for (const target of raw.next[node]!)
      for (const reached of closureOf(raw, target, memo)) set.add(reached);
    result = [...set];
  }
  memo.set(node, result);
  return result;
}

/** States handled between two yields of buildDispatch. */
const STATES_PER_STEP = 512;

export function* buildDispatch(
  raw: RawGraph,
  stateOfRaw: Int32Array,
  rawOfState: readonly number[],
  predOf: IntColumn,
  memo: Map<number, number[]>,
): Generator<void, DispatchTables> {
  const stateCount = rawOfState.length;
  const nextDispatch = new Int32Array(stateCount).fill(-1);
  const acceptOf = new Int32Array(stateCount).fill(-1);
  // Key of a waiting point: its sorted states, a number when it has one (most do), else joined.
  const byKey = new Map<number | string, number>();
  const anyIndex = [0];
  const anyStates: number[] = [];
  const keyIndex = [0];
  const keyPredicates: number[] = [];
  const keyStates: number[] = [];

  // States moving on to the same graph node (the last words of a slot's fifty entries) share its
  // waiting point: it is worked out once per node. -2: not yet known.
  const dispatchOfTarget = new Int32Array(raw.kind.length).fill(-2);
  const acceptOfTarget = new Int32Array(raw.kind.length).fill(-1);
  for (let state = 0; state < stateCount; state++) {
    const target = raw.next[rawOfState[state]!]![0]!;
    if (dispatchOfTarget[target] === -2) waitingPointOf(target);
    acceptOf[state] = acceptOfTarget[target]!;
    nextDispatch[state] = dispatchOfTarget[target]!;
    if (state % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
  }

  function waitingPointOf(target: number): void {
    let states: number[];
    if (raw.kind[target] === RawKind.Consume) states = [stateOfRaw[target]!];
    else {
      states = [];
      for (const reached of closureOf(raw, target, memo)) {
        if (raw.kind[reached] === RawKind.Accept) acceptOfTarget[target] = raw.value[reached]!;
        else states.push(stateOfRaw[reached]!);
      }
    }
    if (states.length === 0) {
      dispatchOfTarget[target] = -1;
      return;
    }
    if (states.length > 1) states.sort((a, b) => predOf[a]! - predOf[b]! || a - b);
    // Identical waiting points (common after shared endings) become one, so their threads merge too.
    const key = states.length === 1 ? states[0]! : states.join(',');
    let dispatch = byKey.get(key);
    if (dispatch === undefined) {
      dispatch = byKey.size;
      byKey.set(key, dispatch);
      for (const waiting of states) {
        const predicate = predOf[waiting]!;
        if (predicate === ANY) anyStates.push(waiting);
        else {
          keyPredicates.push(predicate);
          keyStates.push(waiting);
        }
      }
      anyIndex.push(anyStates.length);
      keyIndex.push(keyPredicates.length);
    }
    dispatchOfTarget[target] = dispatch;
  }

  return {
    dispatchCount: byKey.size,
    nextDispatch,
    acceptOf,
    anyIndex: Int32Array.from(anyIndex),
    anyStates: Int32Array.from(anyStates),
    keyIndex: Int32Array.from(keyIndex),
    keyPredicates: Int32Array.from(keyPredicates),
    keyStates: Int32Array.from(keyStates),
    ...buildKeyTable(keyIndex, keyPredicates),
  };
}
