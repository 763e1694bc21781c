/**
 * Where the request a pattern caught really starts. A pattern matches the words that make the request
 * ("fasse le buzz", "doit faire le buzz"), but its rewrite is a whole request: put in place of those
 * words alone it leaves the clause's subject dangling ("Il faut que cette vidéo quels objectifs…").
 * So Replace and the underline start at the clause's first words when what stands before the match
 * is a short subject or frame ("Il faut que cette vidéo", "Marc wants you to"), and stay on the match
 * when it is a clause of its own ("The video is ready so…"), a greeting or a lead-in. Pure, and cheap:
 * it reads at most LOOK_BACK characters before the match, never the whole draft.
 */

/** Sentence ends and clause breaks: the request's clause starts after the last of them. */
const BOUNDARY = /[.!?…\n\r,;:()[\]–—«»"“”]/u;
/** A word, apostrophes and hyphens inside. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Words that open a clause of their own: what comes before them is said, not part of the request. */
const JOINS = new Set(
  'and but or so then because since also plus et mais ou donc alors puis car parce puisque sinon aussi'.split(
    ' ',
  ),
);
/** Lead-ins kept out of the request (the rewrite starts after them). */
const LEAD_INS = new Set('ok okay well anyway btw oh bon ben bref enfin'.split(' '));
/** A greeting before the request without a comma ("Hi team can you…"): the request starts after it. */
const GREETINGS = new Set('hi hello hey hiya dear yo bonjour bonsoir salut coucou allo'.split(' '));
/** Capitalised at a sentence start, yet subjects rather than names: "Il doit faire le buzz". */
const SUBJECTS = new Set(
  'il elle on ils elles ce cette ces ca ça cela le la les notre nos this that these it we they the our i'.split(
    ' ',
  ),
);
/** More words than this before the match are a clause of their own. */
const MAX_FRAME_WORDS = 6;
const LOOK_BACK = 80;

export function requestStart(text: string, matchStart: number): number {
  const from = Math.max(0, matchStart - LOOK_BACK);
  const before = text.slice(from, matchStart);
  let boundary = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (BOUNDARY.test(before.charAt(i))) {
      boundary = i;
      break;
    }
  }
  // Nothing found within the look-back: a long run of words, not a short frame.
  if (boundary < 0 && from > 0) return matchStart;
  const clause = before.slice(boundary + 1);
  const words = [...clause.matchAll(WORD)];
  let first = 0;
  while (first < words.length && LEAD_INS.has(words[first]![0].toLowerCase())) first++;
  const frame = words.slice(first);
  if (frame.length === 0 || frame.length > MAX_FRAME_WORDS) return matchStart;
  if (frame.some((word) => JOINS.has(word[0].toLowerCase()))) return matchStart;
  if (GREETINGS.has(frame[0]![0].toLowerCase())) return matchStart;
  // "Marie can you…", "Jean-Paul tu peux…": a name said to the reader, not the request's subject.
  const isName = (word: string) => /^\p{Lu}/u.test(word) && !SUBJECTS.has(word.toLowerCase());
  if (frame.length <= 2 && frame.every((word) => isName(word[0]))) return matchStart;
  return from + boundary + 1 + frame[0]!.index;
}
