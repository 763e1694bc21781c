import { describe, expect, it } from 'vitest';
import { applyAll, checkDraft } from '../../../../lib/check-draft';
import type { Suggestion } from '../../../../lib/content/suggestions';
import type { ResolvedTeam } from '../../../../lib/guidance/resolved';
import { managerGuidance } from './guidance-fixture';

const team = (): ResolvedTeam => {
  const marketing = managerGuidance().teams[0]!;
  marketing.slots = { network: ['TikTok', 'Bluesky'] };
  marketing.rules.push({
    ...marketing.rules[0]!,
    id: 'missing-network',
    patterns: {
      en: ['why (aren t|are not) we on {network}'],
      fr: ['pourquoi (on n est|nous ne sommes) pas sur {network}'],
    },
    rewrites: {
      en: ['What would {network} bring us that our channels do not?', 'What would a new network bring us?'],
      fr: ['Qu’est-ce que {network} nous apporterait ?', 'Qu’apporterait un nouveau réseau ?'],
    },
  });
  return marketing;
};

describe('checkDraft', () => {
  it('fills slots with the words the writer used', () => {
    const { suggestions, improved } = checkDraft('Why aren’t we on TikTok', team(), 'en');
    expect(suggestions.map((s) => [s.ruleId, s.phrase, s.rewrite])).toEqual([
      ['missing-network', 'Why aren’t we on TikTok', 'What would TikTok bring us that our channels do not?'],
    ]);
    expect(improved).toBe('What would TikTok bring us that our channels do not?');
  });

  it('rephrases a French request in French while explaining in the interface language', () => {
    const { suggestions } = checkDraft('Tu peux publier ça tout de suite ?', team(), 'en');
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.rewrite).toBe('quel est le meilleur créneau cette semaine pour publier ça ?');
    expect(suggestions[0]!.why).toBe('Why post-now');
  });

  it('returns the text unchanged when nothing matches', () => {
    expect(checkDraft('The photos are attached.', team(), 'fr')).toEqual({
      suggestions: [],
      improved: 'The photos are attached.',
      skipped: [],
    });
  });

  it('leaves out a rule whose pattern does not compile, as the page does, instead of failing', () => {
    const broken = team();
    broken.rules.unshift({ ...broken.rules[0]!, id: 'broken', patterns: { en: ['post (this'], fr: [] } });
    const { suggestions, skipped } = checkDraft('Why aren’t we on TikTok', broken, 'en');
    expect(skipped).toEqual(['broken']);
    expect(suggestions.map((s) => s.ruleId)).toEqual(['missing-network']);
  });
});

describe('applyAll', () => {
  const suggestion = (start: number, end: number, rewrite?: string) =>
    ({ start, end, rewrite }) as unknown as Suggestion;

  it('replaces every suggestion with a rewrite, keeping the text between them', () => {
    expect(applyAll('aa BB cc DD ee', [suggestion(3, 5, 'xx'), suggestion(9, 11, 'yyy')])).toBe(
      'aa xx cc yyy ee',
    );
  });

  it('leaves a phrase without a rewrite as written', () => {
    expect(applyAll('aa BB cc', [suggestion(3, 5)])).toBe('aa BB cc');
  });

  it('keeps the first of two overlapping suggestions instead of garbling the text', () => {
    expect(applyAll('aa BB CC dd', [suggestion(6, 8, 'Y'), suggestion(3, 8, 'X')])).toBe('aa X dd');
  });
});
