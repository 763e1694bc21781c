import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/guidance/validate';
import { examplePack } from './fixtures/packs';

/** The first ```json block of the README's "Pack format" section. */
function readmeExample(): unknown {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split('\n## Pack format\n')[1]?.split('\n## ')[0] ?? '';
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('no JSON example in the README "Pack format" section');
  return JSON.parse(block[1]!);
}

describe('README example pack', () => {
  it('is the example the tests load, and it is valid', () => {
    expect(readmeExample()).toEqual(examplePack());
    expect(validatePack(readmeExample())).toMatchObject({ ok: true });
  });
});
