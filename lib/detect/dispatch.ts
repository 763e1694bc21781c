/**
 * Groups the automaton's states into "waiting points": after a thread reads a word, it waits at the set
 * of states that may read the next one (say, the first word of each of 43 networks). A thread sits on
 * that whole set at once, and a word finds its states by predicate id (binary search in a sorted list)
 * instead of the thread visiting 43 states: per-word work follows the words read, not the list sizes.
 */
import { ANY, type RawGraph, RawKind } from './graph';

export interface DispatchTables {
  dispatchCount: number;
  /** Per state: the waiting point a thread moves to after the state reads a word, or -1 (pattern done). */
  nextDispatch: Int32Array;
  /** Per state: the pattern that accepts right after it reads a word, or -1. */
  acceptOf: Int32Array;
  /** Per waiting point: its states reading any word (gaps, free slots). CSR over anyStates. */
  anyIndex: Int32Array;
  anyStates: Int32Array;
  /** Per waiting point: its other states sorted by predicate id. CSR over keyPredicates/keyStates. */
  keyIndex: Int32Array;
  keyPredicates: Int32Array;
  keyStates: Int32Array;
  /**
   * Open-addressing table (dispatch, predicate) → range [lo, hi) of keyStates: one probe per word test
   * instead of a search through a long list. Four ints per slot, side by side so a probe touches one
   * cache line: dispatch (-1 when empty), predicate, lo, hi.
   */
  keyMask: number;
  keyTable: Int32Array;
}

/** Slot of (dispatch, predicate) in the key table. */
export function keySlot(dispatch: number, predicate: number, mask: number): number {
  return ((Math.imul(dispatch, 0x9e3779b1) ^ Math.imul(predicate + 1, 0x85ebca6b)) >>> 0) & mask;
}

function buildKeyTable(keyIndex: readonly number[], keyPredicates: readonly number[]) {
  // Each waiting point's keys are sorted: count one range per distinct predicate per point.
  let ranges = 0;
  for (let dispatch = 0; dispatch + 1 < keyIndex.length; dispatch++) {
    for (let i = keyIndex[dispatch]!; i < keyIndex[dispatch + 1]!; i++) {
      if (i === keyIndex[dispatch] || keyPredicates[i] !== keyPredicates[i - 1]) ranges++;
    }
  }
  // At most three quarters full: with the built-in rules that is about half full (the next power of
  // two), where at most half full doubled the table to 4 MB of a page's memory for one probe less
  // on a few lookups.
  let size = 16;
  while (size * 3 < ranges * 4) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size * 4);
  for (let slot = 0; slot < size; slot++) table[slot * 4] = -1;
  for (let dispatch = 0; dispatch + 1 < keyIndex.length; dispatch++) {
    const end = keyIndex[dispatch + 1]!;
    for (let lo = keyIndex[dispatch]!; lo < end; ) {
      const predicate = keyPredicates[lo]!;
      let hi = lo + 1;
      while (hi < end && keyPredicates[hi] === predicate) hi++;
      let slot = keySlot(dispatch, predicate, mask);
      while (table[slot * 4] !== -1) slot = (slot + 1) & mask;
      const at = slot * 4;
      table[at] = dispatch;
      table[at + 1] = predicate;
      table[at + 2] = lo;
      table[at + 3] = hi;
      lo = hi;
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
  predOf: Int32Array,
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
