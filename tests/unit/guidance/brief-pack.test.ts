import { describe, expect, it } from 'vitest';
import { GENERIC_TEMPLATE } from '../../../lib/brief/templates';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import type { PackIssue } from '../../../lib/guidance/pack-errors';
import { resolveTeam } from '../../../lib/guidance/resolved';
import { type Pack, packSchema } from '../../../lib/guidance/schema';
import { validatePack } from '../../../lib/guidance/validate';
import { examplePack, type LoosePack } from './fixtures/packs';

const TEMPLATE = {
  intro: { en: 'Could we plan a story?', fr: 'Peut-on prévoir une story ?' },
  questions: [
    { id: 'what', label: { en: 'What', fr: 'Quoi' }, required: true, prefill: 'what' },
    { id: 'when', label: { en: 'When', fr: 'Quand' }, prefill: 'date' },
  ],
};
const HOW_WE_WORK = {
  goals: { en: 'Grow LinkedIn sign-ups', fr: 'Plus d’inscriptions via LinkedIn' },
  networks: [{ name: 'LinkedIn', why: { en: 'Our buyers are there', fr: 'Nos acheteurs y sont' } }],
  leadTime: { en: '5 working days', fr: '5 jours ouvrés' },
  requestLink: { label: { en: 'Request form', fr: 'Formulaire' }, url: 'https://forms.acme.example/social' },
};

/** The example pack with the new fields on its first team (which has the rule story-now). */
function packWithBriefs(): LoosePack {
  const pack = examplePack();
  pack.teams[0].briefTemplates = {
    'story-now': structuredClone(TEMPLATE),
    'go-viral': structuredClone(TEMPLATE),
  };
  pack.teams[0].howWeWork = structuredClone(HOW_WE_WORK);
  return pack;
}

function issuesOf(pack: LoosePack): PackIssue[] {
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

const codesAt = (pack: LoosePack) => issuesOf(pack).map((issue) => `${issue.path} ${issue.code}`);

describe('brief templates and "How we work" in a pack', () => {
  it('keeps a pack without them valid and unchanged (the change is additive)', () => {
    const old = examplePack();
    for (const team of old.teams) {
      delete team.briefTemplates;
      delete team.howWeWork;
    }
    const result = validatePack(old);
    expect(result.ok).toBe(true);
    expect(packSchema.parse(old)).toEqual(packSchema.parse(structuredClone(old)));
    expect(result.ok && 'briefTemplates' in result.pack.teams[0]!).toBe(false);
  });

  it('accepts templates for the team’s own and built-in rules, and a "How we work" block', () => {
    const result = validatePack(packWithBriefs());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok)
      expect(result.pack.teams[0]!.briefTemplates!['story-now']!.questions[1]!.required).toBe(false);
  });

  it('refuses a request link that is not http(s) or mailto, naming the field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://acme.example/form']) {
      const pack = packWithBriefs();
      pack.teams[0].howWeWork.requestLink.url = url;
      expect(codesAt(pack)).toEqual(['teams[0].howWeWork.requestLink.url unsafe-link']);
    }
  });

  it('wants both languages, short labels and known prefills', () => {
    const pack = packWithBriefs();
    delete pack.teams[0].briefTemplates['story-now'].questions[0].label.fr;
    pack.teams[0].briefTemplates['story-now'].questions[1].label.en = 'x'.repeat(201);
    pack.teams[0].briefTemplates['story-now'].questions[1].prefill = 'budget';
    pack.teams[0].howWeWork.networks[0].why = { en: 'Buyers' };
    expect(codesAt(pack).sort()).toEqual([
      'teams[0].briefTemplates.story-now.questions[0].label.fr missing-translation',
      'teams[0].briefTemplates.story-now.questions[1].label.en too-long',
      'teams[0].briefTemplates.story-now.questions[1].prefill invalid-choice',
      'teams[0].howWeWork.networks[0].why.fr missing-translation',
    ]);
  });

  it('refuses a template for a rule the team does not have, and a question id used twice', () => {
    const pack = packWithBriefs();
    pack.teams[0].briefTemplates['stroy-now'] = structuredClone(TEMPLATE);
    pack.teams[0].briefTemplates['go-viral'].questions[1].id = 'what';
    expect(codesAt(pack)).toEqual([
      'teams[0].briefTemplates.go-viral.questions[1].id duplicate-id',
      'teams[0].briefTemplates.stroy-now unknown-rule',
    ]);
    // A team without the built-in rules has no go-viral to write a brief for.
    const own = packWithBriefs();
    own.teams[0].useBuiltinRules = false;
    own.teams[0].rules[0].reports = ['stories-dashboard'];
    expect(codesAt(own)).toEqual(['teams[0].briefTemplates.go-viral unknown-rule']);
  });

  it('refuses unknown fields and an empty question list', () => {
    const pack = packWithBriefs();
    pack.teams[0].howWeWork.calendar = 'https://cal.acme.example';
    pack.teams[0].briefTemplates['go-viral'].questions = [];
    expect(codesAt(pack)).toEqual([
      'teams[0].briefTemplates.go-viral.questions too-few',
      'teams[0].howWeWork.calendar unknown-field',
    ]);
  });
});

describe('resolveTeam', () => {
  const resolved = (pack: LoosePack) => resolveTeam(validPack(pack).teams[0]!, BUILTIN_PACK);
  const validPack = (pack: LoosePack): Pack => {
    const result = validatePack(pack);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.pack;
  };

  it('gives every rule in force a template: the team’s, else the built-in one, else the generic one', () => {
    const team = resolved(packWithBriefs());
    expect(Object.keys(team.briefTemplates!).sort()).toEqual(team.rules.map((rule) => rule.id).sort());
    expect(team.briefTemplates!['go-viral']!.intro.en).toBe('Could we plan a story?');
    expect(team.briefTemplates!['post-now']).toEqual(BUILTIN_PACK.teams[0]!.briefTemplates!['post-now']);
    const plain = resolved(examplePack());
    expect(plain.briefTemplates!['story-now']).toEqual(GENERIC_TEMPLATE);
  });

  it('passes the "How we work" block on as it is', () => {
    expect(resolved(packWithBriefs()).howWeWork).toEqual(HOW_WE_WORK);
    expect('howWeWork' in resolved(examplePack())).toBe(false);
  });
});
