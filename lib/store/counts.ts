import { type DBSchema, openDB } from 'idb';
import type { CountEvent } from '../messages';

/**
 * Local impact counts: how many suggestions were shown, applied, dismissed and turned into briefs,
 * per rule per ISO week. Counts only — no text, no site, no time finer than the week — and they never
 * leave the machine.
 */
export interface WeeklyRuleCount {
  week: string;
  ruleId: string;
  shown: number;
  applied: number;
  dismissed: number;
  /** Briefs written (in a page's card or the popup). Absent from rows kept before briefs existed. */
  briefed?: number;
}

export interface WeeklyTotal {
  week: string;
  shown: number;
  applied: number;
  dismissed: number;
  briefed: number;
}

interface CountsDb extends DBSchema {
  counts: { key: [string, string]; value: WeeklyRuleCount };
}

const DB_NAME = 'better-brief-counts';
const DAY_MS = 24 * 3600 * 1000;

/** ISO 8601 week of a date in UTC, e.g. "2026-W48" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The last `count` ISO weeks, oldest first, ending with the week of `now`. */
export function lastWeeks(count: number, now: Date): string[] {
  return Array.from({ length: count }, (_, index) =>
    isoWeek(new Date(now.getTime() - (count - 1 - index) * 7 * DAY_MS)),
  );
}

function openCountsDb() {
  return openDB<CountsDb>(DB_NAME, 1, {
    upgrade(db) {
      // Keyed by week first, so that the last weeks are one key range ("2025-W52" < "2026-W01").
      db.createObjectStore('counts', { keyPath: ['week', 'ruleId'] });
    },
  });
}

export async function recordCount(ruleId: string, event: CountEvent, now = new Date()): Promise<void> {
  const week = isoWeek(now);
  const db = await openCountsDb();
  try {
    // One transaction for read and write, so two quick events for the same rule both count.
    const tx = db.transaction('counts', 'readwrite');
    const row = (await tx.store.get([week, ruleId])) ?? { week, ruleId, shown: 0, applied: 0, dismissed: 0 };
    row[event] = (row[event] ?? 0) + 1;
    await tx.store.put(row);
    await tx.done;
  } finally {
    db.close();
  }
}

/** Totals over all rules for each of the last `weeks` weeks, oldest first; weeks without use count zero. */
export async function weeklyTotals(weeks: number, now = new Date()): Promise<WeeklyTotal[]> {
  const wanted = lastWeeks(weeks, now);
  const db = await openCountsDb();
  try {
    const rows = await db.getAll('counts', IDBKeyRange.bound([wanted[0]!, ''], [wanted.at(-1)!, '\uffff']));
    return wanted.map((week) => {
      const total: WeeklyTotal = { week, shown: 0, applied: 0, dismissed: 0, briefed: 0 };
      for (const row of rows) {
        if (row.week !== week) continue;
        total.shown += row.shown;
        total.applied += row.applied;
        total.dismissed += row.dismissed;
        total.briefed += row.briefed ?? 0;
      }
      return total;
    });
  } finally {
    db.close();
  }
}

/** Per-rule rows, for anyone who wants to see exactly what is kept. */
export async function allCounts(): Promise<WeeklyRuleCount[]> {
  const db = await openCountsDb();
  try {
    return await db.getAll('counts');
  } finally {
    db.close();
  }
}

export async function resetCounts(): Promise<void> {
  const db = await openCountsDb();
  try {
    await db.clear('counts');
  } finally {
    db.close();
  }
}
