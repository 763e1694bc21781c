/**
 * Runs the automaton over a text's words in one left-to-right pass, Thompson style: a set of active
 * threads, one per waiting point (dispatch.ts), each holding the earliest start that reached it. Work per
 * word is bounded by the automaton's size, whatever the patterns say: no backtracking, no blow-up.
 */
import type { IntColumn } from './columns';
import type { Automaton } from './compile';
import { HASHED_KEYS, keySlot } from './dispatch';
import { ANY } from './graph';
import type { TokenBuffer } from './tokenise';

/** Accepted spans: pattern id, first word, word after the last. */
export class EventList {
  pattern = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  count = 0;

  grow(): void {
    for (const key of ['pattern', 'start', 'end'] as const) {
      const bigger = new Int32Array(this[key].length * 2);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }

  push(pattern: number, start: number, end: number): number {
    if (this.count === this.pattern.length) this.grow();
    this.pattern[this.count] = pattern;
    this.start[this.count] = start;
    this.end[this.count] = end;
    return this.count++;
  }
}

/** Adds state `state` (reached with `start`) to this word's fired set, keeping the earliest start. */
function fire(
  state: number,
  start: number,
  fired: number,
  gen: number,
  firedStamp: Uint16Array,
  firedStart: Int32Array,
  firedList: IntColumn,
): number {
  if (firedStamp[state] !== gen) {
    firedStamp[state] = gen;
    firedStart[state] = start;
    firedList[fired] = state;
    return fired + 1;
  }
  if (start < firedStart[state]!) firedStart[state] = start;
  return fired;
}

/**
 * Generations (one per word read) are stamped in 16 bits, as every stamp array is sized by the
 * automaton (38,000 states for the built-in guidance): past this, the stamps are cleared and counting
 * starts again, once per 65,535 words.
 */
const LAST_GEN = 0xffff;

/** An array for numbers below `count`: 16 bits when they fit (half the memory), else 32. */
const indexArray = (count: number): IntColumn =>
  count <= 0x10000 ? new Uint16Array(count) : new Int32Array(count);

/** Start states listed per sentence at most; beyond, they are looked up per word (see scan). */
const MAX_LISTED_STARTS = 16;

export class ThreadRunner {
  /** Work done since creation: waiting points visited plus states fired (for the linearity tests). */
  steps = 0;
  private gen = 0;
  /** Threads live on waiting points (see dispatch.ts), one per point, holding the earliest start. */
  private readonly threadStamp: Uint16Array;
  private currentThreads: IntColumn;
  private nextThreads: IntColumn;
  private currentStart: Int32Array;
  private nextStart: Int32Array;
  /** States that read the current word, deduplicated by state. */
  private readonly firedStamp: Uint16Array;
  private readonly firedStart: Int32Array;
  private readonly firedList: IntColumn;
  private readonly eventRun: Int32Array;
  private readonly eventEnd: Int32Array;
  private readonly eventIndex: Int32Array;
  private run = 0;
  /** Per pattern: the last sentence (numbered by `sentenceRun`) where all its cuts (anchors.ts) held. */
  private readonly patternOn: Int32Array;
  /** Per watched cut: the last sentence where it held. Per other cut: see markWhereOtherCutsHold. */
  private readonly cutOn: Int32Array;
  private readonly cutChecked: Int32Array;
  /** Per predicate: the last sentence it was seen in. */
  private readonly predicateSeen: Int32Array;
  /** The primary cuts found holding in the current sentence. */
  private readonly heldCuts: Int32Array;
  /** The patterns marked for the current sentence, and their start states when few enough to list. */
  private readonly marked: Int32Array;
  private readonly sentenceStarts: Int32Array;
  private sentenceRun = 0;

  constructor(private readonly automaton: Automaton) {
    const d = Math.max(1, automaton.dispatchCount);
    this.threadStamp = new Uint16Array(d);
    this.currentThreads = indexArray(d);
    this.nextThreads = indexArray(d);
    this.currentStart = new Int32Array(d);
    this.nextStart = new Int32Array(d);
    const n = Math.max(1, automaton.stateCount);
    this.firedStamp = new Uint16Array(n);
    this.firedStart = new Int32Array(n);
    this.firedList = indexArray(n);
    const p = Math.max(1, automaton.patterns.length);
    this.eventRun = new Int32Array(p);
    this.eventEnd = new Int32Array(p);
    this.eventIndex = new Int32Array(p);
    this.patternOn = new Int32Array(p);
    const cuts = Math.max(1, automaton.cutCount);
    this.cutOn = new Int32Array(cuts);
    this.cutChecked = new Int32Array(cuts);
    this.heldCuts = new Int32Array(cuts);
    this.marked = new Int32Array(p);
    this.sentenceStarts = new Int32Array(MAX_LISTED_STARTS);
    this.predicateSeen = new Int32Array(Math.max(1, automaton.predicates.size));
  }

  /**
   * Marks the patterns all of whose cuts (anchors.ts) hold in words [from, to) and returns how many were
   * marked. Only marked patterns may start a thread there.
   */
  private markAnchoredPatterns(tokenPredicates: readonly Int32Array[], from: number, to: number): number {
    const { watchIndex, watchedCuts, cutRoot, uncutPatterns } = this.automaton;
    const { patternOn, cutOn, predicateSeen, heldCuts, marked } = this;
    const stamp = ++this.sentenceRun;
    for (let i = 0; i < uncutPatterns.length; i++) {
      patternOn[uncutPatterns[i]!] = stamp;
      marked[i] = uncutPatterns[i]!;
    }
    let held = 0;
    for (let t = from; t < to; t++) {
      const preds = tokenPredicates[t]!;
      for (let p = 0; p < preds.length; p++) {
        const predicate = preds[p]!;
        // A frequent word ("the", "de") may hold many cuts: visit them once per sentence, not per use.
        if (predicateSeen[predicate] === stamp) continue;
        predicateSeen[predicate] = stamp;
        const hi = watchIndex[predicate + 1]!;
        for (let k = watchIndex[predicate]!; k < hi; k++) {
          const cut = watchedCuts[k]!;
          if (cutOn[cut] !== stamp) {
            cutOn[cut] = stamp;
            if (cutRoot[cut]! >= 0) heldCuts[held++] = cut;
          }
        }
      }
    }
    if (held === 0) return uncutPatterns.length;
    return this.markWhereOtherCutsHold(held, stamp, uncutPatterns.length);
  }

  /**
   * Walks the tree of each primary cut that holds in this sentence, marking the patterns whose other
   * cuts hold too; a cut that does not hold skips its whole subtree. Returns the number of marked
   * patterns, `alreadyMarked` included.
   */
  private markWhereOtherCutsHold(heldCount: number, stamp: number, alreadyMarked: number): number {
    const { cutRoot, nodeCut, nodeSkip, nodePatternStart, nodePatterns } = this.automaton;
    const { cutWatched, cutStart, cutPredicates } = this.automaton;
    const { patternOn, heldCuts, marked, cutOn, cutChecked, predicateSeen } = this;
    let count = alreadyMarked;
    for (let i = 0; i < heldCount; i++) {
      const root = cutRoot[heldCuts[i]!]!;
      const end = nodeSkip[root]!;
      for (let node = root; node < end; ) {
        const cut = nodeCut[node]!;
        let holds: boolean;
        // The root's cut is the primary, known to hold. A watched cut is known from reading the sentence;
        // another is checked once, then remembered (cutChecked: stamp when it held, -stamp when not).
        if (node === root) holds = true;
        else if (cutWatched[cut] === 1) holds = cutOn[cut] === stamp;
        else if (cutChecked[cut] === stamp || cutChecked[cut] === -stamp) holds = cutChecked[cut] === stamp;
        else {
          holds = false;
          const predicatesEnd = cutStart[cut + 1]!;
          for (let q = cutStart[cut]!; !holds && q < predicatesEnd; q++) {
            holds = predicateSeen[cutPredicates[q]!] === stamp;
          }
          cutChecked[cut] = holds ? stamp : -stamp;
        }
        if (!holds) {
          node = nodeSkip[node]!;
          continue;
        }
        const last = nodePatternStart[node + 1]!;
        for (let k = nodePatternStart[node]!; k < last; k++) {
          const pattern = nodePatterns[k]!;
          patternOn[pattern] = stamp;
          marked[count++] = pattern;
        }
        node++;
      }
    }
    return count;
  }

  /**
   * Lists the start states of the `count` marked patterns, or returns -1 when there are too many to be
   * worth listing (then starts are found by predicate and filtered).
   */
  private listSentenceStarts(count: number): number {
    const { patternStartIndex, patternStartStates } = this.automaton;
    const { marked, sentenceStarts } = this;
    let listed = 0;
    for (let i = 0; i < count; i++) {
      const pattern = marked[i]!;
      const end = patternStartIndex[pattern + 1]!;
      if (listed + end - patternStartIndex[pattern]! > MAX_LISTED_STARTS) return -1;
      for (let k = patternStartIndex[pattern]!; k < end; k++)
        sentenceStarts[listed++] = patternStartStates[k]!;
    }
    return listed;
  }

  /**
   * Runs words [from, to) and appends every accepted span to `out`, one per pattern and end (the
   * earliest start). With `onlyRule` >= 0, threads start only from that rule's patterns (a re-scan).
   */
  scan(
    tokens: TokenBuffer,
    tokenPredicates: readonly Int32Array[],
    from: number,
    to: number,
    onlyRule: number,
    out: EventList,
  ): void {
    const automaton = this.automaton;
    const { predOf, nextDispatch, acceptOf, anyIndex, anyStates, keyIndex, keyPredicates, keyStates } =
      automaton;
    const { keyMask, keyTable } = automaton;
    const { startIndex, startStates, anyStarts } = automaton;
    const ruleStarts = onlyRule >= 0 ? automaton.ruleStarts[onlyRule]! : null;
    // The states that may start a thread in this sentence, when they are few; null: look them up per word.
    let startList: IntColumn | null = ruleStarts;
    let startCount = ruleStarts ? ruleStarts.length : 0;
    const sentence = tokens.sentence;
    const threadStamp = this.threadStamp;
    const firedStamp = this.firedStamp;
    const firedStart = this.firedStart;
    const firedList = this.firedList;
    const eventRun = this.eventRun;
    const eventEnd = this.eventEnd;
    const eventIndex = this.eventIndex;
    const run = ++this.run;
    let steps = this.steps;
    let gen = this.gen;
    let currentThreads = this.currentThreads;
    let currentStart = this.currentStart;
    let nextThreads = this.nextThreads;
    let nextStart = this.nextStart;
    let currentCount = 0;
    // Events go through locals too: property access inside this loop costs re-optimisations in V8.
    let evPattern = out.pattern;
    let evStart = out.start;
    let evEnd = out.end;
    let evCount = out.count;
    const { patternOfState } = automaton;
    const patternOn = this.patternOn;

    for (let t = from; t < to; t++) {
      if (++gen > LAST_GEN) {
        threadStamp.fill(0);
        firedStamp.fill(0);
        gen = 1;
      }
      if (t === from || sentence[t] !== sentence[t - 1]) {
        // A new sentence: no thread crosses into it. Find its end and which patterns may start in it.
        currentCount = 0;
        let sentenceEnd = t + 1;
        while (sentenceEnd < to && sentence[sentenceEnd] === sentence[t]) sentenceEnd++;
        const marked = this.markAnchoredPatterns(tokenPredicates, t, sentenceEnd);
        if (marked === 0) {
          t = sentenceEnd - 1; // nothing can match here: skip the whole sentence
          continue;
        }
        if (!ruleStarts) {
          startCount = this.listSentenceStarts(marked);
          startList = startCount >= 0 ? this.sentenceStarts : null;
        }
      }
      const on = this.sentenceRun;
      const preds = tokenPredicates[t]!;
      const predCount = preds.length;

      // 1. Which states read word t: from each waiting thread, those whose test passes...
      let fired = 0;
      for (let i = 0; i < currentCount; i++) {
        const dispatch = currentThreads[i]!;
        const start = currentStart[dispatch]!;
        steps++;
        const anyEnd = anyIndex[dispatch + 1]!;
        for (let k = anyIndex[dispatch]!; k < anyEnd; k++) {
          fired = fire(anyStates[k]!, start, fired, gen, firedStamp, firedStart, firedList);
        }
        const keysFrom = keyIndex[dispatch]!;
        const keysEnd = keyIndex[dispatch + 1]!;
        if (predCount === 0 || keysFrom === keysEnd) continue;
        const hashed = keysEnd - keysFrom > HASHED_KEYS;
        for (let p = 0; p < predCount; p++) {
          const predicate = preds[p]!;
          // The first of this waiting point's keys testing for `predicate`: one hash probe on a long
          // list, else a binary search in its sorted keys.
          let k: number;
          if (hashed) {
            let at = keySlot(dispatch, predicate, keyMask) * 3;
            let entry = keyTable[at]!;
            while (entry !== -1 && (entry !== dispatch || keyTable[at + 1] !== predicate)) {
              at = at + 3 === keyTable.length ? 0 : at + 3;
              entry = keyTable[at]!;
            }
            if (entry === -1) continue;
            k = keyTable[at + 2]!;
          } else {
            let lo = keysFrom;
            let hi = keysEnd;
            while (lo < hi) {
              const mid = (lo + hi) >>> 1;
              if (keyPredicates[mid]! < predicate) lo = mid + 1;
              else hi = mid;
            }
            k = lo;
          }
          for (; k < keysEnd && keyPredicates[k] === predicate; k++) {
            fired = fire(keyStates[k]!, start, fired, gen, firedStamp, firedStart, firedList);
          }
        }
      }
      // ...and states starting a pattern here.
      if (startList) {
        for (let i = 0; i < startCount; i++) {
          const state = startList[i]!;
          const predicate = predOf[state]!;
          let passes = predicate === ANY;
          for (let k = 0; !passes && k < predCount; k++) passes = preds[k] === predicate;
          if (passes) fired = fire(state, t, fired, gen, firedStamp, firedStart, firedList);
        }
      } else {
        // Only marked patterns whose first word is this word (or a free slot) start.
        for (let k = 0; k < predCount; k++) {
          const predicate = preds[k]!;
          const startsEnd = startIndex[predicate + 1]!;
          for (let i = startIndex[predicate]!; i < startsEnd; i++) {
            const state = startStates[i]!;
            if (patternOn[patternOfState[state]!] === on)
              fired = fire(state, t, fired, gen, firedStamp, firedStart, firedList);
          }
        }
        for (let i = 0; i < anyStarts.length; i++) {
          const state = anyStarts[i]!;
          if (patternOn[patternOfState[state]!] === on)
            fired = fire(state, t, fired, gen, firedStamp, firedStart, firedList);
        }
      }

      // 2. Each fired state accepts and/or moves its thread on; one thread per waiting point, earliest start.
      let nextCount = 0;
      const end = t + 1;
      for (let f = 0; f < fired; f++) {
        const state = firedList[f]!;
        const start = firedStart[state]!;
        steps++;
        const pattern = acceptOf[state]!;
        if (pattern >= 0) {
          if (eventRun[pattern] === run && eventEnd[pattern] === end) {
            const index = eventIndex[pattern]!;
            if (start < evStart[index]!) evStart[index] = start;
          } else {
            if (evCount === evPattern.length) {
              out.count = evCount;
              out.grow();
              evPattern = out.pattern;
              evStart = out.start;
              evEnd = out.end;
            }
            eventRun[pattern] = run;
            eventEnd[pattern] = end;
            eventIndex[pattern] = evCount;
            evPattern[evCount] = pattern;
            evStart[evCount] = start;
            evEnd[evCount++] = end;
          }
        }
        const target = nextDispatch[state]!;
        if (target < 0) continue;
        if (threadStamp[target] !== gen) {
          threadStamp[target] = gen;
          nextStart[target] = start;
          nextThreads[nextCount++] = target;
        } else if (start < nextStart[target]!) nextStart[target] = start;
      }

      const threads = currentThreads;
      const starts = currentStart;
      currentThreads = nextThreads;
      currentStart = nextStart;
      nextThreads = threads;
      nextStart = starts;
      currentCount = nextCount;
    }
    out.count = evCount;
    this.currentThreads = currentThreads;
    this.currentStart = currentStart;
    this.nextThreads = nextThreads;
    this.nextStart = nextStart;
    this.gen = gen;
    this.steps = steps;
  }
}
