import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/guidance/validate';
import { examplePack, type LoosePack } from './fixtures/packs';

/** Every [path, container] of the example pack, to break one place at a time. */
function placesOf(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (node === null || typeof node !== 'object') return [];
  const keys = Array.isArray(node) ? node.map((_, index) => index) : Object.keys(node);
  return keys.flatMap((key) => [[...path, key], ...placesOf((node as LoosePack)[key], [...path, key])]);
}

const places = placesOf(examplePack());

function expectWellFormed(result: ReturnType<typeof validatePack>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of result.errors) {
    expect(issue.path.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.fr.length).toBeGreaterThan(0);
  }
}

describe('validatePack on anything', () => {
  it('never throws on arbitrary text, and every refusal has a path and both languages', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => expectWellFormed(validatePack(text))));
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(validatePack(value))));
  });

  it('never throws when one field of a valid pack is replaced by anything, and names that field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue({ maxDepth: 2 }), (place, value) => {
        const pack = examplePack();
        let container: LoosePack = pack;
        for (const key of place.slice(0, -1)) container = container[key];
        container[place[place.length - 1]!] = value;
        const result = validatePack(pack);
        expectWellFormed(result);
        if (!result.ok && place[0] === 'teams' && place.length > 2) {
          // The refusal points inside the team that was broken (or at a duplicate elsewhere).
          expect(result.errors.some((issue) => issue.path.startsWith(`teams[${place[1]}]`))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
