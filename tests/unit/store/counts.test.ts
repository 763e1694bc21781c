import { beforeEach, describe, expect, it } from 'vitest';
import {
  allCounts,
  isoWeek,
  lastWeeks,
  recordCount,
  resetCounts,
  weeklyTotals,
} from '../../../lib/store/counts';

beforeEach(async () => {
  await resetCounts();
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-28T12:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    // 1 January 2027 is a Friday: it still belongs to the last week of 2026.
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeek(new Date(date))).toBe(week);
  });

  it('lists the last weeks oldest first, across a year boundary', () => {
    expect(lastWeeks(3, new Date('2027-01-06T12:00:00Z'))).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});

describe('counts', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const lastWeek = new Date('2026-11-20T12:00:00Z');

  it('counts each event per rule per week', async () => {
    await recordCount('post-now', 'shown', now);
    await recordCount('post-now', 'shown', now);
    await recordCount('post-now', 'applied', now);
    await recordCount('go-viral', 'dismissed', now);
    await recordCount('post-now', 'applied', lastWeek);
    expect(await allCounts()).toEqual(
      expect.arrayContaining([
        { week: '2026-W48', ruleId: 'post-now', shown: 2, applied: 1, dismissed: 0 },
        { week: '2026-W48', ruleId: 'go-viral', shown: 0, applied: 0, dismissed: 1 },
        { week: '2026-W47', ruleId: 'post-now', shown: 0, applied: 1, dismissed: 0 },
      ]),
    );
    expect(await allCounts()).toHaveLength(3);
  });

  it('keeps nothing but rule ids, weeks and numbers', async () => {
    await recordCount('post-now', 'applied', now);
    const [row] = await allCounts();
    expect(Object.keys(row!).sort()).toEqual(['applied', 'dismissed', 'ruleId', 'shown', 'week']);
  });

  it('does not lose events recorded at the same time', async () => {
    await Promise.all(Array.from({ length: 10 }, () => recordCount('post-now', 'applied', now)));
    expect((await weeklyTotals(1, now))[0]?.applied).toBe(10);
  });

  it('totals the last weeks over all rules, with zero for quiet weeks', async () => {
    await recordCount('post-now', 'applied', now);
    await recordCount('go-viral', 'applied', now);
    await recordCount('post-now', 'applied', lastWeek);
    await recordCount('post-now', 'applied', new Date('2026-01-05T12:00:00Z'));
    const totals = await weeklyTotals(8, now);
    expect(totals.map((week) => week.week)).toEqual([
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
    expect(totals.map((week) => week.applied)).toEqual([0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('counts briefs written beside the rest, rows kept before briefs existed counting none', async () => {
    await recordCount('post-now', 'briefed', now);
    await recordCount('roi', 'briefed', now);
    await recordCount('roi', 'applied', lastWeek);
    const totals = await weeklyTotals(2, now);
    expect(totals.map((week) => [week.applied, week.briefed])).toEqual([
      [1, 0],
      [0, 2],
    ]);
    const [row] = (await allCounts()).filter((each) => each.ruleId === 'post-now');
    expect(Object.keys(row!).sort()).toEqual(['applied', 'briefed', 'dismissed', 'ruleId', 'shown', 'week']);
  });

  it('forgets everything on reset', async () => {
    await recordCount('post-now', 'applied', now);
    await resetCounts();
    expect(await allCounts()).toEqual([]);
    expect((await weeklyTotals(8, now)).every((week) => week.applied === 0)).toBe(true);
  });
});
