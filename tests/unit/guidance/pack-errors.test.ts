import { describe, expect, it } from 'vitest';
import { formatPath, PACK_MESSAGES, type PackIssueCode } from '../../../lib/guidance/pack-errors';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]).sort();

describe('pack messages', () => {
  it('say the same things in French and English (same placeholders, different words)', () => {
    for (const code of Object.keys(PACK_MESSAGES.en) as PackIssueCode[]) {
      expect(placeholders(PACK_MESSAGES.fr[code]), code).toEqual(placeholders(PACK_MESSAGES.en[code]));
      expect(PACK_MESSAGES.fr[code], code).not.toBe(PACK_MESSAGES.en[code]);
    }
  });

  it('write paths the way a manager reads them', () => {
    expect(formatPath(['teams', 0, 'rules', 2, 'patterns', 'fr', 1])).toBe(
      'teams[0].rules[2].patterns.fr[1]',
    );
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['teams', 0, 'slots', 'my network'])).toBe('teams[0].slots["my network"]');
    expect(formatPath(['$schema'])).toBe('$schema');
  });
});
