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

/** The two series, side by side in each week: requests rephrased (Replace) and briefs written. */
const SERIES = [
  { key: 'applied', hook: 'bar', className: 'bb-chart-bar' },
  { key: 'briefed', hook: 'brief-bar', className: 'bb-chart-bar bb-chart-bar--brief' },
] as const;

/**
 * Requests rephrased and briefs written per week, as a hand-drawn SVG: sixteen bars do not need a
 * charting library, and this keeps the popup small and free of remote or generated code.
 */
export function ImpactChart({ totals, lang }: { totals: readonly WeeklyTotal[]; lang: Lang }) {
  const titleId = useId();
  const max = Math.max(1, ...totals.flatMap((week) => [week.applied, week.briefed]));
  const slot = WIDTH / Math.max(1, totals.length);
  const barWidth = (slot - GAP) / SERIES.length;
  const plotHeight = HEIGHT - LABEL_SPACE - VALUE_SPACE;
  const rephrased = totals.reduce((sum, week) => sum + week.applied, 0);
  const briefs = totals.reduce((sum, week) => sum + week.briefed, 0);
  const alt = tp(lang, 'impactAlt', {
    weeks: totals
      .map((week) =>
        tp(lang, 'impactWeek', { week: weekNumber(week.week), count: week.applied, briefs: week.briefed }),
      )
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
        {rephrased + briefs === 0 && (
          <text className="bb-chart-empty" x={WIDTH / 2} y={(HEIGHT - LABEL_SPACE) / 2} textAnchor="middle">
            {tp(lang, 'impactNone')}
          </text>
        )}
        {totals.map((week, index) => {
          const left = index * slot + GAP / 2;
          return (
            <g key={week.week}>
              {SERIES.map((series, place) => {
                const count = week[series.key];
                const height = (count / max) * plotHeight;
                const x = left + place * barWidth;
                const y = HEIGHT - LABEL_SPACE - height;
                return (
                  <g key={series.key}>
                    <rect
                      data-bb={series.hook}
                      data-week={week.week}
                      data-count={count}
                      className={series.className}
                      x={x}
                      y={y}
                      width={barWidth - 1}
                      height={height}
                      rx={2}
                    />
                    {count > 0 && (
                      <text className="bb-chart-value" x={x + barWidth / 2} y={y - 3} textAnchor="middle">
                        {count}
                      </text>
                    )}
                  </g>
                );
              })}
              <text className="bb-chart-label" x={left + (slot - GAP) / 2} y={HEIGHT - 4} textAnchor="middle">
                {tp(lang, 'weekShort', { week: weekNumber(week.week) })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="bb-legend bb-legend--rephrased">{tp(lang, 'legendRephrased')}</span>
        <span className="bb-legend bb-legend--brief">{tp(lang, 'legendBriefs')}</span>
        <br />
        {tp(lang, 'impactTotal', { count: rephrased, briefs })}
      </figcaption>
    </figure>
  );
}
