import { compileGuidance, engineSteps, findMatches, patternCost } from '../../../lib/detect/index';

/** Engine work (state visits + transitions) per word for a text of `words` words. */
function stepsPerWord(patterns: string[], word: (i: number) => string, words: number): number {
  const compiled = compileGuidance([{ id: 'r', patterns: { en: patterns } }]);
  const text = Array.from({ length: words }, (_, i) => word(i)).join(' ');
  const before = engineSteps(compiled);
  findMatches(compiled, text);
  return (engineSteps(compiled) - before) / words;
}

const PATHOLOGICAL = [
  '(a|a a|a a a) * (a|a a) *6 a',
  '[a] [a] [a] [a] [a] [a] a *6 a *6 a',
  '(a|{x}) *6 ({x}|a) *6 a',
  '(a (a|b [a]) *3|a [a] [a]) * a',
];

describe('work stays linear in the text length', () => {
  it.each(PATHOLOGICAL)('on a run of "a" words for %j', (pattern) => {
    const cost = patternCost(pattern);
    const short = stepsPerWord([pattern], () => 'a', 500);
    const long = stepsPerWord([pattern], () => 'a', 8000);
    // Per-word work does not grow with the text...
    expect(long).toBeLessThanOrEqual(short * 1.2);
    // ...and is bounded by the automaton's size (states × their transitions), whatever the pattern.
    expect(long).toBeLessThanOrEqual(4 * cost * cost);
  });

  it('does almost nothing per word on text none of the patterns mention', () => {
    const perWord = stepsPerWord(
      PATHOLOGICAL.filter((p) => !p.includes('{x}')),
      (i) => `word${i % 50}`,
      5000,
    );
    expect(perWord).toBe(0);
  });

  it('stays linear with all patterns together on mixed text', () => {
    const vocabulary = ['a', 'b', 'x', 'a', 'a'];
    const word = (i: number) => vocabulary[(i * 7 + (i >> 3)) % vocabulary.length]!;
    const short = stepsPerWord(PATHOLOGICAL, word, 1000);
    const long = stepsPerWord(PATHOLOGICAL, word, 16000);
    expect(long).toBeLessThanOrEqual(short * 1.2);
  });
});

describe('sentences that cannot hold a match cost no automaton work', () => {
  const rules = [{ id: 'post-now', patterns: { en: ['(post|publish) (this|it) * (now|asap)'] } }];

  function stepsFor(text: string): { steps: number; found: number } {
    const compiled = compileGuidance(rules);
    const before = engineSteps(compiled);
    const found = findMatches(compiled, text).length;
    return { steps: engineSteps(compiled) - before, found };
  }

  it('skips sentences that lack one of the words every match needs', () => {
    // Each sentence has some of the pattern's words, never all of its required parts.
    const text = 'Please post this today. We publish it on Friday. Do it now. Send this asap.\n'.repeat(200);
    expect(stepsFor(text)).toEqual({ steps: 0, found: 0 });
  });

  it('still finds the request in the one sentence that has them all', () => {
    const text = `${'Please post this today. Do it now.\n'.repeat(200)}Can you post this right now? Thanks.`;
    const { steps, found } = stepsFor(text);
    expect(found).toBe(1);
    expect(steps).toBeLessThan(20);
  });
});

describe('word stamps kept in 16 bits', () => {
  it('still finds every request after 65,535 words, when the stamps start again', () => {
    const compiled = compileGuidance([{ id: 'r', patterns: { en: ['make (this|it) go viral', 'a *3 b'] } }]);
    // 14,000 sentences of 6 words: 84,000 words, the stamps cleared once on the way.
    const sentences = Array.from({ length: 14_000 }, (_, i) =>
      i % 2 === 0 ? 'Can you make this go viral?' : 'So a c d b then.',
    );
    const text = sentences.join(' ');
    const matches = findMatches(compiled, text);
    expect(matches).toHaveLength(14_000);
    // Every one whole: no thread was lost or doubled around the clearing.
    const spans = new Set(matches.map((match) => text.slice(match.start, match.end)));
    expect([...spans].sort()).toEqual(['a c d b', 'make this go viral']);
    // The same runner, a second text: the count goes on from where it was.
    expect(findMatches(compiled, 'Please make it go viral')).toHaveLength(1);
  });
});
