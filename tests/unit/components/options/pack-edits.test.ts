import { describe, expect, it } from 'vitest';
import {
  addTeam,
  freeTeamId,
  overrideRule,
  removeReport,
  removeRule,
  removeTeam,
  saveReport,
  saveRule,
  setBriefTemplate,
  setBuiltinRule,
  setHowWeWork,
  setUseBuiltinRules,
  starterPack,
} from '../../../../components/options/pack-edits';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import { type Pack, packSchema } from '../../../../lib/guidance/schema';
import { validatePack } from '../../../../lib/guidance/validate';
import { examplePack } from '../../guidance/fixtures/packs';

const acme = (): Pack => packSchema.parse(examplePack());
const builtinRule = (id: string) => BUILTIN_PACK.teams[0]!.rules.find((rule) => rule.id === id)!;

describe('pack edits', () => {
  it('starts from a valid pack of the manager’s own that keeps the built-in rules', () => {
    const pack = starterPack(
      'Our guidance',
      { en: 'Everyone', fr: 'Tout le monde' },
      new Date('2026-11-28T12:00:00Z'),
    );
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.version).toBe('2026-11-28');
    expect(pack.teams[0]!.useBuiltinRules).toBe(true);
    expect(pack.teams[0]!.rules).toEqual([]);
  });

  it('adds a team with a free id made from its name, and the pack stays valid', () => {
    const pack = acme();
    expect(freeTeamId(pack, 'Équipe Ventes!')).toBe('equipe-ventes');
    expect(freeTeamId(pack, 'Sales')).toBe('sales-2');
    const added = addTeam(pack, freeTeamId(pack, 'Sales'), { en: 'Sales', fr: 'Sales' });
    expect(added.teams.map((team) => team.id)).toEqual(['marketing', 'sales', 'sales-2']);
    expect(validatePack(added).ok).toBe(true);
    expect(pack.teams).toHaveLength(2);
    expect(removeTeam(added, 0).teams.map((team) => team.id)).toEqual(['sales', 'sales-2']);
  });

  it('switches a built-in rule off and back on without duplicates', () => {
    const team = acme().teams[0]!;
    expect(team.disabledRules).toEqual(['roi']);
    const on = setBuiltinRule(team, 'roi', true);
    expect(on.disabledRules).toEqual([]);
    expect(setBuiltinRule(setBuiltinRule(on, 'go-viral', false), 'go-viral', false).disabledRules).toEqual([
      'go-viral',
    ]);
  });

  it('overrides a built-in rule with an independent copy, once', () => {
    const team = acme().teams[0]!;
    const overridden = overrideRule(team, builtinRule('post-now'));
    expect(overridden.rules.map((rule) => rule.id)).toEqual(['story-now', 'post-now']);
    overridden.rules[1]!.title.en = 'Changed';
    expect(builtinRule('post-now').title.en).not.toBe('Changed');
    expect(overrideRule(overridden, builtinRule('post-now'))).toBe(overridden);
  });

  it('saves a renamed rule in place instead of adding a second one', () => {
    const team = acme().teams[0]!;
    const renamed = saveRule(team, { ...team.rules[0]!, id: 'story-today' }, 'story-now');
    expect(renamed.rules.map((rule) => rule.id)).toEqual(['story-today']);
    expect(saveRule(team, { ...team.rules[0]!, id: 'other' }).rules).toHaveLength(2);
  });

  it('keeps rule links when a report is renamed and drops them when it is deleted', () => {
    const team = acme().teams[0]!;
    const report = team.reports[0]!;
    const renamed = saveReport(team, { ...report, id: 'stories' }, 'stories-dashboard');
    expect(renamed.rules[0]!.reports).toEqual(['editorial-calendar', 'stories']);
    const removed = removeReport(renamed, 'stories');
    expect(removed.reports).toEqual([]);
    expect(removed.rules[0]!.reports).toEqual(['editorial-calendar']);
  });

  describe('briefs and “How we work”', () => {
    const template = {
      intro: { en: 'Could we plan a story?', fr: 'Peut-on prévoir une story ?' },
      questions: [{ id: 'what', label: { en: 'What', fr: 'Quoi' }, required: true, long: false }],
    };
    const valid = (team: ReturnType<typeof acme>['teams'][number]) => {
      const pack = acme();
      pack.teams[0] = team;
      return validatePack(pack).ok;
    };

    it('sets a rule’s brief and goes back to the default one, leaving no empty field behind', () => {
      const team = acme().teams[0]!;
      const set = setBriefTemplate(team, 'story-now', template);
      expect(set.briefTemplates).toEqual({ 'story-now': template });
      expect(valid(set)).toBe(true);
      expect(team.briefTemplates).toBeUndefined();
      expect(setBriefTemplate(set, 'story-now', undefined)).not.toHaveProperty('briefTemplates');
    });

    it('moves a brief with its renamed rule, and drops it with its deleted rule', () => {
      const team = setBriefTemplate(acme().teams[0]!, 'story-now', template);
      const renamed = saveRule(team, { ...team.rules[0]!, id: 'story-today' }, 'story-now');
      expect(Object.keys(renamed.briefTemplates!)).toEqual(['story-today']);
      expect(valid(renamed)).toBe(true);
      const removed = removeRule(renamed, 'story-today');
      expect(removed).not.toHaveProperty('briefTemplates');
      expect(valid(removed)).toBe(true);
    });

    it('keeps the brief of a built-in rule when the team’s override of it is deleted', () => {
      const team = setBriefTemplate(
        overrideRule(acme().teams[0]!, builtinRule('post-now')),
        'post-now',
        template,
      );
      expect(removeRule(team, 'post-now').briefTemplates).toEqual({ 'post-now': template });
    });

    it('drops the briefs of built-in rules along with the built-in rules, keeping the team’s own', () => {
      let team = setBriefTemplate(acme().teams[0]!, 'go-viral', template);
      team = setBriefTemplate(team, 'story-now', template);
      const off = setUseBuiltinRules(team, false);
      expect(off.useBuiltinRules).toBe(false);
      expect(Object.keys(off.briefTemplates!)).toEqual(['story-now']);
      // Its rule links to the conventional "editorial-calendar" report, which the switch leaves as it is.
      expect(valid({ ...off, rules: [{ ...off.rules[0]!, reports: [] }] })).toBe(true);
      expect(setUseBuiltinRules(team, true).briefTemplates).toEqual(team.briefTemplates);
    });

    it('sets and removes “How we work”', () => {
      const team = acme().teams[0]!;
      const set = setHowWeWork(team, { leadTime: { en: '5 days', fr: '5 jours' } });
      expect(set.howWeWork).toEqual({ leadTime: { en: '5 days', fr: '5 jours' } });
      expect(valid(set)).toBe(true);
      expect(setHowWeWork(set, undefined)).not.toHaveProperty('howWeWork');
    });
  });
});
