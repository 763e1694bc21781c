/**
 * Sentences as the learned classifier sees them: the words of the pattern engine (normalised: lower
 * case, no accents, apostrophes and hyphens split), grouped by the same sentence ends (`. ! ?` and line
 * breaks), each word with its place in the original text and whether a clause break (, ; : dash or
 * bracket) comes before it. Training (scripts/detect) and the extension share this, so the model reads
 * at run time exactly what it was trained on.
 */
import { normalise } from './normalise';
import { tokenise } from './tokenise';

export interface SentenceWord {
  /** The word as the model reads it (see modelWord). */
  text: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** A comma, semicolon, colon, dash or bracket stands between this word and the one before. */
  clauseBreak: boolean;
}

export interface Sentence {
  /** From the first word's start to the last word's end, in the original text. */
  start: number;
  end: number;
  words: SentenceWord[];
  /** What the sentence ends with, when it ends with ? or ! (before the next sentence or the end). */
  ending: '' | '?' | '!';
}

/** Whether the characters between two words hold a clause break: , ; : a bracket, a dash (– — or a spaced -). */
function isClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d)
      return true;
    if (c === 0x2013 || c === 0x2014) return true;
    if (
      c === 0x2d &&
      i > from &&
      i + 1 < to &&
      text.charCodeAt(i - 1) === 0x20 &&
      text.charCodeAt(i + 1) === 0x20
    ) {
      return true;
    }
  }
  return false;
}

const wordForms = new Map<string, string>();

/**
 * The word as the model reads it: digit runs become one 0 (dates, times and prices vary endlessly) and
 * a letter repeated three times or more is kept twice ("sooo" and "soooooo" read alike).
 */
export function modelWord(normalisedWord: string): string {
  let form = wordForms.get(normalisedWord);
  if (form === undefined) {
    form = normalisedWord.replace(/\d+/g, '0').replace(/(\p{L})\1{2,}/gu, '$1$1');
    // Words of one draft; past this many, the memory starts over.
    if (wordForms.size > 50_000) wordForms.clear();
    wordForms.set(normalisedWord, form);
  }
  return form;
}

const COMBINING = /\p{M}/u;

/** The tokens the model is given for a sentence: its words, then its ending mark when it has one. */
export function modelTokens(sentence: Sentence): string[] {
  const tokens = sentence.words.map((word) => word.text);
  if (sentence.ending) tokens.push(sentence.ending);
  return tokens;
}

/** Splits `text` into sentences of words, with original offsets. */
export function splitSentences(text: string): Sentence[] {
  const norm = normalise(text);
  const words = tokenise(norm.text);
  const sentences: Sentence[] = [];
  let current: Sentence | undefined;
  let currentNumber = -1;
  let previousEnd = 0;
  const endOf = (normEnd: number) => {
    // The original end of the word's last normalised character (accents written after it included).
    const last = norm.toOriginal[normEnd - 1]!;
    const code = text.charCodeAt(last);
    let end = last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    while (end < text.length && text.charCodeAt(end) >= 0x300 && COMBINING.test(text[end]!)) end++;
    return end;
  };
  const close = (gapEnd: number) => {
    if (!current) return;
    const question = norm.text.indexOf('?', previousEnd);
    const bang = norm.text.indexOf('!', previousEnd);
    current.ending = question >= 0 && question < gapEnd ? '?' : bang >= 0 && bang < gapEnd ? '!' : '';
    sentences.push(current);
  };
  for (const word of words) {
    if (word.sentence !== currentNumber) {
      close(word.start);
      current = { start: norm.toOriginal[word.start]!, end: 0, words: [], ending: '' };
      currentNumber = word.sentence;
      previousEnd = word.start;
    }
    const sentence = current!;
    sentence.words.push({
      text: modelWord(word.text),
      start: norm.toOriginal[word.start]!,
      end: endOf(word.end),
      clauseBreak: sentence.words.length > 0 && isClauseBreak(norm.text, previousEnd, word.start),
    });
    sentence.end = sentence.words[sentence.words.length - 1]!.end;
    previousEnd = word.end;
  }
  close(norm.text.length);
  return sentences;
}
