import { MAX_SLOT_ENTRY_WORDS } from '../../../lib/detect/compile';
import {
  compileGuidance,
  findMatches,
  MAX_PATTERN_COST,
  normalise,
  patternCost,
  tokenise,
} from '../../../lib/detect/index';
import type { Lang, Match } from '../../../lib/detect/types';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import packJson from '../../../lib/guidance/builtin-pack.json';
import { fillRewrite, matchCase } from '../../../lib/guidance/rewrite';
import { packSchema } from '../../../lib/guidance/schema';
import { validatePack } from '../../../lib/guidance/validate';
import { EN_CORPUS } from '../detect/corpus/en';
import { FR_CORPUS } from '../detect/corpus/fr';
import { BUILTIN_RULE_IDS, type Corpus, readMarks } from '../detect/corpus/index';

const team = BUILTIN_PACK.teams[0]!;
const compiled = compileGuidance(team.rules, team.slots);
const CORPORA: Record<Lang, Corpus> = { en: EN_CORPUS, fr: FR_CORPUS };
const LANGS: Lang[] = ['en', 'fr'];

const show = (text: string, matches: Match[]) =>
  matches.map((m) => `${m.ruleId} ⟦${text.slice(m.start, m.end)}⟧`).join(', ') || 'nothing';

describe('the built-in pack', () => {
  it('is a valid pack that parses to itself, every defaulted field written out', () => {
    expect(packSchema.parse(packJson)).toEqual(packJson);
  });

  it('passes the same checks as a pack a manager loads (ids, reports, pattern costs, examples)', () => {
    const result = validatePack(JSON.stringify(packJson));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has exactly the four built-in rules, for the default team', () => {
    expect(BUILTIN_PACK.id).toBe('builtin');
    expect(BUILTIN_PACK.teams.map((t) => t.id)).toEqual(['default']);
    expect(team.rules.map((rule) => rule.id)).toEqual([...BUILTIN_RULE_IDS]);
  });

  it('defines no reports of its own, only points at the conventional report ids', () => {
    expect(team.reports).toEqual([]);
    const conventional = ['monthly-report', 'campaign-report', 'editorial-calendar', 'network-watch'];
    for (const rule of team.rules) {
      expect(rule.reports.length).toBeGreaterThan(0);
      for (const id of rule.reports) expect(conventional).toContain(id);
    }
  });

  it('repeats no pattern, exception, example or slot entry', () => {
    for (const rule of team.rules) {
      for (const lang of LANGS) {
        const lists = [
          rule.patterns[lang],
          rule.exceptions?.[lang] ?? [],
          [...rule.examples[lang].match, ...rule.examples[lang].noMatch],
        ];
        for (const list of lists) expect(new Set(list).size, `${rule.id} ${lang}`).toBe(list.length);
      }
    }
    for (const [name, entries] of Object.entries(team.slots)) {
      const keys = entries.map((entry) => entry.toLowerCase());
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('keeps every slot entry short enough for the engine, which skips longer ones', () => {
    for (const [name, entries] of Object.entries(team.slots)) {
      const long = entries.filter((entry) => tokenise(normalise(entry).text).length > MAX_SLOT_ENTRY_WORDS);
      expect(long, name).toEqual([]);
    }
  });

  it('leaves room under the cost limit for words a team adds to the slot lists', () => {
    // Team slot words are merged into these lists, and every word costs states in each pattern using it.
    const headroom = 80;
    for (const rule of team.rules) {
      for (const lang of LANGS) {
        for (const pattern of [...rule.patterns[lang], ...(rule.exceptions?.[lang] ?? [])]) {
          expect(patternCost(pattern, team.slots), pattern).toBeLessThanOrEqual(MAX_PATTERN_COST - headroom);
        }
      }
    }
  });

  it('gives every rule at least 15 matching and 15 non-matching examples in both languages', () => {
    for (const rule of team.rules) {
      for (const lang of LANGS) {
        expect(rule.examples[lang].match.length, `${rule.id} ${lang}`).toBeGreaterThanOrEqual(15);
        expect(rule.examples[lang].noMatch.length, `${rule.id} ${lang}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  describe.each(team.rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
    it.each(LANGS)('fires on each of its %s match examples', (lang) => {
      const missed = rule.examples[lang].match.filter(
        (text) => !findMatches(compiled, text).some((m) => m.ruleId === id),
      );
      expect(missed).toEqual([]);
    });

    it.each(LANGS)('stays quiet on each of its %s noMatch examples', (lang) => {
      const fired = rule.examples[lang].noMatch
        .map((text) => ({ text, matches: findMatches(compiled, text).filter((m) => m.ruleId === id) }))
        .filter(({ matches }) => matches.length > 0)
        .map(({ text, matches }) => `${text} → ${show(text, matches)}`);
      expect(fired).toEqual([]);
    });

    it.each(LANGS)('has %s rewrites that are themselves left alone by every rule', (lang) => {
      const captures = { network: 'Bluesky' };
      for (const template of rule.rewrites[lang]) {
        const text = fillRewrite([template], captures)!;
        expect(show(text, findMatches(compiled, text)), text).toBe('nothing');
      }
    });

    it.each(LANGS)('ends its %s rewrites with one that needs no slot', (lang) => {
      expect(fillRewrite(rule.rewrites[lang].slice(-1), {})).toBeDefined();
    });
  });
});

describe.each(LANGS)('the %s corpus', (lang) => {
  describe.each(BUILTIN_RULE_IDS.map((id) => [id] as const))('for %s', (id) => {
    const corpus = CORPORA[lang][id];

    it('has at least 40 lines that must match and 40 that must not', () => {
      expect(corpus.match.length).toBeGreaterThanOrEqual(40);
      expect(corpus.noMatch.length).toBeGreaterThanOrEqual(40);
    });

    it('is caught on every line that must match, over exactly the marked words', () => {
      const failures: string[] = [];
      for (const line of corpus.match) {
        const { text, span } = readMarks(line);
        const matches = findMatches(compiled, text).filter((m) => m.ruleId === id);
        if (matches.length === 0)
          failures.push(`missed: ${text} (found ${show(text, findMatches(compiled, text))})`);
        else if (span && !matches.some((m) => m.start === span.start && m.end === span.end))
          failures.push(`span: ${line} (found ${show(text, matches)})`);
      }
      expect(failures).toEqual([]);
    });

    it('is left alone on every line that must not match', () => {
      const failures = corpus.noMatch
        .map((text) => ({ text, matches: findMatches(compiled, text).filter((m) => m.ruleId === id) }))
        .filter(({ matches }) => matches.length > 0)
        .map(({ text, matches }) => `${text} → ${show(text, matches)}`);
      expect(failures).toEqual([]);
    });
  });
});

describe('rewrites', () => {
  const rule = (id: string) => team.rules.find((r) => r.id === id)!;
  const replace = (text: string, lang: Lang) => {
    const [match] = findMatches(compiled, text);
    if (!match) throw new Error(`no match in: ${text}`);
    const phrase = text.slice(match.start, match.end);
    const rewrite = fillRewrite(rule(match.ruleId).rewrites[lang], match.captures)!;
    return (
      text.slice(0, match.start) +
      matchCase(rewrite, phrase, text.slice(0, match.start)) +
      text.slice(match.end)
    );
  };

  it('name the network the writer named, as written', () => {
    expect(replace("Why aren't we on Bluesky? Thanks", 'en')).toBe(
      'What do you think of Bluesky? Are many brands there, and is it an opportunity for us? Thanks',
    );
    expect(replace('pourquoi on est pas sur tik tok ?', 'fr')).toBe(
      'que pensez-vous de tik tok ? Est-ce que beaucoup de marques y sont, et est-ce une opportunité pour nous ?',
    );
  });

  it('replace the whole request, lead-in included, so the sentence still reads well', () => {
    expect(replace('Hi Marie, could you post this on LinkedIn immediately? Thanks', 'en')).toBe(
      'Hi Marie, could we look together at where this fits in your plan? Thanks',
    );
    expect(replace('Salut, tu peux faire le buzz avec cette vidéo ?', 'fr')).toBe(
      'Salut, quels objectifs et quels indicateurs montreraient que ça gagne en visibilité, et comment les réseaux sociaux peuvent-ils y contribuer avec cette vidéo ?',
    );
    expect(replace('Quel est le ROI des médias sociaux ?', 'fr')).toBe(
      'Quel a été notre dernier succès sur les réseaux sociaux, et quel impact a eu la dernière campagne ?',
    );
  });

  it('fall back to the slot-free rewrite when no network was captured', () => {
    expect(fillRewrite(rule('new-network').rewrites.en, {})).toBe(
      'what do you think of this network? Are many brands there, and is it an opportunity for us',
    );
  });
});
