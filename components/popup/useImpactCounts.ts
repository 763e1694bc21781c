import { useCallback, useEffect, useState } from 'react';
import { resetCounts, type WeeklyTotal, weeklyTotals } from '../../lib/store/counts';

export const CHART_WEEKS = 8;

/** The last weeks' totals from the local counts database, and a way to forget them. */
export function useImpactCounts(now: () => Date) {
  const [totals, setTotals] = useState<WeeklyTotal[]>();

  const load = useCallback(async () => setTotals(await weeklyTotals(CHART_WEEKS, now())), [now]);

  useEffect(() => {
    void load();
  }, [load]);

  const reset = useCallback(async () => {
    await resetCounts();
    await load();
  }, [load]);

  return { totals, reset, reload: load };
}
