import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/guidance/validate';
import { examplePack } from './fixtures/packs';

/** The ```json block of the "A complete example" section of docs/pack-format.md. */
function documentedExample(): unknown {
  const page = readFileSync(resolve(process.cwd(), 'docs/pack-format.md'), 'utf8');
  const section = page.split('\n## A complete example\n')[1]?.split('\n## ')[0] ?? '';
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('no JSON example in the "A complete example" section of docs/pack-format.md');
  return JSON.parse(block[1]!);
}

describe('the example pack of docs/pack-format.md', () => {
  it('is the example the tests load, and it is valid', () => {
    expect(documentedExample()).toEqual(examplePack());
    expect(validatePack(documentedExample())).toMatchObject({ ok: true });
  });
});
