/**
 * Anchors: for each pattern, up to four "cuts", sets of word tests of which at least one MUST pass
 * somewhere in any sentence the pattern matches in. `(post|publish) (this|it) * now` has the cuts
 * {post, publish}, {this, it} and {now}: a sentence lacking any one of them cannot contain a match, so the
 * matcher does not even start that pattern there. Most sentences of ordinary prose hold no pattern's cuts
 * and cost no automaton work: this is what keeps a scan close to the cost of reading the text. The choice
 * of cuts only affects speed, never results: every cut is a true necessary condition.
 *
 * Each pattern's cheapest cut is its "primary": a sentence's words find, through an index, the patterns
 * whose primary cut holds; only those then have their other cuts checked, along a tree shared by the
 * patterns with the same primary. Identical cuts (a {network} list used by fifty patterns) are stored once. Cuts are "watched" (indexed, so reading a sentence tells
 * whether they hold) unless they are made of frequent words ("the", "on", "de"): those would make every
 * sentence visit hundreds of cuts, so they are checked only when a pattern needs them, once per sentence.
 */

import type { IntColumn } from './columns';
import type { PatternNode } from './pattern';
import type { PredicateTable } from './predicates';

/** Words so frequent in English and French prose that a cut made of them filters out little. */
const COMMON_WORDS = new Set(
  `a about all also am an and any are as at be been but by can could did do does for from get go got had
  has have he her his how i if in into is it its just let like me more my no not now of on one or our out
  please she so some than that the their them then there these they this to too up us was we were what
  when where which who why will with would you your
  ai as au aux avec avoir bien ce cela ces cet cette comme d dans de des du elle en est et etait etre eu
  fait faire il ils j je l la le les leur lui m ma mais me mes moi mon n ne nos notre nous on ont ou par
  pas peu peut peux plus pour pourquoi qu que quel quelle qui s sa sans se sera ses si son sont sur t ta
  te tes toi ton tout tres tu un une va vos votre vous y ca c
  d j l m n s t u r`.split(/\s+/),
);

const COMMON_COST = 1000;

/** Relative cost of anchoring on one word test: frequent words and short stems pass for many words. */
function testCost(kind: 'word' | 'prefix' | 'fuzzy', word: string): number {
  if (kind === 'word') return COMMON_WORDS.has(word) ? COMMON_COST : word.length <= 2 ? 20 : 1;
  if (kind === 'prefix') return word.length <= 3 ? 8 : 2;
  return 2;
}

/** Cuts kept per pattern: each one more rarely holds, and all must hold for the pattern to start. */
const MAX_CUTS = 4;

/** A set of predicate ids and its cost; `null` stands for "no cut possible" (infinite cost). */
interface Cut {
  ids: number[];
  cost: number;
}

/** Smallest-cost cut of one slot entry: any one of its words is required. */
function entryCut(words: readonly string[], predicates: PredicateTable): Cut | null {
  let best: Cut | null = null;
  for (const word of words) {
    const cost = testCost('word', word);
    if (!best || cost < best.cost) best = { ids: [predicates.exact(word)], cost };
  }
  return best;
}

/** Union of cuts, one per alternative: null as soon as one alternative has no anchor. */
function unionCut(cuts: readonly (Cut | null)[]): Cut | null {
  const ids = new Set<number>();
  let cost = 0;
  for (const cut of cuts) {
    if (!cut) return null;
    for (const id of cut.ids) ids.add(id);
    cost += cut.cost;
  }
  return { ids: [...ids], cost };
}

function elementCut(
  node: PatternNode,
  predicates: PredicateTable,
  slotEntries: (name: string) => string[][] | null,
): Cut | null {
  switch (node.kind) {
    case 'word':
      return { ids: [predicates.exact(node.word)], cost: testCost('word', node.word) };
    case 'prefix':
      return { ids: [predicates.prefix(node.stem)], cost: testCost('prefix', node.stem) };
    case 'fuzzy':
      return { ids: [predicates.fuzzy(node.word)], cost: testCost('fuzzy', node.word) };
    case 'gap':
      return null; // may read no word at all
    case 'slot': {
      const entries = slotEntries(node.name);
      return entries ? unionCut(entries.map((words) => entryCut(words, predicates))) : null;
    }
    case 'choice':
      return node.optional
        ? null
        : unionCut(node.alternatives.map((alt) => sequenceCut(alt, predicates, slotEntries)));
  }
}

/** Every element of a sequence is required, so the cheapest element's cut is one of the sequence. */
function sequenceCut(
  sequence: readonly PatternNode[],
  predicates: PredicateTable,
  slotEntries: (name: string) => string[][] | null,
): Cut | null {
  let best: Cut | null = null;
  for (const node of sequence) {
    const cut = elementCut(node, predicates, slotEntries);
    if (cut && (!best || cut.cost < best.cost)) best = cut;
  }
  return best;
}

export interface PatternCut {
  ids: number[];
  /** Holds in most sentences (it has a frequent word): not worth watching. */
  frequent: boolean;
}

/**
 * A pattern's cuts, cheapest first: the cheapest of its top-level elements' cuts, each of them required.
 * None when no element has one (a pattern made only of gaps and free slots): such a pattern always runs.
 */
export function patternCuts(
  ast: readonly PatternNode[],
  predicates: PredicateTable,
  slotEntries: (name: string) => string[][] | null,
): PatternCut[] {
  const cuts: Cut[] = [];
  for (const node of ast) {
    const cut = elementCut(node, predicates, slotEntries);
    if (cut) cuts.push(cut);
  }
  return cuts
    .sort((a, b) => a.cost - b.cost)
    .slice(0, MAX_CUTS)
    .map((cut) => ({ ids: cut.ids, frequent: cut.cost >= COMMON_COST }));
}

/**
 * The cuts as flat tables for the matcher. Cuts are deduplicated: a cut id stands for a set of tests.
 * Patterns sharing a primary cut hang from one tree, one node per distinct run of further cuts, so
 * fifty patterns whose second cut is the same {network} list test it once, and a failed test skips
 * every pattern below it.
 */
export interface AnchorTables {
  cutCount: number;
  /** Per cut: its predicates (CSR over cutPredicates). */
  cutStart: IntColumn;
  cutPredicates: IntColumn;
  /** Per predicate: the watched cuts it makes hold (CSR over watchedCuts). */
  watchIndex: IntColumn;
  watchedCuts: IntColumn;
  /** Per cut: 1 when watched. */
  cutWatched: Uint8Array;
  /** Per cut: the root node of the tree of patterns it is the primary cut of, or -1. */
  cutRoot: IntColumn;
  /**
   * The trees, in preorder. Per node: the cut it tests (a root's is its primary cut, known to hold),
   * the node after its subtree (where to go when the cut does not hold), and the patterns all of whose
   * cuts are tested on the way from the root to it (CSR over nodePatterns).
   */
  nodeCut: IntColumn;
  nodeSkip: IntColumn;
  nodePatternStart: IntColumn;
  nodePatterns: IntColumn;
  /** Patterns without cuts: they may start in every sentence. */
  uncutPatterns: IntColumn;
}

interface TrieNode {
  cut: number;
  patterns: number[];
  children: Map<number, TrieNode>;
}

/** The node for `cut` among `siblings`, made when missing. */
function childOf(siblings: Map<number, TrieNode>, cut: number): TrieNode {
  let node = siblings.get(cut);
  if (!node) {
    node = { cut, patterns: [], children: new Map() };
    siblings.set(cut, node);
  }
  return node;
}

/** Appends `node` and its subtree to the flat arrays, in preorder. */
function flatten(node: TrieNode, out: { cut: number[]; skip: number[]; patterns: number[][] }): void {
  const index = out.cut.length;
  out.cut.push(node.cut);
  out.skip.push(-1);
  out.patterns.push(node.patterns);
  for (const child of node.children.values()) flatten(child, out);
  out.skip[index] = out.cut.length;
}

/** Compressed rows: row i of `rows` is values[start[i] .. start[i + 1]). */
export function compressed(rows: readonly (readonly number[])[]): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => {
    start[i + 1] = start[i]! + row.length;
  });
  return { start, values: Int32Array.from(rows.flat()) };
}

export function buildAnchorTables(
  cutsByPattern: readonly PatternCut[][],
  predicateCount: number,
): AnchorTables {
  const cutIds = new Map<string, number>();
  const cutSets: number[][] = [];
  const frequent: boolean[] = [];
  const idOf = (cut: PatternCut): number => {
    const sorted = [...new Set(cut.ids)].sort((a, b) => a - b);
    const key = sorted.join(',');
    let id = cutIds.get(key);
    if (id === undefined) {
      id = cutSets.push(sorted) - 1;
      frequent.push(cut.frequent);
      cutIds.set(key, id);
    }
    return id;
  };
  const uncut: number[] = [];
  const roots = new Map<number, TrieNode>();
  cutsByPattern.forEach((cuts, pattern) => {
    const [primary, ...rest] = cuts.map(idOf);
    if (primary === undefined) {
      uncut.push(pattern);
      return;
    }
    let node = childOf(roots, primary);
    for (const cut of rest) node = childOf(node.children, cut);
    node.patterns.push(pattern);
  });
  const flat = { cut: [] as number[], skip: [] as number[], patterns: [] as number[][] };
  const cutRoot = new Int32Array(cutSets.length).fill(-1);
  for (const [cut, root] of roots) {
    cutRoot[cut] = flat.cut.length;
    flatten(root, flat);
  }
  // A primary cut is always watched: reading the sentence is how its tree is found.
  const watched = cutSets.map((_, cut) => cutRoot[cut]! >= 0 || !frequent[cut]);
  const cutsOfPredicate: number[][] = Array.from({ length: predicateCount }, () => []);
  cutSets.forEach((predicates, cut) => {
    if (watched[cut]) for (const predicate of predicates) cutsOfPredicate[predicate]!.push(cut);
  });
  const sets = compressed(cutSets);
  const watch = compressed(cutsOfPredicate);
  const nodePatterns = compressed(flat.patterns);
  return {
    cutCount: cutSets.length,
    cutStart: sets.start,
    cutPredicates: sets.values,
    watchIndex: watch.start,
    watchedCuts: watch.values,
    cutWatched: Uint8Array.from(watched, (yes) => (yes ? 1 : 0)),
    cutRoot,
    nodeCut: Int32Array.from(flat.cut),
    nodeSkip: Int32Array.from(flat.skip),
    nodePatternStart: nodePatterns.start,
    nodePatterns: nodePatterns.values,
    uncutPatterns: Int32Array.from(uncut),
  };
}
