/**
 * The detection engine's public face: compile a guidance's rules once, then find matches in as many
 * texts as needed. Pure TypeScript: no DOM, no browser API.
 */
import { recoverCaptures } from './captures';
import { type Automaton, automatonSteps, buildAutomaton, parseWithinBudget } from './compile';
import { EventList, ThreadRunner } from './matcher';
import { nextTask, type Pause } from './next-task';
import { createNormBuffer, type NormBuffer, normaliseInto, originalEnd } from './normalise';
import { PatternError } from './pattern';
import { resolveSpans, type VetoSpan } from './resolve';
import { deserialiseAutomaton, type SerialisedAutomaton, serialiseAutomaton } from './serial';
import { createTokenBuffer, type TokenBuffer, tokeniseInto } from './tokenise';
import type { DetectionRule, Match, SlotLists } from './types';
import { WordCache } from './word-cache';

export { MAX_PATTERN_COST, MAX_TOTAL_COST, patternCost, RulePatternError } from './compile';
export { type Normalised, normalise } from './normalise';
export { PatternError, type PatternErrorCode } from './pattern';
export { SERIAL_FORMAT, type SerialisedAutomaton } from './serial';
export { tokenise, type Word } from './tokenise';

/** Rules compiled once into one automaton, plus the scratch buffers every scan reuses. */
export interface CompiledGuidance {
  readonly automaton: Automaton;
  /** @internal scratch state, reused between calls */
  readonly scratch: Scratch;
}

interface Scratch {
  norm: NormBuffer;
  tokens: TokenBuffer;
  tokenPredicates: Int32Array[];
  events: EventList;
  runner: ThreadRunner;
  words: WordCache;
}

/**
 * Compiles every rule's patterns and exceptions, both languages, into one automaton.
 * Throws RulePatternError naming the rule, language, pattern index, column and code of a refused pattern.
 */
export function compileGuidance(rules: readonly DetectionRule[], slots?: SlotLists): CompiledGuidance {
  return withScratch(buildAutomaton(rules, slots));
}

export type { Pause } from './next-task';

/**
 * compileGuidance for a page's main thread: the same automaton, built in slices of about `sliceMs`
 * with a pause between them, so compiling a large guidance never holds the page for one long task.
 */
export async function compileGuidanceInSlices(
  rules: readonly DetectionRule[],
  slots?: SlotLists,
  sliceMs = 8,
  pause: Pause = nextTask,
): Promise<CompiledGuidance> {
  const steps = automatonSteps(rules, slots);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return withScratch(step.value);
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Compiled guidance as plain data (see serial.ts), for loadSerialisedGuidance elsewhere. */
export function serialiseGuidance(compiled: CompiledGuidance): Promise<SerialisedAutomaton> {
  return serialiseAutomaton(compiled.automaton);
}

/**
 * Guidance serialised by serialiseGuidance, over the same rules: no compiling. Rejects if it does not
 * fit them. `unpacked`: its data already un-gzipped (unpackBytes), when that was started earlier.
 */
export async function loadSerialisedGuidance(
  form: SerialisedAutomaton,
  rules: readonly DetectionRule[],
  unpacked?: Promise<Uint8Array>,
): Promise<CompiledGuidance> {
  return withScratch(await deserialiseAutomaton(form, rules, unpacked));
}

function withScratch(automaton: Automaton): CompiledGuidance {
  return {
    automaton,
    scratch: {
      norm: createNormBuffer(),
      tokens: createTokenBuffer(),
      tokenPredicates: [],
      events: new EventList(),
      runner: new ThreadRunner(automaton),
      words: new WordCache(automaton.predicates),
    },
  };
}

/** Every match in `text`, sorted by start, with offsets and captures in the original text. */
export function findMatches(compiled: CompiledGuidance, text: string): Match[] {
  return scanText(compiled, text).matches;
}

/** Where an exception pattern of a rule matched: nothing of that rule may be flagged there. */
export interface Veto {
  ruleId: string;
  start: number;
  end: number;
}

/**
 * The scan's normalised text and words, for the classifier to read the same words without doing the
 * work again. Scratch buffers: valid until the next scan with the same compiled guidance.
 */
export interface WordView {
  /** Normalised code units and, for each, its index in the original text. */
  codes: Uint16Array;
  toOriginal: Int32Array;
  length: number;
  /** Words: normalised start/end, sentence number, hash of the normalised word. */
  tokens: TokenBuffer;
}

export interface Scan {
  matches: Match[];
  vetoes: Veto[];
  words: WordView;
}

/** findMatches, plus the spans of every exception pattern that matched and the words read (for the classifier). */
export function scanText(compiled: CompiledGuidance, text: string, withVetoes = false): Scan {
  const { automaton, scratch } = compiled;
  const { norm, tokens, tokenPredicates, events, runner, words } = scratch;
  normaliseInto(text, norm);
  tokeniseInto(norm.codes, norm.length, tokens);
  const count = tokens.count;
  words.classifyAll(norm.codes, tokens, tokenPredicates);
  events.count = 0;
  const context = { automaton, runner, tokens, tokenPredicates };
  runner.scan(tokens, tokenPredicates, 0, count, -1, events);
  const view: WordView = { codes: norm.codes, toOriginal: norm.toOriginal, length: norm.length, tokens };
  if (events.count === 0) return { matches: [], vetoes: [], words: view };

  const toOriginal = norm.toOriginal;
  const startOf = (word: number) => toOriginal[tokens.start[word]!]!;
  const endOf = (word: number) => originalEnd(text, toOriginal, tokens.end[word]! - 1);
  const vetoSpans: VetoSpan[] | undefined = withVetoes ? [] : undefined;
  const matches = resolveSpans(events, context, vetoSpans).map((span): Match => {
    const info = automaton.patterns[span.pattern]!;
    const rule = automaton.rules[info.ruleIndex]!;
    const captures: Record<string, string> = {};
    if (info.hasSlots) {
      for (const [name, [first, after]] of recoverCaptures(
        automaton,
        span.pattern,
        span.start,
        span.end,
        tokenPredicates,
      )) {
        captures[name] = text.slice(startOf(first), endOf(after - 1));
      }
    }
    return {
      ruleId: rule.id,
      start: startOf(span.start),
      end: endOf(span.end - 1),
      captures,
      lang: info.lang,
    };
  });
  const vetoes = (vetoSpans ?? []).map((veto) => ({
    ruleId: automaton.rules[veto.rule]!.id,
    start: startOf(veto.start),
    end: endOf(veto.end - 1),
  }));
  return { matches, vetoes, words: view };
}

/** The words of `text` as a scan reads them, without matching anything (tests, tools). */
export function readWords(text: string): WordView {
  const norm = createNormBuffer();
  const tokens = createTokenBuffer();
  normaliseInto(text, norm);
  tokeniseInto(norm.codes, norm.length, tokens);
  return { codes: norm.codes, toOriginal: norm.toOriginal, length: norm.length, tokens };
}

/** Work counter of the engine's thread runner (state visits + transitions), for linearity tests. */
export function engineSteps(compiled: CompiledGuidance): number {
  return compiled.scratch.runner.steps;
}

/** For the live pattern tester: null when the pattern is fine, otherwise the error to show. */
export function checkPattern(pattern: string, slots?: SlotLists): PatternError | null {
  try {
    parseWithinBudget(pattern, slots);
    return null;
  } catch (error) {
    if (error instanceof PatternError) return error;
    throw error;
  }
}
