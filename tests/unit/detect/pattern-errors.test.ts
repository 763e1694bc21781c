import {
  checkPattern,
  compileGuidance,
  MAX_PATTERN_COST,
  PatternError,
  patternCost,
  RulePatternError,
} from '../../../lib/detect/index';

function refusal(pattern: string) {
  const error = checkPattern(pattern);
  return error && { code: error.code, column: error.column };
}

describe('patterns the engine refuses', () => {
  it.each([
    ['(post|publish now', 'unbalanced-bracket', 1],
    ['post now)', 'unbalanced-bracket', 9],
    ['[post now)', 'unbalanced-bracket', 10],
    ['post {network now', 'unbalanced-bracket', 6],
    ['post } now', 'unbalanced-bracket', 6],
    ['(post||publish) now', 'empty-alternative', 7],
    ['(|post) now', 'empty-alternative', 2],
    ['post () now', 'empty-alternative', 6],
    ['post | publish', 'bare-alternative', 6],
    ['* post', 'gap-at-edge', 1],
    ['post now …', 'gap-at-edge', 10],
    ['[maybe] ... post', 'gap-at-edge', 9],
    ['(*2 a|b) post', 'gap-at-edge', 2],
    ['post *7 now', 'gap-too-large', 6],
    ['post *0 now', 'gap-too-large', 6],
    ['post *4 *4 now', 'gap-too-large', 9],
    ['{network}', 'no-fixed-word', 1],
    ['[post] {network}', 'no-fixed-word', 1],
    ['po* now', 'short-prefix', 1],
    ['post fast~', 'short-fuzzy', 6],
    ['post {} now', 'bad-slot', 6],
    ['post ~ now', 'misplaced-symbol', 6],
  ])('refuses %j with %s at column %i', (pattern, code, column) => {
    expect(refusal(pattern)).toEqual({ code, column });
  });

  it('refuses patterns over 300 characters or 40 elements', () => {
    expect(refusal(`post ${'x'.repeat(300)}`)).toEqual({ code: 'too-long', column: 301 });
    const words = Array.from({ length: 41 }, (_, i) => `w${i}`).join(' ');
    expect(refusal(words)).toEqual({ code: 'too-long', column: words.indexOf('w40') + 1 });
  });

  it('says what is wrong in plain English', () => {
    expect(checkPattern('(post|publish now')?.message).toBe('This ( is never closed.');
    expect(checkPattern('* post')?.message).toBe('A pattern cannot start with a gap.');
    expect(checkPattern('po* now')?.message).toBe('Write at least 3 letters before a star, like publi*.');
  });

  it('accepts the forms the language allows', () => {
    for (const pattern of [
      'post now',
      "what's the result~ of {network}",
      '(post|publish) [it|this] * (now|asap)',
      'post *6 now',
      'publi* … maintenant',
      'wait...now',
    ]) {
      expect(checkPattern(pattern)).toBeNull();
    }
  });

  it('measures cost in automaton states and refuses a too costly pattern', () => {
    expect(patternCost('post * now')).toBe(5);
    expect(patternCost('on {network}', { network: ['tiktok', 'google plus'] })).toBe(4);
    const networks = Array.from({ length: MAX_PATTERN_COST }, (_, i) => `network${i}`);
    expect(checkPattern('on {network}', { network: networks })?.code).toBe('too-costly');
  });

  it('names the rule, language, pattern and column when a guidance does not compile', () => {
    const rules = [
      { id: 'fine', patterns: { en: ['post now'] } },
      { id: 'broken', patterns: { en: ['ok'], fr: ['publie', 'publie (vite|'] } },
    ];
    let error: unknown;
    try {
      compileGuidance(rules);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulePatternError);
    expect(error).toMatchObject({
      ruleId: 'broken',
      lang: 'fr',
      kind: 'pattern',
      patternIndex: 1,
      column: 8,
      code: 'unbalanced-bracket',
    });
    expect((error as Error).message).toContain('broken');
  });

  it('checks exceptions too', () => {
    expect(() =>
      compileGuidance([{ id: 'r', patterns: { en: ['post'] }, exceptions: { en: ['* minutes'] } }]),
    ).toThrow(expect.objectContaining({ kind: 'exception', code: 'gap-at-edge' }));
  });

  it('throws PatternError from patternCost for a broken pattern', () => {
    expect(() => patternCost('(post')).toThrow(PatternError);
  });
});
