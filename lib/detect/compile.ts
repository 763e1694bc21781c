/**
 * Compiles every pattern of every rule (both languages, exceptions too) into ONE word-level automaton.
 * The language has no repetition, so the automaton is a DAG whose size is bounded by the pattern's cost:
 * the matcher runs it as a set of threads (one per state), never backtracking.
 */
import { type AnchorTables, buildAnchorTables, compressed, type PatternCut, patternCuts } from './anchors';
import { type IntColumn, narrowed } from './columns';
import { buildDispatch, closureOf, type DispatchTables } from './dispatch';
import { ANY, type PackedGraph, packGraph, type RawGraph, RawKind } from './graph';
import { normalise } from './normalise';
import {
  type PatternAst,
  PatternError,
  type PatternErrorCode,
  type PatternNode,
  parsePattern,
} from './pattern';
import { PredicateTable } from './predicates';
import { tokenise } from './tokenise';
import type { DetectionRule, Lang, SlotLists } from './types';
import { LANGS } from './types';

/** Automaton states one pattern may use (a state per word it can read, gaps counting one per word). */
export const MAX_PATTERN_COST = 500;
/** Automaton states a whole guidance may use. */
export const MAX_TOTAL_COST = 100_000;
/** Words one slot entry may have ("google plus" is two). */
export const MAX_SLOT_ENTRY_WORDS = 6;

/** A pattern of a rule was refused: which rule, which language, which pattern, where and why. */
export class RulePatternError extends Error {
  override readonly name = 'RulePatternError';
  constructor(
    readonly ruleId: string,
    readonly lang: Lang,
    readonly kind: 'pattern' | 'exception',
    readonly patternIndex: number,
    readonly column: number,
    readonly code: PatternErrorCode,
    readonly detail: string,
  ) {
    super(`Rule "${ruleId}", ${lang} ${kind} ${patternIndex + 1}, column ${column}: ${detail}`);
  }
}

export interface PatternInfo {
  ruleIndex: number;
  lang: Lang;
  isException: boolean;
  patternIndex: number;
  /** The most words a match of this pattern can span. */
  maxSpan: number;
  hasSlots: boolean;
  /** Entry node in the raw graph (used to recover captures). */
  entry: number;
}

export interface Automaton extends DispatchTables, AnchorTables {
  rules: readonly DetectionRule[];
  patterns: PatternInfo[];
  predicates: PredicateTable;
  stateCount: number;
  /** Per state: its predicate id, or ANY (a view of the graph's values: state i is node i). */
  predOf: IntColumn;
  /** Per predicate id: start states that read a word satisfying it (CSR over startStates). */
  startIndex: IntColumn;
  startStates: IntColumn;
  /** Start states reading any word (patterns opening with a free slot). */
  anyStarts: IntColumn;
  /** Per pattern: its start states (CSR over patternStartStates). */
  patternStartIndex: IntColumn;
  patternStartStates: IntColumn;
  /** Per rule: start states of its (non-exception) patterns, for re-scans. */
  ruleStarts: IntColumn[];
  /** Per rule: the longest span of its (non-exception) patterns. */
  ruleMaxSpan: IntColumn;
  /** Per state: the pattern it belongs to (every state belongs to exactly one). */
  patternOfState: IntColumn;
  graph: PackedGraph;
}

/** The automaton's own integer columns (predOf, ruleStarts, keyTable and the graph's apart). */
export const AUTOMATON_INT_COLUMNS = [
  'nextDispatch',
  'acceptOf',
  'anyIndex',
  'anyStates',
  'keyIndex',
  'keyPredicates',
  'keyStates',
  'startIndex',
  'startStates',
  'anyStarts',
  'patternStartIndex',
  'patternStartStates',
  'ruleMaxSpan',
  'patternOfState',
  'cutStart',
  'cutPredicates',
  'watchIndex',
  'watchedCuts',
  'cutRoot',
  'nodeCut',
  'nodeSkip',
  'nodePatternStart',
  'nodePatterns',
  'uncutPatterns',
] as const satisfies readonly (keyof Automaton)[];

/**
 * Every integer column in its narrowest array (columns.ts), predOf still a view of the graph's values.
 * The key table stays 32 bits: it is rebuilt on load, and its slots mix three kinds of number.
 */
function withNarrowColumns(automaton: Automaton): Automaton {
  const { graph } = automaton;
  const value = narrowed(graph.value);
  const columns = Object.fromEntries(
    AUTOMATON_INT_COLUMNS.map((name) => [name, narrowed(automaton[name])]),
  ) as Pick<Automaton, (typeof AUTOMATON_INT_COLUMNS)[number]>;
  return {
    ...automaton,
    ...columns,
    predOf: value.subarray(0, automaton.stateCount),
    ruleStarts: automaton.ruleStarts.map(narrowed),
    graph: {
      ...graph,
      value,
      next: narrowed(graph.next),
      splitStart: narrowed(graph.splitStart),
      splitTargets: narrowed(graph.splitTargets),
    },
  };
}

/**
 * Normalised entries per slot list, per slot-lists object: a list such as {network} is used by dozens
 * of patterns, and normalising its words again for each use was a third of the time of a compile.
 */
const entriesBySlots = new WeakMap<SlotLists, Map<string, string[][] | null>>();

function slotEntries(name: string, slots: SlotLists | undefined): string[][] | null {
  if (!slots) return null;
  let known = entriesBySlots.get(slots);
  if (!known) {
    known = new Map();
    entriesBySlots.set(slots, known);
  }
  let entries = known.get(name);
  if (entries === undefined) {
    entries = normalisedEntries(slots[name]);
    known.set(name, entries);
  }
  return entries;
}

function normalisedEntries(list: readonly string[] | undefined): string[][] | null {
  if (!list || list.length === 0) return null;
  const seen = new Set<string>();
  const entries: string[][] = [];
  for (const entry of list) {
    const words = tokenise(normalise(entry).text).map((word) => word.text);
    const key = words.join(' ');
    if (words.length === 0 || words.length > MAX_SLOT_ENTRY_WORDS || seen.has(key)) continue;
    seen.add(key);
    entries.push(words);
  }
  return entries.length > 0 ? entries : null;
}

/** Automaton states a parsed pattern needs. */
function astCost(sequence: readonly PatternNode[], slots: SlotLists | undefined): number {
  let cost = 0;
  for (const node of sequence) {
    if (node.kind === 'gap') cost += node.max;
    else if (node.kind === 'slot')
      cost += slotEntries(node.name, slots)?.reduce((sum, e) => sum + e.length, 0) ?? 1;
    else if (node.kind === 'choice')
      for (const alternative of node.alternatives) cost += astCost(alternative, slots);
    else cost += 1;
  }
  return cost;
}

function astMaxSpan(sequence: readonly PatternNode[], slots: SlotLists | undefined): number {
  let span = 0;
  for (const node of sequence) {
    if (node.kind === 'gap') span += node.max;
    else if (node.kind === 'slot')
      span += Math.max(1, ...(slotEntries(node.name, slots) ?? []).map((e) => e.length));
    else if (node.kind === 'choice')
      span += Math.max(...node.alternatives.map((alt) => astMaxSpan(alt, slots)));
    else span += 1;
  }
  return span;
}

function hasSlot(sequence: readonly PatternNode[]): boolean {
  return sequence.some(
    (node) => node.kind === 'slot' || (node.kind === 'choice' && node.alternatives.some(hasSlot)),
  );
}

/** Automaton states a pattern costs with these slot lists; throws PatternError if it does not parse. */
export function patternCost(pattern: string, slots?: SlotLists): number {
  return astCost(parsePattern(pattern), slots);
}

/** Parses and checks a pattern's cost. */
export function parseWithinBudget(pattern: string, slots: SlotLists | undefined): PatternAst {
  const ast = parsePattern(pattern);
  const cost = astCost(ast, slots);
  if (cost > MAX_PATTERN_COST) {
    throw new PatternError(
      'too-costly',
      1,
      `This pattern is too complex (${cost} steps, at most ${MAX_PATTERN_COST}): use fewer alternatives, shorter gaps or a shorter slot list.`,
    );
  }
  return ast;
}

/** Slot entries by their words (a trie), while their folded graph is worked out. */
interface EntryTrie {
  children: Map<string, EntryTrie>;
  ends: boolean;
}

/** Stands for the slot's end (its Close node) in an EntryGraph. */
const SLOT_END = -1;

/**
 * A slot list's entries as one folded word graph, worked out once per list and instantiated at each
 * use: entries that start alike share their first states ("could you", "could you please") and
 * entries that end alike share their last ones ("tu peux", "vous pouvez" both before the slot's end).
 * Built entry by entry, lists like {ask-fr}, used by fifty patterns, were a third of the automaton.
 * Items come children first; `next`/`targets` are item indexes or SLOT_END.
 */
interface EntryGraph {
  items: ({ word: string; next: number } | { targets: number[] })[];
  entry: number;
}

const graphByEntries = new WeakMap<string[][], EntryGraph>();

function entryGraphOf(entries: string[][]): EntryGraph {
  const known = graphByEntries.get(entries);
  if (known) return known;
  const root: EntryTrie = { children: new Map(), ends: false };
  for (const words of entries) {
    let at = root;
    for (const word of words) {
      let child = at.children.get(word);
      if (!child) {
        child = { children: new Map(), ends: false };
        at.children.set(word, child);
      }
      at = child;
    }
    at.ends = true;
  }
  const items: EntryGraph['items'] = [];
  // Hash-consing from the leaves up: two places with the same ways on become one item.
  const itemByKey = new Map<string, number>();
  const item = (key: string, make: () => EntryGraph['items'][number]): number => {
    let index = itemByKey.get(key);
    if (index === undefined) {
      index = items.push(make()) - 1;
      itemByKey.set(key, index);
    }
    return index;
  };
  const continuation = (trie: EntryTrie): number => {
    const targets: number[] = [];
    for (const [word, child] of trie.children) {
      const next = continuation(child);
      targets.push(item(`w${word} ${next}`, () => ({ word, next })));
    }
    // Going on before ending, as in a gap: spans stay longest.
    if (trie.ends) targets.push(SLOT_END);
    if (targets.length === 1) return targets[0]!;
    return item(`s${targets.join(',')}`, () => ({ targets }));
  };
  const graph = { items, entry: continuation(root) };
  graphByEntries.set(entries, graph);
  return graph;
}

class GraphBuilder {
  readonly raw: RawGraph = { kind: [], value: [], next: [], slotName: [] };

  constructor(
    private readonly predicates: PredicateTable,
    private readonly slots: SlotLists | undefined,
  ) {}

  node(kind: RawKind, value: number, next: number[], slotName = ''): number {
    this.raw.kind.push(kind);
    this.raw.value.push(value);
    this.raw.next.push(next);
    this.raw.slotName.push(slotName);
    return this.raw.kind.length - 1;
  }

  /** Builds the sequence backwards, each element pointing at what follows it (continuation style). */
  sequence(nodes: readonly PatternNode[], next: number): number {
    let entry = next;
    for (let i = nodes.length - 1; i >= 0; i--) entry = this.element(nodes[i]!, entry);
    return entry;
  }

  /** A slot list's folded word graph (entryGraphOf), its end leading to `close`. */
  private entryGraph(entries: string[][], close: number): number {
    const graph = entryGraphOf(entries);
    const nodes = new Array<number>(graph.items.length);
    const at = (index: number) => (index === SLOT_END ? close : nodes[index]!);
    graph.items.forEach((item, index) => {
      nodes[index] =
        'word' in item
          ? this.node(RawKind.Consume, this.predicates.exact(item.word), [at(item.next)])
          : this.node(RawKind.Split, 0, item.targets.map(at));
    });
    return at(graph.entry);
  }

  private element(node: PatternNode, next: number): number {
    switch (node.kind) {
      case 'word':
        return this.node(RawKind.Consume, this.predicates.exact(node.word), [next]);
      case 'prefix':
        return this.node(RawKind.Consume, this.predicates.prefix(node.stem), [next]);
      case 'fuzzy':
        return this.node(RawKind.Consume, this.predicates.fuzzy(node.word), [next]);
      case 'gap': {
        // 0..max words: each step either reads one more word or stops (reading first, so spans stay longest).
        let entry = next;
        for (let k = 0; k < node.max; k++)
          entry = this.node(RawKind.Split, 0, [this.node(RawKind.Consume, ANY, [entry]), next]);
        return entry;
      }
      case 'slot': {
        const close = this.node(RawKind.Close, 0, [next], node.name);
        const entries = slotEntries(node.name, this.slots);
        const body = entries ? this.entryGraph(entries, close) : this.node(RawKind.Consume, ANY, [close]);
        return this.node(RawKind.Open, 0, [body], node.name);
      }
      case 'choice': {
        const branches = node.alternatives.map((alternative) => this.sequence(alternative, next));
        if (node.optional) branches.push(next);
        return this.node(RawKind.Split, 0, branches);
      }
    }
  }
}

interface ParsedPattern {
  info: Omit<PatternInfo, 'entry'>;
  ast: PatternAst;
}

/** Parses every pattern, yielding after each one (see automatonSteps). */
function* parseRules(
  rules: readonly DetectionRule[],
  slots: SlotLists | undefined,
): Generator<void, ParsedPattern[]> {
  const parsed: ParsedPattern[] = [];
  let total = 0;
  for (const [ruleIndex, rule] of rules.entries()) {
    for (const isException of [false, true]) {
      const byLang = isException ? rule.exceptions : rule.patterns;
      for (const lang of LANGS) {
        for (const [patternIndex, pattern] of (byLang?.[lang] ?? []).entries()) {
          const kind = isException ? 'exception' : 'pattern';
          try {
            const ast = parseWithinBudget(pattern, slots);
            total += astCost(ast, slots);
            if (total > MAX_TOTAL_COST) {
              throw new PatternError(
                'too-costly',
                1,
                `All patterns together are too complex (over ${MAX_TOTAL_COST} steps).`,
              );
            }
            const info = {
              ruleIndex,
              lang,
              isException,
              patternIndex,
              maxSpan: astMaxSpan(ast, slots),
              hasSlots: hasSlot(ast),
            };
            parsed.push({ info, ast });
          } catch (error) {
            if (!(error instanceof PatternError)) throw error;
            throw new RulePatternError(
              rule.id,
              lang,
              kind,
              patternIndex,
              error.column,
              error.code,
              error.message,
            );
          }
          yield;
        }
      }
    }
  }
  return parsed;
}

/** Builds the single automaton for all rules. Throws RulePatternError on the first refused pattern. */
export function buildAutomaton(rules: readonly DetectionRule[], slots?: SlotLists): Automaton {
  const steps = automatonSteps(rules, slots);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildAutomaton in small steps: it yields after each pattern parsed, built and cut, and every few
 * thousand states, so that a page can compile a large guidance (about 100 ms at once) in slices between
 * its own work (compileGuidanceInSlices).
 */
export function* automatonSteps(
  rules: readonly DetectionRule[],
  slots?: SlotLists,
): Generator<void, Automaton> {
  const predicates = new PredicateTable();
  const builder = new GraphBuilder(predicates, slots);
  const parsed = yield* parseRules(rules, slots);
  const patternOfRaw: number[] = [];
  const patterns: PatternInfo[] = [];
  for (const [id, { info, ast }] of parsed.entries()) {
    const accept = builder.node(RawKind.Accept, id, []);
    const entry = builder.sequence(ast, accept);
    while (patternOfRaw.length < builder.raw.kind.length) patternOfRaw.push(id);
    patterns.push({ ...info, entry });
    yield;
  }
  const { raw } = builder;
  const cuts: PatternCut[][] = [];
  for (const { ast } of parsed) {
    cuts.push(patternCuts(ast, predicates, (name) => slotEntries(name, slots)));
    yield;
  }

  // Number the Consume nodes: they are the automaton's states.
  const stateOfRaw = new Int32Array(raw.kind.length).fill(-1);
  const rawOfState: number[] = [];
  raw.kind.forEach((kind, node) => {
    if (kind === RawKind.Consume) stateOfRaw[node] = rawOfState.push(node) - 1;
  });
  const stateCount = rawOfState.length;
  const memo = new Map<number, number[]>();
  const { graph, renumber } = packGraph(raw, rawOfState);
  const predOf = graph.value.subarray(0, stateCount);
  yield;
  const dispatch = yield* buildDispatch(raw, stateOfRaw, rawOfState, predOf, memo);

  const startsByPredicate: number[][] = Array.from({ length: predicates.size }, () => []);
  const anyStarts: number[] = [];
  const ruleStarts: number[][] = rules.map(() => []);
  const ruleMaxSpan = new Int32Array(rules.length);
  const patternStartIndex = new Int32Array(patterns.length + 1);
  const patternStartStates: number[] = [];
  for (const [id, pattern] of patterns.entries()) {
    for (const node of closureOf(raw, pattern.entry, memo)) {
      const state = stateOfRaw[node]!;
      patternStartStates.push(state);
      const predicate = predOf[state]!;
      if (predicate === ANY) anyStarts.push(state);
      else startsByPredicate[predicate]!.push(state);
      if (!pattern.isException) ruleStarts[pattern.ruleIndex]!.push(state);
    }
    if (!pattern.isException) {
      ruleMaxSpan[pattern.ruleIndex] = Math.max(ruleMaxSpan[pattern.ruleIndex]!, pattern.maxSpan);
    }
    patternStartIndex[id + 1] = patternStartStates.length;
    if (id % 64 === 63) yield;
  }
  yield;
  const anchors = buildAnchorTables(cuts, predicates.size);
  yield;
  const starts = compressed(startsByPredicate);

  return withNarrowColumns({
    rules,
    patterns: patterns.map((pattern) => ({ ...pattern, entry: renumber[pattern.entry]! })),
    predicates,
    stateCount,
    predOf,
    ...dispatch,
    startIndex: starts.start,
    startStates: starts.values,
    anyStarts: Int32Array.from(anyStarts),
    patternStartIndex,
    patternStartStates: Int32Array.from(patternStartStates),
    ruleStarts: ruleStarts.map((list) => Int32Array.from(list)),
    ruleMaxSpan,
    patternOfState: Int32Array.from(rawOfState, (node) => patternOfRaw[node]!),
    ...anchors,
    graph,
  });
}
