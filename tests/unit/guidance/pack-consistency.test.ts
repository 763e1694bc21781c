import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { BUILTIN_REPORT_IDS } from '../../../lib/guidance/pack-consistency';
import { validatePack } from '../../../lib/guidance/validate';

describe('conventional report ids', () => {
  it('are exactly the ids the built-in rules point to', () => {
    const referenced = new Set(
      BUILTIN_PACK.teams.flatMap((team) => team.rules.flatMap((rule) => rule.reports)),
    );
    expect([...referenced].sort()).toEqual([...BUILTIN_REPORT_IDS].sort());
  });

  it('let the built-in pack pass the same validation as any pack (rollback to it works)', () => {
    expect(validatePack(BUILTIN_PACK)).toMatchObject({ ok: true });
  });
});
