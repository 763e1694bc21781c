import { describe, expect, it } from 'vitest';
import { COLUMN_TYPES } from '../../../lib/detect/columns';
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
const form = JSON.parse(JSON.stringify(await serialiseGuidance(compiled)));

describe('serialised guidance', () => {
  it('loads back into the same automaton, through JSON as storage carries it', async () => {
    const loaded = await loadSerialisedGuidance(form, team.rules);
    // Every field: a column the serialiser forgot would show here.
    expect(loaded.automaton).toEqual(compiled.automaton);
  });

  it('finds the same requests, captures included', async () => {
    const loaded = await loadSerialisedGuidance(form, team.rules);
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

  it('refuses a form made for other rules or another format, rather than matching wrongly', async () => {
    await expect(loadSerialisedGuidance(form, team.rules.slice(1))).rejects.toThrow(/other rules/);
    await expect(loadSerialisedGuidance({ ...form, format: 0 }, team.rules)).rejects.toThrow(/format/);
    // Cut short, or whole but of the wrong size (the lengths say otherwise).
    await expect(
      loadSerialisedGuidance({ ...form, data: form.data.slice(0, -400) }, team.rules),
    ).rejects.toThrow();
    const lengths = [...form.lengths];
    lengths[0] += 1;
    await expect(loadSerialisedGuidance({ ...form, lengths }, team.rules)).rejects.toThrow(/wrong size/);
    const types = [...form.types];
    types[0] = 7;
    await expect(loadSerialisedGuidance({ ...form, types }, team.rules)).rejects.toThrow(/another layout/);
  });

  it('keeps the columns in 16 bits where their numbers fit, loaded as compiled', async () => {
    const { automaton } = await loadSerialisedGuidance(form, team.rules);
    // 38,000 states, 1,600 predicates, 400 patterns: the built-in guidance's biggest columns fit.
    expect(automaton.keyStates).toBeInstanceOf(Uint16Array);
    expect(automaton.keyPredicates).toBeInstanceOf(Uint16Array);
    expect(automaton.acceptOf).toBeInstanceOf(Int16Array);
    expect(automaton.predOf).toBeInstanceOf(Int16Array);
    expect(automaton.predOf.buffer).toBe(automaton.graph.value.buffer);
    // keyIndex counts 67,000 keys: it stays 32 bits.
    expect(automaton.keyIndex).toBeInstanceOf(Int32Array);
  });

  it('stores the columns gzipped: under 40% of their raw size (36% for the built-in guidance)', () => {
    const raw = form.lengths.reduce(
      (sum: number, length: number, i: number) =>
        sum + length * COLUMN_TYPES[form.types[i]]!.BYTES_PER_ELEMENT,
      0,
    );
    expect((form.data.length * 3) / 4).toBeLessThan(raw * 0.4);
  });
});
