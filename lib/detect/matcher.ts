/**
 * Runs the automaton over a text's words in one left-to-right pass, Thompson style: a set of active
 * states, each holding the earliest start that reached it. Work per word is bounded by the automaton's
 * size, whatever the patterns say: no backtracking, no exponential blow-up.
 */
import { ANY, type Automaton } from './compile';
import type { TokenBuffer } from './tokenise';

/** Accepted spans: pattern id, first word, word after the last. */
export class EventList {
  pattern = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  count = 0;

  push(pattern: number, start: number, end: number): number {
    if (this.count === this.pattern.length) {
      for (const key of ['pattern', 'start', 'end'] as const) {
        const bigger = new Int32Array(this.count * 2);
        bigger.set(this[key]);
        this[key] = bigger;
      }
    }
    this.pattern[this.count] = pattern;
    this.start[this.count] = start;
    this.end[this.count] = end;
    return this.count++;
  }
}

export class ThreadRunner {
  /** Work done since the last reset: state visits plus transitions followed (for the linearity tests). */
  steps = 0;
  private gen = 0;
  private readonly stamp: Int32Array;
  private currentStates: Int32Array;
  private nextStates: Int32Array;
  private currentStart: Int32Array;
  private nextStart: Int32Array;
  private readonly eventRun: Int32Array;
  private readonly eventEnd: Int32Array;
  private readonly eventIndex: Int32Array;
  private run = 0;
  /** Threads that read the current word: a state may fire both as running and as starting. */
  private readonly firedStates: Int32Array;
  private readonly firedStarts: Int32Array;

  constructor(private readonly automaton: Automaton) {
    const n = Math.max(1, automaton.stateCount);
    this.stamp = new Int32Array(n);
    this.currentStates = new Int32Array(n);
    this.nextStates = new Int32Array(n);
    this.currentStart = new Int32Array(n);
    this.nextStart = new Int32Array(n);
    this.firedStates = new Int32Array(2 * n);
    this.firedStarts = new Int32Array(2 * n);
    const p = Math.max(1, automaton.patterns.length);
    this.eventRun = new Int32Array(p);
    this.eventEnd = new Int32Array(p);
    this.eventIndex = new Int32Array(p);
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
    const { predOf, succIndex, succ, acceptOf, startsByPredicate, anyStarts } = this.automaton;
    const ruleStarts = onlyRule >= 0 ? this.automaton.ruleStarts[onlyRule]! : null;
    const sentence = tokens.sentence;
    const stamp = this.stamp;
    const eventRun = this.eventRun;
    const eventEnd = this.eventEnd;
    const eventIndex = this.eventIndex;
    const run = ++this.run;
    if (this.gen > 0x3fffffff) {
      stamp.fill(0);
      this.gen = 0;
    }
    let steps = this.steps;
    let gen = this.gen;
    let currentStates = this.currentStates;
    let currentStart = this.currentStart;
    let nextStates = this.nextStates;
    let nextStart = this.nextStart;
    const firedStates = this.firedStates;
    const firedStarts = this.firedStarts;
    let currentCount = 0;

    for (let t = from; t < to; t++) {
      gen++;
      if (t > from && sentence[t] !== sentence[t - 1]) currentCount = 0;
      const preds = tokenPredicates[t]!;
      const predCount = preds.length;

      // 1. Which threads read word t: running ones whose test passes, plus new ones starting here.
      let fired = 0;
      for (let i = 0; i < currentCount; i++) {
        const state = currentStates[i]!;
        steps++;
        const predicate = predOf[state]!;
        let passes = predicate === ANY;
        for (let k = 0; !passes && k < predCount; k++) passes = preds[k] === predicate;
        if (passes) {
          firedStates[fired] = state;
          firedStarts[fired++] = currentStart[state]!;
        }
      }
      if (ruleStarts) {
        for (let i = 0; i < ruleStarts.length; i++) {
          const state = ruleStarts[i]!;
          steps++;
          const predicate = predOf[state]!;
          let passes = predicate === ANY;
          for (let k = 0; !passes && k < predCount; k++) passes = preds[k] === predicate;
          if (passes) {
            firedStates[fired] = state;
            firedStarts[fired++] = t;
          }
        }
      } else {
        // Only patterns whose first word is this word (or a free slot) start a thread: most words start none.
        for (let k = 0; k < predCount; k++) {
          const starts = startsByPredicate[preds[k]!]!;
          for (let i = 0; i < starts.length; i++) {
            firedStates[fired] = starts[i]!;
            firedStarts[fired++] = t;
          }
        }
        for (let i = 0; i < anyStarts.length; i++) {
          firedStates[fired] = anyStarts[i]!;
          firedStarts[fired++] = t;
        }
      }

      // 2. Each fired thread accepts and/or moves on; one thread per state, keeping the earliest start.
      let nextCount = 0;
      const end = t + 1;
      for (let f = 0; f < fired; f++) {
        const state = firedStates[f]!;
        const start = firedStarts[f]!;
        steps++;
        const pattern = acceptOf[state]!;
        if (pattern >= 0) {
          if (eventRun[pattern] === run && eventEnd[pattern] === end) {
            const index = eventIndex[pattern]!;
            if (start < out.start[index]!) out.start[index] = start;
          } else {
            eventRun[pattern] = run;
            eventEnd[pattern] = end;
            eventIndex[pattern] = out.push(pattern, start, end);
          }
        }
        const last = succIndex[state + 1]!;
        for (let k = succIndex[state]!; k < last; k++) {
          const target = succ[k]!;
          steps++;
          if (stamp[target] !== gen) {
            stamp[target] = gen;
            nextStart[target] = start;
            nextStates[nextCount++] = target;
          } else if (start < nextStart[target]!) nextStart[target] = start;
        }
      }

      const states = currentStates;
      const starts = currentStart;
      currentStates = nextStates;
      currentStart = nextStart;
      nextStates = states;
      nextStart = starts;
      currentCount = nextCount;
    }
    this.currentStates = currentStates;
    this.currentStart = currentStart;
    this.nextStates = nextStates;
    this.nextStart = nextStart;
    this.gen = gen;
    this.steps = steps;
  }
}
