/**
 * Which words of a flagged sentence a suggestion covers: the request's clause, with the greeting, the
 * name, the lead-in and the thanks left out, so that Replace keeps the writer's "Hi Marie," and "merci".
 */
import type { SentenceWord } from '../sentences';

const GREETINGS = new Set(
  'hi hello hey hiya dear morning afternoon evening good yo greetings bonjour bonsoir salut coucou allo hello re cc'.split(
    ' ',
  ),
);
const LEAD_INS = new Set(
  'btw ps ok okay so also anyway well oh and but sinon bref donc alors aussi du coup enfin et mais ah bon ben'.split(
    ' ',
  ),
);
const THANKS = new Set(
  'thanks thank you thx ty please pls plz cheers merci beaucoup stp svp sil te vous plait bises bisous a plus'.split(
    ' ',
  ),
);

const isCapitalised = (text: string, word: SentenceWord) => {
  const first = text.charAt(word.start);
  return first !== first.toLowerCase();
};

/** Words [from, to) of the sentence that make the request: greetings, names, lead-ins and thanks cut off. */
export function requestWords(text: string, words: readonly SentenceWord[]): [number, number] {
  let from = 0;
  let to = words.length;
  for (let round = 0; round < 2; round++) {
    // A short opening clause that is a greeting, a name or a lead-in ("Hi Marie,", "Julie,", "Btw,").
    let next = from + 1;
    while (next < to && !words[next]!.clauseBreak) next++;
    if (next >= to || next - from > 4) break;
    const opening = words.slice(from, next);
    const first = opening[0]!.text;
    const names = opening.every((word) => isCapitalised(text, word));
    if (
      !(
        GREETINGS.has(first) ||
        (LEAD_INS.has(first) && opening.length <= 2) ||
        (names && opening.length <= 2)
      )
    )
      break;
    from = next;
  }
  // "Hi team can you…", "Hey Marie can you…": a greeting and one more word without a comma.
  if (from === 0 && to - from > 4 && GREETINGS.has(words[0]!.text)) {
    from =
      words[1] &&
      (isCapitalised(text, words[1]) || /^(team|all|guys|folks|everyone|tous|toi|vous)$/.test(words[1].text))
        ? 2
        : 1;
  }
  // A closing clause of thanks or a name ("…, thanks", "…, merci Paul").
  let last = to - 1;
  while (last > from && !words[last]!.clauseBreak) last--;
  if (last > from && to - last <= 3) {
    const closing = words.slice(last, to);
    if (closing.every((word) => THANKS.has(word.text) || isCapitalised(text, word))) to = last;
  }
  return [from, to];
}

/** Words that join two clauses: a sentence may hold two requests, or a request after an aside. */
const JOINS = new Set(
  'and but or because so then plus et mais ou car donc puis parce sinon alors'.split(' '),
);
/** Clauses shorter than this are not scored alone (too little to go on). */
const MIN_CLAUSE = 3;
/** Sentences shorter than this are scored only whole. */
const MIN_SPLIT = 6;

/**
 * The clauses of a sentence of `words`: split before a clause break (a comma, a dash…) or a joining
 * word (and, mais…), each part at least MIN_CLAUSE words, else kept with its neighbour. Returns [from, to)
 * word ranges; a single range when the sentence is short or has no place to split.
 */
export function clauseRanges(words: readonly string[], breaks: readonly boolean[]): [number, number][] {
  if (words.length < MIN_SPLIT) return [[0, words.length]];
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < words.length; i++) {
    const splitHere = breaks[i] || JOINS.has(words[i]!);
    if (!splitHere || i - start < MIN_CLAUSE || words.length - i < MIN_CLAUSE) continue;
    ranges.push([start, i]);
    start = i;
  }
  ranges.push([start, words.length]);
  return ranges;
}
