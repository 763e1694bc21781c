import type { Report } from '../guidance/schema';

export type ReportPeriod = Report['period'];

/** A report as the popup lists it: the newest of its kind, and whether its period has run out. */
export interface CurrentReport extends Report {
  stale: boolean;
}

/** How long a period lasts. A campaign report covers one campaign, not a recurring period: it never runs out. */
const PERIOD_LENGTH: Record<ReportPeriod, { days: number } | { months: number } | undefined> = {
  weekly: { days: 7 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  yearly: { months: 12 },
  campaign: undefined,
};

/** The order a colleague reads them in: the monthly report answers most questions, so it comes first. */
const PERIOD_ORDER: readonly ReportPeriod[] = ['monthly', 'weekly', 'quarterly', 'yearly', 'campaign'];

/** A pack date (YYYY-MM-DD) as midnight UTC, so that the answer does not depend on the machine's time zone. */
function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function addMonthsUtc(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  // Clamp 31 January + 1 month to 28/29 February instead of rolling into March.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** When a report stops being current: its date plus one period; undefined when it never does. */
export function reportExpiry(report: Pick<Report, 'date' | 'period'>): Date | undefined {
  const start = parseDay(report.date);
  const length = PERIOD_LENGTH[report.period];
  if (!length) return undefined;
  if ('days' in length) return new Date(start.getTime() + length.days * 24 * 3600 * 1000);
  return addMonthsUtc(start, length.months);
}

/** Out of date: more than one period has passed since the report's date. */
export function isStale(report: Pick<Report, 'date' | 'period'>, now: Date): boolean {
  const expiry = reportExpiry(report);
  return expiry !== undefined && now.getTime() >= expiry.getTime();
}

/** Reports of the same kind replace each other: same period, same tags (in any order). */
function kindOf(report: Report): string {
  return `${report.period}|${[...report.tags].sort().join(',')}`;
}

/**
 * The newest report of each kind, monthly ones first, newest first within a period. Older issues
 * of the same kind are left out: a colleague should be sent to the latest figures, not last spring's.
 */
export function currentReports(reports: readonly Report[], now: Date): CurrentReport[] {
  const newest = new Map<string, Report>();
  for (const report of reports) {
    const kind = kindOf(report);
    const seen = newest.get(kind);
    if (!seen || report.date > seen.date) newest.set(kind, report);
  }
  return [...newest.values()]
    .sort(
      (a, b) =>
        PERIOD_ORDER.indexOf(a.period) - PERIOD_ORDER.indexOf(b.period) || b.date.localeCompare(a.date),
    )
    .map((report) => ({ ...report, stale: isStale(report, now) }));
}
