import { describe, expect, it } from 'vitest';
import { toSuggestions } from '../../../lib/content/suggestions';
import type { ResolvedRule } from '../../../lib/guidance/resolved';

const rule: ResolvedRule = {
  id: 'new-network',
  title: { en: 'Why aren’t we on…', fr: 'Pourquoi on n’est pas sur…' },
  patterns: { en: ['why aren t we on {network}'], fr: ['pourquoi on n est pas sur {network}'] },
  exceptions: { en: [], fr: [] },
  why: { en: 'Every network costs time.', fr: 'Chaque réseau prend du temps.' },
  rewrites: {
    en: ['what do you think of {network}?', 'what do you think of that network?'],
    fr: ['que penses-tu de {network} ?'],
  },
  reports: [
    {
      id: 'monthly',
      title: { en: 'Monthly', fr: 'Mensuel' },
      url: 'https://example.org/m',
      period: 'monthly',
      date: '2026-11-01',
      tags: [],
    },
    {
      id: 'bad',
      title: { en: 'Bad', fr: 'Mauvais' },
      url: 'javascript:alert(1)',
      period: 'monthly',
      date: '2026-11-01',
      tags: [],
    },
  ],
  origin: 'builtin',
} as ResolvedRule;
const rules = new Map([[rule.id, rule]]);

describe('toSuggestions', () => {
  it('fills the rewrite with the network the writer named, in the phrase’s language', () => {
    const text = 'Pourquoi on n’est pas sur Bluesky ?';
    const [suggestion] = toSuggestions(
      text,
      [{ ruleId: 'new-network', start: 0, end: 33, captures: { network: 'Bluesky' }, lang: 'fr' }],
      rules,
      'en',
    );
    // The rewrite brings its own question mark: it takes the writer's place, not a second one.
    expect(suggestion!.phrase).toBe('Pourquoi on n’est pas sur Bluesky ?');
    expect(suggestion!.rewrite).toBe('Que penses-tu de Bluesky ?');
    expect(suggestion!.why).toBe('Every network costs time.');
  });

  it('keeps a lower-case start when the phrase is mid-sentence', () => {
    const text = 'and why aren’t we on TikTok';
    const [suggestion] = toSuggestions(
      text,
      [{ ruleId: 'new-network', start: 4, end: text.length, captures: { network: 'TikTok' }, lang: 'en' }],
      rules,
      'fr',
    );
    expect(suggestion!.rewrite).toBe('what do you think of TikTok?');
    expect(suggestion!.why).toBe('Chaque réseau prend du temps.');
  });

  it('covers the whole request when the pattern caught its end ("Il faut que cette vidéo fasse le buzz")', () => {
    const viral = {
      ...rule,
      id: 'go-viral',
      rewrites: { en: ['which goals matter'], fr: ['quels objectifs comptent'] },
    };
    const text = 'Bonjour,\nIl faut que cette vidéo fasse le buzz.';
    const start = text.indexOf('fasse');
    const [suggestion] = toSuggestions(
      text,
      [{ ruleId: 'go-viral', start, end: text.length - 1, captures: {}, lang: 'fr' }],
      new Map([['go-viral', viral as ResolvedRule]]),
      'fr',
    );
    expect(suggestion!.phrase).toBe('Il faut que cette vidéo fasse le buzz');
    expect(suggestion!.rewrite).toBe('Quels objectifs comptent');
  });

  it('takes the few words left before the sentence end when the rewrite brings its own', () => {
    const text = 'Why aren’t we on TikTok yet?? Thanks';
    const [suggestion] = toSuggestions(
      text,
      [{ ruleId: 'new-network', start: 0, end: 23, captures: { network: 'TikTok' }, lang: 'en' }],
      rules,
      'en',
    );
    expect(suggestion!.phrase).toBe('Why aren’t we on TikTok yet??');
    expect(suggestion!.rewrite).toBe('What do you think of TikTok?');
  });

  it('falls back to a slot-free rewrite when the slot was not captured', () => {
    const [suggestion] = toSuggestions(
      'Why aren’t we on it',
      [{ ruleId: 'new-network', start: 0, end: 19, captures: {}, lang: 'en' }],
      rules,
      'en',
    );
    expect(suggestion!.rewrite).toBe('What do you think of that network?');
  });

  it('drops report links that are not http(s) or mailto', () => {
    const [suggestion] = toSuggestions(
      'x',
      [{ ruleId: 'new-network', start: 0, end: 1, captures: { network: 'X' }, lang: 'en' }],
      rules,
      'en',
    );
    expect(suggestion!.reports.map((report) => report.id)).toEqual(['monthly']);
  });

  it('ignores matches of rules it does not know', () => {
    expect(
      toSuggestions('x', [{ ruleId: 'gone', start: 0, end: 1, captures: {}, lang: 'en' }], rules, 'en'),
    ).toEqual([]);
  });
});
