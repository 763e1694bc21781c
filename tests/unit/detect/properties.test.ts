import fc from 'fast-check';
import { checkPattern, compileGuidance, findMatches } from '../../../lib/detect/index';
import type { DetectionRule, SlotLists } from '../../../lib/detect/types';
import { referenceMatches } from './reference-matcher';

/** Random patterns over a tiny vocabulary, so that they match often and overlap in tricky ways. */
const VOCABULARY = ['a', 'b', 'c', 'abcde', 'abcdf'];

const element: fc.Arbitrary<string> = fc.letrec<{ element: string; sequence: string }>((tie) => ({
  element: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
    { weight: 1, arbitrary: fc.constantFrom('abc*', 'abcde~', '{x}') },
    { weight: 1, arbitrary: fc.constantFrom('*', '*1', '*2', '…') },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.boolean(), fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }))
        .map(([optional, alts]) => (optional ? `[${alts.join('|')}]` : `(${alts.join('|')})`)),
    },
  ),
  sequence: fc.array(tie('element'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')),
})).element;

const pattern = fc
  .array(element, { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' '))
  .filter((p) => checkPattern(p) === null);

const rules: fc.Arbitrary<DetectionRule[]> = fc
  .array(
    fc.record({
      patterns: fc.array(pattern, { minLength: 1, maxLength: 3 }),
      exceptions: fc.array(pattern, { maxLength: 1 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((list) =>
    list.map((rule, i) => ({
      id: `r${i}`,
      patterns: { en: rule.patterns },
      exceptions: { en: rule.exceptions },
    })),
  );

const text = fc
  .array(fc.constantFrom('a', 'b', 'c', 'abcde', 'abcdf', 'abcxy', 'abdce', 'z', '.', ',', '\n'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));

describe('the engine against the spec', () => {
  it('agrees with a slow reference matcher on random patterns and texts', () => {
    // Lists whose entries share first or last words exercise the folded slot graph.
    const lists = fc.constantFrom<SlotLists>(
      {},
      { x: ['a b', 'c'] },
      { x: ['a', 'a b', 'a b c', 'c b', 'b'] },
      { x: ['c a', 'b a', 'a', 'abcde c a'] },
    );
    fc.assert(
      fc.property(rules, text, lists, (ruleList, draft, slots) => {
        const compiled = compileGuidance(ruleList, slots);
        const actual = findMatches(compiled, draft).map((m) => [m.ruleId, m.start, m.end]);
        expect(actual).toEqual(referenceMatches(ruleList, draft, slots));
      }),
      { numRuns: 600 },
    );
  });
});

/** Characters that must never change where a planted phrase is found. */
const NOISE = [
  '\u00a0',
  '\u202f',
  '\u200b',
  '\u200d',
  '👍',
  '🇫🇷',
  '—',
  ',',
  ';',
  '"',
  '(',
  ')',
  '«',
  '»',
  ' ',
  '  ',
  '\t',
];
const FILLER = ['lorem', 'ipsum', 'réunion', 'équipe', 'Straße', 'naïve', 'coût', 'œuvre', '123', 'x'];

/** Phrases as people type them, and the rule each must fire. */
const PLANTS: { phrase: string; rule: string }[] = [
  { phrase: 'Post this NOW', rule: 'post-now' },
  { phrase: 'publie ça tout de suite', rule: 'post-now' },
  { phrase: 'Publiez\u00a0ça tout\u00a0de suite', rule: 'post-now' },
  { phrase: 'make it go viral', rule: 'go-viral' },
  { phrase: 'faire le BUZZ', rule: 'go-viral' },
  { phrase: 'pourquoi on n’est pas sur TikTok', rule: 'new-network' },
  { phrase: "Why aren't we on Google Plus", rule: 'new-network' },
  { phrase: 'ROI des réseaux sociaux', rule: 'roi' },
  { phrase: 'ROI des re\u0301seaux sociaux', rule: 'roi' },
];

const PLANT_RULES: DetectionRule[] = [
  { id: 'post-now', patterns: { en: ['post this now'], fr: ['publie* ca tout de suite'] } },
  { id: 'go-viral', patterns: { en: ['make it go viral'], fr: ['faire le buzz'] } },
  {
    id: 'new-network',
    patterns: { en: ['why (aren t|are not) we on {network}'], fr: ['pourquoi on n est pas sur {network}'] },
  },
  { id: 'roi', patterns: { fr: ['roi des (reseaux|medias) sociaux'] } },
];

const piece = fc.oneof(
  fc.constantFrom(...NOISE),
  fc.constantFrom(...FILLER),
  fc.string({ maxLength: 3, unit: 'grapheme' }),
);

describe('phrases planted in noisy text', () => {
  const compiled = compileGuidance(PLANT_RULES, { network: ['TikTok', 'Google Plus'] });

  it('are found at their exact original offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(piece, { maxLength: 6 }), fc.constantFrom(...PLANTS)), { maxLength: 5 }),
        fc.array(piece, { maxLength: 6 }),
        (chunks, tail) => {
          let draft = '';
          const expected: [string, number, number][] = [];
          for (const [noise, plant] of chunks) {
            // Separate the phrase from the noise so it is its own words and its own sentence.
            draft += `${noise.join('')}.\n`;
            expected.push([plant.rule, draft.length, draft.length + plant.phrase.length]);
            draft += `${plant.phrase}.\n`;
          }
          draft += tail.join('');
          const actual = findMatches(compiled, draft).map((m) => [m.ruleId, m.start, m.end]);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
