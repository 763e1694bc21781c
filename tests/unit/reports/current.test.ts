import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/guidance/schema';
import { currentReports, isStale } from '../../../lib/reports/current';

const report = (over: Partial<Report> & Pick<Report, 'id' | 'period' | 'date'>): Report => ({
  title: { en: over.id, fr: over.id },
  url: `https://reports.example.com/${over.id}`,
  tags: [],
  ...over,
});

const now = new Date('2026-11-28T12:00:00Z');

describe('isStale', () => {
  it('keeps a monthly report current for one month from its date', () => {
    expect(isStale(report({ id: 'm', period: 'monthly', date: '2026-11-01' }), now)).toBe(false);
    expect(isStale(report({ id: 'm', period: 'monthly', date: '2026-10-29' }), now)).toBe(false);
    expect(isStale(report({ id: 'm', period: 'monthly', date: '2026-10-28' }), now)).toBe(true);
  });

  it('marks a weekly report out of date after seven days', () => {
    expect(isStale(report({ id: 'w', period: 'weekly', date: '2026-11-22' }), now)).toBe(false);
    expect(isStale(report({ id: 'w', period: 'weekly', date: '2026-11-21' }), now)).toBe(true);
  });

  it('counts quarters and years in calendar months, clamping month ends', () => {
    expect(isStale(report({ id: 'q', period: 'quarterly', date: '2026-08-31' }), now)).toBe(false);
    expect(isStale(report({ id: 'q', period: 'quarterly', date: '2026-08-27' }), now)).toBe(true);
    expect(isStale(report({ id: 'y', period: 'yearly', date: '2025-11-29' }), now)).toBe(false);
    expect(isStale(report({ id: 'y', period: 'yearly', date: '2025-11-28' }), now)).toBe(true);
    // 31 January + 1 month ends on 28 February, not 3 March.
    expect(
      isStale(report({ id: 'm', period: 'monthly', date: '2026-01-31' }), new Date('2026-03-01T00:00:00Z')),
    ).toBe(true);
  });

  it('never marks a campaign report out of date', () => {
    expect(isStale(report({ id: 'c', period: 'campaign', date: '2020-01-01' }), now)).toBe(false);
  });
});

describe('currentReports', () => {
  it('keeps only the newest report of each period and tag set', () => {
    const list = currentReports(
      [
        report({ id: 'oct', period: 'monthly', date: '2026-10-01', tags: ['kpi'] }),
        report({ id: 'nov', period: 'monthly', date: '2026-11-01', tags: ['kpi'] }),
        report({ id: 'tiktok-nov', period: 'monthly', date: '2026-11-03', tags: ['tiktok'] }),
        report({ id: 'q3', period: 'quarterly', date: '2026-07-01' }),
      ],
      now,
    );
    expect(list.map((r) => r.id)).toEqual(['tiktok-nov', 'nov', 'q3']);
  });

  it('lists monthly reports first, then the others newest first within a period', () => {
    const list = currentReports(
      [
        report({ id: 'w', period: 'weekly', date: '2026-11-23' }),
        report({ id: 'y', period: 'yearly', date: '2026-01-01' }),
        report({ id: 'm', period: 'monthly', date: '2026-11-01' }),
      ],
      now,
    );
    expect(list.map((r) => r.id)).toEqual(['m', 'w', 'y']);
  });

  it('marks each current report with whether it is out of date', () => {
    const list = currentReports(
      [
        report({ id: 'old', period: 'monthly', date: '2026-09-01' }),
        report({ id: 'w', period: 'weekly', date: '2026-11-27' }),
      ],
      now,
    );
    expect(list.map((r) => [r.id, r.stale])).toEqual([
      ['old', true],
      ['w', false],
    ]);
  });
});
