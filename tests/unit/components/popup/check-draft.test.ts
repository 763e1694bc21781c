import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyAll, checkDraft, isDraftCheckReady, prepareDraftCheck } from '../../../../lib/check-draft';
import type { Suggestion } from '../../../../lib/content/suggestions';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import { createModelKit } from '../../../../lib/guidance/model-kit';
import { type ResolvedTeam, resolveTeam } from '../../../../lib/guidance/resolved';
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

describe('prepareDraftCheck', () => {
  it('compiles a team ahead of time, in slices, and checkDraft then gives what a fresh compile gives', async () => {
    const prepared = team();
    expect(isDraftCheckReady(prepared)).toBe(false);
    const job = prepareDraftCheck(prepared);
    // A second caller shares the compile under way.
    expect(prepareDraftCheck(prepared)).toBe(job);
    expect(isDraftCheckReady(prepared)).toBe(false);
    await job;
    expect(isDraftCheckReady(prepared)).toBe(true);
    const draft = 'Why aren’t we on Bluesky? Also can you post this now';
    expect(checkDraft(draft, prepared, 'en')).toEqual(checkDraft(draft, team(), 'en'));
  });
});

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
    // The whole request is replaced, its question mark with it ("Tu peux quel est…" before).
    expect(suggestions[0]!.phrase).toBe('Tu peux publier ça tout de suite ?');
    expect(suggestions[0]!.rewrite).toBe('Quel est le meilleur créneau cette semaine pour publier ça ?');
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

describe('checkDraft with the classifier (the popup once it has loaded it)', () => {
  const bytes = readFileSync('public/detect-model.bin');
  const kit = createModelKit(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const builtin = () => resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
  const draft = 'Hi Sam,\nHonestly, what do all these instagarm posts actually bring in for us?\nCheers';

  it('finds the reworded request the patterns miss, and improves the words that ask', () => {
    expect(checkDraft(draft, builtin(), 'en').suggestions).toEqual([]);
    const { suggestions, improved } = checkDraft(draft, builtin(), 'en', kit);
    expect(suggestions.map((s) => [s.ruleId, s.source])).toEqual([['roi', 'model']]);
    expect(suggestions[0]!.score).toBeGreaterThan(0.5);
    expect(improved.startsWith('Hi Sam,\nHonestly, ')).toBe(true);
    expect(improved.endsWith('?\nCheers')).toBe(true);
    expect(improved).not.toContain('instagarm');
  });
});
