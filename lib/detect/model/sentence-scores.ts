/**
 * How the classifier scores the sentences of a scan: the words of the patterns' own scan (no second
 * normalisation), each sentence whole and, when long enough, clause by clause. Pure.
 */
import type { WordView } from '../index';
import { ENGLISH_WORD, FRENCH_WORD, languageFromCounts, wordLanguage } from '../language';
import { originalEnd } from '../normalise';
import { modelWord, type Sentence } from '../sentences';
import type { Lang } from '../types';
import type { SentenceClassifier, WordFeatures } from './classifier';
import { clauseRanges } from './request-span';

interface WordInfo {
  features: WordFeatures;
  lang: number;
}

/**
 * Per classifier, the features of each normalised word by the hash the tokeniser gave it: a scan reads
 * a draft's words without building a string for each. Past WORD_MEMORY words the memory starts over.
 */
const wordInfos = new WeakMap<SentenceClassifier, Map<number, WordInfo>>();
const WORD_MEMORY = 20_000;

function wordInfo(classifier: SentenceClassifier, view: WordView, token: number): WordInfo {
  let memory = wordInfos.get(classifier);
  if (!memory) {
    memory = new Map();
    wordInfos.set(classifier, memory);
  }
  const { tokens, codes } = view;
  const hash = tokens.hash[token]!;
  let info = memory.get(hash);
  if (!info) {
    const word = modelWord(String.fromCharCode(...codes.subarray(tokens.start[token]!, tokens.end[token]!)));
    info = { features: classifier.featuresOf(word), lang: wordLanguage(word) };
    if (memory.size >= WORD_MEMORY) memory.clear();
    memory.set(hash, info);
  }
  return info;
}

const QUESTION = 0x3f;
const BANG = 0x21;

/** What the sentence ending at word `last` ends with, as splitSentences says it. */
function endingAfter(view: WordView, last: number): Sentence['ending'] {
  const { tokens, codes } = view;
  const to = last + 1 < tokens.count ? tokens.start[last + 1]! : view.length;
  let bang = false;
  for (let i = tokens.end[last]!; i < to; i++) {
    if (codes[i] === QUESTION) return '?';
    if (codes[i] === BANG) bang = true;
  }
  return bang ? '!' : '';
}

/** Whether a clause break (, ; : bracket, dash) stands between word `token` and the one before. */
function breakBefore(view: WordView, token: number): boolean {
  const { tokens, codes } = view;
  const from = tokens.end[token - 1]!;
  const to = tokens.start[token]!;
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d)
      return true;
    if (c === 0x2013 || c === 0x2014) return true;
    if (c === 0x2d && i > from && i + 1 < to && codes[i - 1] === 0x20 && codes[i + 1] === 0x20) return true;
  }
  return false;
}

/** Word ranges [first, after) of the view's sentences, in order. */
export function sentenceRanges(view: WordView): [number, number][] {
  const { tokens } = view;
  const ranges: [number, number][] = [];
  let first = 0;
  while (first < tokens.count) {
    let after = first + 1;
    while (after < tokens.count && tokens.sentence[after] === tokens.sentence[first]) after++;
    ranges.push([first, after]);
    first = after;
  }
  return ranges;
}

/** Where the sentence of words [first, after) lies in the original text. */
export function sentencePlace(text: string, view: WordView, first: number, after: number) {
  const { tokens, toOriginal } = view;
  return {
    start: toOriginal[tokens.start[first]!]!,
    end: originalEnd(text, toOriginal, tokens.end[after - 1]! - 1),
  };
}

export interface ScoredSentence {
  lang: Lang;
  ending: Sentence['ending'];
  /** Word ranges scored: the whole sentence, then each clause when there are several. */
  spans: [number, number][];
  /** The label probabilities of each span. */
  scored: Float64Array[];
  /** The sentence as model tokens joined by spaces (for must-not-match examples), worked out on demand. */
  key(): string;
}

/**
 * Per classifier, the scores of sentences already seen, by their words (the tokeniser's hashes), clause
 * breaks and ending: typing changes one sentence at a time, so a rescan of a long draft scores only
 * the one that changed. Holds scores and model tokens of the current draft's sentences, never their
 * text, and only in memory; past SENTENCE_MEMORY sentences it starts over.
 */
const sentenceMemos = new WeakMap<SentenceClassifier, Map<string, ScoredSentence>>();
const SENTENCE_MEMORY = 4_000;

function sentenceKey(view: WordView, first: number, after: number): string {
  const { tokens } = view;
  // Two independent 32-bit mixes: a collision would need both to collide for the same word count.
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let t = first; t < after; t++) {
    const word = tokens.hash[t]! ^ (t > first && breakBefore(view, t) ? 0x5bd1e995 : 0);
    a = Math.imul(a ^ word, 0x01000193);
    b = Math.imul(b ^ word, 0x85ebca6b) ^ (b >>> 13);
  }
  return `${a >>> 0}.${b >>> 0}.${after - first}${endingAfter(view, after - 1)}`;
}

export function scoreSentence(
  classifier: SentenceClassifier,
  view: WordView,
  first: number,
  after: number,
): ScoredSentence {
  let memo = sentenceMemos.get(classifier);
  if (!memo) {
    memo = new Map();
    sentenceMemos.set(classifier, memo);
  }
  const key = sentenceKey(view, first, after);
  const known = memo.get(key);
  if (known) return known;
  const scored = scoreSentenceAfresh(classifier, view, first, after);
  if (memo.size >= SENTENCE_MEMORY) memo.clear();
  memo.set(key, scored);
  return scored;
}

function scoreSentenceAfresh(
  classifier: SentenceClassifier,
  view: WordView,
  first: number,
  after: number,
): ScoredSentence {
  const words: WordFeatures[] = [];
  const breaks: boolean[] = [];
  let french = 0;
  let english = 0;
  for (let t = first; t < after; t++) {
    const info = wordInfo(classifier, view, t);
    words.push(info.features);
    breaks.push(t > first && breakBefore(view, t));
    if (info.lang & FRENCH_WORD) french++;
    if (info.lang & ENGLISH_WORD) english++;
  }
  const ending = endingAfter(view, after - 1);
  const endingWord = ending ? classifier.featuresOf(ending) : undefined;
  const count = words.length;
  const units = clauseRanges(
    words.map((word) => word.text),
    breaks,
  );
  const spans: [number, number][] = units.length > 1 ? [[0, count], ...units] : [[0, count]];
  const scored = spans.map(([from, to]) =>
    classifier.scoreWords(words, from, to, to === count ? endingWord : undefined),
  );
  let key: string | undefined;
  return {
    lang: languageFromCounts(french, english),
    ending,
    spans,
    scored,
    key: () => {
      key ??= [...words.map((word) => word.text), ...(ending ? [ending] : [])].join(' ');
      return key;
    },
  };
}

/** A sentence's score for a label: its best over the whole sentence and its clauses. */
export function bestScore(sentence: ScoredSentence, label: number): number {
  let score = 0;
  for (const scores of sentence.scored) score = Math.max(score, scores[label]!);
  return score;
}

/** The topic model's probability that the sentence of words [first, after) is about the requests' subjects. */
export function topicScore(topic: SentenceClassifier, view: WordView, first: number, after: number): number {
  const words: WordFeatures[] = [];
  for (let t = first; t < after; t++) words.push(wordInfo(topic, view, t).features);
  const ending = endingAfter(view, after - 1);
  const endingWord = ending ? topic.featuresOf(ending) : undefined;
  return topic.scoreWords(words, 0, words.length, endingWord)[topic.labels.indexOf('topic')] ?? 1;
}
