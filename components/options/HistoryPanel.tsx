import type { Lang } from '../../lib/detect/types';
import { to } from '../../lib/i18n/options-messages';
import type { HistoryEntry } from '../../lib/store/packs';

export function formatWhen(iso: string | undefined, lang: Lang): string {
  if (!iso) return to(lang, 'never');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Every pack that was in force, newest first; the newest is the one in force and has no button. */
export function HistoryPanel(props: {
  history: readonly HistoryEntry[];
  lang: Lang;
  locked: boolean;
  onRollback: (id: number) => void;
}) {
  const { lang } = props;
  return (
    <section className="bb-card" aria-labelledby="bb-history-heading" data-bb="history">
      <h2 id="bb-history-heading">{to(lang, 'historyHeading')}</h2>
      <p className="bb-muted">{to(lang, 'historyIntro')}</p>
      {props.history.length === 0 ? (
        <p className="bb-muted">{to(lang, 'historyEmpty')}</p>
      ) : (
        <ol className="bb-history">
          {props.history.map((entry, index) => (
            <li key={entry.id} data-bb="history-entry">
              <div>
                <strong>{entry.name}</strong> <span className="bb-muted">{entry.version}</span>
                <div className="bb-meta">
                  <time dateTime={entry.appliedAt}>{formatWhen(entry.appliedAt, lang)}</time> ·{' '}
                  {to(lang, `source-${entry.source}`)}
                  {entry.origin ? ` · ${entry.origin}` : ''}
                </div>
              </div>
              {index === 0 ? (
                <span className="bb-pill">{to(lang, 'historyCurrent')}</span>
              ) : (
                <button
                  type="button"
                  className="bb-button"
                  data-bb="rollback"
                  disabled={props.locked}
                  aria-label={to(lang, 'rollBackLabel', {
                    name: entry.name,
                    version: entry.version,
                    when: formatWhen(entry.appliedAt, lang),
                  })}
                  onClick={() => props.onRollback(entry.id)}
                >
                  {to(lang, 'rollBack')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
