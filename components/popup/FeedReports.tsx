import type { Lang } from '../../lib/detect/types';
import { tp } from '../../lib/i18n/popup-messages';
import { ReportLink } from '../ReportList';
import type { ReportFeed } from './useReportFeed';

/** "3 hours ago", "hier": how old the copy on screen is, in the colleague's language. */
export function formatAge(iso: string, now: Date, lang: Lang): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

function formatItemDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
}

/** Entries of the manager's report feed, or the last good copy with its age when a refresh failed. */
export function FeedReports({ feed, lang, now }: { feed: ReportFeed; lang: Lang; now: Date }) {
  if (!feed.url) return null;
  const { entry } = feed;
  const good = entry?.good;
  const error = entry?.lastError;
  let status: string;
  if (!feed.permitted) status = tp(lang, 'feedNoPermission');
  else if (feed.loading && !good) status = tp(lang, 'feedLoading');
  else if (error && good)
    status = tp(lang, 'feedOldCopy', {
      reason: tp(lang, error.code),
      age: formatAge(good.fetchedAt, now, lang),
    });
  else if (error) status = tp(lang, 'feedNoCopy', { reason: tp(lang, error.code) });
  else if (good) status = tp(lang, 'feedUpdated', { age: formatAge(good.fetchedAt, now, lang) });
  else status = tp(lang, 'feedLoading');

  return (
    <div className="bb-feed" data-bb="feed" data-offline={error && good ? 'true' : undefined}>
      <h3 className="bb-subheading">{good?.title ?? tp(lang, 'feedHeading')}</h3>
      <p className="bb-muted" data-bb="feed-status" role="status">
        {status}
      </p>
      {good && good.items.length === 0 && <p className="bb-muted">{tp(lang, 'feedEmpty')}</p>}
      {good && good.items.length > 0 && (
        <ul className="bb-reports">
          {good.items.map((item) => (
            <li key={item.id} className="bb-report" data-bb="feed-item">
              <ReportLink href={item.url}>{item.title}</ReportLink>
              {item.date && (
                <span className="bb-meta">
                  <time dateTime={item.date}>{formatItemDate(item.date, lang)}</time>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
