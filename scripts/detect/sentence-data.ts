/**
 * From messages to the classifier's training lines: each sentence of a message gets the rules whose
 * ⟦marked⟧ words it holds, or `none`. Sentences are split and tokenised by lib/detect/sentences.ts, the
 * extension's own code, so training and inference read the same tokens.
 */
import { modelTokens, splitSentences } from '../../lib/detect/sentences';
import type { Example } from './dataset';

export interface LabelledSentence {
  tokens: string[];
  /** Rule ids, or ['none']. */
  labels: string[];
  source: string;
}

/**
 * The training lines of a message: each sentence, labelled; and each ⟦marked⟧ request on its own too,
 * when it is not its whole sentence, so that the model also learns the request's clause without the
 * rest (the page scores clauses of long sentences as well).
 */
export function trainingSentences(example: Example): LabelledSentence[] {
  const lines = labelledSentences(example);
  for (const mark of example.marks) {
    const [sentence] = splitSentences(example.text.slice(mark.start, mark.end));
    if (!sentence) continue;
    const tokens = modelTokens(sentence);
    if (lines.some((line) => line.tokens.join(' ') === tokens.join(' '))) continue;
    lines.push({ tokens, labels: [mark.rule], source: example.source });
  }
  return lines;
}

export function labelledSentences(example: Example): LabelledSentence[] {
  return splitSentences(example.text).map((sentence) => {
    const rules = new Set<string>();
    for (const mark of example.marks) {
      if (sentence.words.some((word) => word.start < mark.end && word.end > mark.start)) rules.add(mark.rule);
    }
    return {
      tokens: modelTokens(sentence),
      labels: rules.size > 0 ? [...rules].sort() : ['none'],
      source: example.source,
    };
  });
}

/** fastText's training line: labels first, then the tokens, space-separated. */
export function fastTextLine(sentence: LabelledSentence): string {
  return `${sentence.labels.map((label) => `__label__${label}`).join(' ')} ${sentence.tokens.join(' ')}`;
}

/** A seeded shuffle (mulberry32), so that training reads the lines in the same order every time. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
