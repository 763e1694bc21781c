/**
 * A slow, obviously-correct reading of the pattern language's semantics, straight from the spec:
 * every span every pattern can match (sets of positions, no automaton), then leftmost-longest per rule,
 * exceptions, and cross-rule resolution. The engine must agree with it on random patterns and texts.
 */
import { normalise, tokenise } from '../../../lib/detect/index';
import { type PatternNode, parsePattern } from '../../../lib/detect/pattern';
import type { DetectionRule, SlotLists } from '../../../lib/detect/types';
import { LANGS } from '../../../lib/detect/types';

function editDistanceAtMostOne(a: string, b: string): boolean {
  // Optimal string alignment distance, full table: slow and plain on purpose.
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]! <= 1;
}

function wordsOf(text: string): string[] {
  return tokenise(normalise(text).text).map((w) => w.text);
}

function ends(
  sequence: readonly PatternNode[],
  words: readonly string[],
  from: number,
  slots: SlotLists,
): Set<number> {
  let positions = new Set([from]);
  for (const node of sequence) {
    const next = new Set<number>();
    for (const p of positions) for (const e of nodeEnds(node, words, p, slots)) next.add(e);
    positions = next;
  }
  return positions;
}

function nodeEnds(node: PatternNode, words: readonly string[], p: number, slots: SlotLists): number[] {
  const word = words[p];
  switch (node.kind) {
    case 'word':
      return word === node.word ? [p + 1] : [];
    case 'prefix':
      return word?.startsWith(node.stem) ? [p + 1] : [];
    case 'fuzzy':
      return word !== undefined && editDistanceAtMostOne(word, node.word) ? [p + 1] : [];
    case 'gap':
      return Array.from({ length: node.max + 1 }, (_, k) => p + k).filter((e) => e <= words.length);
    case 'slot': {
      const list = slots[node.name];
      if (!list || list.length === 0) return word === undefined ? [] : [p + 1];
      return list
        .map(wordsOf)
        .filter((entry) => entry.length > 0 && entry.every((w, k) => words[p + k] === w))
        .map((entry) => p + entry.length);
    }
    case 'choice': {
      const out = node.alternatives.flatMap((alternative) => [...ends(alternative, words, p, slots)]);
      return node.optional ? [...out, p] : out;
    }
  }
}

interface RefSpan {
  rule: number;
  start: number;
  end: number;
}

/** Matches as [ruleId, original start, original end], by the spec. */
export function referenceMatches(rules: readonly DetectionRule[], text: string, slots: SlotLists = {}) {
  const { text: normalised, toOriginal } = normalise(text);
  const words = tokenise(normalised);
  const sentences = new Map<number, number[]>();
  words.forEach((w, index) => {
    sentences.set(w.sentence, [...(sentences.get(w.sentence) ?? []), index]);
  });

  const spansOf = (rule: number, patterns: readonly string[]): RefSpan[] => {
    const spans: RefSpan[] = [];
    for (const pattern of patterns) {
      const ast = parsePattern(pattern);
      for (const indices of sentences.values()) {
        const sentence = indices.map((i) => words[i]!.text);
        for (let s = 0; s < sentence.length; s++) {
          for (const e of ends(ast, sentence, s, slots)) {
            if (e > s) spans.push({ rule, start: indices[s]!, end: indices[e - 1]! + 1 });
          }
        }
      }
    }
    return spans;
  };

  const kept: RefSpan[] = [];
  rules.forEach((rule, r) => {
    const all = spansOf(
      r,
      LANGS.flatMap((lang) => rule.patterns[lang] ?? []),
    );
    const exceptions = spansOf(
      r,
      LANGS.flatMap((lang) => rule.exceptions?.[lang] ?? []),
    );
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    let minStart = 0;
    for (const span of all) {
      if (span.start < minStart) continue;
      minStart = span.end;
      if (!exceptions.some((x) => x.start < span.end && span.start < x.end)) kept.push(span);
    }
  });
  kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rule - b.rule);
  const result: [string, number, number][] = [];
  let lastEnd = 0;
  for (const span of kept) {
    if (span.start < lastEnd) continue;
    lastEnd = span.end;
    const last = words[span.end - 1]!;
    result.push([rules[span.rule]!.id, toOriginal[words[span.start]!.start]!, toOriginal[last.end - 1]! + 1]);
  }
  return result;
}
