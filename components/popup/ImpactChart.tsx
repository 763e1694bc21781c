import { useId } from 'react';
import type { Lang } from '../../lib/detect/types';
import { tp } from '../../lib/i18n/popup-messages';
import type { WeeklyTotal } from '../../lib/store/counts';

const WIDTH = 320;
const HEIGHT = 120;
const LABEL_SPACE = 18;
const VALUE_SPACE = 14;
const GAP = 8;

/** "2026-W48" → "48": people know the week by its number, the year is implied by "last 8 weeks". */
const weekNumber = (week: string) => String(Number(week.slice(week.indexOf('W') + 1)));

/**
 * Requests rephrased (suggestions applied) per week, as a hand-drawn SVG: eight bars do not need
 * a charting library, and this keeps the popup small and free of remote or generated code.
 */
export function ImpactChart({ totals, lang }: { totals: readonly WeeklyTotal[]; lang: Lang }) {
  const titleId = useId();
  const max = Math.max(1, ...totals.map((week) => week.applied));
  const slot = WIDTH / Math.max(1, totals.length);
  const barWidth = slot - GAP;
  const plotHeight = HEIGHT - LABEL_SPACE - VALUE_SPACE;
  const total = totals.reduce((sum, week) => sum + week.applied, 0);
  const alt = tp(lang, 'impactAlt', {
    weeks: totals
      .map((week) => tp(lang, 'impactWeek', { week: weekNumber(week.week), count: week.applied }))
      .join(', '),
  });

  return (
    <figure className="bb-chart" data-bb="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{alt}</title>
        <line
          className="bb-chart-axis"
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - LABEL_SPACE}
          y2={HEIGHT - LABEL_SPACE}
        />
        {total === 0 && (
          <text className="bb-chart-empty" x={WIDTH / 2} y={(HEIGHT - LABEL_SPACE) / 2} textAnchor="middle">
            {tp(lang, 'impactNone')}
          </text>
        )}
        {totals.map((week, index) => {
          const height = (week.applied / max) * plotHeight;
          const x = index * slot + GAP / 2;
          const y = HEIGHT - LABEL_SPACE - height;
          return (
            <g key={week.week}>
              <rect
                data-bb="bar"
                data-week={week.week}
                data-count={week.applied}
                className="bb-chart-bar"
                x={x}
                y={y}
                width={barWidth}
                height={height}
                rx={2}
              />
              {week.applied > 0 && (
                <text className="bb-chart-value" x={x + barWidth / 2} y={y - 3} textAnchor="middle">
                  {week.applied}
                </text>
              )}
              <text className="bb-chart-label" x={x + barWidth / 2} y={HEIGHT - 4} textAnchor="middle">
                {tp(lang, 'weekShort', { week: weekNumber(week.week) })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{tp(lang, 'impactTotal', { count: total })}</figcaption>
    </figure>
  );
}
