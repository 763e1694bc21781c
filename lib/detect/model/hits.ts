/**
 * The classifier's side of detection: each sentence the patterns left alone is scored, and a score over
 * the rule's threshold (per language, calibrated on the dev set) becomes a match covering the request's
 * clause or sentence, greetings, names and thanks left out. Exceptions and a rule's must-not-match
 * examples veto these hits as they do pattern matches. Pure.
 */
import { readWords, type WordView } from '../index';
import { type Sentence, type SentenceWord, splitSentences } from '../sentences';
import { findSlotEntry, type SlotEntry } from '../slot-finder';
import type { Lang, Match } from '../types';
import type { SentenceClassifier } from './classifier';
import { requestWords } from './request-span';
import {
  bestScore,
  type ScoredSentence,
  scoreSentence,
  sentencePlace,
  sentenceRanges,
  topicScore,
} from './sentence-scores';

export { requestWords } from './request-span';

export interface ModelRule {
  id: string;
  /** Sentences (as model tokens joined by spaces) the rule's examples say must not be flagged. */
  noMatch: ReadonlySet<string>;
}

export interface ModelSetup {
  classifier: SentenceClassifier;
  /** Per rule id, the score from which a sentence is flagged, per language. */
  thresholds: Readonly<Record<string, Readonly<Record<Lang, number>>>>;
  /** The rules the model may flag (those of the four built-in ids that are in force). */
  rules: readonly ModelRule[];
  /** Entries of the `network` slot list, to fill {network} in rewrites. */
  networks: readonly SlotEntry[];
  /** Per rule id and language, the score under which the model overrules a pattern match (see confirmedMatches). */
  patternFloors?: Readonly<Record<string, Readonly<Record<Lang, number>>>>;
  /** The topic model and the score a sentence needs from it before any rule may flag it. */
  topic?: { classifier: SentenceClassifier; gate: number };
}

/** Where a pattern match or an exception sits; the model leaves those places alone. */
export interface Place {
  ruleId: string;
  start: number;
  end: number;
}

const overlaps = (place: Place, start: number, end: number) => place.start < end && place.end > start;

/** A sentence the model may flag for a rule: no pattern there, no veto, and its score. */
export interface Candidate {
  ruleId: string;
  /** Index of the rule's label in the classifier's output. */
  label: number;
  /** The best score of the sentence or one of its clauses. */
  score: number;
  lang: Lang;
  /** The sentence, in the original text, and what it ends with. */
  start: number;
  end: number;
  ending: Sentence['ending'];
  /** The words [from, to) of the sentence that scored best: the whole sentence or one clause. */
  from: number;
  to: number;
  /** The topic model's score of the sentence (1 without a topic model). */
  topic: number;
}

/**
 * Each (sentence, rule) the model may flag with a score of at least `minScore(rule, lang)`: sentences
 * of two words or more that no pattern match overlaps, for rules whose exceptions and must-not-match
 * examples leave the sentence alone. A sentence's score for a rule is its best over the whole sentence
 * and, in longer sentences, each clause alone (two requests in one sentence, a request after an aside).
 */
function collectCandidates(
  text: string,
  view: WordView,
  setup: ModelSetup,
  matches: readonly Match[],
  vetoes: readonly Place[],
  minScore: (ruleId: string, lang: Lang) => number,
): Candidate[] {
  const { classifier } = setup;
  const candidates: Candidate[] = [];
  const labels = setup.rules.map((rule) => classifier.labels.indexOf(rule.id));
  for (const [first, after] of sentenceRanges(view)) {
    // One word alone ("Threads?", "Viral!") says too little to flag.
    if (after - first < 2) continue;
    const { start, end } = sentencePlace(text, view, first, after);
    // The patterns already flagged this sentence: their span and slots are exact, the model adds nothing.
    if (matches.some((match) => overlaps(match, start, end))) continue;
    const sentence = scoreSentence(classifier, view, first, after);
    const { lang, spans, scored } = sentence;
    // The topic model's word: asked once per sentence, and only when some rule may flag it.
    let topic: number | undefined;
    setup.rules.forEach((rule, index) => {
      const label = labels[index]!;
      if (label < 0) return;
      const score = bestScore(sentence, label);
      const floor = minScore(rule.id, lang);
      if (score < floor) return;
      if (rule.noMatch.has(sentence.key())) return;
      topic ??= setup.topic ? topicScore(setup.topic.classifier, view, first, after) : 1;
      if (vetoes.some((veto) => veto.ruleId === rule.id && overlaps(veto, start, end))) return;
      // The words to cover: the likeliest clause when it passes alone, else the whole sentence.
      let best = 0;
      for (let k = 1; k < scored.length; k++)
        if (k === 1 || scored[k]![label]! > scored[best]![label]!) best = k;
      if (best > 0 && scored[best]![label]! < floor) best = 0;
      const [from, to] = spans[best]!;
      candidates.push({
        ruleId: rule.id,
        label,
        score,
        lang,
        start,
        end,
        ending: sentence.ending,
        from,
        to,
        topic: topic!,
      });
    });
  }
  return candidates;
}

/**
 * The model's score, for its rule, of the sentence a pattern match sits in (its best over the sentence
 * and its clauses); undefined when the model has no say (a team rule, a one-word sentence).
 */
export function patternMatchScore(
  text: string,
  setup: ModelSetup,
  match: Match,
  view: WordView,
  memo = new Map<number, ScoredSentence>(),
): number | undefined {
  const label = setup.classifier.labels.indexOf(match.ruleId);
  if (label < 0 || !setup.rules.some((rule) => rule.id === match.ruleId)) return undefined;
  const range = sentenceRanges(view).find(([first, after]) => {
    const place = sentencePlace(text, view, first, after);
    return place.start <= match.start && match.start < place.end;
  });
  if (!range || range[1] - range[0] < 2) return undefined;
  let sentence = memo.get(range[0]);
  if (!sentence) {
    sentence = scoreSentence(setup.classifier, view, range[0], range[1]);
    memo.set(range[0], sentence);
  }
  return bestScore(sentence, label);
}

/**
 * The patterns' matches of the model's rules that the model confirms: a match is dropped when its
 * sentence scores under the rule's floor (calibrated on dev; the model file's `patternFloors`), as
 * "I'll post the minutes now" does for post-now. Team rules and rules without a floor keep every match.
 */
export function confirmedMatches(
  text: string,
  setup: ModelSetup,
  matches: readonly Match[],
  view: WordView,
): Match[] {
  const floors = setup.patternFloors;
  if (!floors || matches.length === 0) return [...matches];
  const memo = new Map<number, ScoredSentence>();
  return matches.filter((match) => {
    const floor = floors[match.ruleId]?.[match.lang];
    if (floor === undefined) return true;
    const score = patternMatchScore(text, setup, match, view, memo);
    return score === undefined || score >= floor;
  });
}

/** Every candidate whatever the thresholds (calibration reads these). */
export function modelCandidates(
  text: string,
  view: WordView,
  setup: ModelSetup,
  matches: readonly Match[],
  vetoes: readonly Place[],
): Candidate[] {
  return collectCandidates(text, view, setup, matches, vetoes, () => 0);
}

/** The words of a candidate's sentence with their places in the text (split again: hits only, rare). */
function sentenceWords(text: string, candidate: Candidate): SentenceWord[] {
  const [sentence] = splitSentences(text.slice(candidate.start, candidate.end));
  return sentence!.words.map((word) => ({
    ...word,
    start: word.start + candidate.start,
    end: word.end + candidate.start,
  }));
}

/** The model's matches in `text`: candidates over their rule's threshold, on the words that ask. */
export function findModelHits(
  text: string,
  setup: ModelSetup,
  matches: readonly Match[],
  vetoes: readonly Place[],
  view: WordView = readWords(text),
): Match[] {
  const threshold = (ruleId: string, lang: Lang) =>
    setup.thresholds[ruleId]?.[lang] ?? Number.POSITIVE_INFINITY;
  const hits: Match[] = [];
  const gate = setup.topic?.gate ?? 0;
  for (const candidate of collectCandidates(text, view, setup, matches, vetoes, threshold)) {
    if (candidate.topic < gate) continue;
    const words = sentenceWords(text, candidate).slice(candidate.from, candidate.to);
    const [from, to] = requestWords(text, words);
    const covered = to > from ? words.slice(from, to) : words;
    const network = findSlotEntry(text, covered, setup.networks);
    hits.push({
      ruleId: candidate.ruleId,
      start: covered[0]!.start,
      end: covered[covered.length - 1]!.end,
      captures: network ? { network: network.value } : {},
      lang: candidate.lang,
      source: 'model',
      score: candidate.score,
    });
  }
  // Two rules on the same words: the likelier one speaks (two requests in two clauses both stay).
  return hits.filter(
    (hit) =>
      !hits.some(
        (other) => other !== hit && other.score! > hit.score! && overlaps(other, hit.start, hit.end),
      ),
  );
}
