import { compileGuidance, findMatches } from '../../../lib/detect/index';
import { found, phrases } from './helpers';

describe('what a rule matches', () => {
  it('takes the longest match at the leftmost start', () => {
    expect(phrases('post [it] [now]', 'post it now')).toEqual(['post it now']);
    expect(phrases('(post|post it now)', 'post it now')).toEqual(['post it now']);
  });

  it('returns non-overlapping matches of one rule', () => {
    expect(phrases('a a', 'a a a a a')).toEqual(['a a', 'a a']);
  });

  it('finds a later match that started inside a longer, earlier attempt of the same rule', () => {
    // "a *2 b" starting at the 2nd word is the same automaton state as one starting at the 1st:
    // once "c a" is chosen, the match from the 2nd "a" must still be found.
    const rules = [{ id: 'r', patterns: { en: ['c a', 'a *2 b'] } }];
    expect(found(rules, 'c a a b')).toEqual(['r:c a', 'r:a b']);
  });

  it('lets an exception of the same rule cancel an overlapping match', () => {
    const rules = [
      { id: 'post-now', patterns: { en: ['post * (now|today)'] }, exceptions: { en: ['the minutes'] } },
    ];
    expect(found(rules, 'I will post the minutes now.')).toEqual([]);
    expect(found(rules, 'Post the video now. Then the minutes.')).toEqual(['post-now:Post the video now']);
  });

  it('ignores exceptions of other rules', () => {
    const rules = [
      { id: 'a', patterns: { en: ['post now'] } },
      { id: 'b', patterns: { en: ['never seen'] }, exceptions: { en: ['post'] } },
    ];
    expect(found(rules, 'post now')).toEqual(['a:post now']);
  });

  it('resolves overlaps across rules by earliest start, then longest span, then rule order', () => {
    const rules = [
      { id: 'first', patterns: { en: ['post now'] } },
      { id: 'longer', patterns: { en: ['post now please'] } },
      { id: 'earlier', patterns: { en: ['just post'] } },
      { id: 'same', patterns: { en: ['post now'] } },
    ];
    expect(found(rules, 'post now please')).toEqual(['longer:post now please']);
    expect(found(rules, 'just post now')).toEqual(['earlier:just post']);
    expect(found(rules.slice(0, 1).concat(rules.slice(3)), 'post now')).toEqual(['first:post now']);
  });

  it('reports the language of the pattern that matched', () => {
    const compiled = compileGuidance([{ id: 'roi', patterns: { en: ['roi of'], fr: ['le roi des'] } }]);
    const text = 'the ROI of ads; le ROI des réseaux';
    expect(findMatches(compiled, text).map((m) => m.lang)).toEqual(['en', 'fr']);
  });

  it('captures slots with their original spelling', () => {
    const compiled = compileGuidance(
      [
        {
          id: 'new-network',
          patterns: { en: ['why (aren t|are not) we on {network}'], fr: ['pourquoi pas {network}'] },
        },
      ],
      { network: ['TikTok', 'Google Plus'] },
    );
    const text = 'Why aren’t we on GOOGLE\u00a0Plus? Pourquoi pas Tiktok ?';
    expect(findMatches(compiled, text).map((m) => m.captures)).toEqual([
      { network: 'GOOGLE\u00a0Plus' },
      { network: 'Tiktok' },
    ]);
  });

  it('folds a slot list whose entries share words, and still matches and captures each entry', () => {
    const ask = ['could you', 'could you please', 'can you', 'can you please', 'would you'];
    const rules = [{ id: 'post-now', patterns: { en: ['{ask} post it {network}'] } }];
    const slots = { ask, network: ['on Threads', 'on Instagram', 'Threads'] };
    const compiled = compileGuidance(rules, slots);
    // Built entry by entry, the two slots took 11 + 5 reading states; folded, shared words are one.
    expect(compiled.automaton.stateCount).toBeLessThan(2 + 11 + 5);
    for (const entry of ask) {
      const text = `${entry} post it on Threads`;
      const [match] = findMatches(compiled, text);
      expect(match).toMatchObject({ start: 0, end: text.length });
      // The longest entry that fits wins: "could you please", never "could you" and a gap.
      expect(match?.captures).toEqual({ ask: entry, network: 'on Threads' });
    }
  });

  it('gives empty captures to a pattern without slots', () => {
    const [match] = findMatches(compileGuidance([{ id: 'r', patterns: { en: ['post'] } }]), 'post');
    expect(match?.captures).toEqual({});
  });

  it('can be reused across many texts with the same results', () => {
    const compiled = compileGuidance([
      { id: 'r', patterns: { en: ['post * now'], fr: ['publie* maintenant'] } },
    ]);
    const texts = ['post it now', 'nothing here', 'Publiez maintenant !', 'post now and post it now'];
    const first = texts.map((text) => findMatches(compiled, text));
    const second = texts.map((text) => findMatches(compiled, text));
    expect(second).toEqual(first);
    expect(first.map((list) => list.length)).toEqual([1, 0, 1, 2]);
  });

  it('finds nothing in an empty or wordless text', () => {
    const compiled = compileGuidance([{ id: 'r', patterns: { en: ['post'] } }]);
    expect(findMatches(compiled, '')).toEqual([]);
    expect(findMatches(compiled, ' \u200b👍 …?!')).toEqual([]);
  });
});
