import type { Lang } from '../lib/detect/types';
import { isSafeLink } from '../lib/guidance/links';
import { tp } from '../lib/i18n/popup-messages';
import type { CurrentReport } from '../lib/reports/current';

/**
 * A link a manager wrote. Packs are validated on import, but stored state is read back from
 * storage: check again here so that no javascript: or data: link ever becomes clickable.
 */
export function ReportLink({ href, children, stale }: { href: string; children: string; stale?: boolean }) {
  if (!isSafeLink(href)) return <span data-bb="report-unsafe">{children}</span>;
  return (
    <a
      data-bb="report"
      data-stale={stale ? 'true' : undefined}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
    </a>
  );
}

/** The team's contact: a link when its address is safe, its name as plain text otherwise. */
export function ContactLink({ contact }: { contact: { name: string; link: string } }) {
  if (!isSafeLink(contact.link)) return <span>{contact.name}</span>;
  return (
    <a data-bb="contact-link" href={contact.link} target="_blank" rel="noopener noreferrer">
      {contact.name}
    </a>
  );
}

/** Dates in the packs are calendar days: format them in UTC so that they never shift by a day. */
export function formatDay(day: string, lang: Lang): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The team's current reports: title link, period and date, and a visible mark when out of date. */
export function ReportList({ reports, lang }: { reports: readonly CurrentReport[]; lang: Lang }) {
  if (reports.length === 0) return <p className="bb-muted">{tp(lang, 'reportsEmpty')}</p>;
  return (
    <ul className="bb-reports">
      {reports.map((report) => (
        <li key={report.id} className={report.stale ? 'bb-report bb-report--stale' : 'bb-report'}>
          <ReportLink href={report.url} stale={report.stale}>
            {report.title[lang]}
          </ReportLink>
          <span className="bb-meta">
            {tp(lang, report.period)} · <time dateTime={report.date}>{formatDay(report.date, lang)}</time>
          </span>
          {report.stale && <span className="bb-stale">{tp(lang, 'stale')}</span>}
        </li>
      ))}
    </ul>
  );
}
