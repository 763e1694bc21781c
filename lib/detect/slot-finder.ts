/**
 * Finds an entry of a slot list (the networks) among a sentence's words, for rewrites the classifier's
 * hits fill in ("What do you think of {network}?"). A one-word entry of six letters or more also
 * matches with one typo after its first letter ("Thredas", "Linkdin"); it is then filled in as the list
 * spells it. Shorter names are too close to everyday words ("vidéo" is one letter from "Vimeo").
 */
import { normalise } from './normalise';
import type { SentenceWord } from './sentences';
import { tokenise } from './tokenise';

export interface SlotEntry {
  /** The entry as the list spells it. */
  spelling: string;
  /** Its normalised words. */
  words: string[];
}

export function prepareSlotEntries(entries: readonly string[]): SlotEntry[] {
  return entries
    .map((spelling) => ({ spelling, words: tokenise(normalise(spelling).text).map((word) => word.text) }))
    .filter((entry) => entry.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface SlotFound {
  /** What to fill the slot with: the words as written, or the list's spelling after a typo. */
  value: string;
  start: number;
  end: number;
}

/**
 * The first entry found in the sentence (longest entries first at each word). A one-letter entry (X)
 * only counts written as a capital in the text, so that "2 x 3" is not taken for a network.
 */
export function findSlotEntry(
  text: string,
  words: readonly SentenceWord[],
  entries: readonly SlotEntry[],
): SlotFound | undefined {
  for (let at = 0; at < words.length; at++) {
    for (const entry of entries) {
      const length = entry.words.length;
      if (at + length > words.length) continue;
      let exact = true;
      let typo = false;
      for (let k = 0; k < length && exact; k++) {
        const word = words[at + k]!.text;
        if (word !== entry.words[k]) {
          exact = false;
          const name = entry.words[0]!;
          typo = length === 1 && name.length >= 6 && word[0] === name[0] && withinOneTypo(word, name);
        }
      }
      if (!exact && !typo) continue;
      const start = words[at]!.start;
      const end = words[at + length - 1]!.end;
      const written = text.slice(start, end);
      if (entry.words.length === 1 && entry.words[0]!.length === 1 && written !== written.toUpperCase())
        continue;
      return { value: exact ? written : entry.spelling, start, end };
    }
  }
  return undefined;
}
