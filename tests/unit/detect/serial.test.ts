import { describe, expect, it } from 'vitest';
import {
  compileGuidance,
  findMatches,
  loadSerialisedGuidance,
  serialiseGuidance,
} from '../../../lib/detect/index';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { resolveTeam } from '../../../lib/guidance/resolved';

const team = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
const compiled = compileGuidance(team.rules, team.slots);
const form = JSON.parse(JSON.stringify(serialiseGuidance(compiled)));

describe('serialised guidance', () => {
  it('loads back into the same automaton, through JSON as storage carries it', () => {
    const loaded = loadSerialisedGuidance(form, team.rules);
    // Every field: a column the serialiser forgot would show here.
    expect(loaded.automaton).toEqual(compiled.automaton);
  });

  it('finds the same requests, captures included', () => {
    const loaded = loadSerialisedGuidance(form, team.rules);
    const texts = [
      'Tu peux poster ça maintenant stp ? Et pourquoi on est pas sur TikTok ?',
      'Can you make this go viral? Why are we not on Bluesky yet?',
      "C'est quoi le ROI des réseaux sociaux ? Hi team, lunch at noon.",
    ];
    for (const text of texts) {
      const matches = findMatches(loaded, text);
      expect(matches).toEqual(findMatches(compiled, text));
    }
    expect(findMatches(loaded, 'Why are we not on Bluesky yet?')[0]?.captures).toMatchObject({
      network: 'Bluesky',
    });
  });

  it('refuses a form made for other rules or another format, rather than matching wrongly', () => {
    expect(() => loadSerialisedGuidance(form, team.rules.slice(1))).toThrow(/other rules/);
    expect(() => loadSerialisedGuidance({ ...form, format: 0 }, team.rules)).toThrow(/format/);
    expect(() => loadSerialisedGuidance({ ...form, data: form.data.slice(8) }, team.rules)).toThrow();
  });
});
